package dev.argus.store.query;

import java.time.Clock;
import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * A parsed query: its source text and syntax tree. Translating it to Lucene is a separate step so
 * that relative dates ({@code now-7d}) resolve when the search runs, against a clock the caller may
 * fix.
 */
public record ParsedQuery(String source, Node root) {

  public ParsedQuery {
    Objects.requireNonNull(source);
    Objects.requireNonNull(root);
  }

  /**
   * The Lucene query, relative dates resolved with the system clock.
   *
   * @throws QuerySyntaxException when the query expands to more than {@link
   *     QueryLanguage#MAX_CLAUSES} clauses or a word has nothing to search
   */
  public Query toLucene() {
    return toLucene(Clock.systemUTC());
  }

  /** The Lucene query, relative dates resolved with {@code clock}. */
  public Query toLucene(Clock clock) {
    return new Translator(source, clock.instant(), false).translate(root);
  }

  /**
   * The Lucene query for saved-query matching, relative dates resolved with {@code clock}: the
   * search query, except that words without a field search the one field {@link
   * dev.argus.store.index.Schema#ALL}, which saved-query documents carry (title and text, a
   * position gap between them), instead of title and text separately. It matches the same articles
   * with half the terms.
   */
  public Query toMonitorLucene(Clock clock) {
    return new Translator(source, clock.instant(), true).translate(root);
  }
}
