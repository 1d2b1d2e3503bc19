package dev.argus.store;

/** How much of each matching article a page of results carries. */
public enum View {
  /** The whole stored article, text included. */
  FULL,
  /**
   * What a result list shows: title, source, dates, language, country, tone, story and a snippet
   * ({@link dev.argus.store.index.Summaries}), read without loading the whole article.
   */
  SUMMARY
}
