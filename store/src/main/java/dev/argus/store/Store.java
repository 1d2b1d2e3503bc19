package dev.argus.store;

import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The article store as runners use it: the {@link LuceneStore} plus the state that spans articles
 * ({@link Corpus}: near-duplicate groups and name statistics), kept consistent with each other.
 * {@link #add} places an article in the corpus and writes it; {@link #commit} writes the corpus
 * snapshot to a new file, then commits the index with that file's name in the commit data. After a
 * crash, the index's last commit names the snapshot that matches it, and anything added after is
 * gone from both.
 *
 * <pre>
 * DATA/index/
 *   segments_N, _0.cfs …   the Lucene index
 *   corpus-N.bin           the corpus state of commit N
 * </pre>
 *
 * <p>One writer thread; searches through {@link #index()} from any thread.
 */
public final class Store implements Closeable {

  static final String CORPUS_KEY = "argus.corpus";

  private final Path folder;
  private final LuceneStore index;
  private final Corpus corpus;
  private final Map<String, Placement> uncommitted = new HashMap<>();
  private long generation;

  private record Placement(String dupGroup, String duplicateOf) {}

  private Store(Path folder, LuceneStore index, Corpus corpus, long generation) {
    this.folder = folder;
    this.index = index;
    this.corpus = corpus;
    this.generation = generation;
  }

  /** Opens (or creates) the store in {@code folder}, with the corpus state of its last commit. */
  public static Store open(Path folder) throws IOException {
    LuceneStore index = LuceneStore.open(folder);
    try {
      String snapshot = index.committedData().get(CORPUS_KEY);
      Corpus corpus;
      long generation = 0;
      if (snapshot == null) {
        corpus = Corpus.empty();
      } else {
        Path file = folder.resolve(snapshot);
        if (!Files.exists(file)) {
          throw new IOException(
              "the index in " + folder + " names " + snapshot + ", which is missing");
        }
        try (InputStream in = Files.newInputStream(file)) {
          corpus = Corpus.restore(new java.io.BufferedInputStream(in));
        } catch (IOException e) {
          throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        generation = generationOf(snapshot);
      }
      return new Store(folder, index, corpus, generation);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** The index, for searches, facets and exports. */
  public LuceneStore index() {
    return index;
  }

  /**
   * Places the article in the corpus and writes it, replacing an earlier version with the same id
   * (which keeps its duplicate group). {@code fields} are the article's output fields ({@link
   * ArticleFields#of(Enriched)} and what the runner adds); the stored article gets {@code
   * dupGroup}, {@code duplicateOf} and {@code names} besides, and is returned.
   */
  public StoredArticle add(String id, Enriched enriched, Map<String, Object> fields)
      throws IOException {
    Placement earlier = uncommitted.get(id);
    if (earlier == null) earlier = stored(id);
    Corpus.Placed placed =
        earlier == null
            ? corpus.place(id, enriched)
            : corpus.replace(enriched, earlier.dupGroup(), earlier.duplicateOf());
    uncommitted.put(id, new Placement(placed.dupGroup(), placed.duplicateOf()));
    Map<String, Object> out = new LinkedHashMap<>(fields);
    Map<String, Object> corpusFields = ArticleFields.of(enriched, placed);
    for (String k : new String[] {"dupGroup", "duplicateOf", "names"}) {
      out.put(k, corpusFields.get(k));
    }
    StoredArticle article = new StoredArticle(id, out);
    index.put(article);
    return article;
  }

  private Placement stored(String id) throws IOException {
    Optional<StoredArticle> a = index.get(id);
    if (a.isEmpty()) return null;
    return new Placement(a.get().text("dupGroup"), a.get().text("duplicateOf"));
  }

  /** Makes every add durable: the corpus snapshot first, then the index commit that names it. */
  public void commit() throws IOException {
    long next = generation + 1;
    String name = "corpus-" + next + ".bin";
    Path file = folder.resolve(name);
    Path tmp = folder.resolve(name + ".tmp");
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      corpus.snapshot(out);
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    Map<String, String> data = new LinkedHashMap<>(index.committedData());
    data.put(CORPUS_KEY, name);
    index.commit(data);
    generation = next;
    uncommitted.clear();
    deleteOlderSnapshots(name);
  }

  private void deleteOlderSnapshots(String keep) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "corpus-*.bin*")) {
      for (Path f : files) {
        if (!f.getFileName().toString().equals(keep)) Files.deleteIfExists(f);
      }
    }
  }

  private static long generationOf(String snapshot) throws IOException {
    try {
      return Long.parseLong(snapshot.substring("corpus-".length(), snapshot.length() - 4));
    } catch (RuntimeException e) {
      throw new IOException("not a corpus snapshot name: " + snapshot, e);
    }
  }

  /** Closes without committing: what was added since the last commit is dropped. */
  @Override
  public void close() throws IOException {
    index.close();
  }
}
