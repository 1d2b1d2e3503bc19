package dev.argus.store;

import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts over a result set: facets (the top values of a keyword field), a time histogram, tone
 * buckets, and share of voice. Facet counts come from Lucene's facet module over the sorted-set doc
 * values the store writes; the histogram, tone and share of voice read the matching documents' doc
 * values in one pass each, in memory proportional to the number of buckets, not of articles.
 */
public final class Aggregations {

  /** Facet fields the store keeps doc values for. */
  public static final List<String> FACET_FIELDS =
      List.of(
          Schema.LANGUAGE,
          Schema.COUNTRY,
          Schema.SOURCE,
          Schema.DOMAIN,
          Schema.ENTITY,
          Schema.NAME,
          Schema.AUTHOR,
          Schema.CITES,
          Schema.STORY,
          Schema.DUP_GROUP);

  /** Most buckets a histogram may have: a longer span needs a coarser interval. */
  public static final int MAX_BUCKETS = 5_000;

  /** Tone at or below minus this is negative, at or above it positive, between it neutral. */
  public static final double NEUTRAL_BAND = 0.1;

  /** Histogram intervals, in UTC. */
  public enum Interval {
    DAY,
    WEEK,
    MONTH;

    /** The start of the bucket holding {@code day}. */
    public LocalDate start(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> day.withDayOfMonth(1);
      };
    }

    /** The start of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }

    /** The bucket's label: {@code 2026-03-14}, {@code 2026-W11}, {@code 2026-03}. */
    public String label(LocalDate start) {
      return switch (this) {
        case DAY -> start.toString();
        case WEEK ->
            String.format(
                "%d-W%02d",
                start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case MONTH -> start.toString().substring(0, 7);
      };
    }
  }

  /** One value of a facet and how many matching articles have it. */
  public record Count(String value, long count) {}

  /** One histogram bucket: its label, its first day, and the matching articles in it. */
  public record Bucket(String label, LocalDate start, long count) {}

  /** Matching articles by tone. */
  public record Tone(long negative, long neutral, long positive, long unscored) {}

  /** One period of share of voice: each entity's mentions, and its share of their sum. */
  public record Share(
      String label, LocalDate start, Map<String, Long> mentions, Map<String, Double> share) {}

  /**
   * Everything {@link #aggregate} counted.
   *
   * @param tone the tone buckets, or null when they were not asked for
   */
  public record Result(
      long total, Map<String, List<Count>> facets, List<Bucket> histogram, Tone tone) {}

  private Aggregations() {}

  /**
   * Counts the articles matching {@code query}: the top {@code top} values of each facet field, a
   * histogram by {@code interval} (null for none) over the article date (published, else fetched),
   * and tone buckets.
   */
  public static Result aggregate(
      IndexSearcher searcher, Query query, List<String> facets, int top, Interval interval)
      throws IOException {
    checkFields(facets);
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    return aggregate(searcher, fc, facets, top, interval);
  }

  /** Throws when one of {@code facets} is no facet field. */
  static void checkFields(List<String> facets) {
    for (String f : facets) {
      if (!FACET_FIELDS.contains(f)) {
        throw new IllegalArgumentException(
            "no facet for field '" + f + "'; facets: " + FACET_FIELDS);
      }
    }
  }

  /**
   * Counts the matching documents {@code fc} collected with {@code searcher}, as {@link
   * #aggregate(IndexSearcher, Query, List, int, Interval)} does: for a caller that collected them
   * in the same pass as its page of hits.
   */
  static Result aggregate(
      IndexSearcher searcher, FacetsCollector fc, List<String> facets, int top, Interval interval)
      throws IOException {
    return aggregate(searcher, fc, facets, top, interval, true);
  }

  /**
   * As {@link #aggregate(IndexSearcher, FacetsCollector, List, int, Interval)}, counting the tone
   * buckets only when {@code tone} asks for them (one more pass over the matches' doc values): the
   * result's {@link Result#tone} is null when not.
   */
  static Result aggregate(
      IndexSearcher searcher,
      FacetsCollector fc,
      List<String> facets,
      int top,
      Interval interval,
      boolean tone)
      throws IOException {
    checkFields(facets);
    long total = total(fc);
    Map<String, List<Count>> out = new LinkedHashMap<>();
    for (String field : facets)
      out.put(field, total == 0 ? List.of() : top(searcher, fc, field, top));
    List<Bucket> histogram = interval == null ? List.of() : histogram(fc, interval);
    return new Result(total, out, histogram, tone ? tone(fc) : null);
  }

  private static List<Count> top(IndexSearcher searcher, FacetsCollector fc, String field, int top)
      throws IOException {
    StringDocValuesReaderState state = FacetStates.of(searcher.getIndexReader(), field);
    if (state == null) return List.of();
    FacetResult r = new StringValueFacetCounts(state, fc).getTopChildren(top, field);
    if (r == null) return List.of();
    List<Count> counts = new ArrayList<>(r.labelValues.length);
    for (LabelAndValue lv : r.labelValues) counts.add(new Count(lv.label, lv.value.longValue()));
    return counts;
  }

