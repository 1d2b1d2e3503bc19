package dev.argus.store.query;

import org.apache.lucene.search.Query;

/**
 * Argus's search language, parsed into a {@link Node} tree and translated into a Lucene {@link
 * Query} over the {@link dev.argus.store.index.Schema} fields.
 *
 * <p>Syntax, tightest first:
 *
 * <ul>
 *   <li>Terms: {@code xiaomi}, phrases {@code "lei jun"}, sloppy phrases {@code "lei jun xiaomi"~5}
 *       (words up to 5 position moves apart, any order), wildcards {@code photo*}, {@code te?t} (at
 *       least {@value #MIN_WILDCARD_LITERALS} characters besides {@code *} and {@code ?}), {@code
 *       *} alone for every article, parentheses.
 *   <li>Fields: {@code lang:fr}, {@code source:lemonde.fr}, {@code entity:"Lei Jun"}, {@code
 *       title:xiaomi}, {@code title:(a OR b)}, {@code author:*} (has one). Names are
 *       case-insensitive and take aliases ({@code lang}, {@code site}, {@code date}...). Dates:
 *       {@code published:2026-01-05} (that UTC day), {@code published:2026-01}, ISO instants,
 *       {@code published:[2026-01-01 TO 2026-02-01]} ({@code []} inclusive, <code>{}</code>
 *       exclusive, {@code *} open), {@code published:>=2026-01-01}, {@code published:>now-7d}
 *       ({@code h}, {@code d}, {@code w}). Numbers: {@code tone:<0}, {@code tone:>=0.3}, {@code
 *       tone:[-1 TO -0.2]}.
 *   <li>{@code NOT x}, {@code -x} (and {@code +x}, which is the same as {@code x}).
 *   <li>{@code a NEAR/5 b}: both within 5 words of each other, either order.
 *   <li>{@code a AND b}, {@code a && b}, or simply {@code a b}: clauses side by side must all
 *       match, as in most news-monitoring tools (the classic Lucene parser defaults to OR).
 *   <li>{@code a OR b}, {@code a || b}. So {@code a OR b c} means {@code a OR (b AND c)}.
 * </ul>
 *
 * Operators are upper case; {@code and}, {@code or}, {@code not}, {@code near} in lower case are
 * words. Words and phrases without a field search the title (boosted by {@value #TITLE_BOOST}) and
 * the text, analysed with {@linkplain dev.argus.store.index.Analysis#queryAnalyzers() every
 * language's chain}.
 *
 * <p>The parser is written by hand: Lucene's classic query parser has no {@code NEAR/n}, no
 * comparisons such as {@code tone:<0}, no way to analyse one word with every language's chain, and
 * its errors do not say at which character the query went wrong. A recursive-descent parser over
 * this small grammar is short and gives exact error positions.
 */
public final class QueryLanguage {

  /** The longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 4_000;

  /** How deep parentheses and NOTs may nest. */
  public static final int MAX_DEPTH = 32;

  /**
   * The most Lucene clauses (terms, counted as {@code IndexSearcher} counts them) a query may
   * expand to after analysis in every language and over the default fields; equal to Lucene's
   * default {@code IndexSearcher.getMaxClauseCount()}.
   */
  public static final int MAX_CLAUSES = 1_024;

  /** The most index terms one wildcard may match before the search fails with a clear error. */
  public static final int MAX_WILDCARD_TERMS = 1_024;

  /** The fewest characters other than {@code *} and {@code ?} a wildcard must have. */
  public static final int MIN_WILDCARD_LITERALS = 2;

  /** The largest distance {@code NEAR/n} and phrase slop {@code ~n} accept. */
  public static final int MAX_DISTANCE = 1_000;

  /** The boost of a title match over a text match for terms without a field. */
  public static final float TITLE_BOOST = 1.5f;

  private QueryLanguage() {}

  /**
   * Parses {@code query}.
   *
   * @throws QuerySyntaxException when it is empty, too long, too deep or malformed
   */
  public static ParsedQuery parse(String query) {
    return new ParsedQuery(query, new Parser(query).parse());
  }

  /**
   * Parses and translates {@code query} with the system clock for relative dates.
   *
   * @throws QuerySyntaxException when it cannot be parsed or expands to too many clauses
   */
  public static Query toLucene(String query) {
    return parse(query).toLucene();
  }
}
