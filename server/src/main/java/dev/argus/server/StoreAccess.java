package dev.argus.server;

import dev.argus.ingest.state.SourceHealth;
import dev.argus.store.LuceneStore;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What the server reads: the article store and the sources' health. Behind an interface so that the
 * server can run over a data folder another process writes ({@link DataFolderStore}) or, in one
 * process, beside the ingestion that writes the store.
 */
public interface StoreAccess extends Closeable {

  /**
   * The store, up to date with the writer's latest commit (or nearly: implementations may check for
   * a new commit at most every so often).
   *
   * @throws ApiError 503 when there is no store yet
   */
  LuceneStore store() throws IOException;

  /**
   * The version of what {@link #store} searches now: it changes with each commit the server sees.
   *
   * @throws ApiError 503 when there is no store yet
   */
  default long version() throws IOException {
    return store()
        .withSearcher(
            s -> ((org.apache.lucene.index.DirectoryReader) s.getIndexReader()).getVersion());
  }

  /** The health of every source, read-only; empty when nothing was crawled. */
  List<SourceHealth> health(Instant now) throws IOException;

  /** What {@code /api/v1/status} tells. */
  Status status() throws IOException;

  /**
   * @param articles articles in the store
   * @param commit the generation of the store's last commit (0 when there is no store yet)
   * @param lastCommit when it was written, or null
   */
  record Status(long articles, long commit, Instant lastCommit) {}
}
