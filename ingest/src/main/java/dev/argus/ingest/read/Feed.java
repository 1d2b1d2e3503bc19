package dev.argus.ingest.read;

import java.util.List;

/**
 * A parsed RSS, Atom or JSON Feed.
 *
 * @param format e.g. "rss_2.0", "atom_1.0", "json_feed"
 * @param title the feed's title, or null
 * @param siteUrl the site the feed belongs to, or null
 * @param items entries with a usable link, in feed order
 * @param skipped entries dropped, each with its reason (no link, bad link...)
 */
public record Feed(
    String format, String title, String siteUrl, List<FeedItem> items, List<String> skipped) {
  public Feed {
    items = List.copyOf(items);
    skipped = List.copyOf(skipped);
  }
}
