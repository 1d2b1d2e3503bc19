package dev.argus.ingest.read;

import java.util.List;

/** A parsed sitemap: either an index of further sitemaps, or a set of page URLs. */
public sealed interface Sitemap {

  /** A sitemap index: the child sitemaps' URLs. */
  record Index(List<String> sitemaps) implements Sitemap {
    public Index {
      sitemaps = List.copyOf(sitemaps);
    }
  }

  /**
   * A urlset (plain, or Google News with {@code news:} extensions): one item per URL, with the news
   * publication date and title when given, else lastmod as the date.
   */
  record UrlSet(List<FeedItem> items) implements Sitemap {
    public UrlSet {
      items = List.copyOf(items);
    }
  }
}
