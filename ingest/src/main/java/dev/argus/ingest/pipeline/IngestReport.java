package dev.argus.ingest.pipeline;

import java.time.Duration;

/**
 * What one ingest run did.
 *
 * @param sourcesPolled sources whose feeds or sitemaps were read
 * @param sourceErrors sources whose poll failed
 * @param discovered new article URLs found in them
 * @param processed inputs handled (fetched URLs, archive records, files)
 * @param articles new articles written
 * @param updated new versions of known articles written
 * @param duplicates inputs whose article was already stored unchanged
 * @param failures inputs that failed for good, each recorded with its reason
 * @param retries URLs that failed for now and will be tried again
 * @param elapsed wall time
 */
public record IngestReport(
    int sourcesPolled,
    int sourceErrors,
    long discovered,
    long processed,
    long articles,
    long updated,
    long duplicates,
    long failures,
    long retries,
    Duration elapsed) {

  /** Articles (new and updated) per second of wall time. */
  public double articlesPerSecond() {
    double s = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return (articles + updated) / s;
  }

  /** Mutable tallies, owned by the committer thread (and the source poller, before it). */
  static final class Counter {
    int sourcesPolled;
    int sourceErrors;
    long discovered;
    long processed;
    long articles;
    long updated;
    long duplicates;
    long failures;
    long retries;

    IngestReport report(Duration elapsed) {
      return new IngestReport(
          sourcesPolled,
          sourceErrors,
          discovered,
          processed,
          articles,
          updated,
          duplicates,
          failures,
          retries,
          elapsed);
    }
  }
}
