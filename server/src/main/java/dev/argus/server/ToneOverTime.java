package dev.argus.server;

import dev.argus.store.Aggregations;
import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Tone per period over a result set: how many articles were negative, neutral or positive, and
 * their mean tone. {@link Aggregations} counts tone over the whole result only; this reads the same
 * doc values (the article date and its tone) in one pass, in memory proportional to the number of
 * periods, with the same bands ({@link Aggregations#NEUTRAL_BAND}) and the same period labels.
 */
final class ToneOverTime {

  /**
   * One period.
   *
   * @param mean the mean tone of the scored articles, or null when none was scored
   */
  record Period(
      String label,
      LocalDate start,
      long articles,
      long negative,
      long neutral,
      long positive,
      Double mean) {}

  private ToneOverTime() {}

  static List<Period> of(IndexSearcher searcher, Query query, CoreRoutes.Interval interval)
      throws IOException {
    Aggregations.Interval periods = interval.store();
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    TreeMap<LocalDate, double[]> rows = new TreeMap<>(); // articles, neg, neu, pos, sum
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      NumericDocValues dates = DocValues.getNumeric(m.context().reader(), ArticleDocuments.DATE);
      NumericDocValues tones = DocValues.getNumeric(m.context().reader(), Schema.TONE);
      DocIdSetIterator docs = m.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!dates.advanceExact(doc)) continue;
        double[] row =
            rows.computeIfAbsent(periods.start(day(dates.longValue())), k -> new double[5]);
        row[0]++;
        if (!tones.advanceExact(doc)) continue;
        // DoubleDocValuesField keeps the raw IEEE bits (not the sortable form points use).
        double t = Double.longBitsToDouble(tones.longValue());
        if (t <= -Aggregations.NEUTRAL_BAND) row[1]++;
        else if (t >= Aggregations.NEUTRAL_BAND) row[3]++;
        else row[2]++;
        row[4] += t;
      }
    }
    List<Period> out = new ArrayList<>();
    if (rows.isEmpty()) return out;
    for (LocalDate d = rows.firstKey(); !d.isAfter(rows.lastKey()); d = periods.next(d)) {
      if (out.size() == Aggregations.MAX_BUCKETS) {
        throw new IllegalArgumentException(
            "tone over time would have more than "
                + Aggregations.MAX_BUCKETS
                + " periods: use a coarser interval");
      }
      double[] r = rows.getOrDefault(d, new double[5]);
      long scored = (long) (r[1] + r[2] + r[3]);
      Double mean = scored == 0 ? null : Math.round(r[4] / scored * 1000.0) / 1000.0;
      out.add(
          new Period(
              periods.label(d), d, (long) r[0], (long) r[1], (long) r[2], (long) r[3], mean));
    }
    return out;
  }

  private static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
