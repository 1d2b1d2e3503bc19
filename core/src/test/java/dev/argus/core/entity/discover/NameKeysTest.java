package dev.argus.core.entity.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void accentsCaseAndDotsFold() {
    assertThat(NameKeys.key("Société Générale")).isEqualTo(NameKeys.key("SOCIETE GENERALE"));
    assertThat(NameKeys.key("Müller")).isEqualTo("muller");
    assertThat(NameKeys.key("Straße")).isEqualTo("strasse");
  }

  @Test
  void possessivesAndHonorificsAreDropped() {
    assertThat(NameKeys.key("Nexori’s")).isEqualTo("nexori");
    assertThat(NameKeys.key("Dr. Anna Weber")).isEqualTo("anna weber");
    assertThat(NameKeys.key("Mme Claire Dubois")).isEqualTo("claire dubois");
  }

  @Test
  void legalFormsAreDroppedSoTheCompanyLinksAcrossCountries() {
    assertThat(NameKeys.key("Nexori AG")).isEqualTo("nexori");
    assertThat(NameKeys.key("Nexori Inc.")).isEqualTo("nexori");
    assertThat(NameKeys.key("Ferrovento S.p.A.")).isEqualTo("ferrovento");
    // Nothing would be left: the word stays.
    assertThat(NameKeys.key("AG")).isEqualTo("ag");
  }

  @Test
  void countryNamesInAnyOfTheSixLanguagesShareOneKey() {
    assertThat(NameKeys.key("Germany"))
        .isEqualTo(NameKeys.key("Allemagne"))
        .isEqualTo(NameKeys.key("Deutschland"))
        .isEqualTo(NameKeys.key("Alemania"))
        .isEqualTo(NameKeys.key("Germania"))
        .isEqualTo(NameKeys.key("Alemanha"))
        .isEqualTo("country:de");
  }

  @Test
  void badInputGivesAnEmptyKey() {
    assertThat(NameKeys.key(null)).isEmpty();
    assertThat(NameKeys.key("   ")).isEmpty();
    assertThat(NameKeys.group(null)).isEmpty();
  }

  private static NameSpan span(String text, int start, NameType type, boolean cued) {
    return new NameSpan(text, start, start + text.length(), type, cued, false);
  }

  @Test
  void aLaterSurnameJoinsTheFullName() {
    Map<String, List<NameSpan>> groups =
        NameKeys.group(
            List.of(
                span("Hugo Barra", 0, NameType.PERSON, true),
                span("Nexori", 20, NameType.UNKNOWN, false),
                span("Barra", 40, NameType.UNKNOWN, false)));
    assertThat(groups).containsOnlyKeys("hugo barra", "nexori");
    assertThat(groups.get("hugo barra"))
        .extracting(NameSpan::text)
        .containsExactly("Hugo Barra", "Barra");
  }

  @Test
  void aShortFormJoinsACompanyByItsFirstWord() {
    Map<String, List<NameSpan>> groups =
        NameKeys.group(
            List.of(
                span("Kestrel Biotech", 0, NameType.ORGANIZATION, true),
                span("Kestrel", 30, NameType.UNKNOWN, false)));
    assertThat(groups).containsOnlyKeys("kestrel biotech");
  }

  @Test
  void onlyAPersonShapedNameTakesInAShortForm() {
    Map<String, List<NameSpan>> groups =
        NameKeys.group(
            List.of(
                span("Lei Jun WIRED", 0, NameType.UNKNOWN, false),
                span("WIRED", 20, NameType.ORGANIZATION, false)));
    assertThat(groups).containsOnlyKeys("lei jun wired", "wired");
  }

  @Test
  void anAmbiguousSurnameStaysApart() {
    Map<String, List<NameSpan>> groups =
        NameKeys.group(
            List.of(
                span("Hugo Barra", 0, NameType.PERSON, false),
                span("Ana Barra", 20, NameType.PERSON, false),
                span("Barra", 40, NameType.UNKNOWN, false)));
    assertThat(groups).containsOnlyKeys("hugo barra", "ana barra", "barra");
  }

  @Test
  void aShortFormCuedAsSomethingElseStaysApart() {
    Map<String, List<NameSpan>> groups =
        NameKeys.group(
            List.of(
                span("Real Madrid", 0, NameType.PERSON, false),
                span("Madrid", 20, NameType.PLACE, true)));
    assertThat(groups).containsOnlyKeys("real madrid", "madrid");
  }
}
