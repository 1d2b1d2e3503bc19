package dev.argus.store.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.StoredArticle;
import dev.argus.store.index.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermFrequenciesTest {

  private static final List<StoredArticle> SAMPLE =
      List.of(
          Fixtures.article("a", "en", "2026-01-05T10:00:00Z", "Harbour news", "Harbours grow."),
          Fixtures.article("b", "en", "2026-01-05T10:00:00Z", "Harbour", "Velmora builds."),
          Fixtures.article("c", "de", "2026-01-05T10:00:00Z", "Häfen", "Neue Häuser."));

  @Test
  void countsArticlesPerAnalysedTermOnce() {
    TermFrequencies f = TermFrequencies.of(SAMPLE);
    assertThat(f.documents()).isEqualTo(3);
    assertThat(f.frequencies()).containsEntry("harbour", 2).containsEntry("velmora", 1);
    assertThat(f.frequencies()).containsEntry("haus", 1); // the German article's own stemmer
  }

  @Test
  void countsPairsOfAdjacentTermsWithinTitleOrText() {
    TermFrequencies f = TermFrequencies.of(SAMPLE);
    assertThat(f.frequencies()).containsEntry("harbour grow", 1).containsEntry("velmora build", 1);
    assertThat(f.frequencies()).doesNotContainKey("harbour velmora"); // title end, text start
  }

  @Test
  void frequentTermsWeighLessThanRareOnesOfTheSameLength() {
    TermFrequencies f = TermFrequencies.of(SAMPLE);
    assertThat(f.weight(Schema.ALL, "harbour")).isLessThan(f.weight(Schema.ALL, "velmora"));
    assertThat(f.weight(Schema.ALL, "unknown")).isGreaterThan(f.weight(Schema.ALL, "velmora"));
  }

  @Test
  void withoutASampleTermsWeighByLengthAlone() {
    TermFrequencies none = TermFrequencies.none();
    assertThat(none.weight(Schema.ALL, "harbour")).isGreaterThan(none.weight(Schema.ALL, "port"));
  }

  @Test
  void keepsAtMostTheLimitOfDistinctTerms() {
    TermFrequencies f = TermFrequencies.of(SAMPLE, 3);
    assertThat(f.frequencies()).hasSize(3);
    assertThat(TermFrequencies.MAX_TERMS).isEqualTo(2_000_000);
  }
}
