package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void normalisesToTwoLetterCodes() {
    assertThat(Languages.normalize("de-DE")).isEqualTo("de");
    assertThat(Languages.normalize("de_AT")).isEqualTo("de");
    assertThat(Languages.normalize("EN")).isEqualTo("en");
    assertThat(Languages.normalize("deu")).isEqualTo("de");
    assertThat(Languages.normalize("zh-Hans-CN")).isEqualTo("zh");
    assertThat(Languages.normalize("x-klingon")).isNull();
    assertThat(Languages.normalize("")).isNull();
  }
}
