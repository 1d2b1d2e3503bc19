package dev.argus.store;

import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.story.Assignment;
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
 * it to a story and writes it; {@link #commit} writes both states to a new snapshot file, then
 * commits the index with that file's name in the commit data. After a crash, the index's last
 * commit names the snapshot that matches it, and anything added after is gone from all three.
 *
 * <pre>
 * DATA/index/
 *   segments_N, _0.cfs …   the Lucene index
 *   state-N.bin            the corpus and story state of commit N
 * </pre>
 *
 * <p>A story's view (who broke it, its spread, its copies and citations) is built from its stored
 * members ({@link StoryViews}), so it outlives the clusterer's time window.
 *
 * <p>One writer thread; searches through {@link #index()} from any thread.
 */
public final class Store implements Closeable {

  static final String STATE_KEY = "argus.state";
  private static final int MAGIC = 0x41525354; // "ARST"
  private static final int VERSION = 1;

  private final Path folder;
  private final LuceneStore index;
  private final Corpus corpus;
  private final StoryClusterer stories;
  private final Map<String, Placement> uncommitted = new HashMap<>();
  private long generation;

  private record Placement(String dupGroup, String duplicateOf, String storyId) {}

  private Store(
      Path folder, LuceneStore index, Corpus corpus, StoryClusterer stories, long generation) {
    this.folder = folder;
    this.index = index;
    this.corpus = corpus;
    this.stories = stories;
    this.generation = generation;
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
    LuceneStore index = LuceneStore.open(folder);
    try {
      String snapshot = index.committedData().get(STATE_KEY);
      if (snapshot == null) {
        return new Store(
            folder,
            index,
            Corpus.empty(),
            new StoryClusterer(dev.argus.core.story.StoryConfig.defaults(), embedder),
            0);
      }
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
        Corpus corpus = Corpus.restore(new java.io.ByteArrayInputStream(part(in)));
        StoryClusterer stories;
        try {
          stories = StoryClusterer.restore(part(in), embedder);
        } catch (IllegalArgumentException e) {
          throw new IOException(e.getMessage(), e);
        }
        return new Store(folder, index, corpus, stories, generationOf(snapshot));
      } catch (EOFException e) {
        throw new IOException("cannot read " + file + ": it is truncated", e);
      } catch (IOException e) {
        throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static byte[] part(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) throw new IOException("corrupt: negative length");
    byte[] b = in.readNBytes(n);
    if (b.length < n) throw new EOFException();
    return b;
  }

  /** The index, for searches, facets and exports. */
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
    Placement earlier = uncommitted.get(id);
    if (earlier == null) earlier = stored(id);
    Map<String, Object> out = new LinkedHashMap<>(fields);
    Corpus.Placed placed;
    String storyId;
    if (earlier == null) {
      placed = corpus.place(id, enriched);
      Instant fetched = fetched(fields, arrived);
      Assignment a =
          stories.add(
              StoryInput.of(
                  id,
                  enriched,
                  placed,
                  ArticleDocuments.sourceOf(fields),
                  ArticleDocuments.countryOf(fields),
                  fetched));
      storyId = a.storyId();
    } else {
      placed = corpus.replace(enriched, earlier.dupGroup(), earlier.duplicateOf());
      storyId = earlier.storyId();
    }
    uncommitted.put(id, new Placement(placed.dupGroup(), placed.duplicateOf(), storyId));
    out.putAll(ArticleFields.of(placed));
    out.put("storyId", storyId);
    StoredArticle article = new StoredArticle(id, out);
    index.put(article);
    return article;
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
    Optional<StoredArticle> a = index.get(id);
    if (a.isEmpty()) return null;
    return new Placement(
        a.get().text("dupGroup"), a.get().text("duplicateOf"), a.get().text("storyId"));
  }

  /** Makes every add durable: the state snapshot first, then the index commit that names it. */
  public void commit() throws IOException {
    long next = generation + 1;
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
    Map<String, String> data = new LinkedHashMap<>(index.committedData());
    data.put(STATE_KEY, name);
    index.commit(data);
    generation = next;
    uncommitted.clear();
    deleteOlderSnapshots(name);
  }

  private void deleteOlderSnapshots(String keep) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "state-*.bin*")) {
      for (Path f : files) {
        if (!f.getFileName().toString().equals(keep)) Files.deleteIfExists(f);
      }
    }
  }

  private static long generationOf(String snapshot) throws IOException {
    try {
      return Long.parseLong(snapshot.substring("state-".length(), snapshot.length() - 4));
    } catch (RuntimeException e) {
      throw new IOException("not a state snapshot name: " + snapshot, e);
    }
  }

  /** Closes without committing: what was added since the last commit is dropped. */
  @Override
  public void close() throws IOException {
    index.close();
  }
}
