package dev.argus.ingest.read;

import java.util.List;

/**
 * What {@link SourceDetector} found at a URL.
 *
 * @param kind feed, sitemap, or a site home page
 * @param title the feed's or page's title, or null
 * @param feeds for a site: feed URLs found through {@code <link rel=alternate>} (absolute)
 */
public record Detection(SourceKind kind, String title, List<String> feeds) {
  public Detection {
    feeds = List.copyOf(feeds);
  }
}
