package dev.argus.bench.monitor;

import dev.argus.bench.eval.Dataset;
import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.entity.watch.EntityType;
import dev.argus.core.entity.watch.WatchEntry;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.core.entity.watch.WatchListMatcher;
import dev.argus.core.model.Article;
import dev.argus.store.StoredArticle;
import dev.argus.store.index.Analysis;
import dev.argus.store.monitor.BatchMatches;
import dev.argus.store.monitor.SavedQueries;
import dev.argus.store.monitor.SavedQuery;
import dev.argus.store.monitor.TermFrequencies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Saved-query matching speed: registers generated saved queries in {@link SavedQueries}, then
 * matches batches of enriched articles on several threads and reports articles/s. The peer, in the
 * same run, is brute force: every query run against a one-article {@link MemoryIndex}, on a small
 * sample; both must find the same matches on it.
 */
public final class MonitorBench {

  /** What to run; {@code dataset} null means generated articles. */
  public record Options(
      int queries,
      int articles,
      int threads,
      int batch,
      Path dataset,
      long seed,
      SavedQueries.Presearch presearch,
      boolean decompose,
      boolean frequencies,
      int peerSample,
      double seconds) {}

  /** Articles the term frequencies are counted on, at most. */
  static final int FREQUENCY_SAMPLE = 1_000;

  /** The figures. */
  public record Report(
      int queries,
      String presearch,
      double registerSeconds,
      long heapMegabytes,
      String texts,
      int articles,
      double meanChars,
      int threads,
      int batch,
      long passes,
      double seconds,
      double articlesPerSecond,
      double articlesPerCpuSecond,
      double matchesPerArticle,
      double queriesRunPerBatch,
      int failedQueries,
      int sample,
      double bruteSeconds,
      double bruteArticlesPerSecond,
      double monitorSampleSeconds,
      int agreeing,
      long monitorSampleMatches,
      long bruteSampleMatches,
      List<KindFigures> kinds) {}

  /**
   * One class of generated query: how many there are, the matches they make per article, the share
   * of articles one query of the class matches on average, and how many of them the presearcher
   * lets through per batch (measured on the first batches).
   */
  public record KindFigures(
      String kind,
      int queries,
      double matchesPerArticle,
      double articleShare,
      double candidatesPerBatch) {}

  private final Options options;
  private final Consumer<String> log;

