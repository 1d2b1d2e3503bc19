package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

  private static String text(String s, String lang) {
    Dates.Value v = Dates.findInText(s, lang);
    return v == null ? null : v.iso();
  }

  @Test
  void writtenDatesInManyLanguages() {
    assertThat(text("Posted 14 March 2021", "en")).isEqualTo("2021-03-14");
    assertThat(text("on March 14, 2021 at noon", "en")).isEqualTo("2021-03-14");
    assertThat(text("am 14. März 2021", "de")).isEqualTo("2021-03-14");
    assertThat(text("le 1er janvier 2020", "fr")).isEqualTo("2020-01-01");
    assertThat(text("14 de marzo de 2021", "es")).isEqualTo("2021-03-14");
    assertThat(text("14 marzo 2021", "it")).isEqualTo("2021-03-14");
    assertThat(text("2021年3月14日", "zh")).isEqualTo("2021-03-14");
  }

  @Test
  void numericDatesRespectDayMonthOrder() {
    assertThat(text("14.03.2021", "de")).isEqualTo("2021-03-14");
    assertThat(text("03/04/2021", "en")).isEqualTo("2021-03-04");
    assertThat(text("03/04/2021", "fr")).isEqualTo("2021-04-03");
    assertThat(text("2021/03/14", null)).isEqualTo("2021-03-14");
  }

  @Test
  void implausibleDatesAreSkipped() {
    assertThat(text("founded 12 May 1890, renewed 3 May 2001", "en")).isEqualTo("2001-05-03");
    assertThat(text("31.02.2021", "de")).isNull();
  }

  @Test
  void structuredValuesKeepTheirOffset() {
    assertThat(Dates.parseStructured("2021-03-14T08:30:00+0100").iso())
        .isEqualTo("2021-03-14T08:30:00+01:00");
    assertThat(Dates.parseStructured("2021-03-14T08:30:00").iso()).isEqualTo("2021-03-14");
    assertThat(Dates.parseStructured("20210314").iso()).isEqualTo("2021-03-14");
    assertThat(Dates.parseStructured("Tue Jan 28 15:28:56 CET 2020").iso()).isEqualTo("2020-01-28");
  }

  @Test
  void datesInUrls() {
    assertThat(Dates.fromUrl("https://e.example.com/2019/07/22/x").iso()).isEqualTo("2019-07-22");
    assertThat(Dates.fromUrl("https://e.example.com/news-2019-07-22-x").iso())
        .isEqualTo("2019-07-22");
    assertThat(Dates.fromUrl("https://e.example.com/2019/07/x")).isNull();
  }
}
