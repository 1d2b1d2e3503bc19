package dev.argus.ingest.read;

import java.time.Instant;

/**
 * One entry of a feed or a news sitemap: a link to an article, with what the source said about it.
 *
 * @param url the article's absolute URL
 * @param title the entry's title, or null
 * @param published when the source says it was published, or null (unparseable dates are null)
 */
public record FeedItem(String url, String title, Instant published) {}
