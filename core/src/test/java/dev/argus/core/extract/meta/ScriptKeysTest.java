package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Script data keys are searched from the first key name, with the pattern's first match. */
class ScriptKeysTest {

  private final DateFinder.ScriptKeys keys = new DateFinder.ScriptKeys("publishDate", "pubDate");

  @Test
  void theFirstQuotedKeyWinsWhateverItsPlaceInTheList() {
    String data = "var a = {'pubDate': '2020-01-02T10:00', \"publishDate\": \"2021-03-04T10:00\"}";
    assertThat(keys.find(data)).isEqualTo("2020-01-02T10:00");
  }

  @Test
  void anUnquotedMentionBeforeTheKeyIsSkipped() {
    String data = "// pubDate below\nx = {\"pubDate\":\"2022-05-06\"}";
    assertThat(keys.find(data)).isEqualTo("2022-05-06");
  }

  @Test
  void dataWithoutAnyKeyNameHasNoValue() {
    assertThat(keys.find("{\"created\":\"2022-05-06\",\"title\":\"x\"}")).isNull();
  }

  @Test
  void aKeyAtTheVeryStartCannotBeQuoted() {
    assertThat(keys.find("pubDate\":\"2022-05-06\"")).isNull();
  }
}