  private static long total(FacetsCollector fc) {
    long t = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) t += m.totalHits();
    return t;
  }

  private static List<Bucket> histogram(FacetsCollector fc, Interval interval) throws IOException {
    // Counted per UTC day first (one division per article, no date objects), then per bucket.
    Map<Long, long[]> days = new java.util.HashMap<>();
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      NumericDocValues dates = DocValues.getNumeric(m.context().reader(), ArticleDocuments.DATE);
      DocIdSetIterator docs = m.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (dates.advanceExact(doc)) {
          days.computeIfAbsent(Math.floorDiv(dates.longValue(), DAY_MILLIS), d -> new long[1])[0]++;
        }
      }
    }
    TreeMap<LocalDate, Long> counts = new TreeMap<>();
    for (Map.Entry<Long, long[]> e : days.entrySet()) {
      counts.merge(interval.start(LocalDate.ofEpochDay(e.getKey())), e.getValue()[0], Long::sum);
    }
    return fill(counts, interval);
  }

  private static List<Bucket> fill(TreeMap<LocalDate, Long> counts, Interval interval) {
    List<Bucket> out = new ArrayList<>();
    if (counts.isEmpty()) return out;
    for (LocalDate d = counts.firstKey(); !d.isAfter(counts.lastKey()); d = interval.next(d)) {
      if (out.size() == MAX_BUCKETS) {
        throw new IllegalArgumentException(
            "the histogram would have more than "
                + MAX_BUCKETS
                + " buckets: use a coarser interval"
                + " or a narrower date range");
      }
      out.add(new Bucket(interval.label(d), d, counts.getOrDefault(d, 0L)));
    }
    return out;
  }

  private static Tone tone(FacetsCollector fc) throws IOException {
    long neg = 0, neu = 0, pos = 0, none = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      NumericDocValues tones = DocValues.getNumeric(m.context().reader(), Schema.TONE);
      DocIdSetIterator docs = m.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!tones.advanceExact(doc)) {
          none++;
          continue;
        }
        // DoubleDocValuesField stores the raw IEEE bits, not Lucene's sortable form.
        double t = Double.longBitsToDouble(tones.longValue());
        if (t <= -NEUTRAL_BAND) neg++;
        else if (t >= NEUTRAL_BAND) pos++;
        else neu++;
      }
    }
    return new Tone(neg, neu, pos, none);
  }

  /**
   * Share of voice among {@code entities} in the articles matching {@code query}: per period, each
   * entity's watch-list mentions and its share of the mentions of all of them. Periods without a
   * mention of any of them are listed with zeros, so charts keep their time axis.
   */
  public static List<Share> shareOfVoice(
      IndexSearcher searcher, Query query, List<String> entities, Interval interval)
      throws IOException {
    if (entities.isEmpty()) throw new IllegalArgumentException("share of voice needs entities");
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String e : entities) wanted.put(Schema.keyword(e), e);
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    TreeMap<LocalDate, long[]> periods = new TreeMap<>();
    List<String> order = new ArrayList<>(wanted.values());
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      NumericDocValues dates = DocValues.getNumeric(m.context().reader(), ArticleDocuments.DATE);
      BinaryDocValues mentions =
          DocValues.getBinary(m.context().reader(), ArticleDocuments.MENTIONS);
      DocIdSetIterator docs = m.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!dates.advanceExact(doc) || !mentions.advanceExact(doc)) continue;
        LocalDate start = interval.start(day(dates.longValue()));
        long[] row = periods.computeIfAbsent(start, k -> new long[order.size()]);
        ArticleDocuments.decodeMentions(mentions.binaryValue())
            .forEach(
                (entity, n) -> {
                  String asked = wanted.get(Schema.keyword(entity));
                  if (asked != null) row[order.indexOf(asked)] += n;
                });
      }
    }
    List<Share> out = new ArrayList<>();
    if (periods.isEmpty()) return out;
    for (LocalDate d = periods.firstKey(); !d.isAfter(periods.lastKey()); d = interval.next(d)) {
      if (out.size() == MAX_BUCKETS) {
        throw new IllegalArgumentException(
            "share of voice would have more than "
                + MAX_BUCKETS
                + " periods: use a coarser interval");
      }
      long[] row = periods.getOrDefault(d, new long[order.size()]);
      long sum = 0;
      for (long v : row) sum += v;
      Map<String, Long> counts = new LinkedHashMap<>();
      Map<String, Double> shares = new LinkedHashMap<>();
      for (int i = 0; i < order.size(); i++) {
        counts.put(order.get(i), row[i]);
        shares.put(order.get(i), sum == 0 ? 0.0 : Math.round(row[i] * 1000.0 / sum) / 1000.0);
      }
      out.add(new Share(interval.label(d), d, counts, shares));
    }
    return out;
  }

  private static final long DAY_MILLIS = 86_400_000L;

  private static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
