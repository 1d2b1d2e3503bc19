package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Kickers and dates in headings, bylines in text, agencies, local days and article furniture. */
class HeadingKickersBylinesAndAgenciesTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    String before = doc.outerHtml();
    Metadata m = MetadataExtractor.extract(doc, url, JsonLd.of(doc));
    assertThat(doc.outerHtml()).isEqualTo(before);
    return m;
  }

  @Test
  void kickerOnItsOwnLineIsLeftOutOfTheTitle() {
    String html =
        "<html lang='de'><head><title>Neue Brücke | Stadtblatt</title></head><body>"
            + "<h1><small>Verkehr</small><br> Die neue Brücke ist offen für alle </h1>"
            + "<p>Text.</p></body></html>";
    assertThat(meta(html, "https://stadtblatt.example/b").title())
        .isEqualTo("Die neue Brücke ist offen für alle");
  }

  @Test
  void kickerInAnotherTypeGoesWhenTheDeclaredTitleLacksIt() {
    String html =
        "<html lang='fr'><head><meta property='og:title' content='Le marché rouvre ses portes'>"
            + "</head><body><h1><em>Commerce </em>Le mar\u00adché rouvre ses portes</h1>"
            + "<p>Texte.</p></body></html>";
    assertThat(meta(html, "https://journal.example.fr/m").title())
        .isEqualTo("Le marché rouvre ses portes");
  }

  @Test
  void kickerWithColonStaysWhenTheDeclaredTitleHasIt() {
    String html =
        "<html lang='en'><head><meta property='og:title' content='Letter: we are moving'>"
            + "</head><body><h1><span>Letter:</span> we are moving</h1><p>Text.</p></body></html>";
    assertThat(meta(html, "https://mag.example.com/l").title()).isEqualTo("Letter: we are moving");
  }

  @Test
  void datesAroundTheHeadingAreNotPartOfTheTitle() {
    String lead =
        "<html lang='it'><body><h1>12.03.2022 - La squadra vince ancora</h1><p>Testo.</p>"
            + "</body></html>";
    assertThat(meta(lead, "https://sport.example.it/a").title())
        .isEqualTo("La squadra vince ancora");
    String trail =
        "<html lang='de'><body><h1>Zuschauer kehren zurück<br><small>02.02.2022 • Verband</small>"
            + "</h1><p>Text.</p></body></html>";
    Metadata m = meta(trail, "https://verband.example.de/z");
    assertThat(m.title()).isEqualTo("Zuschauer kehren zurück");
    assertThat(m.published()).isEqualTo("2022-02-02");
  }

  @Test
  void sectionLabelHeadingGivesWayToTheHeadline() {
    String html =
        "<html lang='de'><body><h1>Pressemeldungen</h1><h1>Neues Gesetz zur Tabaksteuer verkündet"
            + "</h1><p>Datum: 18.10.2021</p><p>Text.</p></body></html>";
    Metadata m = meta(html, "https://amt.example.de/p");
    assertThat(m.title()).isEqualTo("Neues Gesetz zur Tabaksteuer verkündet");
    assertThat(m.published()).isEqualTo("2021-10-18");
  }

  @Test
  void bylinePhrasesInRunningText() {
    String de =
        "<html lang='de'><body><h1>Vier Übungen für den Sitz im Trab</h1>"
            + "<div>Ein Artikel von <strong>Petra Muster</strong> | 27.01.2022</div>"
            + "<p>Text.</p></body></html>";
    assertThat(meta(de, "https://pferde.example.at/u").authors()).containsExactly("Petra Muster");
    String label =
        "<html lang='de'><body><h1>Leben in Quarantäne</h1><h4>Autor</h4><p>Karl Beispiel</p>"
            + "<p>Text.</p></body></html>";
    assertThat(meta(label, "https://stiftung.example.de/q").authors())
        .containsExactly("Karl Beispiel");
    String lower =
        "<html lang='de'><body><h1>Sport in Zeiten der Krise</h1><span>von Anna Probe</span>"
            + "<p>Text.</p></body></html>";
    assertThat(meta(lower, "https://sender.example.de/s").authors()).containsExactly("Anna Probe");
  }

  @Test
  void commonPhrasesAfterAByLineWordAreNoNames() {
    String html =
        "<html lang='de'><body><h1>Das Rennen</h1><p>Von Beginn an lag sie vorne.</p>"
            + "</body></html>";
    assertThat(meta(html, "https://sport.example.de/r").authors()).isEmpty();
  }

  @Test
  void agencyFromTheDateline() {
    String html =
        "<html lang='de'><head><meta name='description' content='Hamburg (dpa/lno) - Nach dem"
            + " Streit gibt es ein Gespräch.'></head><body><h1>Gespräch nach Streit</h1>"
            + "<p>Hamburg (dpa/lno) - Nach dem Streit gibt es ein Gespräch.</p></body></html>";
    assertThat(meta(html, "https://regional.example.de/g").authors()).containsExactly("dpa", "lno");
    String es =
        "<html lang='es'><body><h1>Llueve en la capital</h1><p>MADRID (EFE) – Llueve.</p>"
            + "</body></html>";
    assertThat(meta(es, "https://diario.example.es/l").authors()).containsExactly("EFE");
  }

  @Test
  void utcTimesNearMidnightGiveThePagesLocalDay() {
    String de =
        "<html lang='de'><head><meta property='article:published_time'"
            + " content='2021-11-04T23:00:00Z'></head><body><h1>Titel</h1></body></html>";
    assertThat(meta(de, "https://zeitung.example.de/t").published())
        .isEqualTo("2021-11-05T00:00:00+01:00");
    String jp =
        "<html lang='ja'><head><meta property='article:published_time'"
            + " content='2020-06-23T16:30:00Z'></head><body><h1>法律</h1></body></html>";
    assertThat(meta(jp, "https://news.example.com/j").published())
        .isEqualTo("2020-06-24T01:30:00+09:00");
    // A page that gives its own offset keeps it; an en-US page says nothing about its zone.
    String off =
        "<html lang='fr'><head><meta property='article:published_time'"
            + " content='2020-02-18T23:12:26-05:00'></head><body><h1>Titre</h1></body></html>";
    assertThat(meta(off, "https://journal.example.fr/t").published())
        .isEqualTo("2020-02-18T23:12:26-05:00");
    String us =
        "<html lang='en-US'><head><meta property='article:published_time'"
            + " content='2020-01-10T00:00:00Z'></head><body><h1>Title</h1></body></html>";
    assertThat(meta(us, "https://blog.example.com/t").published()).startsWith("2020-01-10");
  }

  @Test
  void bylineAndDateInTheArticlesOwnFooterOrSidebar() {
    String html =
        "<html lang='de'><body><article><h1>Ein Wein aus dem Burgenland</h1>"
            + "<div class='sidebar'><p class='when'><time datetime='2022-01-28'>28. Januar 2022"
            + "</time></p></div><p>Text.</p><div class='footerRow'><span class='documentAuthor'>"
            + "erstellt von Dominik Probe</span></div></article>"
            + "<div class='sidebar'><time datetime='2022-03-01'>1. März</time></div></body></html>";
    Metadata m = meta(html, "https://wein.example.de/w");
    assertThat(m.published()).isEqualTo("2022-01-28");
    assertThat(m.authors()).containsExactly("Dominik Probe");
  }

  @Test
  void bylineOnTheLineBelowATitleSetInBoldTypeInATableLayout() {
    // No heading, no article element: the title stands in large bold type, the byline a <br>
    // below it, with a small "by".
    String html =
        "<html><head><title>Harbour Post - Ferry fares to rise in the spring</title></head><body>"
            + "<table><tr><td><a href='/'>Front page</a> | <a href='/sport'>Sport</a></td></tr>"
            + "<tr><td><font size='5'><b>Ferry fares to rise in the spring</b></font><br>"
            + "<font size='2'>by Nora Quist, transport reporter &mdash; 04/02/2026</font><br><br>"
            + "The island's ferry operator will raise fares by six per cent from April.<br><br>"
            + "Commuters' groups say the rise comes on top of two earlier ones.</td></tr>"
            + "</table></body></html>";
    Metadata m = meta(html, "https://www.harbourpost.example/2026/02/ferry-fares.html");
    assertThat(m.title()).isEqualTo("Ferry fares to rise in the spring");
    assertThat(m.authors()).containsExactly("Nora Quist");
  }
}
