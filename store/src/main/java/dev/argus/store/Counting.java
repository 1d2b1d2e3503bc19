package dev.argus.store;

import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts {@link Aggregations#aggregate} makes (facets, the time histogram, tone buckets), taken
 * while the search collects its matches: each matching document's doc values are read once, for
 * every count at the same time.
 *
 * <p>Written here rather than with Lucene's facet module because that module first gathers the
 * matches into a bit set, then takes one more pass over them per facet field, each a leap-frog
 * between the matches and the field's doc values; for a dashboard search (three facets and a
 * histogram) that was half of the server's time per request. Here a facet value is counted by its
 * ordinal across segments ({@link Ordinals}, built once per reader), and ties rank as in Lucene's
 * {@code StringValueFacetCounts}: the smaller value first.
 */
final class Counting implements CollectorManager<Counting.Collector, Aggregations.Result> {

  private final IndexReader reader;
  private final List<String> facets;
  private final Ordinals[] ordinals;
  private final int top;
  private final Aggregations.Interval interval;
  private final boolean tone;

  /**
   * Counts over {@code reader}'s matches: the top {@code top} values of each of {@code facets}, a
   * histogram by {@code interval} (null for none), and tone buckets when {@code tone} asks.
   */
  Counting(
      IndexReader reader,
      List<String> facets,
      int top,
      Aggregations.Interval interval,
      boolean tone)
      throws IOException {
    Aggregations.checkFields(facets);
    if (top < 1) throw new IllegalArgumentException("top must be positive, was " + top);
    this.reader = reader;
    this.facets = List.copyOf(facets);
    this.ordinals = new Ordinals[this.facets.size()];
    for (int i = 0; i < ordinals.length; i++)
      ordinals[i] = FacetStates.of(reader, this.facets.get(i));
    this.top = top;
    this.interval = interval;
    this.tone = tone;
  }

  @Override
  public Collector newCollector() {
    return new Collector();
  }

  @Override
  public Aggregations.Result reduce(Collection<Collector> collectors) throws IOException {
    // One collector (a searcher without an executor) is the sum already.
    Collector sum = collectors.size() == 1 ? collectors.iterator().next() : new Collector();
    if (collectors.size() != 1) {
      for (Collector c : collectors) sum.addAll(c);
    }
    Map<String, List<Aggregations.Count>> out = new LinkedHashMap<>();
    for (int i = 0; i < facets.size(); i++) {
      out.put(
          facets.get(i),
          sum.total == 0 || ordinals[i] == null ? List.of() : top(sum.counts[i], ordinals[i]));
    }
    List<Aggregations.Bucket> histogram = interval == null ? List.of() : sum.days.buckets(interval);
    long[] t = sum.tones;
    Aggregations.Tone tones = tone ? new Aggregations.Tone(t[0], t[1], t[2], t[3]) : null;
    return new Aggregations.Result(sum.total, out, histogram, tones);
  }

  /** Ordinal and count pairs, the most counted first, ties by the smaller ordinal (value). */
  private static final Comparator<long[]> BEST_FIRST =
      (a, b) -> a[1] != b[1] ? Long.compare(b[1], a[1]) : Long.compare(a[0], b[0]);

  /** The {@link #top} values counted most, in {@link #BEST_FIRST} order. */
  private List<Aggregations.Count> top(OrdCounts counts, Ordinals ords) throws IOException {
    // The best so far, its head the weakest of them.
    PriorityQueue<long[]> best = new PriorityQueue<>(BEST_FIRST.reversed());
    counts.forEach(
        (ord, n) -> {
          long[] candidate = {ord, n};
          if (best.size() < top) {
            best.add(candidate);
          } else if (BEST_FIRST.compare(candidate, best.peek()) < 0) {
            best.poll();
            best.add(candidate);
          }
        });
    List<long[]> ranked = new ArrayList<>(best);
    ranked.sort(BEST_FIRST);
    List<Aggregations.Count> out = new ArrayList<>(ranked.size());
    Ordinals.Labels labels = ords.labels(reader);
    for (long[] r : ranked) out.add(new Aggregations.Count(labels.of(r[0]), r[1]));
    return out;
  }

  /** Counts one slice's matches. */
  final class Collector extends SimpleCollector {
    private long total;
    private final OrdCounts[] counts = new OrdCounts[facets.size()];
    private final DayCounts days = new DayCounts();
    private final long[] tones = new long[4]; // negative, neutral, positive, unscored

    // The current segment's doc values: a facet as single-valued (sorted) or as a set.
    private final SortedDocValues[] single = new SortedDocValues[facets.size()];
    private final SortedSetDocValues[] multi = new SortedSetDocValues[facets.size()];
    private final LongValues[] toGlobal = new LongValues[facets.size()];
    private NumericDocValues dates;
    private NumericDocValues toneValues;

