package dev.argus.bench.store;

import dev.argus.bench.monitor.Vocabulary;
import dev.argus.store.Aggregations;
import dev.argus.store.LuceneStore;
import dev.argus.store.Order;
import dev.argus.store.Store;
import dev.argus.store.StoredArticle;
import dev.argus.store.index.Schema;
import dev.argus.store.query.QueryLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The store's write and search speed on synthetic articles ({@link SyntheticArticles}).
 *
 * <p><b>Ingest.</b> Articles go through {@link Store#add} (corpus placement, story assignment, the
 * Lucene document) with a commit every {@link Options#commitEvery} articles or {@link
 * Options#commitMillis} of store time, as the ingest runner does. Generating an article is not
 * timed: articles are made a chunk at a time, then stored. Two peers store the first {@link
 * Options#peerArticles} of the same articles with the same commits: {@link LuceneStore#put} alone
 * (the store's documents without the corpus and story state: where the time goes) and a plain
 * Lucene {@link IndexWriter} with the {@link StandardAnalyzer} over the title, text and a few
 * keyword and date fields (what indexing costs at the least).
 *
 * <p><b>Search.</b> A mix of monitoring queries in the query language ({@link QueryLanguage}): an
 * entity, a phrase, a date range, and an entity within a date range, each returning the newest 20
 * and counting facets by language and source and a histogram by day ({@link Aggregations}). The
 * peer: a plain {@link TermQuery} on the entity field for the same entities, top 20, no facets.
 * Bounded by {@link Options#queries} and {@link Options#seconds}, whichever comes first, after a
 * warm-up.
 *
 * <p><b>Heap.</b> Peak heap per phase ({@link HeapWatch}).
 */
public final class StoreBench {

  /**
   * What to run.
   *
   * @param articles articles in the store
   * @param queries most queries measured
   * @param seconds most seconds of measured queries
   * @param data folder for the stores (deleted after), or null for a temporary one
   * @param keep folder holding a store kept across runs, or null: a store there with fewer than
   *     {@code articles} gets the missing ones added; one with enough is searched as it is
   * @param seed seed of the articles and queries
   * @param commitEvery articles between two commits at most (the ingest runner's default)
   * @param commitMillis store time between two commits at most (the ingest runner's default)
   * @param peerArticles articles the ingest peers store (the first ones)
   * @param bulk fill the kept store with {@link LuceneStore#put} on every core, in an order that
   *     spreads any prefix over the whole year, instead of through {@link Store#add}: for search
   *     figures at a size that {@code Store.add} would take hours to reach; the corpus and story
   *     fields are then made up, and no ingest figure is given
   */
  public record Options(
      long articles,
      int queries,
      double seconds,
      Path data,
      Path keep,
      long seed,
      int commitEvery,
      long commitMillis,
      int peerArticles,
      boolean bulk) {}

  /** One ingest run. */
  public record Ingest(
      String what,
      long articles,
      double seconds,
      double commitSeconds,
      int commits,
      HeapWatch.Peak heap) {
    double perSecond() {
      return articles / seconds;
    }
  }

  /** Latency of one kind of query. */
  public record Latency(
      String kind, int queries, double p50, double p95, double p99, double max, double meanHits) {}

  /**
   * Store.add's second half, from the middle of its run (rounded to a chunk) to its end: the rate
   * once the JIT has compiled the hot paths, which in a run of 20,000 articles spends a third of
   * the CPU time of the first seconds; null when the run was too short for halves.
   */
  public record Segment(long from, long articles, double seconds) {
    double perSecond() {
      return articles / seconds;
    }
  }

  /** The figures. */
  public record Report(
      String articles,
      long stored,
      boolean reused,
      List<Ingest> ingest,
      double firstPeerStoreSeconds,
      Segment laterHalf,
      List<Latency> search,
      HeapWatch.Peak searchHeap,
      long indexBytes) {}

  private static final int CHUNK = 2_000;
  private static final int WARMUP_QUERIES = 100;

  private final Options options;
  private final Consumer<String> log;

  public StoreBench(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public Report run() throws IOException {
    SyntheticArticles gen = new SyntheticArticles(options.articles(), options.seed());
    Path temp = null;
    Path base;
    if (options.keep() != null) {
      base = options.keep();
    } else if (options.data() != null) {
      base = options.data().resolve("argus-bench-store");
    } else {
      temp = Files.createTempDirectory("argus-bench-store");
      base = temp;
    }
    Files.createDirectories(base);
    Path work = options.keep() == null ? base : Files.createTempDirectory("argus-bench-peers");
    try (HeapWatch heap = new HeapWatch()) {
      List<Ingest> ingest = new ArrayList<>();
      Path storeDir = base.resolve("store");
      long have = 0;
      if (Files.exists(storeDir)) {
        try (LuceneStore s = LuceneStore.openReadOnly(storeDir)) {
          have = s.count();
        } catch (java.nio.file.NoSuchFileException e) {
          have = 0;
        }
      }
      boolean reused = have >= options.articles();
      double firstPeer = Double.NaN;
      Segment laterHalf = null;
      if (!reused && options.bulk()) {
        bulk(gen, storeDir);
        reused = true;
      } else if (!reused) {
        long peers = Math.min(options.peerArticles(), options.articles() - have);
        if (peers > 0 && have == 0) {
          System.gc();
          heap.reset();
          ingest.add(plainLucene(gen, peers, work.resolve("plain"), heap));
          System.gc();
          heap.reset();
          ingest.add(rawPut(gen, peers, work.resolve("raw"), heap));
        }
        System.gc();
        heap.reset();
        double[] first = new double[] {Double.NaN};
        Segment[] half = new Segment[1];
        ingest.add(storeAdd(gen, have, storeDir, heap, have == 0 ? peers : -1, first, half));
        firstPeer = first[0];
        laterHalf = half[0];
      } else {
        log.accept(String.format(Locale.ROOT, "reusing the store in %s: %,d articles", base, have));
      }
      System.gc();
      heap.reset();
      List<Latency> search;
      long stored;
      try (LuceneStore index = LuceneStore.openReadOnly(storeDir)) {
        stored = index.count();
        search = search(index, gen, stored);
      }
      HeapWatch.Peak searchHeap = heap.reset();
      return new Report(
          gen.describe(),
          stored,
          reused,
          ingest,
          firstPeer,
          laterHalf,
          search,
          searchHeap,
          size(storeDir));
    } finally {
      if (temp != null) delete(temp);
      else if (options.keep() == null) delete(base);
      if (options.keep() != null) delete(work);
    }
  }

  // ---- ingest

  private Ingest storeAdd(
      SyntheticArticles gen,
      long from,
      Path dir,
      HeapWatch heap,
      long mark,
      double[] atMark,
      Segment[] laterHalf)
      throws IOException {
    long to = options.articles();
    long half = to - from >= 2 * CHUNK ? roundUp((to - from) / 2) : -1;
    double atHalf = Double.NaN;
    log.accept(String.format(Locale.ROOT, "Store.add: articles %,d to %,d into %s", from, to, dir));
    long addNanos = 0;
    long commitNanos = 0;
    int commits = 0;
    try (Store store = Store.open(dir)) {
      Progress progress = new Progress("Store.add", from, to);
      int pending = 0;
      long sinceCommit = 0;
      for (long i = from; i < to; i += CHUNK) {
        List<SyntheticArticles.Item> chunk = chunk(gen, i, Math.min(to, i + CHUNK));
        for (SyntheticArticles.Item a : chunk) {
          long t0 = System.nanoTime();
          store.add(a.id(), a.enriched(), a.fields(), a.arrived());
          long t1 = System.nanoTime();
          addNanos += t1 - t0;
          sinceCommit += t1 - t0;
          if (++pending >= options.commitEvery() || sinceCommit > options.commitMillis() * 1e6) {
            store.commit();
            long t2 = System.nanoTime();
            commitNanos += t2 - t1;
            commits++;
            pending = 0;
            sinceCommit = 0;
          }
        }
        long done = Math.min(to, i + CHUNK);
        if (mark > 0 && done - from == roundUp(mark)) atMark[0] = (addNanos + commitNanos) / 1e9;
        if (done - from == half) atHalf = (addNanos + commitNanos) / 1e9;
        progress.at(done, (addNanos + commitNanos) / 1e9);
      }
      long t1 = System.nanoTime();
      store.commit();
      commitNanos += System.nanoTime() - t1;
      commits++;
    }
    if (!Double.isNaN(atHalf)) {
      laterHalf[0] =
          new Segment(from + half, to - from - half, (addNanos + commitNanos) / 1e9 - atHalf);
    }
    return new Ingest(
        "Store.add (corpus, stories, index)",
        to - from,
        (addNanos + commitNanos) / 1e9,
        commitNanos / 1e9,
        commits,
        heap.reset());
  }

  private static final String BULK_NEXT = "bench.bulk.next";
  private static final int BULK_ROUND = 20_000;

  /**
   * Fills the store with {@link LuceneStore#put} on every core, committing every {@value
   * #BULK_ROUND} articles with how far it got, so that a stopped build resumes there. The k-th
   * article put is the one at {@code k * stride mod n}, stride a prime not dividing n: a partial
   * build is spread over the whole year.
   */
  private void bulk(SyntheticArticles gen, Path dir) throws IOException {
    long n = gen.count();
    long stride = 1_000_003;
    while (n % stride == 0) stride += 2;
    long step = stride;
    try (LuceneStore store = LuceneStore.open(dir)) {
      String next = store.committedData().get(BULK_NEXT);
      long from = next == null ? 0 : Long.parseLong(next);
      log.accept(
          String.format(Locale.ROOT, "bulk build: articles %,d to %,d into %s", from, n, dir));
      long t0 = System.nanoTime();
      for (long k = from; k < n; k += BULK_ROUND) {
        long end = Math.min(n, k + BULK_ROUND);
        java.util.stream.LongStream.range(k, end)
            .parallel()
            .forEach(
                j -> {
                  long i = Math.floorMod(j * step, n);
                  SyntheticArticles.Item a = gen.article(i);
                  Map<String, Object> f = new LinkedHashMap<>(a.fields());
                  f.put("dupGroup", a.id());
                  f.put("duplicateOf", null);
                  f.put("names", List.of());
                  f.put("storyId", String.format(Locale.ROOT, "s%08d", i / 8));
                  try {
                    store.put(new StoredArticle(a.id(), f));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });
        store.commit(Map.of(BULK_NEXT, Long.toString(end)));
        log.accept(
            String.format(
                Locale.ROOT,
                "bulk build: %,d / %,d (%,.0f articles/s, heap %,d MiB)",
                end,
                n,
                (end - from) / ((System.nanoTime() - t0) / 1e9),
                HeapWatch.usedMiB()));
      }
    }
  }

  private static long roundUp(long n) {
    return (n + CHUNK - 1) / CHUNK * CHUNK;
  }

  private Ingest rawPut(SyntheticArticles gen, long n, Path dir, HeapWatch heap)
      throws IOException {
    log.accept(String.format(Locale.ROOT, "peer LuceneStore.put: %,d articles", n));
    long putNanos = 0;
    long commitNanos = 0;
    int commits = 0;
    try (LuceneStore store = LuceneStore.open(dir)) {
      Progress progress = new Progress("LuceneStore.put", 0, n);
      int pending = 0;
      for (long i = 0; i < n; i += CHUNK) {
        List<SyntheticArticles.Item> chunk = chunk(gen, i, Math.min(n, i + CHUNK));
        long k = i;
        for (SyntheticArticles.Item a : chunk) {
          // What Store.add would write, with the corpus and story fields made up.
          Map<String, Object> f = new LinkedHashMap<>(a.fields());
          f.put("dupGroup", a.id());
          f.put("duplicateOf", null);
          f.put("names", List.of());
          f.put("storyId", String.format(Locale.ROOT, "s%08d", k++ / 8));
          StoredArticle article = new StoredArticle(a.id(), f);
          long t0 = System.nanoTime();
          store.put(article);
          long t1 = System.nanoTime();
          putNanos += t1 - t0;
          if (++pending >= options.commitEvery()) {
            store.commit(Map.of());
            commitNanos += System.nanoTime() - t1;
            commits++;
            pending = 0;
          }
        }
        progress.at(Math.min(n, i + CHUNK), (putNanos + commitNanos) / 1e9);
      }
      long t1 = System.nanoTime();
      store.commit(Map.of());
      commitNanos += System.nanoTime() - t1;
      commits++;
    }
    delete(dir);
    return new Ingest(
        "peer: LuceneStore.put (the store's documents only)",
        n,
        (putNanos + commitNanos) / 1e9,
        commitNanos / 1e9,
        commits,
        heap.reset());
  }

  private Ingest plainLucene(SyntheticArticles gen, long n, Path dir, HeapWatch heap)
      throws IOException {
    log.accept(String.format(Locale.ROOT, "peer plain Lucene: %,d articles", n));
    long addNanos = 0;
    long commitNanos = 0;
    int commits = 0;
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setRAMBufferSizeMB(64);
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, config)) {
      Progress progress = new Progress("plain Lucene", 0, n);
      int pending = 0;
      for (long i = 0; i < n; i += CHUNK) {
        List<SyntheticArticles.Item> chunk = chunk(gen, i, Math.min(n, i + CHUNK));
        for (SyntheticArticles.Item a : chunk) {
          long t0 = System.nanoTime();
          w.updateDocument(new Term("id", a.id()), plainDocument(a));
          long t1 = System.nanoTime();
          addNanos += t1 - t0;
          if (++pending >= options.commitEvery()) {
            w.commit();
            commitNanos += System.nanoTime() - t1;
            commits++;
            pending = 0;
          }
        }
        progress.at(Math.min(n, i + CHUNK), (addNanos + commitNanos) / 1e9);
      }
      long t1 = System.nanoTime();
      w.commit();
      commitNanos += System.nanoTime() - t1;
      commits++;
    }
    delete(dir);
    return new Ingest(
        "peer: plain IndexWriter + StandardAnalyzer",
        n,
        (addNanos + commitNanos) / 1e9,
        commitNanos / 1e9,
        commits,
        heap.reset());
  }

  private static Document plainDocument(SyntheticArticles.Item a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new TextField("title", a.enriched().article().title(), Field.Store.YES));
    d.add(new TextField("text", a.enriched().article().text(), Field.Store.NO));
    String lang = a.enriched().language();
    d.add(new StringField("language", lang, Field.Store.NO));
    d.add(new SortedSetDocValuesField("language", new BytesRef(lang)));
    String source = (String) a.fields().get("source");
    d.add(new StringField("source", source, Field.Store.NO));
    d.add(new SortedSetDocValuesField("source", new BytesRef(source)));
    for (var m : a.enriched().mentions()) {
      d.add(new StringField("entity", m.entity(), Field.Store.NO));
    }
    long published = java.time.Instant.parse(a.enriched().article().published()).toEpochMilli();
    d.add(new LongPoint("published", published));
    d.add(new NumericDocValuesField("published", published));
    return d;
  }

  private static List<SyntheticArticles.Item> chunk(SyntheticArticles gen, long from, long to) {
    List<SyntheticArticles.Item> out = new ArrayList<>((int) (to - from));
    for (long i = from; i < to; i++) out.add(gen.article(i));
    return out;
  }

  /** Progress on the log every ten seconds of wall time. */
  private final class Progress {
    private final String what;
    private final long from;
    private final long to;
    private long last = System.nanoTime();

    Progress(String what, long from, long to) {
      this.what = what;
      this.from = from;
      this.to = to;
    }

    void at(long done, double timedSeconds) {
      long now = System.nanoTime();
      if (now - last < 10_000_000_000L && done < to) return;
      last = now;
      log.accept(
          String.format(
              Locale.ROOT,
              "%s: %,d / %,d (%,.0f articles/s timed, heap %,d MiB)",
              what,
              done,
              to,
              (done - from) / timedSeconds,
              HeapWatch.usedMiB()));
    }
  }

  // ---- search

  private record Planned(String kind, String query, Query lucene) {}

  private List<Latency> search(LuceneStore index, SyntheticArticles gen, long stored)
      throws IOException {
    List<Planned> plan = plan(gen, options.queries() + WARMUP_QUERIES);
    log.accept(
        String.format(
            Locale.ROOT,
            "searching %,d articles: %d warm-up queries, then at most %,d queries or %.0f s",
            stored,
            WARMUP_QUERIES,
            options.queries(),
            options.seconds()));
    Map<String, List<long[]>> byKind = new LinkedHashMap<>();
    long end = Long.MAX_VALUE;
    long lastLog = System.nanoTime();
    for (int i = 0; i < plan.size(); i++) {
      if (i == WARMUP_QUERIES) end = System.nanoTime() + (long) (options.seconds() * 1e9);
      if (System.nanoTime() > end) break;
      Planned p = plan.get(i);
      boolean peer = p.kind().startsWith("peer");
      long t0 = System.nanoTime();
      long hits;
      if (peer) {
        hits = index.search(p.lucene(), 20, Order.RELEVANCE).total();
      } else {
        Query q = QueryLanguage.toLucene(p.query());
        hits =
            index
                .searchAndCount(
                    q,
                    20,
                    Order.DATE,
                    List.of(Schema.LANGUAGE, Schema.SOURCE),
                    10,
                    Aggregations.Interval.DAY)
                .result()
                .total();
      }
      long nanos = System.nanoTime() - t0;
      if (i >= WARMUP_QUERIES) {
        byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(new long[] {nanos, hits});
      }
      if (System.nanoTime() - lastLog > 10_000_000_000L) {
        lastLog = System.nanoTime();
        log.accept(String.format(Locale.ROOT, "search: %,d queries", i + 1));
      }
    }
    List<Latency> out = new ArrayList<>();
    List<long[]> mix = new ArrayList<>();
    for (var e : byKind.entrySet()) {
      out.add(latency(e.getKey(), e.getValue()));
      if (!e.getKey().startsWith("peer")) mix.addAll(e.getValue());
    }
    out.sort(Comparator.comparing(l -> l.kind().startsWith("peer")));
    out.add(
        out.size() - (byKind.containsKey(PEER) ? 1 : 0), latency("all monitoring queries", mix));
    return out;
  }

  private static final String PEER = "peer: TermQuery entity, top 20";

  private static Latency latency(String kind, List<long[]> runs) {
    long[] nanos = runs.stream().mapToLong(r -> r[0]).sorted().toArray();
    double hits = runs.stream().mapToLong(r -> r[1]).average().orElse(0);
    return new Latency(
        kind,
        nanos.length,
        pct(nanos, 0.50),
        pct(nanos, 0.95),
        pct(nanos, 0.99),
        nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
        hits);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /**
   * Queries over the articles' vocabulary: popular entities more often (Zipf), phrases of an
   * entity's name or two frequent words, phrases of a frequent and a rarer word, two-week ranges
   * inside the year; one peer query per entity query.
   */
  private List<Planned> plan(SyntheticArticles gen, int n) {
    Vocabulary v = gen.vocabulary();
    SplittableRandom r = new SplittableRandom(options.seed() + 7);
    List<Planned> out = new ArrayList<>();
    List<String> en = v.words().get("en");
    List<String> fr = v.words().get("fr");
    int k = 0;
    while (out.size() < n) {
      String entity = v.entities().get(SyntheticArticles.zipf(r, v.entities().size())).name();
      LocalDate from =
          LocalDate.ofInstant(SyntheticArticles.START, ZoneOffset.UTC).plusDays(r.nextInt(350));
      String range = "published:[" + from + " TO " + from.plusDays(14) + "]";
      switch (k++ % 5) {
        case 0 -> {
          out.add(new Planned("entity", "entity:\"" + entity + "\"", null));
          out.add(
              new Planned(
                  PEER, null, new TermQuery(new Term(Schema.ENTITY, Schema.keyword(entity)))));
        }
        case 1 -> {
          List<String> w = r.nextBoolean() ? en : fr;
          String phrase =
              r.nextBoolean()
                  ? entity
                  : w.get(SyntheticArticles.zipf(r, 50))
                      + " "
                      + w.get(SyntheticArticles.zipf(r, 50));
          out.add(new Planned("phrase", "\"" + phrase + "\"", null));
        }
        case 2 -> out.add(new Planned("date range", range, null));
        case 3 -> {
          // A frequent word and a rarer one (in about 2 to 10 % of the articles): a phrase the
          // store answers from positions, led by the rarer word's articles.
          List<String> w = r.nextBoolean() ? en : fr;
          String phrase = w.get(SyntheticArticles.zipf(r, 20)) + " " + w.get(60 + r.nextInt(340));
          out.add(new Planned("phrase, one rarer word", "\"" + phrase + "\"", null));
        }
        default ->
            out.add(new Planned("entity + date range", "entity:\"" + entity + "\" " + range, null));
      }
    }
    return out;
  }

  // ---- report

  /** The report as text. */
  public static String table(Report r, Options o) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.articles()).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "commits every %,d articles or %,d ms of store time; JVM max heap %,d MiB; %d CPUs%n",
            o.commitEvery(),
            o.commitMillis(),
            Runtime.getRuntime().maxMemory() >> 20,
            Runtime.getRuntime().availableProcessors()));
    sb.append("\ningest (one writer thread, generation untimed)\n");
    if (r.reused()) sb.append("  none: the kept store already held the articles\n");
    for (Ingest i : r.ingest()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-52s %,10d articles %8.1f s %,8.0f articles/s  commits %,d (%.1f s)  peak heap %,d"
                  + " MiB (pools %,d)%n",
              i.what(),
              i.articles(),
              i.seconds(),
              i.perSecond(),
              i.commits(),
              i.commitSeconds(),
              i.heap().sampledMiB(),
              i.heap().poolPeaksMiB()));
    }
    if (!Double.isNaN(r.firstPeerStoreSeconds()) && !r.ingest().isEmpty()) {
      long n = roundUp(r.ingest().get(0).articles());
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-52s %,10d articles %8.1f s %,8.0f articles/s%n",
              "Store.add, its first articles (as the peers)",
              n,
              r.firstPeerStoreSeconds(),
              n / r.firstPeerStoreSeconds()));
    }
    if (r.laterHalf() != null) {
      Segment h = r.laterHalf();
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-52s %,10d articles %8.1f s %,8.0f articles/s%n",
              String.format(Locale.ROOT, "Store.add, its second half (from article %,d)", h.from()),
              h.articles(),
              h.seconds(),
              h.perSecond()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "\nsearch over %,d articles (%,d MiB on disk), newest 20 + facets language, source +"
                + " day histogram; ms%n",
            r.stored(),
            r.indexBytes() >> 20));
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-32s %8s %8s %8s %8s %8s %10s%n",
            "queries",
            "n",
            "p50",
            "p95",
            "p99",
            "max",
            "mean hits"));
    for (Latency l : r.search()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-32s %8d %8.2f %8.2f %8.2f %8.2f %,10.0f%n",
              l.kind(),
              l.queries(),
              l.p50(),
              l.p95(),
              l.p99(),
              l.max(),
              l.meanHits()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "  peak heap while searching %,d MiB (pools %,d)%n",
            r.searchHeap().sampledMiB(),
            r.searchHeap().poolPeaksMiB()));
    return sb.toString();
  }

  private static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
