package dev.argus.ingest.archive;

import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.ResponseListener;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The archive of every response fetched: WARC files in a folder, one gzip member per record,
 * rotating at a size limit. Opening it repairs a torn last record left by a crash.
 */
public final class WarcArchive implements Closeable, ResponseListener {

  public static WarcArchive open(Path dir, long rotateBytes) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Writes the request and response records of one exchange, and flushes them. */
  public void write(FetchResponse exchange) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public void onResponse(FetchResponse exchange) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Forces everything written so far to disk. */
  public void sync() throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** The archive's WARC files, oldest first. */
  public List<Path> files() throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public void close() throws IOException {}
}
