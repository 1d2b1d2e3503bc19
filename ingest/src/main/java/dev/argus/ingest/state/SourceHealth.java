package dev.argus.ingest.state;

import java.time.Duration;

/**
 * How a source is doing.
 *
 * @param source the source and its last polls and errors
 * @param articles articles ingested from it in all
 * @param articlesPerDay articles ingested per day over the last 7 days
 * @param medianDelay median time from publication to ingestion, or null when unknown
 * @param pendingUrls URLs listed but not fetched yet
 * @param failedUrls URLs that failed for good
 */
public record SourceHealth(
    SourceRecord source,
    long articles,
    double articlesPerDay,
    Duration medianDelay,
    long pendingUrls,
    long failedUrls) {}
