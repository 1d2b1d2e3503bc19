package dev.argus.bench.eval;

import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.Article;
import dev.argus.core.model.RawPage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs the extractor over a labelled set and scores it. */
public final class ExtractionEval {

  /** What happened on one page. */
  public record PageResult(
      LabelledPage page,
      Article article,
      String error,
      Metrics.Counts counts,
      Metrics.PagePR shingles,
      List<String> missed,
      List<String> leaked) {}

  private ExtractionEval() {}

  public static EvalReport run(
      Dataset set, ArticleExtractor extractor, int threads, IntConsumer onPage)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<PageResult>> futures = new ArrayList<>();
      for (LabelledPage p : set.pages())
        futures.add(pool.submit(() -> score(set.kind(), p, extractor)));
      List<PageResult> results = new ArrayList<>();
      for (Future<PageResult> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("evaluation worker failed", e.getCause());
        }
        onPage.accept(results.size());
      }
      return EvalReport.of(set, results);
    } finally {
      pool.shutdownNow();
    }
  }

  static PageResult score(Dataset.Kind kind, LabelledPage p, ArticleExtractor extractor) {
    Article article = null;
    String error = null;
    try {
      Extraction x =
          extractor.extract(
              new RawPage(p.file().toString(), p.url(), Files.readAllBytes(p.file()), null));
      switch (x) {
        case Extraction.Ok ok -> article = ok.article();
        case Extraction.Failed f -> error = f.reason();
      }
    } catch (IOException e) {
      error = "cannot read: " + e.getMessage();
    }
    String text = article == null ? "" : article.text();
    if (kind == Dataset.Kind.BODIES) {
      return new PageResult(
          p,
          article,
          error,
          Metrics.Counts.ZERO,
          Metrics.shinglePage(p.body(), text),
          List.of(),
          List.of());
    }
    String collapsed = Metrics.collapse(text);
    List<String> missed = new ArrayList<>(), leaked = new ArrayList<>();
    for (String s : p.with()) if (!collapsed.contains(Metrics.collapse(s))) missed.add(s);
    for (String s : p.without()) if (collapsed.contains(Metrics.collapse(s))) leaked.add(s);
    return new PageResult(
        p, article, error, Metrics.snippets(text, p.with(), p.without()), null, missed, leaked);
  }

  /** Groups results by language, in a stable order. */
  static Map<String, List<PageResult>> byLanguage(List<PageResult> results) {
    Map<String, List<PageResult>> out = new TreeMap<>();
    for (PageResult r : results)
      out.computeIfAbsent(r.page().language(), k -> new ArrayList<>()).add(r);
    return out;
  }
}
