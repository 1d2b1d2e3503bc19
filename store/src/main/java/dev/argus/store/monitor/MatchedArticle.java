package dev.argus.store.monitor;

import java.util.List;

/** One article of a matched batch and the ids of the saved queries it matches, sorted. */
public record MatchedArticle(String articleId, List<String> queryIds) {

  public MatchedArticle {
    queryIds = List.copyOf(queryIds);
  }
}
