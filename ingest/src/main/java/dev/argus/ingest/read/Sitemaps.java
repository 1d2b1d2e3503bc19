package dev.argus.ingest.read;

/** Reads XML and text sitemaps, sitemap indexes and Google News sitemaps (crawler-commons). */
public final class Sitemaps {
  private Sitemaps() {}

  /** Parses a sitemap (gzip-compressed or not); {@code contentType} may be null. */
  public static Sitemap parse(byte[] body, String contentType, String url)
      throws SourceFormatException {
    throw new UnsupportedOperationException("TODO");
  }
}
