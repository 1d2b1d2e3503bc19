package dev.argus.store.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A part of a saved query as the monitor keeps it: the query as translated, which is what the
 * presearcher indexes ({@link #visit} is the query's own), and, built on its first match, its
 * {@link Plan}: the same query as sets of batch documents to intersect, unite and subtract, which
 * {@link BatchEvaluator} runs on a batch's term postings without Lucene's query rewriting, weights
 * and scorers. On {@code argus bench monitor} those were most of the matching time: each candidate
 * query was rewritten and given a weight and a scorer on every batch of 100 articles, to find the
 * few articles it matches.
 *
 * <p>Only terms, exact phrases, boolean structure (without a minimum of optional clauses), boosts,
 * constant scores, all and no documents are planned; any other query (wildcards, ranges, proximity,
 * sloppy phrases) is a {@link Plan.Leaf} that Lucene runs on the batch as before, and so is a query
 * Lucene would refuse for its number of clauses.
 */
final class BatchQuery extends Query {

  /** The monitor's decomposition, each part wrapped. */
  static QueryDecomposer decomposer(QueryDecomposer parts) {
    return new QueryDecomposer() {
      @Override
      public Set<Query> decompose(Query q) {
        Set<Query> out = new java.util.LinkedHashSet<>();
        for (Query part : parts.decompose(q)) out.add(new BatchQuery(part));
        return out;
      }
    };
  }

  /** An empty index, to check a query's clause count as a search would. */
  private static final IndexSearcher EMPTY = emptySearcher();

  private static IndexSearcher emptySearcher() {
    try {
      return new IndexSearcher(new MultiReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an empty reader reads nothing
    }
  }

  final Query query;
  private volatile Plan.Root plan; // built once, on first use; a race builds equal plans

  BatchQuery(Query query) {
    this.query = Objects.requireNonNull(query);
  }

  /** How this part is matched on a batch. */
  Plan.Root plan() {
    Plan.Root p = plan;
    if (p == null) plan = p = Plan.root(query);
    return p;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return query;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && query.equals(((BatchQuery) o).query);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + query.hashCode();
  }

  /** A query as sets of documents. Each {@link Leaf} has its own index in its plan, from 0. */
  sealed interface Plan {

    /** Documents holding {@code term}. */
    record Terms(Term term) implements Plan {}

    /**
     * Documents holding {@code terms} at {@code positions} (relative), as an exact {@link
     * PhraseQuery}; {@code query} is that phrase, for a field without positions (Lucene's error).
     */
    record Phrase(PhraseQuery query, BytesRef[] terms, int[] positions) implements Plan {}

    /** Every document. */
    record All() implements Plan {}

    /** No document. */
    record None() implements Plan {}

    /**
     * Documents in every {@code required}, and, when there is none, in one of {@code optional} at
     * least; less those in one of {@code excluded}. None when there is neither required nor
     * optional (Lucene matches nothing with only exclusions).
     */
    record Bool(List<Plan> required, List<Plan> optional, List<Plan> excluded) implements Plan {}

    /**
     * Run by Lucene on the batch: its rewrite, weight and scorer. One that {@code expands} (holds a
     * wildcard, prefix or other many-term query, whose rewrite may refuse the batch) is run before
     * the plan, so that it fails its query on every batch as a search fails; any other only when
     * the plan gets to it with documents still in question.
     */
    record Leaf(Query query, int index, boolean expands) implements Plan {
      Leaf(Query query, int index) {
        this(query, index, expands(query));
      }

      private static boolean expands(Query q) {
        boolean[] found = {false};
        q.visit(
            new QueryVisitor() {
              @Override
              public void consumeTermsMatching(
                  Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
              }

              @Override
              public void visitLeaf(Query query) {
                // A query that does not say what it reads may expand: run it first.
                if (!(query instanceof PointRangeQuery)) found[0] = true;
              }

              @Override
              public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
              }
            });
        return found[0];
      }
    }

    /** A plan and its leaves, by index. */
    record Root(Plan plan, List<Leaf> leaves) {}

    /**
     * The plan of {@code q}; all of it a leaf when Lucene would refuse it (too many clauses), as it
     * then fails on every batch as before.
     */
    static Root root(Query q) {
      List<Leaf> leaves = new ArrayList<>();
      try {
        BatchQuery.EMPTY.rewrite(new ConstantScoreQuery(q));
      } catch (IOException | RuntimeException e) { // TooManyClauses above all
        Leaf all = new Leaf(q, 0);
        return new Root(all, List.of(all));
      }
      return new Root(plan(q, leaves), List.copyOf(leaves));
    }

    private static Plan plan(Query q, List<Leaf> leaves) {
      if (q.getClass() == PhrasePairs.Marked.class)
        return plan(((PhrasePairs.Marked) q).phrase, leaves);
      if (q.getClass() == ConstantScoreQuery.class) {
        return plan(((ConstantScoreQuery) q).getQuery(), leaves);
      }
      if (q.getClass() == BoostQuery.class) return plan(((BoostQuery) q).getQuery(), leaves);
      if (q.getClass() == TermQuery.class) return new Terms(((TermQuery) q).getTerm());
      if (q.getClass() == MatchAllDocsQuery.class) return new All();
      if (q.getClass() == MatchNoDocsQuery.class) return new None();
      if (q.getClass() == PhraseQuery.class && ((PhraseQuery) q).getSlop() == 0) {
        PhraseQuery p = (PhraseQuery) q;
        Term[] terms = p.getTerms();
        if (terms.length == 0) return new None();
        if (terms.length == 1) return new Terms(terms[0]);
        BytesRef[] bytes = new BytesRef[terms.length];
        for (int i = 0; i < terms.length; i++) bytes[i] = terms[i].bytes();
        return new Phrase(p, bytes, p.getPositions());
      }
      if (q.getClass() == BooleanQuery.class
          && ((BooleanQuery) q).getMinimumNumberShouldMatch() == 0) {
        List<Plan> required = new ArrayList<>();
        List<Plan> optional = new ArrayList<>();
        List<Plan> excluded = new ArrayList<>();
        for (BooleanClause c : (BooleanQuery) q) {
          Plan p = plan(c.query(), leaves);
          switch (c.occur()) {
            case MUST, FILTER -> required.add(p);
            case SHOULD -> optional.add(p);
            case MUST_NOT -> excluded.add(p);
          }
        }
        // Cheapest first: a conjunction stops at its first empty clause.
        required.sort(Comparator.comparingInt(Plan::cost));
        return new Bool(List.copyOf(required), List.copyOf(optional), List.copyOf(excluded));
      }
      Leaf leaf = new Leaf(q, leaves.size());
      leaves.add(leaf);
      return leaf;
    }

    /** A rough order of evaluation cost. */
    private static int cost(Plan p) {
      return switch (p) {
        case None n -> 0;
        case Terms t -> 1;
        case All a -> 1;
        case Leaf l -> 2; // run once, then looked up; run first when it expands
        case Bool b -> 3;
        case Phrase ph -> 4;
      };
    }
  }
}
