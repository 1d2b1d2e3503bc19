package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Date forms and sources: no-break spaces, two-digit years, HTTP dates, URL days, bare pages. */
class DateFormsAndSourcesTest {

  private static String text(String s, String lang) {
    Dates.Value v = Dates.findInText(s, lang);
    return v == null ? null : v.iso();
  }

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc));
  }

  @Test
  void noBreakSpacesInsideWrittenDates() {
    assertThat(text("Wiesbaden, 11. November\u00a02021\u00a0", "de")).isEqualTo("2021-11-11");
    assertThat(text("publié le 3\u00a0mars\u00a02020", "fr")).isEqualTo("2020-03-03");
    assertThat(text("June\u00a07, 2019", "en")).isEqualTo("2019-06-07");
  }

  @Test
  void twoDigitYearsWithDots() {
    assertThat(text("Beitrag vom 28.09.19 12:44", "de")).isEqualTo("2019-09-28");
    assertThat(text("opublikowano 05.03.21", "pl")).isEqualTo("2021-03-05");
    // Version numbers and longer dotted numbers are no dates.
    assertThat(text("Version 2.1.20 ist da", "de")).isNull();
    assertThat(text("IP 10.12.18.4", "de")).isNull();
  }

  @Test
  void httpAndJavaScriptDatesKeepTheirTime() {
    assertThat(Dates.parseStructured("Wed, 04 May 2022 02:41:00 GMT").iso())
        .isEqualTo("2022-05-04T02:41:00Z");
    assertThat(Dates.parseStructured("Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Time)"))
        .isEqualTo(
            new Dates.Value(java.time.LocalDate.of(2018, 2, 20), "2018-02-20T01:00:00+01:00"));
  }

  @Test
  void httpDateInUtcIsMovedToTheSitesDay() {
    String html =
        "<html lang='es'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Nota\",\"datePublished\":\"Wed, 04 May 2022 02:41:00 GMT\"}</script>"
            + "</head><body><h1>Nota</h1><p>Texto.</p></body></html>";
    assertThat(meta(html, "https://diario.example.bo/nota").published()).startsWith("2022-05-03");
  }

  @Test
  void urlDayBeforeAUtcTimeIsTheSitesDay() {
    String html =
        "<html lang='en'><head><meta property='article:published_time' "
            + "content='2023-11-09T05:30:59+00:00'></head><body><h1>Mayor elected</h1>"
            + "<p>Text.</p></body></html>";
    assertThat(meta(html, "https://news.example.com/2023/11/08/mayor-elected/").published())
        .isEqualTo("2023-11-08");
    // A time with the site's own offset is already its day; an older URL day is not taken.
    String local = html.replace("+00:00", "-05:00");
    assertThat(meta(local, "https://news.example.com/2023/11/08/mayor-elected/").published())
        .startsWith("2023-11-09");
    assertThat(meta(html, "https://news.example.com/2023/11/02/mayor-elected/").published())
        .startsWith("2023-11-09");
  }

  @Test
  void pageWithoutHeadingIsDatedByItsOpeningText() {
    String html =
        "<html lang='de'><body><div class='top'>Nachrichten</div><p>16.10.2021</p>"
            + "<p>Die Nacht der Feier war gesegnet.</p><p>Am 20.12.2021 folgt mehr.</p></body></html>";
    assertThat(meta(html, "https://verband.example.de/detail.php?id=7").published())
        .isEqualTo("2021-10-16");
  }

  @Test
  void dayFirstDatesInUrls() {
    assertThat(Dates.fromUrl("https://verein.example.de/meldungen/29-10-2021").iso())
        .isEqualTo("2021-10-29");
    assertThat(Dates.fromUrl("https://verein.example.de/news-05.03.2021.html").iso())
        .isEqualTo("2021-03-05");
    assertThat(Dates.fromUrl("https://club.example.com/recap/12-31-2020/").iso())
        .isEqualTo("2020-12-31");
    assertThat(Dates.fromUrl("https://shop.example.de/artikel/12-34-5678")).isNull();
  }

  @Test
  void pageWrappedInOneFormIsStillRead() {
    String html =
        "<html lang='de'><body><form id='aspnetForm' method='post'><div class='forum'>"
            + "<h1>Kein Empfang mehr im Zug?</h1><div>nutzer1 28.09.19 12:44</div>"
            + "<p>Hallo, hat jemand das auch?</p></div></form></body></html>";
    assertThat(meta(html, "https://forum.example.de/discussion/123").published())
        .isEqualTo("2019-09-28");
  }
}
