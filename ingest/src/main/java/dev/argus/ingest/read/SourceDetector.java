package dev.argus.ingest.read;

import java.util.List;

/** Tells what a URL's content is: a feed, a sitemap, or a site home page (and its feeds). */
public final class SourceDetector {
  private SourceDetector() {}

  /**
   * Detects from the body (sniffing the XML root or JSON, not trusting the content type alone). For
   * a home page, lists the feeds declared by {@code <link rel=alternate>} (RSS, Atom, JSON Feed),
   * resolved against {@code url}.
   */
  public static Detection detect(String url, String contentType, byte[] body) {
    throw new UnsupportedOperationException("TODO");
  }

  /** The {@code Sitemap:} lines of a robots.txt, as absolute URLs. */
  public static List<String> sitemapsFromRobots(byte[] robotsTxt, String robotsUrl) {
    throw new UnsupportedOperationException("TODO");
  }
}
