package dev.argus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * The {@link Counting.Ordinals} of each facet field (the ordinal map across segments) for each open
 * reader, built once per reader and field instead of once per search: building them reads every
 * segment's values of the field, which grows with the index, while they stay valid for as long as
 * the reader is open. Entries go when their reader closes (a refresh of the searcher manager closes
 * the old reader once its last search released it). Lucene keeps no such cache itself, hence this
 * small one.
 */
final class FacetStates {

  /**
   * Per reader, per field: the ordinals, or empty when the reader has no doc values for the field.
   */
  private static final Map<IndexReader.CacheKey, Map<String, Optional<Counting.Ordinals>>> STATES =
      new ConcurrentHashMap<>();

  private FacetStates() {}

  /**
   * The ordinals of {@code field} over {@code reader} (which the caller keeps open while using it),
   * or null when no document of the reader has doc values for the field.
   */
  static Counting.Ordinals of(IndexReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) return build(reader, field).orElse(null); // a reader that cannot be cached
    IndexReader.CacheKey key = helper.getKey();
    Map<String, Optional<Counting.Ordinals>> fields = STATES.get(key);
    if (fields == null) {
      Map<String, Optional<Counting.Ordinals>> fresh = new ConcurrentHashMap<>();
      fields = STATES.putIfAbsent(key, fresh);
      if (fields == null) {
        fields = fresh;
        helper.addClosedListener(STATES::remove);
      }
    }
    try {
      return fields
          .computeIfAbsent(
              field,
              f -> {
                try {
                  return build(reader, f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .orElse(null);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Readers with cached ordinals: for tests of the eviction. */
  static int cachedReaders() {
    return STATES.size();
  }

  private static Optional<Counting.Ordinals> build(IndexReader reader, String field)
      throws IOException {
    return Optional.ofNullable(Counting.Ordinals.build(reader, field));
  }
}