    Collector() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new OrdCounts(ordinals[i] == null ? 0 : ordinals[i].valueCount());
      }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      LeafReader leaf = context.reader();
      for (int i = 0; i < counts.length; i++) {
        single[i] = null;
        multi[i] = null;
        if (ordinals[i] == null) continue;
        SortedSetDocValues set = DocValues.getSortedSet(leaf, facets.get(i));
        SortedDocValues one = DocValues.unwrapSingleton(set);
        if (one != null) single[i] = one;
        else multi[i] = set;
        toGlobal[i] = ordinals[i].toGlobal(context.ord);
      }
      dates = interval == null ? null : DocValues.getNumeric(leaf, ArticleDocuments.DATE);
      toneValues = tone ? DocValues.getNumeric(leaf, Schema.TONE) : null;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    /** Adds what {@code other} counted to this. */
    void addAll(Collector other) {
      total += other.total;
      for (int i = 0; i < counts.length; i++) counts[i].addAll(other.counts[i]);
      days.addAll(other.days);
      for (int t = 0; t < tones.length; t++) tones[t] += other.tones[t];
    }

    @Override
    public void collect(int doc) throws IOException {
      total++;
      for (int i = 0; i < counts.length; i++) {
        SortedDocValues one = single[i];
        if (one != null) {
          if (one.advanceExact(doc)) counts[i].add(toGlobal[i].get(one.ordValue()));
          continue;
        }
        SortedSetDocValues set = multi[i];
        if (set != null && set.advanceExact(doc)) {
          for (int k = set.docValueCount(); k > 0; k--) {
            counts[i].add(toGlobal[i].get(set.nextOrd()));
          }
        }
      }
      if (dates != null && dates.advanceExact(doc)) {
        days.add(Math.floorDiv(dates.longValue(), DAY_MILLIS));
      }
      if (toneValues != null) {
        if (!toneValues.advanceExact(doc)) {
          tones[3]++;
        } else {
          // DoubleDocValuesField stores the raw IEEE bits, not Lucene's sortable form.
          double t = Double.longBitsToDouble(toneValues.longValue());
          if (t <= -Aggregations.NEUTRAL_BAND) tones[0]++;
          else if (t >= Aggregations.NEUTRAL_BAND) tones[2]++;
          else tones[1]++;
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final long DAY_MILLIS = 86_400_000L;

  /**
   * A field's values over a reader, numbered across its segments (Lucene's {@link OrdinalMap}; a
   * reader of one segment needs none). Building one reads every segment's values of the field, so
   * {@link FacetStates} keeps one per open reader and field.
   */
  record Ordinals(String field, OrdinalMap map, int valueCount) {

    /** Builds them; null when no document of {@code reader} has a value for {@code field}. */
    static Ordinals build(IndexReader reader, String field) throws IOException {
      List<LeafReaderContext> leaves = reader.leaves();
      if (leaves.size() == 1) {
        SortedSetDocValues dv = leaves.get(0).reader().getSortedSetDocValues(field);
        return dv == null ? null : new Ordinals(field, null, Math.toIntExact(dv.getValueCount()));
      }
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      boolean any = false;
      for (int i = 0; i < values.length; i++) {
        SortedSetDocValues dv = leaves.get(i).reader().getSortedSetDocValues(field);
        any |= dv != null;
        values[i] = dv == null ? DocValues.emptySortedSet() : dv;
      }
      if (!any) return null;
      IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
      OrdinalMap map =
          OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
      return new Ordinals(field, map, Math.toIntExact(map.getValueCount()));
    }

    /** Segment {@code segment}'s ordinals to these. */
    LongValues toGlobal(int segment) {
      return map == null ? LongValues.IDENTITY : map.getGlobalOrds(segment);
    }

    /** The values by their numbers, over {@code reader}: for one search's use. */
    Labels labels(IndexReader reader) {
      return new Labels(reader);
    }

    /** Looks values up, each segment's doc values opened once. */
    final class Labels {
      private final IndexReader reader;
      private final SortedSetDocValues[] segments;

      private Labels(IndexReader reader) {
        this.reader = reader;
        this.segments = new SortedSetDocValues[reader.leaves().size()];
      }

      /** The value numbered {@code ord}. */
      String of(long ord) throws IOException {
        int segment = map == null ? 0 : map.getFirstSegmentNumber(ord);
        long segmentOrd = map == null ? ord : map.getFirstSegmentOrd(ord);
        SortedSetDocValues dv = segments[segment];
        if (dv == null) {
          dv = reader.leaves().get(segment).reader().getSortedSetDocValues(field);
          segments[segment] = dv;
        }
        return dv.lookupOrd(segmentOrd).utf8ToString();
      }
    }
  }

  /**
   * How often each ordinal of a field was counted: in a small open-addressing table while few
   * ordinals have been seen (a search with few matches touches few values, and a dense array per
   * facet and per request would be allocated and scanned for nothing), in an array as large as the
   * field's values once many have. Written here because the JDK's maps box every key and count.
   */
  static final class OrdCounts {
    private final int valueCount;
    private int[] dense;
    private long[] keys; // ordinal + 1; 0 marks a free slot
    private int[] values;
    private int size;

    OrdCounts(int valueCount) {
      this.valueCount = valueCount;
      if (valueCount <= 1_024) {
        dense = new int[valueCount];
      } else {
        keys = new long[64];
        values = new int[64];
      }
    }

    void add(long ord) {
      add(ord, 1);
    }

    void add(long ord, int n) {
      if (dense != null) {
        dense[(int) ord] += n;
        return;
      }
      int mask = keys.length - 1;
      long key = ord + 1;
      int slot = (int) mix(key) & mask;
      while (true) {
        long k = keys[slot];
        if (k == key) {
          values[slot] += n;
          return;
        }
        if (k == 0) {
          keys[slot] = key;
          values[slot] = n;
          if (++size * 2 > keys.length) grow();
          return;
        }
        slot = (slot + 1) & mask;
      }
    }

    private static long mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return h ^ (h >>> 32);
    }

    /** A table half full doubles, or turns into the dense array once that is no larger. */
    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      if ((long) oldKeys.length * 2 >= valueCount / 4) {
        dense = new int[valueCount];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != 0) dense[(int) (oldKeys[i] - 1)] += oldValues[i];
        }
        keys = null;
        values = null;
        return;
      }
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) add(oldKeys[i] - 1, oldValues[i]);
      }
    }

    void addAll(OrdCounts other) {
      other.forEach((ord, n) -> add(ord, (int) n));
    }

    /** Each counted ordinal and its count (never 0), in no particular order. */
    void forEach(OrdAndCount each) {
      if (dense != null) {
        for (int i = 0; i < dense.length; i++) if (dense[i] != 0) each.accept(i, dense[i]);
      } else {
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) each.accept(keys[i] - 1, values[i]);
      }
    }

    interface OrdAndCount {
      void accept(long ord, long count);
    }
  }

  /**
   * Matches per UTC day (days since 1970), in an array over the days seen so far, grown as later or
   * earlier days come: a year of news is 365 counters. A span no histogram could show (more days
   * than {@link Aggregations#MAX_BUCKETS} months have) is refused as the histogram would refuse it.
   */
  static final class DayCounts {
    /** More days than this apart cannot fit {@link Aggregations#MAX_BUCKETS} monthly buckets. */
    static final long MAX_SPAN = Aggregations.MAX_BUCKETS * 31L + 31;

    private long first;
    private long[] counts; // counts[i] is day first + i; null until the first day

    void add(long day) {
      add(day, 1);
    }

    void add(long day, long n) {
      if (counts == null) {
        first = day;
        counts = new long[64];
      } else if (day < first || day >= first + counts.length) {
        cover(day);
      }
      counts[(int) (day - first)] += n;
    }

    private void cover(long day) {
      long from = Math.min(first, day);
      long to = Math.max(first + counts.length - 1, day);
      long needed = to - from + 1;
      if (needed > MAX_SPAN) throw Aggregations.tooManyBuckets();
      // Room on the side that grows, so that days arriving in order seldom copy.
      long length = Math.max(needed, Math.min(MAX_SPAN, counts.length * 2L));
      long newFirst = day < first ? to - length + 1 : from;
      long[] grown = new long[(int) length];
      System.arraycopy(counts, 0, grown, (int) (first - newFirst), counts.length);
      counts = grown;
      first = newFirst;
    }

    void addAll(DayCounts other) {
      if (other.counts == null) return;
      for (int i = 0; i < other.counts.length; i++) {
        if (other.counts[i] != 0) add(other.first + i, other.counts[i]);
      }
    }

    /** Every bucket from the first day counted to the last, empty ones included. */
    List<Aggregations.Bucket> buckets(Aggregations.Interval interval) {
      TreeMap<LocalDate, Long> byStart = new TreeMap<>();
      if (counts != null) {
        LocalDate start = null;
        LocalDate next = null;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 0) continue;
          LocalDate day = LocalDate.ofEpochDay(first + i);
          if (next == null || !day.isBefore(next)) {
            if (start != null) byStart.put(start, sum);
            start = interval.start(day);
            next = interval.next(start);
            sum = 0;
          }
          sum += counts[i];
        }
        if (start != null) byStart.put(start, sum);
      }
      return Aggregations.fill(byStart, interval);
    }

    @Override
    public String toString() {
      return counts == null ? "[]" : first + ":" + Arrays.toString(counts);
    }
  }
}
