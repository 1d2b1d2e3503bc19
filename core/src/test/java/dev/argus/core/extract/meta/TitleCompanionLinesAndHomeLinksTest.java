package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Lines of a heading classed as a title's companion (toptitle, subheadline), h1s that only link to
 * the site's home page, and headings that show a declared title without its kicker or bracketed
 * note.
 */
class TitleCompanionLinesAndHomeLinksTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc));
  }

  @Test
  void toptitleSpanInTheH1IsAKicker() {
    String html =
        "<html lang='de'><head><title>Neue Regeln für Lieferketten - Werkstattblatt</title>"
            + "</head><body><h1 class='entry-title'><span class='entry-title__toptitle'>Recht"
            + " kompakt</span> Neue Regeln für Lieferketten</h1><p>Text.</p></body></html>";
    assertThat(meta(html, "https://werkstattblatt.example.de/lieferketten").title())
        .isEqualTo("Neue Regeln für Lieferketten");
  }

  @Test
  void subheadlineSpanInTheH1IsNoTitle() {
    String html =
        "<html lang='en'><head><meta property='og:title' content='Why small teams ship faster'>"
            + "</head><body><h1><span class='article__subheadline'>Working life</span><br>"
            + "<span class='article__headline'>Why small teams ship faster</span></h1>"
            + "<p>Text.</p></body></html>";
    assertThat(meta(html, "https://weekly.example.com/teams").title())
        .isEqualTo("Why small teams ship faster");
  }

  @Test
  void h1LinkingToTheHomePageIsTheSiteName() {
    String html =
        "<html lang='en'><head><title>Quiet Harbour » Blog Archive » Notes on tidal"
            + " clocks</title></head><body><div id='header'><h1><a href='http://harbour.example.net'>"
            + "Quiet Harbour</a></h1></div><div class='post'><h2>Notes on tidal clocks</h2>"
            + "<p>Text of the post.</p></div></body></html>";
    assertThat(meta(html, "http://harbour.example.net/2012/05/tidal-clocks/").title())
        .isEqualTo("Notes on tidal clocks");
  }

  @Test
  void homeLinkOfAnArchivedPageIsTheSiteName() {
    String html =
        "<html lang='de'><head><title>Kinoblatt » Blog Archiv » Neue Projektoren im"
            + " Stadtkino</title></head><body><h1><a"
            + " href='https://web.archive.org/web/20140101000000/http://www.kinoblatt.example.com/'>"
            + "Kinoblatt</a></h1><h2>Neue Projektoren im Stadtkino</h2><p>Text.</p></body></html>";
    String url = "https://web.archive.org/web/20140101000000/http://www.kinoblatt.example.com/p/1";
    assertThat(meta(html, url).title()).isEqualTo("Neue Projektoren im Stadtkino");
  }

  @Test
  void h1LinkingToAnArticleStaysTheTitle() {
    String html =
        "<html lang='en'><head><title>Notes on tidal clocks | Quiet Harbour</title></head><body>"
            + "<h1><a href='http://harbour.example.net/2012/05/tidal-clocks/'>Notes on tidal"
            + " clocks</a></h1><p>Text.</p></body></html>";
    assertThat(meta(html, "http://harbour.example.net/2012/05/tidal-clocks/").title())
        .isEqualTo("Notes on tidal clocks");
  }

  @Test
  void headingWithoutTheDeclaredKickerIsTheTitle() {
    String html =
        "<html lang='de'><head><meta property='og:title' content='Streit um den Hafen: Senat"
            + " vertagt die Entscheidung'></head><body><div class='top'><h3>Weitere"
            + " Themen</h3></div><div class='story'><h2>Senat vertagt die Entscheidung</h2>"
            + "<p>Text.</p></div></body></html>";
    assertThat(meta(html, "https://blatt.example.de/hafen").title())
        .isEqualTo("Senat vertagt die Entscheidung");
  }

  @Test
  void headingWithoutTheBracketedNoteIsTheTitle() {
    String html =
        "<html lang='de'><head><meta property='og:title' content='Der kleine Leuchtturm"
            + " (2021/4)'></head><body><h2>Der kleine Leuchtturm</h2><p>Text.</p></body></html>";
    assertThat(meta(html, "https://heft.example.at/leuchtturm").title())
        .isEqualTo("Der kleine Leuchtturm");
  }
}
