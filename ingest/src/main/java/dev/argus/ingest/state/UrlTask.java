package dev.argus.ingest.state;

import java.time.Instant;

/**
 * An article URL waiting to be fetched.
 *
 * @param url the article's URL
 * @param sourceId the source that listed it, or 0
 * @param published when the source says it was published, or null
 * @param attempts failed attempts so far
 * @param etag validators from an earlier fetch, or null
 * @param lastModified validators from an earlier fetch, or null
 */
public record UrlTask(
    String url, long sourceId, Instant published, int attempts, String etag, String lastModified) {}
