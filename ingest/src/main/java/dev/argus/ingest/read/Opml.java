package dev.argus.ingest.read;

import java.util.List;

/** Reads OPML subscription lists (nested outlines flattened). */
public final class Opml {
  private Opml() {}

  public record Outline(String title, String xmlUrl, String htmlUrl) {}

  public static List<Outline> parse(byte[] body) throws SourceFormatException {
    throw new UnsupportedOperationException("TODO");
  }
}
