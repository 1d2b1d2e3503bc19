package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Labelled credit lines far from the heading, such as a "Text:" line at the article's end. */
class CreditLineTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    String before = doc.outerHtml();
    Metadata m = MetadataExtractor.extract(doc, url, JsonLd.of(doc));
    assertThat(doc.outerHtml()).isEqualTo(before);
    return m;
  }

  private static String filler() {
    return "<p>" + "Ein langer Absatz über die Geschichte der Fahrzeuge. ".repeat(60) + "</p>";
  }

  @Test
  void labelledCreditAtTheEndOfTheArticle() {
    String de =
        "<html lang='de'><body><h1>Die alten Löschfahrzeuge</h1>"
            + filler()
            + "<p><strong>Text:</strong> Klara Beispiel</p><p><strong>Fotos:</strong> Ole Bild</p>"
            + "</body></html>";
    assertThat(meta(de, "https://feuerwehr.example.de/a").authors())
        .containsExactly("Klara Beispiel");
    String en =
        "<html lang='en'><body><h1>The old engines</h1>"
            + filler()
            + "<p><em>Written by Sam Example</em></p></body></html>";
    assertThat(meta(en, "https://engines.example.com/a").authors()).containsExactly("Sam Example");
  }

  @Test
  void aBareByLineWordFarFromTheHeadingIsNoCredit() {
    String de =
        "<html lang='de'><body><h1>Die alten Löschfahrzeuge</h1>"
            + filler()
            + "<p>Von Hamburg ging es weiter.</p></body></html>";
    assertThat(meta(de, "https://www.loeschzug.de/a").authors()).isEmpty();
  }

  @Test
  void creditForPicturesEndsTheName() {
    assertThat(AuthorFinder.names("Text von Lena Probe Illustration von Max Bild"))
        .containsExactly("Lena Probe");
    assertThat(AuthorFinder.names("Texte: Jules Exemple Photos: Ana Foto"))
        .containsExactly("Jules Exemple");
  }

  @Test
  void savedByInADrupalFooter() {
    String de =
        "<html lang='de'><body><h1>Neue Lizenz</h1><p>Kurzer Text.</p>"
            + "<div class='submitted'>Gespeichert von <span>Rasmus Beispiel</span> am 24. Juli 2017</div>"
            + "</body></html>";
    assertThat(meta(de, "https://verein.example.at/n").authors())
        .containsExactly("Rasmus Beispiel");
  }

  @Test
  void dateThenNameOnALineUnderTheHeading() {
    String de =
        "<html lang='de'><body><h1>Variablen einfach erklärt</h1>"
            + "<p>11.12.2019 - Lena Beispiel</p><p>Heute lernen wir Variablen.</p></body></html>";
    assertThat(meta(de, "https://kurse.example.org/v").authors()).containsExactly("Lena Beispiel");
    String time =
        "<html lang='de'><body><h1>Stellungnahme des Verbands</h1>"
            + "<small>04.02.2022 | 13:10 Uhr | Uta Probe</small><p>Der Verband nimmt Stellung.</p>"
            + "</body></html>";
    assertThat(meta(time, "https://verband.example.de/s").authors()).containsExactly("Uta Probe");
  }

  @Test
  void dateBeforeProseIsNoByline() {
    String de =
        "<html lang='de'><body><h1>Markt in der Altstadt</h1>"
            + "<p>12.03.2020 - Berlin Mitte feiert den Markt mit vielen Ständen.</p></body></html>";
    assertThat(meta(de, "https://www.altstadtblatt.de/m").authors()).isEmpty();
  }
}
