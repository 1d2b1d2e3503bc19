package dev.argus.app;

import dev.argus.store.LuceneStore;
import dev.argus.store.Order;
import dev.argus.store.RowWriter;
import dev.argus.store.SearchResult;
import dev.argus.store.StoredArticle;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus search}: the articles in the store that match a query. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the stored articles. QUERY uses the query language: words, \"phrases\","
          + " \"phrase\"~5, a NEAR/5 b, AND/OR/NOT, parentheses, wildcards (photo*), fields"
          + " (lang:fr, country:it, source:..., entity:\"Lei Jun\", published:[2026-01-01 TO"
          + " 2026-02-01], tone:<0). * matches every article.",
      "For every matching article, use argus export; for counts, argus facets."
    })
final class SearchCommand extends QueryCommand {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "QUERY", description = "The query (quote it for the shell).")
  String query;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), jsonl or csv.")
  Format format = Format.TABLE;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Articles to show (default: 20, at most " + LuceneStore.MAX_LIMIT + ").")
  int limit = 20;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default) or date (newest first).")
  Order sort = Order.RELEVANCE;

  enum Format {
    TABLE,
    JSONL,
    CSV
  }

  @Override
  int run() throws Exception {
    if (limit < 0 || limit > LuceneStore.MAX_LIMIT) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be 0 to " + LuceneStore.MAX_LIMIT);
    }
    Query q = StoreOptions.parse(query, System.err);
    if (q == null) return StoreOptions.BAD_QUERY;
    try (LuceneStore index = store.open(spec)) {
      SearchResult r = index.search(q, limit, sort);
      switch (format) {
        case TABLE -> table(r, System.out);
        case JSONL, CSV -> {
          try (RowWriter w =
              format == Format.CSV ? RowWriter.csv(System.out) : RowWriter.jsonl(System.out)) {
            for (SearchResult.Hit h : r.hits()) w.accept(h.article());
          }
          System.out.flush();
        }
      }
    }
    return 0;
  }

  static void table(SearchResult r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%,d article%s match%s%n",
        r.total(),
        r.total() == 1 ? "" : "s",
        r.hits().size() < r.total() ? " (showing " + r.hits().size() + ")" : "");
    if (r.hits().isEmpty()) return;
    out.printf(
        Locale.ROOT,
        "%-10s  %-4s %-3s %-22s %6s  %-11s  %s%n",
        "date",
        "lang",
        "cc",
        "source",
        "tone",
        "story",
        "title");
    for (SearchResult.Hit h : r.hits()) {
      StoredArticle a = h.article();
      Map<String, Object> f = a.fields();
      out.printf(
          Locale.ROOT,
          "%-10s  %-4s %-3s %-22s %6s  %-11s  %s%n",
          day(f.get("published")),
          cell(f.get("language"), 4),
          cell(f.get("country"), 3),
          cell(f.get("source"), 22),
          f.get("tone") instanceof Number n
              ? String.format(Locale.ROOT, "%+.2f", n.doubleValue())
              : "",
          cell(f.get("storyId"), 11),
          cell(f.get("title") != null ? f.get("title") : a.id(), 80));
    }
  }

  static String day(Object published) {
    if (!(published instanceof String s) || s.isBlank()) return "";
    return s.length() >= 10 ? s.substring(0, 10) : s;
  }

  static String cell(Object v, int width) {
    if (v == null) return "";
    String s = v.toString().replaceAll("\\s+", " ").strip();
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  static List<String> split(String csv) {
    return csv == null || csv.isBlank()
        ? List.of()
        : java.util.Arrays.stream(csv.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }
}
