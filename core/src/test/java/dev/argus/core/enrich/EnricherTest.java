package dev.argus.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.lang.LanguageIdentifier;
import dev.argus.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTest {

  private static final Enricher ENRICHER =
      Enricher.forLanguages(LanguageIdentifier.forLanguages(List.of("en", "de", "fr", "it")));

  private static Article article(String declared, String title, String text) {
    return new Article(
        "https://example.org/a", title, null, null, null, declared, null, null, null, null, text);
  }

  @Test
  void theTextOutweighsAWrongTemplateDeclaration() {
    Article a =
        article(
            "en",
            "Stadtrat beschließt neuen Radweg",
            "Der Stadtrat hat am Dienstagabend den Bau eines neuen Radwegs entlang des Flusses"
                + " beschlossen. Die Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern,"
                + " teilte die Verwaltung mit.");

    Enriched e = ENRICHER.enrich(a);

    assertThat(e.language()).isEqualTo("de");
    assertThat(e.languageConfidence()).isGreaterThan(0.9);
    assertThat(e.article()).isSameAs(a);
  }

  @Test
  void toneIsScoredInTheIdentifiedLanguage() {
    Enriched bad =
        ENRICHER.enrich(
            article(
                "en",
                "Desastre",
                "Die Katastrophe am Hafen war schrecklich: viele Verletzte, große Angst und"
                    + " schwere Schäden, und die Kritik an der Stadt wächst."));

    assertThat(bad.language()).isEqualTo("de");
    assertThat(bad.tone()).isNegative();
  }

  @Test
  void withoutCorpusInputsSkipsNamesAndFingerprintOnly() {
    Article a =
        article(
            "de",
            "Hafen",
            "Die Reederei Nordlicht Logistik aus Bremen kündigte am Montag an, den Hafen"
                + " auszubauen. Nordlicht Logistik rechnet mit zwei Jahren Bauzeit und hohen"
                + " Kosten für das Projekt am Fluss.");

    Enriched full = ENRICHER.enrich(a);
    Enriched alone = ENRICHER.withoutCorpusInputs().enrich(a);

    assertThat(full.fingerprint().isEmpty()).isFalse();
    assertThat(full.nameCandidates()).isNotEmpty();
    assertThat(alone.fingerprint().isEmpty()).isTrue();
    assertThat(alone.nameCandidates()).isEmpty();
    assertThat(alone.language()).isEqualTo(full.language());
    assertThat(alone.tone()).isEqualTo(full.tone());
    assertThat(alone.citations()).isEqualTo(full.citations());
  }

  @Test
  void aShortTextKeepsItsDeclaredLanguage() {
    Enriched e = ENRICHER.enrich(article("fr", "Match nul", ""));

    assertThat(e.language()).isEqualTo("fr");
  }

  @Test
  void nothingToGoOnGivesNoLanguage() {
    Enriched e = ENRICHER.enrich(article(null, null, "12 345 — 678"));

    assertThat(e.language()).isNull();
    assertThat(e.languageConfidence()).isZero();
  }
}
