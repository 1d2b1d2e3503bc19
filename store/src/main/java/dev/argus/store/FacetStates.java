package dev.argus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet module's per-field state (the ordinal map across segments) for each open reader, built
 * once per reader and field instead of once per search: building it reads every segment's terms of
 * the field, which grows with the index, while the state stays valid for as long as the reader is
 * open. Entries go when their reader closes (a refresh of the searcher manager closes the old
 * reader once its last search released it). Lucene keeps no such cache itself for {@link
 * StringDocValuesReaderState}, hence this small one.
 */
final class FacetStates {

  /** Per reader, per field: the state, or empty when the reader has no doc values for the field. */
  private static final Map<IndexReader.CacheKey, Map<String, Optional<StringDocValuesReaderState>>>
      STATES = new ConcurrentHashMap<>();

  private FacetStates() {}

  /**
   * The state of {@code field} over {@code reader} (which the caller keeps open while using it), or
   * null when no document of the reader has doc values for the field.
   */
  static StringDocValuesReaderState of(IndexReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) return build(reader, field).orElse(null); // a reader that cannot be cached
    IndexReader.CacheKey key = helper.getKey();
    Map<String, Optional<StringDocValuesReaderState>> fields = STATES.get(key);
    if (fields == null) {
      Map<String, Optional<StringDocValuesReaderState>> fresh = new ConcurrentHashMap<>();
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

  /** Readers with cached states: for tests of the eviction. */
  static int cachedReaders() {
    return STATES.size();
  }

  private static Optional<StringDocValuesReaderState> build(IndexReader reader, String field)
      throws IOException {
    try {
      return Optional.of(new StringDocValuesReaderState(reader, field));
    } catch (IllegalArgumentException noValues) {
      return Optional.empty();
    }
  }
}
