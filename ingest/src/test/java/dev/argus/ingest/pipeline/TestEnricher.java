package dev.argus.ingest.pipeline;

import dev.argus.core.enrich.Enricher;
import dev.argus.core.lang.LanguageIdentifier;
import java.util.List;

/**
 * An enricher that knows only the fixtures' languages, so the many test JVMs (the crash test starts
 * one per kill) do not each load every language model.
 */
final class TestEnricher {

  static final Enricher SMALL =
      Enricher.forLanguages(LanguageIdentifier.forLanguages(List.of("en", "de", "fr", "es", "it")));

  private TestEnricher() {}
}
