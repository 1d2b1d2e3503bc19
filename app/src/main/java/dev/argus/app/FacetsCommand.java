package dev.argus.app;

import dev.argus.store.Aggregations;
import dev.argus.store.LuceneStore;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus facets}: counts over the articles that match a query. */
@Command(
    name = "facets",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the stored articles that match QUERY (* for all): the top values of each facet,"
          + " a time histogram, tone, and share of voice among entities."
    })
final class FacetsCommand extends QueryCommand {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "QUERY", defaultValue = "*", description = "The query (default: *).")
  String query;

  @Option(
      names = "--by",
      paramLabel = "FIELDS",
      description =
          "Facets, comma-separated (default: language,country,source,entity). Any of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = FacetFields.class)
  String by = "language,country,source,entity";

  @Option(names = "--top", paramLabel = "N", description = "Values per facet (default: 10).")
  int top = 10;

  @Option(
      names = "--histogram",
      paramLabel = "INTERVAL",
      description = "day, week or month: articles over time (by published date, else fetched).")
  Aggregations.Interval histogram;

  @Option(
      names = "--share-of-voice",
      paramLabel = "ENTITIES",
      description =
          "Comma-separated watch-list entities: each one's share of their mentions per period"
              + " (the --histogram interval, default week).")
  String shareOfVoice;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
  Format format = Format.TABLE;

  enum Format {
    TABLE,
    JSON
  }

  static final class FacetFields implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Aggregations.FACET_FIELDS.iterator();
    }
  }

  @Override
  int run() throws Exception {
    if (top < 1 || top > 1000)
      throw new ParameterException(spec.commandLine(), "--top must be 1 to 1000");
    List<String> fields = SearchCommand.split(by);
    for (String f : fields) {
      if (!Aggregations.FACET_FIELDS.contains(f)) {
        throw new ParameterException(
            spec.commandLine(), "no facet '" + f + "'; facets: " + Aggregations.FACET_FIELDS);
      }
    }
    List<String> entities = SearchCommand.split(shareOfVoice);
    Query q = StoreOptions.parse(query, System.err);
    if (q == null) return StoreOptions.BAD_QUERY;
    try (LuceneStore index = store.open(spec)) {
      Aggregations.Result r;
      List<Aggregations.Share> sov;
      try {
        r = index.withSearcher(s -> Aggregations.aggregate(s, q, fields, top, histogram));
        Aggregations.Interval every = histogram == null ? Aggregations.Interval.WEEK : histogram;
        sov =
            entities.isEmpty()
                ? List.of()
                : index.withSearcher(s -> Aggregations.shareOfVoice(s, q, entities, every));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      if (format == Format.JSON) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", r.total());
        json.put("facets", r.facets());
        json.put("histogram", r.histogram());
        json.put("tone", r.tone());
        json.put("shareOfVoice", sov);
        // As a string: writing to System.out directly would let Jackson close it.
        System.out.println(
            StoreOptions.json().writerWithDefaultPrettyPrinter().writeValueAsString(json));
      } else {
        table(r, sov, System.out);
      }
    }
    return 0;
  }

  static void table(Aggregations.Result r, List<Aggregations.Share> sov, PrintStream out) {
    out.printf(Locale.ROOT, "%,d articles match%n", r.total());
    r.facets()
        .forEach(
            (field, counts) -> {
              out.printf("%n%s%n", field);
              long max = counts.stream().mapToLong(Aggregations.Count::count).max().orElse(1);
              for (Aggregations.Count c : counts) {
                out.printf(
                    Locale.ROOT,
                    "  %-28s %7d  %s%n",
                    SearchCommand.cell(c.value(), 28),
                    c.count(),
                    bar(c.count(), max, 30));
              }
            });
    if (!r.histogram().isEmpty()) {
      out.printf("%narticles over time%n");
      long max = r.histogram().stream().mapToLong(Aggregations.Bucket::count).max().orElse(1);
      for (Aggregations.Bucket b : r.histogram()) {
        out.printf(Locale.ROOT, "  %-10s %7d  %s%n", b.label(), b.count(), bar(b.count(), max, 40));
      }
    }
    Aggregations.Tone t = r.tone();
    out.printf(
        Locale.ROOT,
        "%ntone: %d negative, %d neutral, %d positive, %d unscored%n",
        t.negative(),
        t.neutral(),
        t.positive(),
        t.unscored());
    if (!sov.isEmpty()) {
      out.printf("%nshare of voice (mentions)%n");
      List<String> names = List.copyOf(sov.get(0).share().keySet());
      out.printf("  %-10s", "period");
      for (String n : names) out.printf(" %13s", SearchCommand.cell(n, 13));
      out.println();
      for (Aggregations.Share s : sov) {
        out.printf("  %-10s", s.label());
        for (String n : names) {
          out.printf(Locale.ROOT, " %6d (%3.0f%%)", s.mentions().get(n), s.share().get(n) * 100);
        }
        out.println();
      }
    }
  }

  /** A bar of block characters, {@code width} wide for {@code max}. */
  static String bar(long value, long max, int width) {
    if (max <= 0 || value <= 0) return "";
    double cells = (double) value * width / max;
    int full = (int) cells;
    String[] parts = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    int eighth = (int) Math.round((cells - full) * 8);
    if (eighth == 8) {
      full++;
      eighth = 0;
    }
    String s = "█".repeat(full) + parts[eighth];
    return s.isEmpty() ? "▏" : s;
  }
}
