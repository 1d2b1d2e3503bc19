package dev.argus.store.monitor;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A saved query: its id (unique among the saved queries; registering the same id replaces the
 * query), its text in the Argus query language ({@link dev.argus.store.query.QueryLanguage}), and
 * free metadata kept with it (an owner, a channel to alert ...). Metadata keys and values are
 * strings; the map is an unmodifiable copy sorted by key.
 */
public record SavedQuery(String id, String query, Map<String, String> metadata) {

  public SavedQuery {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a saved query needs an id");
    if (id.length() > SavedQueries.MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "saved query id longer than %,d characters".formatted(SavedQueries.MAX_ID_LENGTH));
    }
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(metadata, "metadata");
    TreeMap<String, String> copy = new TreeMap<>();
    metadata.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new IllegalArgumentException(
                "saved query " + id + ": null metadata key or value");
          }
          copy.put(k, v);
        });
    metadata = java.util.Collections.unmodifiableMap(copy);
  }

  /** A saved query without metadata. */
  public SavedQuery(String id, String query) {
    this(id, query, Map.of());
  }
}
