package dev.argus.bench.watch;

import dev.argus.bench.eval.Dataset;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.core.entity.watch.WatchListMatcher;
import dev.argus.core.model.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Single-thread speed of {@link WatchListMatcher#find} against a generated watch list: compile
 * time, then steady-state articles/s after a warm-up. Texts are generated, or the extracted article
 * texts of a labelled set (extraction happens before any timing).
 */
public final class WatchBench {

  /** What to run. {@code dataset} null means generated texts. */
  public record Options(
      int entries,
      int articles,
      int articleChars,
      Path dataset,
      double warmupSeconds,
      double seconds,
      long seed) {}

  /** The figures; rates are per second of one thread. */
  public record Report(
      int entries,
      int automatonPhrases,
      String texts,
      int articles,
      double meanChars,
      double compileColdMillis,
      double compileWarmMillis,
      long passes,
      double seconds,
      double articlesPerSecond,
      double articlesPerCpuSecond,
      double megaCharsPerSecond,
      double mentionsPerArticle,
      double lowerCaseArticlesPerCpuSecond) {}

  private final Options options;
  private final Consumer<String> log;

  public WatchBench(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public Report run() throws IOException {
    log.accept("generating a watch list of " + options.entries() + " entries");
    WatchList list = WatchListGenerator.list(options.entries(), options.seed());
    int phrases = 0;
    for (var e : list.entries())
      phrases += e.aliases().size() + e.context().size() + e.exclude().size();

    long t0 = System.nanoTime();
    WatchListMatcher matcher = WatchListMatcher.compile(list);
    double cold = (System.nanoTime() - t0) / 1e6;
    double warm = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      WatchListMatcher.compile(list);
      warm = Math.min(warm, (System.nanoTime() - t) / 1e6);
    }
    log.accept(String.format(Locale.ROOT, "compiled in %.0f ms (warm %.0f ms)", cold, warm));

    List<String> texts;
    String source;
    if (options.dataset() != null) {
      texts = datasetTexts(options.dataset(), options.articles());
      source = "dataset " + options.dataset().getFileName();
    } else {
      texts =
          WatchListGenerator.articles(
              list, options.articles(), options.articleChars(), 6, options.seed() + 1);
      source = "generated";
    }
    if (texts.isEmpty()) throw new IOException("no texts to match");
    long chars = 0;
    for (String t : texts) chars += t.length();

    log.accept("warming up for " + options.warmupSeconds() + " s on " + texts.size() + " texts");
    long sink = 0;
    long end = System.nanoTime() + (long) (options.warmupSeconds() * 1e9);
    do {
      for (String t : texts) sink += matcher.find(t).size();
    } while (System.nanoTime() < end);

    log.accept("measuring for " + options.seconds() + " s");
    long mentions = 0;
    long passes = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart =
        threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    long start = System.nanoTime();
    end = start + (long) (options.seconds() * 1e9);
    do {
      for (String t : texts) mentions += matcher.find(t).size();
      passes++;
    } while (System.nanoTime() < end);
    double secs = (System.nanoTime() - start) / 1e9;
    double cpuSecs =
        cpuStart < 0 ? Double.NaN : (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (sink < 0) log.accept("");
    double done = (double) passes * texts.size();

    // A yardstick from the same run: String.toLowerCase over the same texts, the least any
    // case-folding matcher must do. On a shared machine the ratio says more than the rates.
    log.accept("measuring the String.toLowerCase yardstick for " + options.seconds() / 2 + " s");
    long lowerPasses = 0;
    long lowerCpu = threads.getCurrentThreadCpuTime();
    end = System.nanoTime() + (long) (options.seconds() / 2 * 1e9);
    do {
      for (String t : texts) sink += t.toLowerCase(Locale.ROOT).length();
      lowerPasses++;
    } while (System.nanoTime() < end);
    double lowerSecs = (threads.getCurrentThreadCpuTime() - lowerCpu) / 1e9;
    if (sink == 42) log.accept("");
    return new Report(
        list.entries().size(),
        phrases,
        source,
        texts.size(),
        (double) chars / texts.size(),
        cold,
        warm,
        passes,
        secs,
        done / secs,
        done / cpuSecs,
        passes * (double) chars / secs / 1e6,
        mentions / done,
        lowerPasses * (double) texts.size() / lowerSecs);
  }

  /** The article texts of a labelled set, extracted with Argus's own extractor. */
  static List<String> datasetTexts(Path dir, int limit) throws IOException {
    return Dataset.load(dir).articles(limit).stream().map(Article::text).toList();
  }

  public static String table(Report r) {
    return String.format(
        Locale.ROOT,
        """
        watch list       %,d entries, %,d phrases
        compile          %.0f ms cold, %.0f ms warm (best of 3)
        texts            %s: %,d, %.0f chars on average
        measured         %d passes in %.1f s, one thread
        articles/s       %,.0f wall clock, %,.0f per CPU second of the thread
        chars/s          %.1f M
        mentions/article %.2f
        yardstick        String.toLowerCase: %,.0f articles per CPU second
        """,
        r.entries(),
        r.automatonPhrases(),
        r.compileColdMillis(),
        r.compileWarmMillis(),
        r.texts(),
        r.articles(),
        r.meanChars(),
        r.passes(),
        r.seconds(),
        r.articlesPerSecond(),
        r.articlesPerCpuSecond(),
        r.megaCharsPerSecond(),
        r.mentionsPerArticle(),
        r.lowerCaseArticlesPerCpuSecond());
  }
}
