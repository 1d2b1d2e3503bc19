package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.model.Article;
import dev.argus.core.model.Link;
import org.junit.jupiter.api.Test;

/** Links inside the main text: resolved, placed in the text, and only from kept blocks. */
class LinksTest {

  private static final String URL = "https://www.tagesblatt.example/wirtschaft/2025/hafen-ausbau";

  private static final String P1 =
      "Der Ausbau des Containerhafens soll nach Angaben der Stadtverwaltung im kommenden Frühjahr"
          + " beginnen und rund vier Jahre dauern, wie zuerst ";
  private static final String P2 =
      "Die Reederverbände begrüßten die Pläne, forderten aber eine bessere Anbindung an das"
          + " Schienennetz und zusätzliche Liegeplätze für größere Schiffe im Nordbecken.";
  private static final String P3 =
      "Umweltgruppen kündigten an, die Genehmigung prüfen zu lassen, weil die geplante Vertiefung"
          + " der Fahrrinne das Wattenmeer in der Umgebung belasten könnte.";

  private static String page(String firstParagraphTail) {
    return "<html><head><title>Hafen</title></head><body>"
        + "<nav><ul><li><a href=\"/politik\">Politik</a></li><li><a href=\"/sport\">Sport</a></li>"
        + "</ul></nav><article><p>"
        + P1
        + firstParagraphTail
        + "</p><p>"
        + P2
        + "</p><p>"
        + P3
        + "</p></article>"
        + "<footer><a href=\"https://social.example/share?u=x\">Teilen</a></footer></body></html>";
  }

  private static Article extract(String html) {
    return ArticleExtractor.withDefaults().fromHtml(html, URL);
  }

  @Test
  void aLinkInTheTextIsResolvedAndPlacedOnItsAnchorText() {
    Article a =
        extract(
            page(
                "<a href=\"https://kuestenpost.example/2025/03/hafen-plaene\">die Küstenpost</a>"
                    + " berichtete."));

    assertThat(a.links()).hasSize(1);
    Link link = a.links().get(0);
    assertThat(link.url()).isEqualTo("https://kuestenpost.example/2025/03/hafen-plaene");
    assertThat(link.text()).isEqualTo("die Küstenpost");
    assertThat(a.text().substring(link.start(), link.end())).isEqualTo("die Küstenpost");
  }

  @Test
  void relativeLinksResolveAgainstThePageUrl() {
    Article a = extract(page("<a href=\"../2024/hafen-alt\">unser Bericht</a> zeigte."));

    assertThat(a.links())
        .extracting(Link::url)
        .containsExactly("https://www.tagesblatt.example/wirtschaft/2024/hafen-alt");
  }

  @Test
  void linksInDroppedFurnitureAreNotArticleLinks() {
    Article a = extract(page("die Presse berichtete."));

    assertThat(a.links()).isEmpty();
  }

  @Test
  void linksToAPlaceOnThePageItselfAreSkipped() {
    Article a = extract(page("<a href=\"#kommentare\">die Leser</a> berichteten."));

    assertThat(a.links()).isEmpty();
  }

  @Test
  void scriptAndMailLinksAreSkipped() {
    Article a =
        extract(
            page(
                "<a href=\"javascript:void(0)\">Leser</a> und <a href=\"mailto:x@y.example\">die"
                    + " Redaktion</a> berichteten."));

    assertThat(a.links()).isEmpty();
  }

  @Test
  void aLinkWithNestedMarkupKeepsItsWholeAnchorText() {
    Article a =
        extract(
            page("<a href=\"https://kuestenpost.example/a/1\"><b>die</b> <i>Küstenpost</i></a>."));

    assertThat(a.links()).extracting(Link::text).containsExactly("die Küstenpost");
  }

  @Test
  void linksAreRelocatedWhenTheTextComesFromStructuredData() {
    String body = "Zuerst meldete das die Küstenpost. " + "Weitere Details folgen. ".repeat(40);
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"articleBody\":\""
            + body
            + "\"}</script></head><body><article><p>Zuerst meldete das "
            + "<a href=\"https://kuestenpost.example/x/1\">die Küstenpost</a>.</p></article>"
            + "</body></html>";

    Article a = extract(html);

    assertThat(a.text()).startsWith("Zuerst meldete");
    Link link = a.links().get(0);
    assertThat(a.text().substring(link.start(), link.end())).isEqualTo("die Küstenpost");
  }

  @Test
  void plainTextHasNoLinks() {
    assertThat(ArticleExtractor.withDefaults().fromText("Ein Text.\n\nNoch einer.", URL).links())
        .isEmpty();
  }
}
