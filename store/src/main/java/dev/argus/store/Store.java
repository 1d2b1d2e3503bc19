package dev.argus.store;

import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.story.StoryClusterer;
import dev.argus.core.story.StoryInput;
import dev.argus.store.index.ArticleDocuments;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The article store as runners use it: the {@link LuceneStore} plus the state that spans articles
 * ({@link Corpus}: near-duplicate groups and name statistics; {@link StoryClusterer}: the live
 * stories), kept consistent with each other. {@link #add} places an article in the corpus, assigns
 * it to a story and writes it; {@link #commit} makes the adds durable.
 *
 * <p><b>Snapshots and recovery.</b> Writing both states whole costs in proportion to the corpus,
 * not to what a commit adds, so a commit writes a snapshot only every {@link
 * SnapshotPolicy#everyCommits} commits or {@link SnapshotPolicy#every} of time (and at the first
 * commit after an open that replayed). Every article's document carries the add sequence number of
 * its first placement and what placing it again takes ({@link Replay}); the index commit records
 * the snapshot file and the sequence number it covers. Opening reads the snapshot, then places
 * again, in add order, every committed article added after it: corpus and stories come back as they
 * were at the last commit. Anything added after that commit is gone from all three.
 *
 * <pre>
 * DATA/index/
 *   segments_N, _0.cfs …   the Lucene index
 *   state-N.bin            the corpus and story state after the adds the commit data names
 * </pre>
 *
 * <p>A story's view (who broke it, its spread, its copies and citations) is built from its stored
 * members ({@link StoryViews}), so it outlives the clusterer's time window.
 *
 * <p><b>Threads.</b> One writer thread calls {@link #add} and {@link #commit}; searches go through
 * {@link #index()} from any thread. Placing an article in the corpus and its story is sequential
 * (each placement depends on the ones before) and stays on the writer thread; building its Lucene
 * document and indexing it (about as much work again) run on an indexing thread of the store's, so
 * the two overlap on two cores. At most {@link #MAX_IN_FLIGHT} articles wait for it; {@link
 * #commit} waits for all of them before the index commit, so a commit still acknowledges every add
 * before it. A failed index write fails the next add or commit, and every commit after it (the
 * article it lost must not be acknowledged); the store must then be closed and opened again.
 */
public final class Store implements Closeable {

  static final String STATE_KEY = "argus.state";

  /** Commit data: the first add sequence number the snapshot does not cover. */
  static final String STATE_SEQ_KEY = "argus.stateSeq";

  /** Commit data: the next add sequence number. */
  static final String NEXT_SEQ_KEY = "argus.nextSeq";

  /**
   * When a commit also writes a snapshot of the corpus and story state: after {@code everyCommits}
   * commits or {@code every} since the last one, whichever comes first. Recovery replays what was
   * added since, so the two bound the time an open after a crash takes.
   */
  public record SnapshotPolicy(int everyCommits, java.time.Duration every) {
    public SnapshotPolicy {
      if (everyCommits < 1) throw new IllegalArgumentException("everyCommits must be positive");
      if (every == null || every.isNegative()) {
        throw new IllegalArgumentException("every must not be negative");
      }
    }

    /**
     * Every 100 commits or 2 minutes: at the ingest runner's 500 articles a commit, at most 50,000
     * articles to replay after a crash.
     */
    public static SnapshotPolicy defaults() {
      return new SnapshotPolicy(100, java.time.Duration.ofMinutes(2));
    }

    /** A snapshot at every commit (the behaviour before snapshots were spaced out). */
    public static SnapshotPolicy everyCommit() {
      return new SnapshotPolicy(1, java.time.Duration.ZERO);
    }
  }

  /**
   * Most articles handed to the indexing thread and not written yet: bounds the memory they hold.
   */
  static final int MAX_IN_FLIGHT = 256;

  private static final int MAGIC = 0x41525354; // "ARST"
  private static final int VERSION = 1;

  private final Path folder;
  private final LuceneStore index;
  private final Corpus corpus;
  private final StoryClusterer stories;
  private final Map<String, Placement> uncommitted = new HashMap<>();
  private final SnapshotPolicy policy;
  private long generation;
  private String snapshotName;
  private long stateSeq;
  private long nextSeq;
  private int commitsSinceSnapshot;
  private long snapshotNanos = System.nanoTime();

  /**
   * Writes the documents, one at a time in add order (so that a second version of an article is
   * written after the first, and documents get their numbers in add order as before).
   */
  private final java.util.concurrent.ExecutorService indexing =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "argus-store-indexing");
            t.setDaemon(true);
            return t;
          });

  private final java.util.concurrent.Semaphore inFlight =
      new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);

  /** The first index write that failed, or null. */
  private volatile IOException indexFailure;

  private record Placement(
      String dupGroup, String duplicateOf, String storyId, LuceneStore.Origin origin) {}

  private Store(
      Path folder,
      LuceneStore index,
      Corpus corpus,
      StoryClusterer stories,
      SnapshotPolicy policy,
      String snapshotName,
      long stateSeq,
      long nextSeq) {
    this.folder = folder;
    this.index = index;
    this.corpus = corpus;
    this.stories = stories;
    this.policy = policy;
    this.snapshotName = snapshotName;
    this.generation = snapshotName == null ? 0 : generationOfUnchecked(snapshotName);
    this.stateSeq = stateSeq;
    this.nextSeq = nextSeq;
  }

  /** Opens (or creates) the store in {@code folder}, with the state of its last commit. */
  public static Store open(Path folder) throws IOException {
    return open(folder, null);
  }

  /**
   * Opens the store with a sentence-embedding model for the story clusterer (null for none): its
   * similarity becomes one more term beside words and anchors.
   */
  public static Store open(Path folder, dev.argus.core.story.Embedder embedder) throws IOException {
    return open(folder, embedder, SnapshotPolicy.defaults());
  }

  /**
   * Opens the store with {@code policy} deciding which commits write a state snapshot; the state of
   * the last commit comes back (the last snapshot, then the articles added after it).
   */
  public static Store open(
      Path folder, dev.argus.core.story.Embedder embedder, SnapshotPolicy policy)
      throws IOException {
    LuceneStore index = LuceneStore.open(folder);
    Store store = null;
    try {
      Map<String, String> data = index.committedData();
      String snapshot = data.get(STATE_KEY);
      long stateSeq = seq(data, STATE_SEQ_KEY);
      long nextSeq = seq(data, NEXT_SEQ_KEY);
      Corpus corpus;
      StoryClusterer stories;
      if (snapshot == null) {
        corpus = Corpus.empty();
        stories = new StoryClusterer(dev.argus.core.story.StoryConfig.defaults(), embedder);
      } else {
        Path file = folder.resolve(snapshot);
        if (!Files.exists(file)) {
          throw new IOException(
              "the index in " + folder + " names " + snapshot + ", which is missing");
        }
        try (DataInputStream in =
            new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
          if (in.readInt() != MAGIC) throw new IOException("not a store state file");
          int version = in.readInt();
          if (version != VERSION) {
            throw new IOException(
                "store state version " + version + ", this build reads version " + VERSION);
          }
          corpus = Corpus.restore(new java.io.ByteArrayInputStream(part(in)));
          try {
            stories = StoryClusterer.restore(part(in), embedder);
          } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
          }
        } catch (EOFException e) {
          throw new IOException("cannot read " + file + ": it is truncated", e);
        } catch (IOException e) {
          throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        generationOf(snapshot);
      }
      store = new Store(folder, index, corpus, stories, policy, snapshot, stateSeq, nextSeq);
      store.replay();
      return store;
    } catch (IOException | RuntimeException e) {
      if (store != null) store.indexing.shutdownNow();
      index.close();
      throw e;
    }
  }

  private static long seq(Map<String, String> data, String key) throws IOException {
    String v = data.get(key);
    if (v == null) return 0; // a store from before add sequence numbers: its snapshot is whole
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IOException("corrupt commit data: " + key + "=" + v, e);
    }
  }

  /**
   * Places again the committed articles the snapshot does not cover, in add order. They were placed
   * the same way the first time, from the same state, so they get the groups and stories they were
   * stored with.
   */
  private void replay() throws IOException {
    long[] replayed = {0};
    index.replay(
        stateSeq,
        p -> {
          if (p.origin() == null || p.origin().seq() >= nextSeq) return;
          StoredArticle a = p.article();
          Replay.Inputs in = Replay.decode(p.origin().replay(), a.text("title"), a.text("text"));
          Corpus.Placed placed = corpus.place(a.id(), in.enriched());
          stories.assign(
              StoryInput.of(
                  a.id(), in.enriched(), placed, in.source(), in.country(), in.fetched()));
          replayed[0]++;
        });
    // Snapshot at the next commit: the next open then replays nothing of this.
    if (replayed[0] > 0) commitsSinceSnapshot = policy.everyCommits();
  }

  private static byte[] part(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) throw new IOException("corrupt: negative length");
    byte[] b = in.readNBytes(n);
    if (b.length < n) throw new EOFException();
    return b;
  }

  /**
   * The index, for searches, facets and exports: it sees the adds of the last commit (an add is
   * indexed on the store's indexing thread, and a commit waits for it).
   */
  public LuceneStore index() {
    return index;
  }

  /**
   * Places the article in the corpus, assigns it to a story, and writes it, replacing an earlier
   * version with the same id (which keeps its duplicate group and its story). {@code fields} are
   * the article's output fields ({@link ArticleFields#of(Enriched)} and what the runner adds); the
   * stored article gets {@code dupGroup}, {@code duplicateOf}, {@code names} and {@code storyId}
   * besides, and is returned. {@code arrived} is when the article reached the runner: its time for
   * the story clusterer when it has no usable published date.
   */
  public StoredArticle add(
      String id, Enriched enriched, Map<String, Object> fields, Instant arrived)
      throws IOException {
    failIfIndexingFailed();
    Placement earlier = uncommitted.get(id);
    if (earlier == null) earlier = stored(id);
    Map<String, Object> out = new LinkedHashMap<>(fields);
    Corpus.Placed placed;
    String storyId;
    LuceneStore.Origin origin;
    if (earlier == null) {
      placed = corpus.place(id, enriched);
      Instant fetched = fetched(fields, arrived);
      String source = ArticleDocuments.sourceOf(fields);
      String country = ArticleDocuments.countryOf(fields);
      storyId = stories.assign(StoryInput.of(id, enriched, placed, source, country, fetched));
      origin =
          new LuceneStore.Origin(
              nextSeq++,
              Replay.encode(
                  enriched,
                  source,
                  country,
                  fetched,
                  fields.get("title") instanceof String t ? t : null,
                  fields.get("text") instanceof String t ? t : null));
    } else {
      placed = corpus.replace(enriched, earlier.dupGroup(), earlier.duplicateOf());
      storyId = earlier.storyId();
      // A new version keeps the origin of the first: that placement is what changed the state.
      origin = earlier.origin();
    }
    uncommitted.put(id, new Placement(placed.dupGroup(), placed.duplicateOf(), storyId, origin));
    out.putAll(ArticleFields.of(placed));
    out.put("storyId", storyId);
    StoredArticle article = new StoredArticle(id, out);
    index(article, origin);
    return article;
  }

  /** Hands the article to the indexing thread, waiting while {@link #MAX_IN_FLIGHT} wait there. */
  private void index(StoredArticle article, LuceneStore.Origin origin) throws IOException {
    inFlight.acquireUninterruptibly();
    try {
      indexing.execute(
          () -> {
            try {
              // No flush between commits: the index writes a commit's articles as one segment. A
              // flush every 128 articles shortened the commit's wait, but merging the segments
              // four times smaller cost more than that (argus bench store, 24,000 articles:
              // 537 to 547 articles/s with it, 602 to 656 without).
              if (origin == null) index.put(article);
              else index.put(article, origin.seq(), origin.replay());
            } catch (Throwable e) {
              // Errors too (out of memory in the analysis of one huge article): the article is
              // lost, so no later commit may acknowledge it.
              if (indexFailure == null) {
                indexFailure =
                    new IOException(
                        "cannot index article " + article.id() + ": " + e.getMessage(), e);
              }
            } finally {
              inFlight.release();
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      inFlight.release();
      throw new IOException("the store is closed", e);
    }
  }

  /** Waits until the indexing thread has written every article handed to it. */
  private void awaitIndexing() {
    inFlight.acquireUninterruptibly(MAX_IN_FLIGHT);
    inFlight.release(MAX_IN_FLIGHT);
  }

  private void failIfIndexingFailed() throws IOException {
    IOException e = indexFailure;
    if (e != null) {
      throw new IOException(
          "the store lost an index write and must be reopened: " + e.getMessage(), e);
    }
  }

  private static Instant fetched(Map<String, Object> fields, Instant arrived) {
    if (fields.get("fetched") instanceof String s) {
      try {
        return Instant.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        // not an instant: the arrival time stands
      }
    }
    return arrived;
  }

  private Placement stored(String id) throws IOException {
    Optional<LuceneStore.Placed> p = index.getPlaced(id);
    if (p.isEmpty()) return null;
    StoredArticle a = p.get().article();
    return new Placement(
        a.text("dupGroup"), a.text("duplicateOf"), a.text("storyId"), p.get().origin());
  }

  /**
   * Makes every add durable: when the {@link SnapshotPolicy} says so, the state snapshot first;
   * then the index commit that names the latest snapshot and the adds it covers.
   */
  public void commit() throws IOException {
    commit(false);
  }

  private void commit(boolean forceSnapshot) throws IOException {
    awaitIndexing();
    failIfIndexingFailed();
    commitsSinceSnapshot++;
    boolean snapshot =
        forceSnapshot
            || commitsSinceSnapshot >= policy.everyCommits()
            || System.nanoTime() - snapshotNanos >= policy.every().toNanos();
    String written = null;
    if (snapshot) {
      written = writeSnapshot(generation + 1);
    }
    Map<String, String> data = new LinkedHashMap<>(index.committedData());
    String name = written != null ? written : snapshotName;
    if (name != null) data.put(STATE_KEY, name);
    data.put(STATE_SEQ_KEY, Long.toString(written != null ? nextSeq : stateSeq));
    data.put(NEXT_SEQ_KEY, Long.toString(nextSeq));
    index.commit(data);
    uncommitted.clear();
    if (written != null) {
      generation++;
      snapshotName = written;
      stateSeq = nextSeq;
      commitsSinceSnapshot = 0;
      snapshotNanos = System.nanoTime();
      deleteOlderSnapshots(written);
    }
  }

  /** Writes the corpus and story state to {@code state-N.bin}, durably; returns the file name. */
  private String writeSnapshot(long next) throws IOException {
    String name = "state-" + next + ".bin";
    Path file = folder.resolve(name);
    Path tmp = folder.resolve(name + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(
            new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      java.io.ByteArrayOutputStream c = new java.io.ByteArrayOutputStream();
      corpus.snapshot(c);
      out.writeInt(c.size());
      c.writeTo(out);
      byte[] s = stories.snapshot();
      out.writeInt(s.length);
      out.write(s);
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return name;
  }

  private void deleteOlderSnapshots(String keep) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "state-*.bin*")) {
      for (Path f : files) {
        if (!f.getFileName().toString().equals(keep)) Files.deleteIfExists(f);
      }
    }
  }

  private static long generationOfUnchecked(String snapshot) {
    try {
      return generationOf(snapshot);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long generationOf(String snapshot) throws IOException {
    try {
      return Long.parseLong(snapshot.substring("state-".length(), snapshot.length() - 4));
    } catch (RuntimeException e) {
      throw new IOException("not a state snapshot name: " + snapshot, e);
    }
  }

  /**
   * Closes without committing: what was added since the last commit is dropped. When everything
   * added was committed but the last snapshot does not cover it all, a snapshot is written first
   * (with a commit naming it), so that the next open has nothing to replay.
   */
  @Override
  public void close() throws IOException {
    try {
      awaitIndexing();
      if (indexFailure == null && uncommitted.isEmpty() && stateSeq < nextSeq) commit(true);
    } finally {
      indexing.shutdownNow();
      index.close();
    }
  }
}
