package dev.argus.ingest.pipeline;

import dev.argus.core.enrich.Enriched;
import dev.argus.ingest.state.Commit;
import java.time.Instant;
import java.util.Map;

/**
 * What a worker made of one input, handed to the single committer thread.
 *
 * @param urlOutcome what happened to a fetched article URL, or null for local input
 * @param article the article to write, or null
 * @param failure why a local input record produced no article, or null
 * @param locator where the input came from (URL, file, archive record)
 */
record Processed(Commit.UrlOutcome urlOutcome, Draft article, String failure, String locator) {

  /**
   * An extracted article not yet written.
   *
   * @param key identity (see {@link ArticleKeys})
   * @param contentHash hash of its normalised text
   * @param url where it was fetched or read from
   * @param sourceId its source, or 0
   * @param published publication time, or null
   * @param enriched what the enrichment stages found, for the corpus stages the store runs
   * @param json the fields of its JSON line, in order
   */
  record Draft(
      String key,
      String contentHash,
      String url,
      long sourceId,
      Instant published,
      Enriched enriched,
      Map<String, Object> json) {}
}
