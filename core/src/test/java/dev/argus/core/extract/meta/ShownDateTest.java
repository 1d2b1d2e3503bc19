package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The date a page shows by its heading against the publication date its metadata declares: the
 * shown date wins only when a second source confirms it and the declared day is not shown too.
 */
class ShownDateTest {

  private static String published(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    Metadata m = MetadataExtractor.extract(doc, url, JsonLd.of(doc));
    return m.published() == null ? null : m.published().substring(0, 10);
  }

  @Test
  void shownDateConfirmedByTheModificationDateWins() {
    String html =
        "<html lang='de'><head>"
            + "<meta property='article:published_time' content='2021-03-02T10:00:00+01:00'>"
            + "<meta property='article:modified_time' content='2021-06-15T08:30:00+02:00'>"
            + "</head><body><article><h1>Neue Radwege in der Altstadt</h1>"
            + "<div class='meta'><span class='datum'>15.06.2021</span></div>"
            + "<p>Die Stadt baut weiter.</p></article></body></html>";
    assertThat(published(html, "https://stadt.example.de/radwege")).isEqualTo("2021-06-15");
  }

  @Test
  void shownDateConfirmedByATimeElementWins() {
    String html =
        "<html lang='en'><head>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Harbour reopens\",\"datePublished\":\"2020-04-21T09:00:00+02:00\"}"
            + "</script></head><body><article><h1>Harbour reopens</h1>"
            + "<p>By the desk, <time datetime='2020-04-25T07:00:00+02:00'>April 25, 2020</time></p>"
            + "<p>Ships are back.</p></article></body></html>";
    assertThat(published(html, "https://port.example.com/harbour")).isEqualTo("2020-04-25");
  }

  @Test
  void shownDateConfirmedByALabelledDateWins() {
    String html =
        "<html lang='es'><head>"
            + "<meta property='article:published_time' content='2022-05-10'>"
            + "</head><body><article><h1>El mercado abre de nuevo</h1>"
            + "<p class='fecha'>12 de mayo de 2022</p><p>Texto de la noticia.</p>"
            + "<p>Actualizado 12/05/2022</p></article></body></html>";
    assertThat(published(html, "https://diario.example.es/mercado")).isEqualTo("2022-05-12");
  }

  @Test
  void unconfirmedShownDateLeavesTheDeclaredDay() {
    String html =
        "<html lang='fr'><head>"
            + "<meta property='article:published_time' content='2019-11-17T10:00:00+01:00'>"
            + "</head><body><article><h1>Le concert du dimanche</h1>"
            + "<p class='date'>25 novembre 2019</p><p>Le concert aura lieu.</p></article>"
            + "</body></html>";
    assertThat(published(html, "https://ville.example.fr/concert")).isEqualTo("2019-11-17");
  }

  @Test
  void declaredDayAlsoShownByTheHeadingStands() {
    String html =
        "<html lang='en'><head>"
            + "<meta property='article:published_time' content='2019-06-17T00:00:00Z'>"
            + "<meta property='article:modified_time' content='2020-06-04T12:00:00Z'>"
            + "</head><body><article><h1>Faster builds</h1>"
            + "<p class='date'>Last updated 04 Jun 2020, originally created 17 Jun 2019</p>"
            + "<p>Text.</p></article></body></html>";
    assertThat(published(html, "https://blog.example.com/builds")).isEqualTo("2019-06-17");
  }

  @Test
  void swappedDayAndMonthLeaveTheDeclaredDay() {
    String html =
        "<html lang='de'><head>"
            + "<meta property='article:published_time' content='2021-11-01T09:00:00+01:00'>"
            + "<meta property='article:modified_time' content='2021-01-11T09:00:00+01:00'>"
            + "</head><body><article><h1>Der neue Roller</h1>"
            + "<p class='date'>11.01.2021</p><p>Text.</p></article></body></html>";
    assertThat(published(html, "https://motor.example.at/roller")).isEqualTo("2021-11-01");
  }

  @Test
  void allInTextKeepsOrderAndLimit() {
    String text = "Am 3. März 2020 und am 2020-04-05, dann 06.07.2021.";
    assertThat(Dates.allInText(text, 0, text.length(), "de", 2))
        .extracting(v -> v.day().toString())
        .containsExactly("2020-03-03", "2020-04-05");
  }
}
