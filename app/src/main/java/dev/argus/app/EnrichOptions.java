package dev.argus.app;

import dev.argus.core.enrich.Enricher;
import dev.argus.core.lang.LanguageIdentifier;
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

  /** The enricher these options describe; a wrong option is the command line's error. */
  Enricher enricher(CommandSpec spec) {
    try {
      return enricher();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The enricher these options describe.
   *
   * @throws IllegalArgumentException with a message for the user when an option is wrong
   */
  Enricher enricher() {
    LanguageIdentifier identifier =
        languages == null || languages.isEmpty()
            ? LanguageIdentifier.shared()
            : LanguageIdentifier.forLanguages(languages);
    return Enricher.forLanguages(identifier);
  }
}
