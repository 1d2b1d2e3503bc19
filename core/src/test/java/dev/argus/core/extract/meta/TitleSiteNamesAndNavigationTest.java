package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Site names filled with the title, h1s in navigation zones, skip links, long title tails. */
class TitleSiteNamesAndNavigationTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc));
  }

  @Test
  void siteNameThatIsTheTitleIsNoSiteName() {
    String html =
        "<html lang='de'><head><title>Sport in Zeiten der Krise - Mediathek</title>"
            + "<meta name='application-name' content='Sport in Zeiten der Krise'>"
            + "<meta property='og:title' content='Sport in Zeiten der Krise'></head><body>"
            + "<h1>Sport in Zeiten der Krise</h1><h2>Mein Konto - Registrierung</h2>"
            + "<p>Text.</p></body></html>";
    Metadata m = meta(html, "https://www.sender.example.de/sport/krise");
    assertThat(m.title()).isEqualTo("Sport in Zeiten der Krise");
    assertThat(m.siteName()).isNull();
  }

  @Test
  void siteNameWithTheTitleInFrontKeepsTheSite() {
    assertThat(
            MetadataExtractor.siteOnly(
                "Achtsam durch die Woche | Die Wochenzeitung",
                List.of(Texts.key("Achtsam durch die Woche"))))
        .isEqualTo("Die Wochenzeitung");
    assertThat(MetadataExtractor.siteOnly("Zeit | Online", List.of(Texts.key("Andere Sache"))))
        .isEqualTo("Zeit | Online");
    String html =
        "<html lang='fr'><head><title>Le lac gelé | Le Courrier</title>"
            + "<meta property='og:site_name' content='Le lac gelé | Le Courrier'>"
            + "<meta property='og:title' content='Le lac gelé'></head><body>"
            + "<h1>Le lac gelé</h1><p>Texte.</p></body></html>";
    Metadata m = meta(html, "https://www.courrier.example.fr/lac");
    assertThat(m.title()).isEqualTo("Le lac gelé");
    assertThat(m.siteName()).isEqualTo("Le Courrier");
  }

  @Test
  void h1InANavigationZoneThatEqualsTheDeclaredTitle() {
    String html =
        "<html lang='en'><head><meta property='og:title' content='Experts in the crisis'>"
            + "</head><body><div class='sidebar-layout'><h1 class='entry-title'>Experts in the"
            + " crisis</h1><p>Text of the post.</p></div>"
            + "<div class='popup'><h1>While you are here…</h1></div></body></html>";
    assertThat(meta(html, "https://blog.example.org/experts").title())
        .isEqualTo("Experts in the crisis");
  }

  @Test
  void skipLinkHeadingIsNoTitle() {
    String html =
        "<html lang='de'><head><title>Amt: Reden - Rede des Präsidenten beim Konvent</title>"
            + "</head><body><h1 class='navSkip'>Navigation und Service</h1>"
            + "<h1>Rede des Präsidenten beim Konvent</h1><p>Text.</p></body></html>";
    assertThat(meta(html, "https://www.amt.example.de/reden/1").title())
        .isEqualTo("Rede des Präsidenten beim Konvent");
  }

  @Test
  void longHeadingThatEndsTheTitleTagIsTheTitle() {
    String html =
        "<html lang='de'><head><title>Zollamt online - Meldungen - Verkündung des"
            + " Steuermodernisierungsgesetzes</title></head><body><h1>Meldungen</h1>"
            + "<h1>Verkündung des Steuermodernisierungsgesetzes</h1><p>Text.</p></body></html>";
    assertThat(meta(html, "https://www.zollamt.example.de/m/1").title())
        .isEqualTo("Verkündung des Steuermodernisierungsgesetzes");
  }

  @Test
  void mainHeadingBeforeAColonOfTheDeclaredTitle() {
    String html =
        "<html lang='de'><head><title>Tote Bienen unter Linden: Die Erklärung | Bienen</title>"
            + "<meta property='og:site_name' content='Bienen'></head><body>"
            + "<h1 class='entry-title'>Tote Bienen unter Linden</h1>"
            + "<h2>Tote Bienen unter Linden: Die Erklärung | Bienen</h2><p>Text.</p></body></html>";
    assertThat(meta(html, "https://www.bienen.example.de/linden").title())
        .isEqualTo("Tote Bienen unter Linden");
  }

  @Test
  void headingThatRepeatsTitleAndSiteLosesTheSite() {
    String html =
        "<html lang='en'><head><title>Bees in the city | Beekeepers</title>"
            + "<meta property='og:site_name' content='Beekeepers'></head><body>"
            + "<div class='entry-title'>Bees in the city | Beekeepers</div><p>Text.</p></body></html>";
    assertThat(meta(html, "https://beekeepers.example.org/bees").title())
        .isEqualTo("Bees in the city");
  }

  @Test
  void kickerLineGivesWayToTheTitleLineOfTheSameHeading() {
    String html =
        "<html lang='de'><head><meta property='og:title' content='Pandemie - „Es kommt darauf an,"
            + " wie wir leben“'></head><body><h1><span class='kicker'>Pandemie</span> <span"
            + " class='sr-only'> - </span> <span class='big'>„Es kommt darauf an, wie wir"
            + " leben“</span></h1><p>Text.</p></body></html>";
    assertThat(meta(html, "https://magazin.example.de/p").title())
        .isEqualTo("„Es kommt darauf an, wie wir leben“");
  }

  @Test
  void menuLabelsGiveWayToALaterHeadline() {
    String html =
        "<html lang='de'><head><title>Ordnung | Modehaus Magazin</title></head><body>"
            + "<ul><li><div class='page-title'>Neu</div></li><li><div class='page-title'>Mode"
            + "</div></li></ul><div class='article-title'>Die besten Tricks für den"
            + " Kleiderschrank</div><p>Text.</p></body></html>";
    assertThat(meta(html, "https://www.modehaus.example.de/ordnung").title())
        .isEqualTo("Die besten Tricks für den Kleiderschrank");
  }
}
