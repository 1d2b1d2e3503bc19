package dev.argus.store;

/** How a result set is ordered. */
public enum Order {
  /** Best match first; ties newest first. */
  RELEVANCE,
  /** Newest first (published, else fetched); undated articles last. */
  DATE
}
