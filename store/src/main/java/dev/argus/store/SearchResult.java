package dev.argus.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many articles match (exact)
 * @param hits the first {@code limit} of them, in the requested order
 */
public record SearchResult(long total, List<Hit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** One matching article and its relevance score (NaN when ordered by date). */
  public record Hit(StoredArticle article, float score) {}
}
