package dev.argus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.Aggregations.Interval;
import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CountingTest {

  private static final List<String> FACETS = List.of(Schema.LANGUAGE, Schema.ENTITY);

  /**
   * Over several segments, with a single-valued and a many-valued field and more values than a
   * dense count starts with, facets agree with Lucene's own facet counts and the histogram with a
   * count of every matching document's day.
   */
  @Test
  void countsAgreeWithLuceneFacetsAndADayByDayCount() throws IOException {
    Random r = new Random(7);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      List<long[]> dates = new ArrayList<>(); // doc's day, or none; per doc, in order
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < 3_000; i++) {
          Document d = new Document();
          d.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
          if (r.nextInt(10) > 0) {
            d.add(new SortedSetDocValuesField(Schema.LANGUAGE, new BytesRef("l" + r.nextInt(6))));
          }
          for (int k = r.nextInt(4); k > 0; k--) {
            String e = "e" + r.nextInt(1 + r.nextInt(4_000)); // up to 4,000 values, skewed
            d.add(new SortedSetDocValuesField(Schema.ENTITY, new BytesRef(e)));
          }
          if (r.nextInt(8) > 0) {
            long millis = (r.nextInt(900) - 300) * 86_400_000L + r.nextInt(86_400_000);
            d.add(new NumericDocValuesField(ArticleDocuments.DATE, millis));
          }
          if (r.nextBoolean()) d.add(new DoubleDocValuesField(Schema.TONE, r.nextGaussian()));
          w.addDocument(d);
          if (i % 700 == 699) w.commit(); // a new segment
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher s = new IndexSearcher(reader);
        for (Query q :
            List.of(
                new MatchAllDocsQuery(),
                new TermQuery(new Term("parity", "odd")),
                new TermQuery(new Term("parity", "none")))) {
          for (int top : List.of(1, 5, 50)) {
            Aggregations.Result got = Aggregations.aggregate(s, q, FACETS, top, Interval.WEEK);
            FacetsCollector fc = s.search(q, new FacetsCollectorManager());
            assertThat(got.total()).isEqualTo(s.count(q));
            for (String f : FACETS) {
              assertThat(got.facets().get(f))
                  .as(f + " top " + top)
                  .isEqualTo(lucene(s, fc, f, top));
            }
            assertThat(got.histogram()).isEqualTo(weekly(s, q));
          }
        }
      }
    }
  }

  private static List<Aggregations.Count> lucene(
      IndexSearcher s, FacetsCollector fc, String field, int top) throws IOException {
    if (fc.getMatchingDocs().stream().allMatch(m -> m.totalHits() == 0)) return List.of();
    StringDocValuesReaderState state = new StringDocValuesReaderState(s.getIndexReader(), field);
    FacetResult r = new StringValueFacetCounts(state, fc).getTopChildren(top, field);
    List<Aggregations.Count> out = new ArrayList<>();
    if (r != null)
      for (LabelAndValue lv : r.labelValues)
        out.add(new Aggregations.Count(lv.label, lv.value.longValue()));
    return out;
  }

  /** Each matching document's week, counted one by one, every week between included. */
  private static List<Aggregations.Bucket> weekly(IndexSearcher s, Query q) throws IOException {
    TreeMap<LocalDate, Long> weeks = new TreeMap<>();
    for (var leaf : s.getIndexReader().leaves()) {
      var dates = leaf.reader().getNumericDocValues(ArticleDocuments.DATE);
      var scorer =
          s.createWeight(s.rewrite(q), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1)
              .scorer(leaf);
      if (scorer == null || dates == null) continue;
      var it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != it.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!dates.advanceExact(doc)) continue;
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(dates.longValue(), 86_400_000L));
        weeks.merge(Interval.WEEK.start(day), 1L, Long::sum);
      }
    }
    return Aggregations.fill(weeks, Interval.WEEK);
  }

  @Test
  void ordinalCountsMoveFromATableToAnArrayWithoutLosingACount() {
    Counting.OrdCounts counts = new Counting.OrdCounts(100_000);
    Map<Long, Long> expected = new HashMap<>();
    Random r = new Random(3);
    for (int i = 0; i < 200_000; i++) {
      long ord = r.nextInt(i < 1_000 ? 50 : 100_000); // few values first, then many
      counts.add(ord);
      expected.merge(ord, 1L, Long::sum);
    }
    Map<Long, Long> got = new HashMap<>();
    counts.forEach((ord, n) -> got.put(ord, n));
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void dayCountsGrowBothWaysAndKeepEveryDay() {
    Counting.DayCounts days = new Counting.DayCounts();
    long[] seen = {20_000, 19_000, 21_500, 20_000, 18_990, 23_000};
    for (long d : seen) days.add(d);

    assertThat(days.buckets(Interval.DAY))
        .filteredOn(b -> b.count() > 0)
        .extracting(b -> b.start().toEpochDay(), Aggregations.Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(18_990L, 1L),
            org.assertj.core.groups.Tuple.tuple(19_000L, 1L),
            org.assertj.core.groups.Tuple.tuple(20_000L, 2L),
            org.assertj.core.groups.Tuple.tuple(21_500L, 1L),
            org.assertj.core.groups.Tuple.tuple(23_000L, 1L));
  }

  @Test
  void daysFartherApartThanAnyHistogramCouldShowAreRefused() {
    Counting.DayCounts days = new Counting.DayCounts();
    days.add(0);
    days.add(Counting.DayCounts.MAX_SPAN - 1); // just fits

    assertThatThrownBy(() -> days.add(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than " + Aggregations.MAX_BUCKETS + " buckets");
  }

  @Test
  void aWeekLabelHasTheIsoYearAndATwoDigitWeek() {
    assertThat(Interval.WEEK.label(LocalDate.of(2026, 3, 2))).isEqualTo("2026-W10");
    assertThat(Interval.WEEK.label(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
    assertThat(Interval.WEEK.label(LocalDate.of(2020, 12, 28))).isEqualTo("2020-W53");
  }
}
