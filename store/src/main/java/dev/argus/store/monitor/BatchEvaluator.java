package dev.argus.store.monitor;

import dev.argus.store.monitor.BatchQuery.Plan;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Finds the documents of one batch that saved queries match, by their {@link BatchQuery.Plan}: a
 * term is its postings, a conjunction the intersection of its clauses' documents, a disjunction
 * their union, an exclusion a difference, an exact phrase its terms' positions checked in the
 * documents that hold all of them. Each clause is only evaluated on the documents still in question
 * (a conjunction stops at its first empty clause, a disjunction does not look again at documents
 * already matched), so a query with a rare term costs a lookup or two. What the plan leaves to
 * Lucene ({@link Plan.Leaf}) is run with Lucene's rewrite, weight and scorer: a leaf that expands
 * (a wildcard) before the rest, as a search would rewrite it, so that one expanding to too many
 * terms fails its query on the batch as before; any other (NEAR, a date range) only when documents
 * are still in question where it stands.
 *
 * <p>Written by hand because Lucene has no cheaper way to run thousands of different queries over a
 * hundred documents: its per-query rewrite and scorer set-up (cost estimates, block windows, bulk
 * scorers) is made for large indexes, and cost far more here than looking the terms up.
 *
 * <p>Not thread safe: one per batch and thread. Results are never to be modified (a result may be
 * the batch's set of live documents itself).
 */
final class BatchEvaluator {

  private final IndexSearcher searcher;
  private final LeafReader reader; // null when the batch is not one segment: Lucene runs it all
  private final int maxDoc;
  private final FixedBitSet live;
  private final FixedBitSet empty;
  private final Map<String, TermsEnum> enums = new HashMap<>();
  private PostingsEnum reuse;
  private int[][] positions = new int[4][16];
  private int[] ends = new int[4];
  private int[] next = new int[4];

  BatchEvaluator(IndexSearcher searcher) {
    this.searcher = searcher;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    this.reader = leaves.size() == 1 ? leaves.get(0).reader() : null;
    this.maxDoc = searcher.getIndexReader().maxDoc();
    this.empty = new FixedBitSet(Math.max(maxDoc, 1));
    this.live = new FixedBitSet(Math.max(maxDoc, 1));
    live.set(0, maxDoc);
    Bits liveDocs = reader == null ? null : reader.getLiveDocs();
    if (liveDocs != null) {
      for (int d = 0; d < maxDoc; d++) if (!liveDocs.get(d)) live.clear(d);
    }
  }

  /** The documents {@code q} matches: by its plan when it is a {@link BatchQuery}. */
  FixedBitSet matches(Query q) throws IOException {
    if (reader == null || !(q instanceof BatchQuery b)) return lucene(q);
    BatchQuery.Plan.Root root = b.plan();
    FixedBitSet[] leaves = new FixedBitSet[root.leaves().size()];
    for (Plan.Leaf l : root.leaves()) if (l.expands()) leaves[l.index()] = lucene(l.query());
    return eval(root.plan(), live, leaves);
  }

  private FixedBitSet eval(Plan p, FixedBitSet mask, FixedBitSet[] leaves) throws IOException {
    if (isEmpty(mask)) return empty;
    return switch (p) {
      case Plan.None n -> empty;
      case Plan.All a -> mask;
      case Plan.Terms t -> terms(t.term(), mask);
      case Plan.Phrase ph -> phrase(ph, mask);
      case Plan.Leaf l -> {
        // Any other leaf is run once the plan gets to it: often a term beside it rules it out.
        if (leaves[l.index()] == null) leaves[l.index()] = lucene(l.query());
        yield and(leaves[l.index()], mask);
      }
      case Plan.Bool b -> bool(b, mask, leaves);
    };
  }

  private FixedBitSet bool(Plan.Bool b, FixedBitSet mask, FixedBitSet[] leaves) throws IOException {
    FixedBitSet s = mask;
    for (Plan r : b.required()) {
      s = eval(r, s, leaves);
      if (isEmpty(s)) return empty;
    }
    if (b.required().isEmpty()) {
      if (b.optional().isEmpty()) return empty; // only exclusions: Lucene matches nothing
      FixedBitSet union = null;
      FixedBitSet rest = s.clone();
      for (Plan o : b.optional()) {
        FixedBitSet m = eval(o, rest, leaves);
        if (isEmpty(m)) continue;
        if (union == null) union = m.clone();
        else union.or(m);
        rest.andNot(m);
        if (isEmpty(rest)) break;
      }
      if (union == null) return empty;
      s = union;
    }
    for (Plan x : b.excluded()) {
      FixedBitSet m = eval(x, s, leaves);
      if (isEmpty(m)) continue;
      s = s.clone();
      s.andNot(m);
      if (isEmpty(s)) return empty;
    }
    return s;
  }

  private TermsEnum termsEnum(String field) throws IOException {
    TermsEnum te = enums.get(field);
    if (te == null && !enums.containsKey(field)) {
      Terms terms = reader.terms(field);
      te = terms == null ? null : terms.iterator();
      enums.put(field, te);
    }
    return te;
  }

  private FixedBitSet terms(Term t, FixedBitSet mask) throws IOException {
    TermsEnum te = termsEnum(t.field());
    if (te == null || !te.seekExact(t.bytes())) return empty;
    reuse = te.postings(reuse, PostingsEnum.NONE);
    FixedBitSet out = null;
    for (int d = reuse.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = reuse.nextDoc()) {
      if (mask.get(d)) {
        if (out == null) out = new FixedBitSet(mask.length());
        out.set(d);
      }
    }
    return out == null ? empty : out;
  }

  private FixedBitSet phrase(Plan.Phrase ph, FixedBitSet mask) throws IOException {
    String field = ph.query().getField();
    Terms terms = reader.terms(field);
    if (terms == null) return empty;
    if (!terms.hasPositions()) return and(lucene(ph.query()), mask); // Lucene's own error
    TermsEnum te = termsEnum(field);
    int n = ph.terms().length;
    PostingsEnum[] postings = new PostingsEnum[n];
    int lead = 0; // the rarest term leads: its documents are the only ones to look at
    int leadFreq = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (!te.seekExact(ph.terms()[i])) return empty;
      postings[i] = te.postings(null, PostingsEnum.POSITIONS);
      int df = te.docFreq();
      if (df < leadFreq) {
        lead = i;
        leadFreq = df;
      }
    }
    FixedBitSet out = null;
    PostingsEnum first = postings[lead];
    docs:
    for (int d = first.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = first.nextDoc()) {
      if (!mask.get(d)) continue;
      for (PostingsEnum p : postings) {
        if (p == first) continue;
        int at = p.docID() < d ? p.advance(d) : p.docID();
        if (at == DocIdSetIterator.NO_MORE_DOCS) break docs;
        if (at != d) continue docs;
      }
      if (phraseIn(postings, ph.positions())) {
        if (out == null) out = new FixedBitSet(mask.length());
        out.set(d);
      }
    }
    return out == null ? empty : out;
  }

  /**
   * Whether the current document of each of {@code postings} holds its term at a common start plus
   * the term's offset in the phrase, as Lucene's exact phrase matcher has it.
   */
  private boolean phraseIn(PostingsEnum[] postings, int[] offsets) throws IOException {
    int n = postings.length;
    if (positions.length < n) {
      positions = new int[n][16];
      ends = new int[n];
      next = new int[n];
    }
    for (int i = 0; i < n; i++) {
      int freq = postings[i].freq();
      if (positions[i].length < freq)
        positions[i] = new int[Math.max(freq, positions[i].length * 2)];
      for (int k = 0; k < freq; k++) positions[i][k] = postings[i].nextPosition();
      ends[i] = freq;
      next[i] = 0;
    }
    first:
    for (int k = 0; k < ends[0]; k++) {
      int start = positions[0][k] - offsets[0];
      for (int i = 1; i < n; i++) {
        int want = start + offsets[i];
        int[] at = positions[i];
        while (next[i] < ends[i] && at[next[i]] < want) next[i]++;
        if (next[i] == ends[i]) return false; // later starts only want later positions
        if (at[next[i]] != want) continue first;
      }
      return true;
    }
    return false;
  }

  /** The documents Lucene finds for {@code q} on the batch, as a search would. */
  private FixedBitSet lucene(Query q) throws IOException {
    Query rewritten = searcher.rewrite(new ConstantScoreQuery(q));
    Weight w = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    FixedBitSet out = new FixedBitSet(Math.max(maxDoc, 1));
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = w.scorerSupplier(ctx);
      if (supplier == null) continue;
      supplier.setTopLevelScoringClause();
      BulkScorer scorer = supplier.bulkScorer();
      int base = ctx.docBase;
      scorer.score(
          new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
              out.set(base + doc);
            }
          },
          ctx.reader().getLiveDocs(),
          0,
          DocIdSetIterator.NO_MORE_DOCS);
    }
    return out;
  }

  private FixedBitSet and(FixedBitSet a, FixedBitSet mask) {
    FixedBitSet out = a.clone();
    out.and(mask);
    return out;
  }

  private static boolean isEmpty(FixedBitSet s) {
    return s.scanIsEmpty();
  }
}
