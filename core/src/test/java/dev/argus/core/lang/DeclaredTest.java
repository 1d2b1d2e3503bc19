package dev.argus.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclaredTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "en, en",
        "EN, en",
        "en-GB, en",
        "en_US, en",
        "pt_BR, pt",
        "zh-Hans, zh",
        "zh-Hant-TW, zh",
        "' de-AT ', de",
        "deu, de",
        "ger, de",
        "fra, fr",
        "iw, he",
        "in, id",
        "no, nb",
        "nb-NO, nb",
        "'de, en', de",
        "'x-default, fr', fr",
        "fr-CA;q=0.8, fr",
        "x-default, NULL",
        "und, NULL",
        "mul, NULL",
        "zxx, NULL",
        "xx, NULL",
        "english, NULL",
        "'', NULL",
        "' ', NULL",
        "'*', NULL",
        "NULL, NULL",
      })
  void normalisesToIso639_1(String declared, String expected) {
    assertThat(Declared.normalise(declared)).isEqualTo(expected);
  }

  @Test
  void recordHoldsNormalisedValuesAndListsDistinctLanguagesInPriorityOrder() {
    Declared d = new Declared("en-US", "de_DE", "en");

    assertThat(d.htmlLang()).isEqualTo("en");
    assertThat(d.ogLocale()).isEqualTo("de");
    assertThat(d.contentLanguage()).isEqualTo("en");
    assertThat(d.languages()).containsExactly("en", "de");
    assertThat(new Declared("und", null, "fr").languages()).containsExactly("fr");
    assertThat(Declared.NONE.languages()).isEmpty();
  }
}
