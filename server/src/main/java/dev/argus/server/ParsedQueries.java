package dev.argus.server;

import dev.argus.store.query.QueryLanguage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * The Lucene queries of the query texts the API was asked lately: a dashboard asks the same few
 * searches again and again, and each would otherwise be parsed, analysed and translated anew. A
 * Lucene query is immutable and a function of its text alone, except where the text holds a date
 * relative to now ({@code now-7d}): a text holding {@code now} anywhere is never kept. Errors are
 * not kept either (each asking gets its own). The least recently asked go first beyond {@link
 * #MAX_ENTRIES}.
 *
 * <p>Written here rather than taken from Caffeine because it is an access-ordered {@link
 * LinkedHashMap} under one lock, as the {@link AnswerCache} is.
 */
final class ParsedQueries {

  /** Most queries kept. */
  static final int MAX_ENTRIES = 1_024;

  /** Longest text kept, in characters: longer ones (rare, and big) are parsed each time. */
  static final int MAX_KEPT_CHARS = 1_000;

  private final Map<String, Query> entries =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /**
   * The Lucene query of {@code text}, as {@link QueryLanguage#toLucene} gives it.
   *
   * @throws dev.argus.store.query.QuerySyntaxException as {@code toLucene} does
   */
  Query parse(String text) {
    if (!keepable(text)) return QueryLanguage.toLucene(text);
    synchronized (this) {
      Query kept = entries.get(text);
      if (kept != null) return kept;
    }
    Query parsed = QueryLanguage.toLucene(text);
    synchronized (this) {
      entries.put(text, parsed);
    }
    return parsed;
  }

  /** Queries kept now: for tests. */
  synchronized int size() {
    return entries.size();
  }

  private static boolean keepable(String text) {
    return text.length() <= MAX_KEPT_CHARS && !AnswerCache.mentionsNow(text);
  }
}
