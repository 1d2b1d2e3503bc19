package dev.argus.store.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.StoredArticle;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchEvaluatorTest {

  private static final StoredArticle REPEATS =
      Fixtures.article(
          "repeats",
          "en",
          "2026-03-01T00:00:00Z",
          "Harbour news",
          "Harbour harbour cranes. The cranes stood idle; the harbour cranes were sold.");

  private ByteBuffersDirectory dir;
  private LeafReader plain;
  private IndexSearcher lucene;
  private BatchEvaluator evaluator;

  @BeforeEach
  void batch() throws IOException {
    dir = new ByteBuffersDirectory();
    Analyzer gap = SavedQueries.ANALYZER;
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(gap))) {
      List<StoredArticle> all = new ArrayList<>(Fixtures.ALL);
      all.add(REPEATS);
      for (StoredArticle a : all) w.addDocument(SavedQueries.document(a, new PhrasePairs()));
      w.forceMerge(1);
    }
    plain = DirectoryReader.open(dir).leaves().get(0).reader();
    lucene = new IndexSearcher(plain);
    IndexSearcher arrays = new IndexSearcher(new BatchReader(plain));
    arrays.setQueryCache(null);
    evaluator = new BatchEvaluator(arrays);
  }

  @AfterEach
  void close() throws IOException {
    plain.close();
    dir.close();
  }

  private Set<Integer> byLucene(Query q) throws IOException {
    Set<Integer> out = new TreeSet<>();
    for (ScoreDoc d : lucene.search(q, 100).scoreDocs) out.add(d.doc);
    return out;
  }

  private Set<Integer> byPlan(Query q) throws IOException {
    FixedBitSet docs = evaluator.matches(new BatchQuery(q));
    Set<Integer> out = new TreeSet<>();
    for (int d = 0; d < plain.maxDoc(); d++) if (docs.get(d)) out.add(d);
    return out;
  }

  private static Query all(String word) {
    return new TermQuery(new Term(Schema.ALL, word));
  }

  @Test
  void savedQueriesMatchTheDocumentsLuceneFinds() throws IOException {
    for (String q :
        List.of(
            "velmora",
            "\"velmora motors\" lang:en",
            "entity:\"velmora motors\" NOT lyon",
            "\"battery plant\" OR \"exposition de photographies\"",
            "batter* OR photo*",
            "batter* AND velmora",
            "plant NEAR/3 battery",
            "(unions OR gewerkschaft) AND (wages OR lohn)",
            "published:>=2026-02-01 tone:<0",
            "NOT velmora",
            "NOT velmora NOT bremen",
            "velmora -\"battery plant\"",
            "author:\"kim sample\" bremen",
            "title:\"opens a plant\"",
            "\"harbour cranes\"",
            "\"cranes harbour\"",
            "\"the harbour cranes were\"",
            "\"news harbour\"",
            "\"plant near\"~2",
            "harbour AND NOT (cranes OR idle)")) {
      Query lq = SavedQueries.monitorQuery(q);
      assertThat(byPlan(lq)).as(q).isEqualTo(byLucene(lq));
    }
  }

  @Test
  void aPhraseWithAGapMatchesItsTermsThatFarApart() throws IOException {
    // "harbour ? cranes": only the text's "The cranes ... the harbour cranes" has none such;
    // "Harbour
    // harbour cranes" has harbour two before cranes.
    PhraseQuery gap =
        new PhraseQuery.Builder()
            .add(new Term(Schema.ALL, "harbour"), 0)
            .add(new Term(Schema.ALL, "crane"), 2)
            .build();
    PhraseQuery twice =
        new PhraseQuery.Builder()
            .add(new Term(Schema.ALL, "harbour"), 0)
            .add(new Term(Schema.ALL, "harbour"), 1)
            .build();
    PhraseQuery shifted =
        new PhraseQuery.Builder()
            .add(new Term(Schema.ALL, "harbour"), 3)
            .add(new Term(Schema.ALL, "crane"), 4)
            .build();
    for (Query q : List.of(gap, twice, shifted)) {
      assertThat(byPlan(q)).as(q.toString()).isEqualTo(byLucene(q)).isNotEmpty();
    }
  }

  @Test
  void booleanEdgeCasesMatchAsInLucene() throws IOException {
    Query onlyExclusions = new BooleanQuery.Builder().add(all("velmora"), Occur.MUST_NOT).build();
    Query optionalBesideRequired =
        new BooleanQuery.Builder()
            .add(all("bremen"), Occur.MUST)
            .add(all("velmora"), Occur.SHOULD)
            .build();
    Query nestedExclusionsOnly =
        new BooleanQuery.Builder()
            .add(onlyExclusions, Occur.SHOULD)
            .add(all("bremen"), Occur.SHOULD)
            .build();
    Query minimumShould =
        new BooleanQuery.Builder()
            .add(all("velmora"), Occur.SHOULD)
            .add(all("bremen"), Occur.SHOULD)
            .add(all("harbour"), Occur.SHOULD)
            .setMinimumNumberShouldMatch(2)
            .build();
    Query filterAndExclusion =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.FILTER)
            .add(all("velmora"), Occur.MUST_NOT)
            .build();
    Query empty = new BooleanQuery.Builder().build();
    Query absentField = new TermQuery(new Term("nofield", "x"));
    for (Query q :
        List.of(
            onlyExclusions,
            optionalBesideRequired,
            nestedExclusionsOnly,
            minimumShould,
            filterAndExclusion,
            empty,
            absentField)) {
      assertThat(byPlan(q)).as(q.toString()).isEqualTo(byLucene(q));
    }
  }

  @Test
  void aPhraseOnAFieldWithoutPositionsFailsAsInLucene() {
    // Keyword fields index documents only: Lucene refuses a phrase there, and so does the plan.
    PhraseQuery q =
        new PhraseQuery.Builder()
            .add(new Term(Schema.LANGUAGE, "en"))
            .add(new Term(Schema.LANGUAGE, "fr"))
            .build();
    assertThatThrownBy(() -> lucene.count(q)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> byPlan(q)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailingLeafFailsItsQueryEvenWhereAnotherClauseMatchesNothing() {
    // Lucene rewrites every clause before it runs any; the plan runs every leaf first, so a query
    // fails on a batch whatever the order or content of its other clauses.
    Query q =
        new BooleanQuery.Builder()
            .add(all("absentword"), Occur.MUST)
            .add(new Failing(), Occur.MUST)
            .build();
    assertThatThrownBy(() -> lucene.count(q)).hasMessage("too many terms");
    assertThatThrownBy(() -> byPlan(q)).hasMessage("too many terms");
  }

  @Test
  void aQueryWithTooManyClausesIsLeftToLuceneAndFailsAsBefore() {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String prefix : List.of("v", "w")) {
      BooleanQuery.Builder half = new BooleanQuery.Builder();
      for (int i = 0; i < 600; i++) half.add(all(prefix + i), Occur.SHOULD);
      q.add(half.build(), Occur.SHOULD);
    }
    Query tooMany = q.build();
    assertThat(new BatchQuery(tooMany).plan().plan() instanceof BatchQuery.Plan.Leaf).isTrue();
    assertThatThrownBy(() -> lucene.count(tooMany))
        .isInstanceOf(IndexSearcher.TooManyClauses.class);
    assertThatThrownBy(() -> byPlan(tooMany)).isInstanceOf(IndexSearcher.TooManyClauses.class);
  }

  @Test
  void thePresearcherSeesTheQueryItself() {
    Query q = SavedQueries.monitorQuery("\"velmora motors\" AND bremen");
    List<Query> leaves = new ArrayList<>();
    new BatchQuery(q)
        .visit(
            new QueryVisitor() {
              @Override
              public void visitLeaf(Query query) {
                leaves.add(query);
              }

              @Override
              public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
              }
            });
    assertThat(leaves).isNotEmpty().allMatch(l -> !(l instanceof BatchQuery));
    assertThat(leaves).hasAtLeastOneElementOfType(PhrasePairs.Marked.class);
  }

  @Test
  void aLeafThatCannotExpandRunsOnlyWhereTheOtherClausesLeaveDocuments() throws IOException {
    Counting near = new Counting();
    Query ruledOut =
        new BooleanQuery.Builder().add(all("absentword"), Occur.MUST).add(near, Occur.MUST).build();
    assertThat(byPlan(ruledOut)).isEmpty();
    assertThat(near.runs).isZero();
    Query inQuestion =
        new BooleanQuery.Builder().add(all("harbour"), Occur.MUST).add(near, Occur.MUST).build();
    assertThat(byPlan(inQuestion)).isEmpty();
    assertThat(near.runs).isEqualTo(1);
  }

  @Test
  void wildcardsExpandAndNearOrDateRangesDoNot() {
    assertThat(leaf("velm* AND bremen").expands()).isTrue();
    assertThat(leaf("velmora NEAR/3 motors AND bremen").expands()).isFalse();
    assertThat(new BatchQuery.Plan.Leaf(LongPoint.newRangeQuery("day", 1, 2), 0).expands())
        .isFalse();
  }

  /** The one leaf of a saved query's plan. */
  private static BatchQuery.Plan.Leaf leaf(String query) {
    return new BatchQuery(SavedQueries.monitorQuery(query)).plan().leaves().get(0);
  }

  /** A leaf over plain terms that counts its runs and matches nothing. */
  private static final class Counting extends Query {
    int runs;

    @Override
    public Query rewrite(IndexSearcher searcher) {
      if (searcher.getIndexReader().maxDoc() > 0) runs++;
      return new MatchNoDocsQuery();
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.consumeTerms(this, new Term(Schema.ALL, "harbour"));
    }

    @Override
    public String toString(String field) {
      return "counting";
    }

    @Override
    public boolean equals(Object o) {
      return o == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** A leaf whose rewrite fails, as a wildcard over too many terms does. */
  private static final class Failing extends Query {
    @Override
    public Query rewrite(IndexSearcher searcher) {
      if (searcher.getIndexReader().maxDoc() == 0) return this; // the clause-count check
      throw new IllegalStateException("too many terms");
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return "failing";
    }

    @Override
    public boolean equals(Object o) {
      return sameClassAs(o);
    }

    @Override
    public int hashCode() {
      return classHash();
    }
  }
}
