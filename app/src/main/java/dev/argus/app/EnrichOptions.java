package dev.argus.app;

import dev.argus.core.enrich.Enricher;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.core.entity.watch.WatchListMatcher;
import dev.argus.core.lang.LanguageIdentifier;
import dev.argus.ingest.pipeline.DataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of the enrichment stages, shared by every command that extracts (a picocli mixin). */
final class EnrichOptions {

  @Option(
      names = "--languages",
      paramLabel = "CODES",
      split = ",",
      description =
          "Identify only these languages (ISO 639-1 codes, comma-separated, at least two);"
              + " fewer languages load faster and use less memory (default: all ~75 that Lingua"
              + " knows).")
  List<String> languages;

  @Option(
      names = "--watchlist",
      paramLabel = "FILE",
      description =
          "Find the entities of this watch list (YAML or JSON; see the README) and report each"
              + " mention with its offsets and tone.")
  Path watchlist;

  /** The enricher these options describe; a wrong option is the command line's error. */
  Enricher enricher(CommandSpec spec) {
    return enricher(spec, watchlist);
  }

  private Enricher enricher(CommandSpec spec, Path list) {
    try {
      return enricher(list);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The enricher these options describe, for a command over the data folder {@code data}: without
   * {@code --watchlist}, the folder's own watch list ({@code DATA/watchlist.yaml}, the one {@code
   * PUT /api/v1/watchlist} writes) when it has one.
   */
  Enricher enricher(CommandSpec spec, DataDir data) {
    Path own = data.watchList();
    return enricher(spec, watchlist == null && Files.isRegularFile(own) ? own : watchlist);
  }

  /**
   * The enricher of these options with the watch list {@code list} (null: none).
   *
   * @throws IllegalArgumentException with a message for the user when an option is wrong
   */
  private Enricher enricher(Path list) {
    LanguageIdentifier identifier =
        languages == null || languages.isEmpty()
            ? LanguageIdentifier.shared()
            : LanguageIdentifier.forLanguages(languages);
    Enricher enricher = Enricher.forLanguages(identifier);
    if (list == null) return enricher;
    String content;
    try {
      content = Files.readString(list, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read the watch list " + list + ": " + e);
    }
    try {
      return enricher.withWatchList(WatchListMatcher.compile(WatchList.parse(content)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("watch list " + list + ": " + e.getMessage(), e);
    }
  }
}
