package dev.argus.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

/** Streams {@code {"url":…, "html":…}} or {@code {"url":…, "text":…}} lines (also .gz). */
public final class JsonLinesPages {
  private JsonLinesPages() {}

  public static PageReader open(Path file) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
