package dev.argus.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article as the store keeps it: its id (canonical URL, else URL, else path) and its fields, the
 * shape every output shares ({@link dev.argus.core.enrich.ArticleFields}, plus what ingestion adds:
 * {@code source}, {@code fetched}, {@code storyId} ...). The map is an unmodifiable copy in field
 * order.
 */
public record StoredArticle(String id, Map<String, Object> fields) {

  public StoredArticle {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("an article needs an id");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A text field, or null when absent or not text. */
  public String text(String name) {
    return fields.get(name) instanceof String s ? s : null;
  }
}
