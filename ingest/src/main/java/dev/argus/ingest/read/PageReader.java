package dev.argus.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/**
 * Streams the documents of one local input in order, in constant memory. A broken record becomes a
 * {@link CapturedPage} with an error and reading goes on; only an unreadable file as a whole throws
 * (when opened).
 */
public interface PageReader extends Iterator<CapturedPage>, Closeable {

  /** What has been read so far: records seen, pages, failures, and skips by reason. */
  default ReadStats stats() {
    return ReadStats.NONE;
  }

  @Override
  void close() throws IOException;
}
