package dev.argus.store.monitor;

import java.util.List;
import java.util.Map;

/**
 * What {@link SavedQueries#match} found in a batch: one entry per article, in batch order; the
 * saved queries that failed on this batch (id → reason, e.g. a wildcard that expanded to too many
 * of the batch's terms), which match nothing in it; and how many saved queries the presearcher let
 * through to be run (the rest could not match).
 */
public record BatchMatches(
    List<MatchedArticle> articles, Map<String, String> failures, int queriesRun) {

  public BatchMatches {
    articles = List.copyOf(articles);
    failures = Map.copyOf(failures);
  }

  /** All matches in the batch, counted per article. */
  public long matchCount() {
    long n = 0;
    for (MatchedArticle a : articles) n += a.queryIds().size();
    return n;
  }
}
