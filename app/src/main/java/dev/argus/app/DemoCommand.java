package dev.argus.app;

import dev.argus.app.demo.DemoCorpus;
import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.core.entity.watch.WatchListMatcher;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.model.Article;
import dev.argus.core.model.Mention;
import dev.argus.core.model.RawPage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;

/** {@code argus demo}: extracts the bundled demo corpus and prints a readable summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Argus on the bundled demo corpus: news pages in several languages and formats.",
      "Prints one line per article: language, publication date, title and word count."
    })
final class DemoCommand implements Callable<Integer> {

  static final int TITLE_COLUMNS = 60;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<DemoCorpus.Page> pages;
    try {
      pages = DemoCorpus.pages();
    } catch (IOException e) {
      System.err.println(
          "argus demo: the demo corpus is missing from this build: " + e.getMessage());
      return 1;
    }
    int threads = Math.max(1, Math.min(pages.size(), Runtime.getRuntime().availableProcessors()));
    out.printf(
        "Argus demo: extracting %d news pages bundled with Argus (%d threads)%n%n",
        pages.size(), threads);
    out.printf(
        "  %3s  %-5s  %-10s  %s  %5s  %5s  %s%n",
        "#", "lang", "published", pad("title", TITLE_COLUMNS), "words", "tone", "syndication");

    long start = System.nanoTime();
    List<ExtractCommand.Outcome> results = extractAll(pages, threads);
    long millis = (System.nanoTime() - start) / 1_000_000;

    int articles = 0;
    long words = 0;
    int copies = 0;
    Set<String> languages = new TreeSet<>();
    Map<String, Integer> lineOf = new HashMap<>();
    // The group's last member to arrive was judged against all the others: its duplicateOf (or
    // itself) is the group's earliest-published member once the whole corpus is in.
    Map<String, String> earliest = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      ExtractCommand.Outcome r = results.get(i);
      String id = r.id();
      lineOf.put(id, i + 1);
      if (r.placed() != null && r.placed().dupGroup() != null) {
        String of = r.placed().duplicateOf();
        earliest.put(r.placed().dupGroup(), of != null ? of : id);
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      ExtractCommand.Outcome r = results.get(i);
      if (r.enriched() == null) {
        out.printf("  FAILED %s: %s%n", pages.get(i).path(), r.error());
      } else {
        {
          Article a = r.enriched().article();
          String language = r.enriched().language();
          articles++;
          words += a.wordCount();
          if (language != null) languages.add(language);
          String id = r.id();
          String first =
              r.placed() == null || r.placed().dupGroup() == null
                  ? id
                  : earliest.get(r.placed().dupGroup());
          String copyOf = id.equals(first) ? null : first;
          if (copyOf != null) copies++;
          out.printf(
              "  %3d  %-5s  %-10s  %s  %5d  %5s  %s%n",
              i + 1,
              orDash(language),
              day(a.published()),
              pad(
                  truncate(a.title() == null ? "(no title)" : a.title(), TITLE_COLUMNS),
                  TITLE_COLUMNS),
              a.wordCount(),
              tone(r.enriched().tone()),
              copyOf == null ? "" : "copy of #" + lineOf.getOrDefault(copyOf, 0));
        }
      }
    }
    printEntities(results, out);
    int failed = pages.size() - articles;
    out.printf(
        "%n%d articles, %d languages, %,d words, %d syndicated copies, extracted and enriched in"
            + " %.2f s%s%n",
        articles,
        languages.size(),
        words,
        copies,
        millis / 1000.0,
        failed == 0 ? "" : " (" + failed + (failed == 1 ? " page" : " pages") + " failed)");
    return 0;
  }

  /**
   * Extracts and enriches every page on a small pool; results come back in manifest order, placed
   * in one corpus in that order.
   */
  static List<ExtractCommand.Outcome> extractAll(List<DemoCorpus.Page> pages, int threads)
      throws InterruptedException {
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Enricher enricher = demoEnricher();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ExtractCommand.Outcome>> futures = new ArrayList<>();
      for (DemoCorpus.Page p : pages) {
        futures.add(pool.submit(() -> extract(extractor, enricher, p)));
      }
      List<ExtractCommand.Outcome> results = new ArrayList<>();
      Corpus corpus = Corpus.empty();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get().placedIn(corpus));
        } catch (ExecutionException e) {
          DemoCorpus.Page p = pages.get(i);
          results.add(ExtractCommand.Outcome.failed(p.path(), p.url(), "crashed: " + e.getCause()));
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Per watched entity: mentions, articles, languages and mean tone around its mentions. */
  static void printEntities(List<ExtractCommand.Outcome> results, PrintStream out) {
    Map<String, int[]> counts = new TreeMap<>(); // mentions, articles
    Map<String, Set<String>> langs = new HashMap<>();
    Map<String, double[]> tones = new HashMap<>(); // sum, n
    Map<String, String> types = new HashMap<>();
    int quotes = 0;
    int attributed = 0;
    int citations = 0;
    for (ExtractCommand.Outcome r : results) {
      if (r.enriched() == null) continue;
      quotes += r.enriched().quotes().size();
      attributed += (int) r.enriched().quotes().stream().filter(q -> q.speaker() != null).count();
      citations += r.enriched().citations().size();
      Set<String> seen = new HashSet<>();
      for (Mention m : r.enriched().mentions()) {
        int[] c = counts.computeIfAbsent(m.entity(), k -> new int[2]);
        c[0]++;
        if (seen.add(m.entity())) c[1]++;
        types.put(m.entity(), m.type());
        if (r.enriched().language() != null) {
          langs.computeIfAbsent(m.entity(), k -> new TreeSet<>()).add(r.enriched().language());
        }
        if (m.tone() != null) {
          double[] t = tones.computeIfAbsent(m.entity(), k -> new double[2]);
          t[0] += m.tone();
          t[1]++;
        }
      }
    }
    if (!counts.isEmpty()) {
      out.printf("%nWatch list (demo/corpus/watchlist.yaml):%n");
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        double[] t = tones.get(e.getKey());
        out.printf(
            "  %-20s %-13s %3d mentions in %2d articles, languages %-18s tone %s%n",
            e.getKey(),
            types.get(e.getKey()),
            e.getValue()[0],
            e.getValue()[1],
            String.join(" ", langs.getOrDefault(e.getKey(), Set.of())),
            t == null ? "-" : tone(t[0] / t[1]));
      }
    }
    out.printf(
        "%nQuotes: %d (%d with a speaker); cited sources: %d%n", quotes, attributed, citations);
  }

  /** The default stages with the demo's watch list. */
  static Enricher demoEnricher() {
    try {
      return Enricher.withDefaults()
          .withWatchList(WatchListMatcher.compile(WatchList.parse(DemoCorpus.watchList())));
    } catch (IOException e) {
      throw new UncheckedIOException("the demo watch list is missing from this build", e);
    }
  }

  static ExtractCommand.Outcome extract(
      ArticleExtractor extractor, Enricher enricher, DemoCorpus.Page p) {
    byte[] bytes;
    try {
      bytes = DemoCorpus.read(p);
    } catch (IOException e) {
      return ExtractCommand.Outcome.failed(p.path(), p.url(), "cannot read: " + e.getMessage());
    }
    return ExtractCommand.process(new RawPage(p.path(), p.url(), bytes, null), extractor, enricher);
  }

  static String tone(Double tone) {
    return tone == null ? "-" : String.format(Locale.ROOT, "%+.2f", tone);
  }

  /** The calendar day of an ISO date, or the value as given (cut short) when it is not ISO. */
  static String day(String date) {
    if (date == null || date.isBlank()) return "-";
    if (date.matches("\\d{4}-\\d\\d-\\d\\d.*")) return date.substring(0, 10);
    return date.length() <= 10 ? date : date.substring(0, 9) + "…";
  }

  static String primaryLanguage(String tag) {
    int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  /**
   * Cuts a title to fit {@code columns} terminal columns, at a word boundary when one is close,
   * ending with an ellipsis. Wide (CJK) characters count as two columns.
   */
  static String truncate(String title, int columns) {
    String t = title.strip().replaceAll("\\s+", " ");
    if (width(t) <= columns) return t;
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int cw = isWide(cp) ? 2 : 1;
      if (w + cw > columns - 1) break;
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    String cut = b.toString();
    int space = cut.lastIndexOf(' ');
    if (space > cut.length() * 2 / 3) cut = cut.substring(0, space);
    return cut.replaceAll("[\\s,;:|–—-]+$", "") + "…";
  }

  /** Pads with spaces to {@code columns} terminal columns. */
  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - width(s)));
  }

  static int width(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  /** East Asian wide characters: CJK ideographs, kana, Hangul, CJK punctuation, fullwidth forms. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
