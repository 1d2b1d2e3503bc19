package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Dates in a byline element, a record's creation time in script data, and the description. */
class DateLastResortsTest {

  private static String published(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    Metadata m = MetadataExtractor.extract(doc, url, JsonLd.of(doc));
    return m.published() == null ? null : m.published().substring(0, 10);
  }

  @Test
  void dateInABylineElementFarBelowTheHeading() {
    String filler = "Ein langer Bericht über das Turnier und seine Spiele. ".repeat(80);
    String html =
        "<html lang='de'><body><h1>Die Turniere der letzten Zeit</h1><p>"
            + filler
            + "</p><div class='left author'>Autor: <b>Kai</b> am 29.12.2010, 13:36 Uhr</div>"
            + "</body></html>";
    assertThat(published(html, "https://verein.example.de/news?id=7")).isEqualTo("2010-12-29");
  }

  @Test
  void creationTimeInScriptDataWhenNothingElseDates() {
    String html =
        "<html lang='en'><head><script>window.__STATE__={\"block\":{\"createdAt\":"
            + "\"2022-01-31T15:58:43+01:00\",\"enabled\":true}}</script></head>"
            + "<body><h1>Athletes ready for the games</h1><p>Text.</p></body></html>";
    assertThat(published(html, "https://games.example.com/athletes")).isEqualTo("2022-01-31");
  }

  @Test
  void publicationScriptKeyBeatsCreationTime() {
    String html =
        "<html lang='en'><head><script>var d={\"createdAt\":\"2021-01-02T10:00:00Z\","
            + "\"publishedAt\":\"2021-03-04T10:00:00Z\"}</script></head>"
            + "<body><h1>Spring notes</h1><p>Text.</p></body></html>";
    assertThat(published(html, "https://notes.example.com/spring")).isEqualTo("2021-03-04");
  }

  @Test
  void dateInTheDescriptionAsTheLastResort() {
    String html =
        "<html lang='it'><head><meta name='description' content='Il lupo nel parco "
            + "(Notizia del 14 Gennaio 2020)'></head><body><p>Testo della notizia.</p></body></html>";
    assertThat(published(html, "https://parco.example.it/dettaglio?id=5")).isEqualTo("2020-01-14");
  }

  @Test
  void visibleDateBeatsTheDescription() {
    String html =
        "<html lang='fr'><head><meta name='description' content='Le festival du 3 juin 2019'>"
            + "</head><body><h1>Le festival</h1><p class='date'>12 mai 2019</p><p>Texte.</p>"
            + "</body></html>";
    assertThat(published(html, "https://ville.example.fr/festival")).isEqualTo("2019-05-12");
  }
}
