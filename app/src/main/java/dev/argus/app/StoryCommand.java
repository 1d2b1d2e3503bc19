package dev.argus.app;

import dev.argus.core.story.Story;
import dev.argus.store.LuceneStore;
import dev.argus.store.StoredArticle;
import dev.argus.store.StoryViews;
import java.io.PrintStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus story ID}: one story in full: who broke it, its spread, copies and citations. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = {
      "Tells one story: who broke it, the timeline of its spread across sources, countries and"
          + " languages, its syndicated copies, and who cited whom."
    })
final class StoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "The story's id (from argus stories or search).")
  String id;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.TEXT;

  enum Format {
    TEXT,
    JSON
  }

  @Override
  public Integer call() throws Exception {
    try (LuceneStore index = store.open(spec)) {
      Optional<Story> story = StoryViews.load(index, id);
      if (story.isEmpty()) {
        System.err.println("argus: no story " + id + " (argus stories lists them)");
        return 1;
      }
      if (format == Format.JSON) {
        System.out.println(
            StoreOptions.json().writerWithDefaultPrettyPrinter().writeValueAsString(story.get()));
        return 0;
      }
      Map<String, String> titles = new HashMap<>();
      for (Story.Member m : story.get().timeline()) {
        index
            .get(m.id())
            .map(StoredArticle::fields)
            .map(f -> f.get("title"))
            .ifPresent(t -> titles.put(m.id(), t.toString()));
      }
      print(story.get(), titles, System.out);
    }
    return 0;
  }

  static void print(Story s, Map<String, String> titles, PrintStream out) {
    out.printf("Story %s: %s%n", s.id(), s.title() == null ? "(untitled)" : s.title());
    out.printf(
        Locale.ROOT,
        "%d article%s from %d source%s, in %s%s%n",
        s.size(),
        s.size() == 1 ? "" : "s",
        s.sources().size(),
        s.sources().size() == 1 ? "" : "s",
        s.languages().isEmpty() ? "no known language" : String.join(", ", s.languages()),
        s.countries().isEmpty() ? "" : "; countries " + String.join(", ", s.countries()));
    if (!s.label().isEmpty()) out.println("About: " + String.join(", ", s.label()));
    Story.Member first = s.first();
    out.printf(
        "%nBroke it: %s, %s (%s)%n  %s%n",
        first.source(),
        when(first.time()),
        first.language(),
        first.url() == null ? first.id() : first.url());

    Map<String, String> copyOf = new HashMap<>();
    for (List<String> group : s.syndicated().values()) {
      for (int i = 1; i < group.size(); i++) copyOf.put(group.get(i), group.get(0));
    }
    Map<String, String> sourceOf = new HashMap<>();
    for (Story.Member m : s.timeline()) sourceOf.put(m.id(), m.source());

    out.printf("%nTimeline%n");
    List<String> languagesSoFar = new java.util.ArrayList<>();
    for (Story.Member m : s.timeline()) {
      String note = "";
      if (m.id().equals(first.id())) note = "first";
      else if (copyOf.containsKey(m.id())) note = "copy of " + sourceOf.get(copyOf.get(m.id()));
      if (m.language() != null && !languagesSoFar.contains(m.language())) {
        if (!languagesSoFar.isEmpty())
          note = (note.isEmpty() ? "" : note + "; ") + "reaches " + m.language();
        languagesSoFar.add(m.language());
      }
      out.printf(
          Locale.ROOT,
          "  %-16s  %-3s %-3s %-22s %-60s %s%n",
          when(m.time()),
          m.language() == null ? "" : m.language(),
          m.country() == null ? "" : m.country(),
          SearchCommand.cell(m.source(), 22),
          SearchCommand.cell(titles.getOrDefault(m.id(), m.id()), 60),
          note);
    }
    if (s.omitted() > 0) out.printf("  … and %d more in between%n", s.omitted());

    if (!s.syndicated().isEmpty()) {
      out.printf("%nSyndicated copies%n");
      for (List<String> group : s.syndicated().values()) {
        out.printf(
            "  %s, copied by: %s%n",
            sourceOf.get(group.get(0)),
            String.join(", ", group.subList(1, group.size()).stream().map(sourceOf::get).toList()));
      }
    }
    if (!s.edges().isEmpty()) {
      out.printf("%nWho cited whom%n");
      for (Story.Edge e : s.edges()) {
        String to =
            e.kind() == Story.Edge.Kind.LINKS_MEMBER
                ? sourceOf.getOrDefault(e.to(), e.to()) + " (in this story)"
                : e.to();
        out.printf(
            "  %-22s ──%s──▶ %s%n",
            SearchCommand.cell(sourceOf.get(e.from()), 22),
            e.kind() == Story.Edge.Kind.LINKS_MEMBER ? "links" : "cites",
            to);
      }
    }
  }

  static String when(Instant t) {
    if (t == null || t.equals(Instant.MAX)) return "undated";
    return StoriesCommand.MINUTE.format(t);
  }
}
