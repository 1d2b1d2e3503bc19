package dev.argus.server;

import dev.argus.ingest.pipeline.DataDir;
import dev.argus.ingest.state.CrawlState;
import dev.argus.ingest.state.SourceHealth;
import dev.argus.store.LuceneStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;

/**
 * The store of a data folder, opened read-only beside whatever writes it ({@code argus ingest},
 * {@code argus watch}): it looks for a new commit at most once per {@code refreshEvery}, when a
 * request comes, and reopens the reader when there is one. A folder with no index yet is opened as
 * soon as one appears.
 */
public final class DataFolderStore implements StoreAccess {

  /** How often a request may trigger a look for a new commit by default. */
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(1);

  private final DataDir dir;
  private final long refreshNanos;
  private final LongSupplier nanos;
  private LuceneStore store;
  private long checkedAt;

  public DataFolderStore(DataDir dir, Duration refreshEvery) {
    this(dir, refreshEvery, System::nanoTime);
  }

  DataFolderStore(DataDir dir, Duration refreshEvery, LongSupplier nanos) {
    this.dir = dir;
    this.refreshNanos = refreshEvery.toNanos();
    this.nanos = nanos;
  }

  @Override
  public synchronized LuceneStore store() throws IOException {
    long now = nanos.getAsLong();
    if (store == null) {
      try {
        store = LuceneStore.openReadOnly(dir.index());
      } catch (NoSuchFileException e) {
        throw new ApiError(
            503, "no articles in " + dir.root() + " yet: ingest some first (argus ingest PATH...)");
      }
      checkedAt = now;
    } else if (now - checkedAt >= refreshNanos) {
      checkedAt = now;
      store.refresh();
    }
    return store;
  }

  @Override
  public List<SourceHealth> health(Instant now) throws IOException {
    if (!Files.exists(dir.state())) return List.of();
    try (CrawlState state = CrawlState.open(dir.state())) {
      return state.health(now);
    }
  }

  @Override
  public Status status() throws IOException {
    LuceneStore s;
    try {
      s = store();
    } catch (ApiError noStore) {
      return new Status(0, 0, null);
    }
    long articles = s.count();
    IndexCommit commit =
        s.withSearcher(r -> ((DirectoryReader) r.getIndexReader()).getIndexCommit());
    Instant when = null;
    try {
      when =
          Files.getLastModifiedTime(dir.index().resolve(commit.getSegmentsFileName())).toInstant();
    } catch (NoSuchFileException superseded) {
      // a newer commit replaced it between the two reads: the next request tells
    }
    return new Status(articles, commit.getGeneration(), when);
  }

  @Override
  public synchronized void close() throws IOException {
    if (store != null) store.close();
    store = null;
  }
}
