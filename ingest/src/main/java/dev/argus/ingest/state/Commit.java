package dev.argus.ingest.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything that becomes durable together in one state transaction: what happened to URLs, the
 * articles written to the sink, and the sink's durable checkpoint (file lengths). Committing them
 * in one transaction is what makes a crash at any moment lose nothing and duplicate nothing.
 */
public record Commit(List<UrlOutcome> urls, List<ArticleRow> articles, Map<String, Long> sink) {

  public Commit {
    urls = List.copyOf(urls);
    articles = List.copyOf(articles);
    sink = Map.copyOf(sink);
  }

  /** The outcome of fetching one article URL. */
  public record UrlOutcome(
      String url,
      long sourceId,
      Status status,
      int httpStatus,
      String etag,
      String lastModified,
      String contentHash,
      String error,
      Instant fetchedAt,
      Instant nextTry) {}

  public enum Status {
    /** Fetched and handled (an article, a duplicate, or nothing to extract). */
    DONE,
    /** Failed for good, with the reason kept. */
    FAILED,
    /** Failed for now; tried again at {@code nextTry}. */
    RETRY
  }

  /**
   * One article in the sink.
   *
   * @param key canonical URL (or URL) of the article: its identity
   * @param url the URL it was fetched from
   * @param contentHash hash of its normalised text: a new hash under the same key is a new version
   * @param sourceId the source, or 0 for local input
   * @param file the sink file holding it
   * @param offset where its line starts in that file
   * @param published its publication time, or null
   * @param ingested when it was written
   */
  public record ArticleRow(
      String key,
      String url,
      String contentHash,
      long sourceId,
      String file,
      long offset,
      Instant published,
      Instant ingested) {}
}
