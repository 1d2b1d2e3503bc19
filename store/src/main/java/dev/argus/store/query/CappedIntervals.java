package dev.argus.store.query;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalMatchesIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.QueryVisitor;

/**
 * A wildcard inside NEAR ({@code Intervals.wildcard} with a term limit) whose "expanded to too many
 * terms" failure becomes a {@link QuerySyntaxException} pointing at the wildcard, like {@link
 * CappedRewrite} does for a wildcard outside NEAR.
 */
final class CappedIntervals extends IntervalsSource {

  private final IntervalsSource wildcard;
  private final String source;
  private final int position;
  private final String pattern;
  private final int limit;

  CappedIntervals(
      IntervalsSource wildcard, String source, int position, String pattern, int limit) {
    this.wildcard = wildcard;
    this.source = source;
    this.position = position;
    this.pattern = pattern;
    this.limit = limit;
  }

  @Override
  public IntervalIterator intervals(String field, LeafReaderContext ctx) throws IOException {
    try {
      return wildcard.intervals(field, ctx);
    } catch (IllegalStateException e) {
      throw translated(e);
    }
  }

  @Override
  public IntervalMatchesIterator matches(String field, LeafReaderContext ctx, int doc)
      throws IOException {
    try {
      return wildcard.matches(field, ctx, doc);
    } catch (IllegalStateException e) {
      throw translated(e);
    }
  }

  private RuntimeException translated(IllegalStateException e) {
    String m = e.getMessage();
    if (m == null || !m.contains("too many terms")) return e;
    return new QuerySyntaxException(source, position, CappedRewrite.tooMany(pattern, limit));
  }

  @Override
  public void visit(String field, QueryVisitor visitor) {
    wildcard.visit(field, visitor);
  }

  @Override
  public int minExtent() {
    return wildcard.minExtent();
  }

  @Override
  public Collection<IntervalsSource> pullUpDisjunctions() {
    return List.of(this);
  }

  @Override
  public int hashCode() {
    return Objects.hash(wildcard, position);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CappedIntervals c
        && c.wildcard.equals(wildcard)
        && c.position == position
        && c.source.equals(source);
  }

  @Override
  public String toString() {
    return wildcard.toString();
  }
}