  public MonitorBench(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public Report run() throws IOException, InterruptedException {
    Vocabulary vocabulary;
    List<StoredArticle> articles;
    String texts;
    if (options.dataset() == null) {
      vocabulary = Vocabulary.generated(20_000, 5_000, options.seed());
      articles =
          SavedQueryGenerator.articles(vocabulary, options.articles(), 400, options.seed() + 1);
      texts = "generated";
    } else {
      log.accept("extracting and enriching " + options.dataset());
      List<Enriched> pages = dataset(options.dataset(), options.articles());
      Map<String, List<String>> byLanguage = new LinkedHashMap<>();
      for (Enriched e : pages) {
        if (e.language() == null) continue;
        byLanguage.computeIfAbsent(e.language(), k -> new ArrayList<>()).add(e.article().text());
      }
      byLanguage.values().removeIf(l -> l.size() < 10); // too few texts for a vocabulary
      vocabulary = Vocabulary.fromTexts(byLanguage);
      articles = withMentions(pages, vocabulary);
      texts = "dataset " + options.dataset().getFileName();
    }
    if (articles.isEmpty()) throw new IOException("no articles to match");
    long chars = 0;
    for (StoredArticle a : articles) chars += a.text("text") == null ? 0 : a.text("text").length();

    log.accept("generating " + options.queries() + " saved queries");
    List<SavedQueryGenerator.Generated> generated =
        SavedQueryGenerator.generate(vocabulary, options.queries(), options.seed());
    List<SavedQuery> saved = new ArrayList<>(generated.size());
    Map<String, SavedQueryGenerator.Kind> kindOf = new HashMap<>();
    for (int i = 0; i < generated.size(); i++) {
      saved.add(new SavedQuery("q" + i, generated.get(i).query()));
      kindOf.put("q" + i, generated.get(i).kind());
    }

    // Term statistics as a live system would take them from its index: for generated articles, from
    // other articles of the same vocabulary; for a dataset, from its pages themselves.
    TermFrequencies frequencies = TermFrequencies.none();
    if (options.frequencies()) {
      List<StoredArticle> reference =
          options.dataset() == null
              ? SavedQueryGenerator.articles(
                  vocabulary,
                  Math.min(FREQUENCY_SAMPLE, options.articles()),
                  400,
                  options.seed() + 2)
              : articles.subList(0, Math.min(FREQUENCY_SAMPLE, articles.size()));
      frequencies = TermFrequencies.of(reference);
    }
    SavedQueries.Options so =
        new SavedQueries.Options(
            options.presearch(),
            options.decompose(),
            SavedQueries.MAX_QUERIES,
            Math.max(options.batch(), options.peerSample()),
            frequencies);
    try (SavedQueries monitor = SavedQueries.inMemory(so)) {
      log.accept("registering");
      long t0 = System.nanoTime();
      monitor.registerAll(saved);
      double registerSeconds = (System.nanoTime() - t0) / 1e9;
      log.accept(String.format(Locale.ROOT, "registered in %.1f s", registerSeconds));
      System.gc();
      long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;

      List<List<StoredArticle>> batches = new ArrayList<>();
      for (int i = 0; i < articles.size(); i += options.batch()) {
        batches.add(articles.subList(i, Math.min(articles.size(), i + options.batch())));
      }
      ExecutorService pool = Executors.newFixedThreadPool(options.threads());
      try {
        log.accept("warming up: one pass over " + articles.size() + " articles");
        List<BatchMatches> warm = new ArrayList<>();
        pass(pool, monitor, batches, warm);
        List<KindFigures> kinds = kinds(monitor, generated, kindOf, batches, warm);
        log.accept("measuring for at least " + options.seconds() + " s");
        long passes = 0;
        long[] totals = new long[4];
        long start = System.nanoTime();
        long end = start + (long) (options.seconds() * 1e9);
        do {
          long[] p = pass(pool, monitor, batches, null);
          for (int i = 0; i < 4; i++) totals[i] += p[i];
          passes++;
        } while (System.nanoTime() < end);
        double secs = (System.nanoTime() - start) / 1e9;
        double done = (double) passes * articles.size();

        // The peer: each query against each sample article alone, on the same threads.
        List<StoredArticle> sample =
            articles.subList(0, Math.min(options.peerSample(), articles.size()));
        log.accept("brute force on " + sample.size() + " articles: translating the queries");
        List<Query> lucene = new ArrayList<>(saved.size());
        for (SavedQuery q : saved) lucene.add(SavedQueries.translate(q.query()));
        log.accept("brute force: matching");
        long b0 = System.nanoTime();
        List<Future<Set<String>>> brute = new ArrayList<>();
        for (StoredArticle a : sample) brute.add(pool.submit(() -> bruteForce(a, saved, lucene)));
        List<Set<String>> bruteSets = new ArrayList<>();
        for (Future<Set<String>> f : brute) bruteSets.add(get(f));
        double bruteSecs = (System.nanoTime() - b0) / 1e9;
        long m0 = System.nanoTime();
        BatchMatches m = monitor.match(sample);
        double monitorSampleSecs = (System.nanoTime() - m0) / 1e9;
        int agreeing = 0;
        long monitorMatches = 0;
        long bruteMatches = 0;
        for (int i = 0; i < sample.size(); i++) {
          Set<String> mine = new HashSet<>(m.articles().get(i).queryIds());
          if (mine.equals(bruteSets.get(i))) agreeing++;
          monitorMatches += mine.size();
          bruteMatches += bruteSets.get(i).size();
        }
        return new Report(
            monitor.size(),
            options.presearch().name().toLowerCase(Locale.ROOT)
                + (options.decompose() ? ", queries decomposed" : ", queries whole")
                + (frequencies.documents() > 0
                    ? ", term frequencies of " + frequencies.documents() + " articles"
                    : ", terms weighed by length"),
            registerSeconds,
            heap,
            texts,
            articles.size(),
            (double) chars / articles.size(),
            options.threads(),
            options.batch(),
            passes,
            secs,
            done / secs,
            done / (totals[3] / 1e9),
            totals[0] / done,
            totals[1] / ((double) passes * batches.size()),
            (int) totals[2],
            sample.size(),
            bruteSecs,
            sample.size() / bruteSecs,
            monitorSampleSecs,
            agreeing,
            monitorMatches,
            bruteMatches,
            kinds);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Batches whose presearcher candidates are counted per class of query. */
  private static final int CANDIDATE_BATCHES = 3;

  private static List<KindFigures> kinds(
      SavedQueries monitor,
      List<SavedQueryGenerator.Generated> generated,
      Map<String, SavedQueryGenerator.Kind> kindOf,
      List<List<StoredArticle>> batches,
      List<BatchMatches> matched)
      throws IOException {
    Map<SavedQueryGenerator.Kind, long[]> counts = new EnumMap<>(SavedQueryGenerator.Kind.class);
    for (SavedQueryGenerator.Kind k : SavedQueryGenerator.Kind.values()) counts.put(k, new long[3]);
    for (SavedQueryGenerator.Generated g : generated) counts.get(g.kind())[0]++;
    long articles = 0;
    for (BatchMatches m : matched) {
      for (var a : m.articles()) {
        articles++;
        for (String id : a.queryIds()) counts.get(kindOf.get(id))[1]++;
      }
    }
    int sampled = Math.min(CANDIDATE_BATCHES, batches.size());
    for (int i = 0; i < sampled; i++) {
      for (String id : monitor.candidates(batches.get(i))) counts.get(kindOf.get(id))[2]++;
    }
    List<KindFigures> out = new ArrayList<>();
    for (var e : counts.entrySet()) {
      long[] c = e.getValue();
      out.add(
          new KindFigures(
              e.getKey().name().toLowerCase(Locale.ROOT),
              (int) c[0],
              (double) c[1] / articles,
              c[0] == 0 ? 0 : (double) c[1] / articles / c[0],
              (double) c[2] / sampled));
    }
    return out;
  }

  /**
   * One pass over every batch: {matches, queries run, failed queries, CPU nanoseconds of the
   * matching threads}; each batch's matches go to {@code keep} when it is not null.
   */
  private static long[] pass(
      ExecutorService pool,
      SavedQueries monitor,
      List<List<StoredArticle>> batches,
      List<BatchMatches> keep)
      throws InterruptedException {
    List<Future<BatchMatches>> futures = new ArrayList<>();
    LongAdder cpu = new LongAdder();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (List<StoredArticle> b : batches) {
      futures.add(
          pool.submit(
              () -> {
                long c0 = threads.getCurrentThreadCpuTime();
                BatchMatches m = monitor.match(b);
                cpu.add(threads.getCurrentThreadCpuTime() - c0);
                return m;
              }));
    }
    long[] out = new long[4];
    for (Future<BatchMatches> f : futures) {
      BatchMatches m = get(f);
      if (keep != null) keep.add(m);
      out[0] += m.matchCount();
      out[1] += m.queriesRun();
      out[2] += m.failures().size();
    }
    out[3] = cpu.sum();
    return out;
  }

  private static Set<String> bruteForce(StoredArticle a, List<SavedQuery> saved, List<Query> lucene)
      throws IOException {
    MemoryIndex mi =
        MemoryIndex.fromDocument(
            dev.argus.store.index.ArticleDocuments.toDocument(a), Analysis.plain(), false, false);
    IndexSearcher searcher = mi.createSearcher();
    Set<String> out = new HashSet<>();
    for (int i = 0; i < lucene.size(); i++) {
      if (searcher.count(lucene.get(i)) > 0) out.add(saved.get(i).id());
    }
    return out;
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw new UncheckedIOException(io);
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The pages of a labelled set, extracted and enriched (language, tone), at most {@code limit}.
   */
  static List<Enriched> dataset(Path dir, int limit) throws IOException {
    Enricher enricher = Enricher.withDefaults().withoutCorpusInputs();
    return Dataset.load(dir).articles(limit).stream().map(enricher::enrich).toList();
  }

  /**
   * The pages as stored articles, enriched again with a watch list of the vocabulary's entities so
   * that {@code entity:} queries have mentions to match.
   */
  private static List<StoredArticle> withMentions(List<Enriched> pages, Vocabulary v) {
    List<WatchEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Vocabulary.Entity e : v.entities()) {
      if (entries.size() >= WatchList.MAX_ENTRIES) break;
      if (seen.add(e.name().toLowerCase(Locale.ROOT))) {
        entries.add(WatchEntry.of(e.name(), EntityType.ORGANIZATION));
      }
    }
    Enricher enricher =
        Enricher.withDefaults()
            .withoutCorpusInputs()
            .withWatchList(WatchListMatcher.compile(new WatchList(entries)));
    List<StoredArticle> out = new ArrayList<>();
    int i = 0;
    for (Enriched e : pages) {
      Article a = e.article();
      Map<String, Object> f = ArticleFields.of(enricher.enrich(a));
      String id = a.url() != null ? a.url() : "page-" + i;
      out.add(new StoredArticle(id + "#" + i++, f));
    }
    return out;
  }

  public static String table(Report r) {
    StringBuilder kinds = new StringBuilder();
    kinds.append(
        "by class          queries  matches/article  articles matched per query  candidates/batch\n");
    for (KindFigures k : r.kinds()) {
      kinds.append(
          String.format(
              Locale.ROOT,
              "  %-14s %,8d  %15.2f  %25.4f%%  %,16.0f%n",
              k.kind(),
              k.queries(),
              k.matchesPerArticle(),
              k.articleShare() * 100,
              k.candidatesPerBatch()));
    }
    return table0(r) + kinds;
  }

  private static String table0(Report r) {
    return String.format(
        Locale.ROOT,
        """
        saved queries    %,d, presearcher %s
        registration     %.1f s (%,.0f queries/s), heap after %,d MB
        articles         %s: %,d, %.0f chars of text on average
        measured         %d passes in %.1f s, %d threads, batches of %d
        articles/s       %,.0f (%,.0f per CPU-second of the matching threads)
        matches/article  %.2f
        queries run      %,.0f per batch (the presearcher's candidates), %d failed
        peer             brute force (each query on a one-article MemoryIndex), %d articles:
                         %.1f s, %.2f articles/s on %d threads; speed-up %.0fx
        agreement        %d of %d articles match the same queries (%,d matches vs %,d brute force)
        """,
        r.queries(),
        r.presearch(),
        r.registerSeconds(),
        r.queries() / r.registerSeconds(),
        r.heapMegabytes(),
        r.texts(),
        r.articles(),
        r.meanChars(),
        r.passes(),
        r.seconds(),
        r.threads(),
        r.batch(),
        r.articlesPerSecond(),
        r.articlesPerCpuSecond(),
        r.matchesPerArticle(),
        r.queriesRunPerBatch(),
        r.failedQueries(),
        r.sample(),
        r.bruteSeconds(),
        r.bruteArticlesPerSecond(),
        r.threads(),
        r.articlesPerSecond() / r.bruteArticlesPerSecond(),
        r.agreeing(),
        r.sample(),
        r.monitorSampleMatches(),
        r.bruteSampleMatches());
  }
}
