package dev.argus.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the HTML responses of a WARC or ARC file (plain or gzip, multi-member) with jwarc. */
public final class WarcPages {
  private WarcPages() {}

  public static PageReader open(Path file) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** As {@link #open(Path)}, with a limit on each record's body (larger ones become failures). */
  public static PageReader open(Path file, long maxBodyBytes) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
