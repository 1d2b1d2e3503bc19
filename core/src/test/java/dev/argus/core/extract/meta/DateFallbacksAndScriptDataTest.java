package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Creation dates as a fallback, dates in script data and labelled dates in visible text. */
class DateFallbacksAndScriptDataTest {

  private static String published(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    String before = doc.outerHtml();
    Metadata m = MetadataExtractor.extract(doc, url, JsonLd.of(doc));
    assertThat(doc.outerHtml()).isEqualTo(before);
    return m.published() == null ? null : m.published().substring(0, 10);
  }

  @Test
  void publishedMetaBeatsAnEarlierCreationDate() {
    String html =
        "<html lang='fr'><head>"
            + "<meta property='article:published_time' content='2024-05-12T09:00:00+02:00'>"
            + "</head><body><article><meta itemprop='dateCreated' content='2024-05-02'>"
            + "<h1>Le jardin en mai</h1><p>Texte de l'article.</p></article></body></html>";
    assertThat(published(html, "https://revue.example.fr/jardin")).isEqualTo("2024-05-12");
  }

  @Test
  void creationDateStillServesWhenNothingElseDoes() {
    String html =
        "<html lang='de'><head></head><body><article>"
            + "<time itemprop='dateCreated' datetime='2019-03-04T10:00:00+01:00'>4. März</time>"
            + "<h1>Der Baum im Hof</h1><p>Text.</p></article></body></html>";
    assertThat(published(html, "https://hof.example.de/baum")).isEqualTo("2019-03-04");
  }

  @Test
  void publicationTimeInInlineScriptData() {
    String html =
        "<html lang='en'><head><meta name='x' content='y'><script>window.__DATA__ = {\"id\":7,"
            + "\"published_at\":\"2021-06-08T07:15:00+02:00\",\"vendor\":\"Shop\"};</script>"
            + "</head><body><h1>Roasted beans</h1><p>Notes of cherry.</p></body></html>";
    assertThat(published(html, "https://shop.example.com/beans")).isEqualTo("2021-06-08");
  }

  @Test
  void scriptDataOfOtherTypesIsRead() {
    String html =
        "<html lang='es'><head><script type='application/json'>{\"publishedDate\":"
            + "\"2018-09-30T12:00:00Z\"}</script></head><body><h1>Reseña</h1><p>Muy bien.</p>"
            + "</body></html>";
    assertThat(published(html, "https://opiniones.example.es/r")).isEqualTo("2018-09-30");
  }

  @Test
  void labelledDateFarFromTheHeading() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 60; i++) body.append("<p>Ein langer Absatz über Arbeit und Lohn. </p>");
    String html =
        "<html lang='de'><head></head><body><h1>Arbeit heute</h1>"
            + body
            + "<p class='info'>Aktualisiert: 07.11.2017</p></body></html>";
    assertThat(published(html, "https://verein.example.de/arbeit")).isEqualTo("2017-11-07");
  }

  @Test
  void lastEditedFooterInEnglish() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 60; i++) body.append("<p>Install the package and run it again. </p>");
    String html =
        "<html lang='en'><head></head><body><h1>Getting started</h1>"
            + body
            + "<p id='pageinfo'>Guide (last edited 2020-02-03 11:00:00 by Someone)</p>"
            + "</body></html>";
    assertThat(published(html, "https://wiki.example.org/Start")).isEqualTo("2020-02-03");
  }

  @Test
  void publicationLabelWinsOverAnEarlierUpdateLabel() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 120; i++) body.append("<p>Une critique longue du roman. </p>");
    String html =
        "<html lang='fr'><head></head><body><h1>Le roman de l'hiver</h1>"
            + body
            + "<p>Mis à jour : 02/12/2022<br>Publié le 03/12/2022</p></body></html>";
    assertThat(published(html, "https://critique.example.fr/roman")).isEqualTo("2022-12-03");
  }

  @Test
  void publicationDateOfAJsonLdRecipe() {
    String html =
        "<html lang='pl'><head><script type='application/ld+json'>{\"@type\":\"Recipe\","
            + "\"name\":\"Pierogi z serem\",\"datePublished\":\"2015-10-21T18:00:00+02:00\"}"
            + "</script></head><body><h1>Pierogi z serem</h1><p>Składniki.</p></body></html>";
    assertThat(published(html, "https://kuchnia.example.pl/pierogi")).isEqualTo("2015-10-21");
  }
}
