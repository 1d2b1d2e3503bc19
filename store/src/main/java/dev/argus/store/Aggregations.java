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
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts over a result set: facets (the top values of a keyword field), a time histogram, tone
 * buckets, and share of voice. Facets, histogram and tone are counted together while the search
 * collects its matches ({@link Counting}), over the sorted-set and numeric doc values the store
 * writes; share of voice takes its own pass over the matches. Memory grows with the number of
 * values and buckets counted, not with the number of articles.
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
        case WEEK -> {
          int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          yield start.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
        }
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
    return searcher.search(query, counting(searcher, facets, top, interval, true));
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
   * What counts, as {@link #aggregate(IndexSearcher, Query, List, int, Interval)} does, while a
   * search collects its matches: for a caller that collects its page of hits in the same pass. The
   * tone buckets are counted only when {@code tone} asks for them (the result's {@link Result#tone}
   * is null when not).
   */
  static CollectorManager<?, Result> counting(
      IndexSearcher searcher, List<String> facets, int top, Interval interval, boolean tone)
      throws IOException {
    return new Counting(searcher.getIndexReader(), facets, top, interval, tone);
  }

  /** Every bucket from the first of {@code counts} to the last, empty ones included. */
  static List<Bucket> fill(TreeMap<LocalDate, Long> counts, Interval interval) {
    List<Bucket> out = new ArrayList<>();
    if (counts.isEmpty()) return out;
    for (LocalDate d = counts.firstKey(); !d.isAfter(counts.lastKey()); d = interval.next(d)) {
      if (out.size() == MAX_BUCKETS) throw tooManyBuckets();
      out.add(new Bucket(interval.label(d), d, counts.getOrDefault(d, 0L)));
    }
    return out;
  }

  static IllegalArgumentException tooManyBuckets() {
    return new IllegalArgumentException(
        "the histogram would have more than "
            + MAX_BUCKETS
            + " buckets: use a coarser interval"
            + " or a narrower date range");
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

  private static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
