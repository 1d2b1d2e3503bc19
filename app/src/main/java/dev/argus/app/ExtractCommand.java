package dev.argus.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.RawPage;
import dev.argus.ingest.pipeline.LocalInputs;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus extract}: pages in, one JSON line per page out, in input order. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts clean articles from HTML pages (.html, .htm, also .gz) and scraped text (.txt).",
      "Writes one JSON object per input, in input order; a page that fails gets an \"error\"."
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders (walked recursively).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "A TSV of path<TAB>url lines; relative paths are resolved against its folder.")
  Path manifest;

  @Option(names = "--url", paramLabel = "URL", description = "The URL of the single input.")
  String url;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write JSON Lines here instead of stdout.")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-progress", description = "Print no progress on stderr.")
  boolean noProgress;

  @Option(
      names = "--page-timeout",
      paramLabel = "SECONDS",
      description =
          "A page still in work after this long becomes a recorded error and the run goes on"
              + " (default: ${DEFAULT-VALUE}).")
  double pageTimeoutSeconds = 60;

  @Mixin EnrichOptions enrich;

  static final ObjectMapper JSON =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public Integer call() throws Exception {
    List<LocalInputs.Input> inputs = new ArrayList<>();
    try {
      inputs.addAll(LocalInputs.expand(paths, f -> LocalInputs.kindOf(f) == LocalInputs.Kind.PAGE));
      if (manifest != null) inputs.addAll(LocalInputs.manifest(manifest));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give at least one PATH or --manifest FILE");
    }
    if (url != null) {
      if (inputs.size() != 1) {
        throw new ParameterException(
            spec.commandLine(), "--url applies to a single input, but there are " + inputs.size());
      }
      inputs.set(0, new LocalInputs.Input(inputs.get(0).path(), url));
    }
    if (threads < 1)
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    if (!(pageTimeoutSeconds > 0)) {
      throw new ParameterException(spec.commandLine(), "--page-timeout must be positive");
    }

    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Enricher enricher = enrich.enricher(spec);
    try (OutputStream os = out == null ? new NonClosing(System.out) : Files.newOutputStream(out);
        OutputStream buffered = new BufferedOutputStream(os, 1 << 16);
        Progress progress = Progress.onStderr("extract", inputs.size(), !noProgress)) {
      PageBudget budget = new PageBudget(PageBudget.DEFAULT_MIB);
      run(
          inputs,
          (in, started) -> process(in, extractor, enricher, budget, started),
          buffered,
          progress);
    }
    return 0;
  }

  /** The work on one page; it calls {@code started} when the page's own time starts. */
  interface PageWork {
    Outcome process(LocalInputs.Input in, Runnable started) throws InterruptedException;
  }

  /** A page handed to the pool: its result, and when its work started (0 until then). */
  private record Task(LocalInputs.Input input, Future<Outcome> result, AtomicLong started) {}

  /** How often the writer looks at the clock while it waits for a page. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /**
   * Runs the pages on a pool, with a bounded window of pages in flight, writing in input order. A
   * page whose work runs past {@link #pageTimeoutSeconds} is written as an error in its place, so
   * that one pathological page holds neither the run nor the pages after it. Its thread cannot be
   * stopped (extraction does not poll for interrupts): it is left to finish, its result is dropped,
   * and the pool gets one thread more, at most {@link #threads} more in all. Time spent waiting for
   * the {@link PageBudget} does not count.
   */
  void run(List<LocalInputs.Input> inputs, PageWork work, OutputStream os, Progress progress)
      throws IOException, InterruptedException {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "extract");
              t.setDaemon(true);
              return t;
            });
    long limit = (long) (pageTimeoutSeconds * 1e9);
    Corpus corpus = Corpus.empty();
    try {
      ArrayDeque<Task> window = new ArrayDeque<>();
      int maxInFlight = threads * 8;
      for (LocalInputs.Input in : inputs) {
        AtomicLong started = new AtomicLong();
        Future<Outcome> f =
            pool.submit(() -> work.process(in, () -> started.set(System.nanoTime())));
        window.add(new Task(in, f, started));
        if (window.size() >= maxInFlight) {
          write(await(window.poll(), limit, pool), corpus, os, progress);
        }
      }
      while (!window.isEmpty()) write(await(window.poll(), limit, pool), corpus, os, progress);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The task's outcome, or an error once its work has run past {@code limit} nanoseconds. */
  private Outcome await(Task t, long limit, ThreadPoolExecutor pool) throws InterruptedException {
    while (true) {
      long started = t.started().get();
      long wait = POLL_NANOS;
      if (started != 0) {
        long left = limit - (System.nanoTime() - started);
        if (left <= 0 && !t.result().isDone()) {
          t.result().cancel(true);
          // The abandoned thread works on until its page is done: another takes its place, up to
          // as many extra threads as --threads (past that, the pool runs on with fewer).
          if (pool.getMaximumPoolSize() < 2 * threads) {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
          }
          return Outcome.failed(
              t.input().path().toString(),
              t.input().url(),
              "page took longer than the limit of "
                  + BigDecimal.valueOf(pageTimeoutSeconds).stripTrailingZeros().toPlainString()
                  + " s (--page-timeout)");
        }
        wait = Math.max(1, Math.min(wait, left));
      }
      try {
        return t.result().get(wait, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // Look at the clock again.
      } catch (ExecutionException e) {
        throw new IllegalStateException("extraction worker failed", e.getCause());
      }
    }
  }

  /** Writes one result in input order, after placing it in the corpus (duplicates, names). */
  private static void write(Outcome outcome, Corpus corpus, OutputStream os, Progress progress)
      throws IOException {
    JSON.writeValue(os, outcome.placedIn(corpus).row());
    os.write('\n');
    progress.step();
  }

  /** One input's result: an enriched article, or the reason it failed. */
  record Outcome(String path, String url, Enriched enriched, Corpus.Placed placed, String error) {
    static Outcome failed(String path, String url, String reason) {
      return new Outcome(path, url, null, null, reason);
    }

    /** This outcome placed in the corpus; the corpus sees articles in the order of this call. */
    Outcome placedIn(Corpus corpus) {
      if (enriched == null) return this;
      return new Outcome(path, url, enriched, corpus.place(id(), enriched), null);
    }

    /** The article's id in the corpus, which {@code dupGroup} and {@code duplicateOf} name. */
    String id() {
      return url != null ? url : path;
    }

    Map<String, Object> row() {
      if (enriched == null) return ExtractCommand.error(path, url, error);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", path);
      m.putAll(ArticleFields.of(enriched, placed));
      return m;
    }
  }

  static Outcome process(
      LocalInputs.Input in,
      ArticleExtractor extractor,
      Enricher enricher,
      PageBudget budget,
      Runnable started)
      throws InterruptedException {
    String path = in.path().toString();
    long size;
    try {
      size = Files.size(in.path());
    } catch (IOException | RuntimeException e) {
      return Outcome.failed(path, in.url(), "cannot read file: " + e.getMessage());
    }
    if (size > extractor.limits().maxBytes() * 4L) {
      return Outcome.failed(path, in.url(), "file too large: " + size + " bytes");
    }
    // A gzip file's page is larger than the file: claim what it may unpack to, up to the limit.
    long pageBytes =
        path.endsWith(".gz") ? Math.min(size * 8, extractor.limits().maxBytes()) : size;
    try (PageBudget.Claim claim = budget.claim(pageBytes)) {
      started.run();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(in.path());
      } catch (IOException | RuntimeException e) {
        return Outcome.failed(path, in.url(), "cannot read file: " + e.getMessage());
      }
      return process(new RawPage(path, in.url(), bytes, null), extractor, enricher);
    }
  }

  /** Extraction, then enrichment: the per-page stages every command runs. */
  static Outcome process(RawPage page, ArticleExtractor extractor, Enricher enricher) {
    return switch (extractor.extract(page)) {
      case Extraction.Ok ok -> {
        try {
          yield new Outcome(page.path(), page.url(), enricher.enrich(ok.article()), null, null);
        } catch (RuntimeException e) {
          yield Outcome.failed(page.path(), page.url(), "enrichment failed: " + e);
        }
      }
      case Extraction.Failed failed -> Outcome.failed(page.path(), page.url(), failed.reason());
    };
  }

  static Map<String, Object> error(String path, String url, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", path);
    if (url != null) m.put("url", url);
    m.put("error", reason);
    return m;
  }

  /** Lets the writer close without closing stdout. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(PrintStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
