package dev.argus.store.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Rewrites a wildcard as Lucene's default (constant-score, blended) rewrite does, after checking
 * that it matches at most {@code limit} terms in the index; past that the search fails with a
 * {@link QuerySyntaxException} that points at the wildcard, rather than running a huge expansion or
 * silently dropping terms (as the top-terms rewrites would).
 */
final class CappedRewrite extends MultiTermQuery.RewriteMethod {

  private final String source;
  private final int position;
  private final String pattern;
  private final int limit;

  CappedRewrite(String source, int position, String pattern, int limit) {
    this.source = source;
    this.position = position;
    this.pattern = pattern;
    this.limit = limit;
  }

  @Override
  public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
    long seen = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(query.getField());
      if (terms == null) continue;
      TermsEnum te = query.getTermsEnum(terms);
      while (te.next() != null) {
        if (++seen > limit) {
          throw new QuerySyntaxException(source, position, tooMany(pattern, limit));
        }
      }
    }
    return MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE.rewrite(searcher, query);
  }

  /** The error for a wildcard that matches more than {@code limit} terms. */
  static String tooMany(String pattern, int limit) {
    return "wildcard '%s' matches more than %,d different words; write more of the word"
        .formatted(pattern, limit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CappedRewrite r
        && r.position == position
        && r.limit == limit
        && r.pattern.equals(pattern)
        && r.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, position, pattern, limit);
  }
}
