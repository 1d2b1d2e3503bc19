package dev.argus.store.monitor;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Lets the presearcher filter wildcard queries by their literal prefix. Left alone, the monitor
 * cannot index a wildcard ({@code photo*}) by any term, so a saved query made of one is run against
 * every batch; a few thousand of them cost more than all other queries together. This handler
 * indexes a wildcard under its literal prefix (the characters before the first {@code *} or {@code
 * ?}, at most {@value #MAX_PREFIX}) with a marker, and gives the presearcher, for each term of a
 * batch, its prefixes of {@value #MIN_PREFIX} to {@value #MAX_PREFIX} characters with the same
 * marker. A pattern that starts with a wildcard keeps the default (always run).
 *
 * <p>Written here because Lucene's {@link org.apache.lucene.monitor.RegexpQueryHandler} handles
 * only {@code RegexpQuery}, and indexes n-grams of every term, more than prefixes need.
 */
final class PrefixWildcardHandler implements CustomQueryHandler {

  /** Shortest prefix indexed: the query language requires two literal characters. */
  static final int MIN_PREFIX = 2;

  /** Longest prefix indexed; longer literal prefixes are cut, which only widens the filter. */
  static final int MAX_PREFIX = 12;

  /** Appended to prefix terms: no analysed or keyword term contains it. */
  static final char MARK = '\u0001';

  /** How much less a prefix weighs than a whole term, so conjunctions prefer whole terms. */
  private static final double WEIGHT = 0.5;

  @Override
  public QueryTree handleQuery(Query query, TermWeightor weightor) {
    if (!(query instanceof WildcardQuery w)) return null;
    String pattern = w.getTerm().text();
    int end = 0;
    int codePoints = 0;
    while (end < pattern.length() && codePoints < MAX_PREFIX) {
      char c = pattern.charAt(end);
      if (c == WildcardQuery.WILDCARD_STRING
          || c == WildcardQuery.WILDCARD_CHAR
          || c == WildcardQuery.WILDCARD_ESCAPE) {
        break;
      }
      end += Character.charCount(pattern.codePointAt(end));
      codePoints++;
    }
    if (codePoints < MIN_PREFIX) return null;
    String prefix = pattern.substring(0, end);
    String field = w.getTerm().field();
    double weight = weightor.applyAsDouble(new Term(field, prefix)) * WEIGHT;
    return QueryTree.term(field, new BytesRef(prefix + MARK), weight);
  }

  @Override
  public TokenStream wrapTermStream(String field, TokenStream in) {
    // No wildcard searches the pairs of adjacent terms.
    if (field.equals(PhrasePairs.FIELD)) return in;
    return new Prefixes(in);
  }

  /**
   * Each term, then its marked prefixes of {@value #MIN_PREFIX} to {@value #MAX_PREFIX} code
   * points.
   */
  private static final class Prefixes extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    // Set on every token: the presearcher's filter adds skipped increments to the next token, and
    // an attribute left as it was would grow without bound.
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private String current;
    private int nextEnd; // char offset where the next prefix ends; -1 when none is pending
    private int codePoints;

    Prefixes(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (current != null && nextEnd > 0) {
        term.setEmpty().append(current, 0, nextEnd).append(MARK);
        increment.setPositionIncrement(0);
        advance();
        return true;
      }
      if (!input.incrementToken()) return false;
      current = term.toString();
      increment.setPositionIncrement(1);
      nextEnd = 0;
      codePoints = 0;
      // Move to the end of the MIN_PREFIX-th code point.
      while (codePoints < MIN_PREFIX && nextEnd < current.length()) {
        nextEnd += Character.charCount(current.codePointAt(nextEnd));
        codePoints++;
      }
      if (codePoints < MIN_PREFIX) nextEnd = 0;
      return true;
    }

    private void advance() {
      if (codePoints >= MAX_PREFIX || nextEnd >= current.length()) {
        nextEnd = 0;
        return;
      }
      nextEnd += Character.charCount(current.codePointAt(nextEnd));
      codePoints++;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      current = null;
      nextEnd = 0;
    }
  }
}
