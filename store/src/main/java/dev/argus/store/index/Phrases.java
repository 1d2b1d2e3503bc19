package dev.argus.store.index;

import java.util.function.Function;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/** Rewrites of the phrases of a query, shared by the store's search and saved-query matching. */
public final class Phrases {

  private Phrases() {}

  /**
   * {@code q} with each phrase replaced by what {@code f} makes of it ({@code f} returns the phrase
   * itself to leave it), through boolean and boost queries: all the query language nests phrases in
   * (NEAR keeps its own terms).
   */
  public static Query map(Query q, Function<PhraseQuery, Query> f) {
    return switch (q) {
      case PhraseQuery p -> f.apply(p);
      case BooleanQuery b -> {
        BooleanQuery.Builder out =
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause c : b.clauses()) out.add(map(c.query(), f), c.occur());
        yield out.build();
      }
      case BoostQuery b -> new BoostQuery(map(b.getQuery(), f), b.getBoost());
      default -> q;
    };
  }
}
