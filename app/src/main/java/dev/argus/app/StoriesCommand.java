package dev.argus.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.core.story.Story;
import dev.argus.store.LuceneStore;
import dev.argus.store.StoryViews;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus stories}: the biggest stories, who broke them and how far they spread. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the biggest stories: articles grouped across sources and languages as they arrived."
          + " Each line: the story, its size, its languages and countries, when and where it"
          + " broke, and the first article's title. argus story ID tells one story in full."
    })
final class StoriesCommand extends QueryCommand {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description = "Only articles published since then: 2026-03-01, 2026-03, now-7d ...")
  String since;

  @Option(
      names = "--query",
      paramLabel = "QUERY",
      description = "Only articles matching this query (default: *).")
  String query = "*";

  @Option(names = "--limit", paramLabel = "N", description = "Stories to list (default: 20).")
  int limit = 20;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or jsonl.")
  Format format = Format.TABLE;

  enum Format {
    TABLE,
    JSONL
  }

  static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Override
  int run() throws Exception {
    if (limit < 1 || limit > 1000) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 to 1000");
    }
    String q = since == null ? query : "(" + query + ") AND published:>=" + since;
    Query filter = StoreOptions.parse(q, System.err);
    if (filter == null) return StoreOptions.BAD_QUERY;
    try (LuceneStore index = store.open(spec)) {
      List<Story> stories = StoryViews.biggest(index, filter, limit);
      if (format == Format.JSONL) {
        ObjectMapper json = StoreOptions.json();
        for (Story s : stories) System.out.println(json.writeValueAsString(s));
      } else {
        table(stories, System.out);
      }
    }
    return 0;
  }

  static void table(List<Story> stories, PrintStream out) {
    if (stories.isEmpty()) {
      out.println("no stories yet");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-9s %5s  %-17s %-9s %-16s  %-20s  %s%n",
        "story",
        "size",
        "languages",
        "countries",
        "broke (UTC)",
        "broke it",
        "title");
    for (Story s : stories) {
      out.printf(
          Locale.ROOT,
          "%-9s %5d  %-17s %-9s %-16s  %-20s  %s%n",
          SearchCommand.cell(s.id(), 9),
          s.size(),
          SearchCommand.cell(String.join(" ", s.languages()), 17),
          SearchCommand.cell(String.join(" ", s.countries()), 9),
          s.first().time().getEpochSecond() > 0 && s.first().time().getEpochSecond() < 253402300799L
              ? MINUTE.format(s.first().time())
              : "",
          SearchCommand.cell(s.first().source(), 20),
          SearchCommand.cell(s.title(), 70));
    }
  }
}
