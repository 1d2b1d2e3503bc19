package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Labels that are no names, site accounts as authors, and bylines after dates and labels. */
class AuthorLabelsAndAccountsTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc));
  }

  @Test
  void nameAfterADateOrAPostingWord() {
    assertThat(AuthorFinder.names("Posted on September 21, 2020 by Adam Tell"))
        .containsExactly("Adam Tell");
    assertThat(AuthorFinder.names("2. August 2012 von Petra Lind")).containsExactly("Petra Lind");
    assertThat(AuthorFinder.names("publié le 3 mars par Luc Morel")).containsExactly("Luc Morel");
    // A particle inside a name is no byline word.
    assertThat(AuthorFinder.names("Anna von Berg")).containsExactly("Anna von Berg");
  }

  @Test
  void labelsAndCreditsAreNoNames() {
    assertThat(AuthorFinder.names("Por")).isEmpty();
    assertThat(AuthorFinder.names("Veröffentlicht am 3.4.2021")).isEmpty();
    assertThat(AuthorFinder.names("Publiziert")).isEmpty();
    assertThat(AuthorFinder.names("Stand: 12:30 Uhr")).isEmpty();
    assertThat(AuthorFinder.names("Follow")).isEmpty();
    assertThat(AuthorFinder.names("Bild © hr")).isEmpty();
    assertThat(AuthorFinder.names("No Author")).isEmpty();
    // An editorial team is a legitimate byline.
    assertThat(AuthorFinder.names("Redaktion")).containsExactly("Redaktion");
  }

  @Test
  void siteNameInAJsonLdPersonGivesWayToTheByline() {
    String html =
        "<html lang='fr'><head><meta property='og:site_name' content=\"L'Écho\">"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Le"
            + " vote\",\"author\":{\"@type\":\"Person\",\"name\":\"L'Écho\"}}</script></head>"
            + "<body><h1>Le vote</h1><p class='signature'>Par Claire Dumas</p>"
            + "<p>Le texte.</p></body></html>";
    assertThat(meta(html, "https://www.lecho.example.fr/vote").authors())
        .containsExactly("Claire Dumas");
  }

  @Test
  void handleInAuthorMetaGivesWayToTheByline() {
    String html =
        "<html lang='en'><head><meta property='article:author' content='@GeoMagUK'></head>"
            + "<body><h1>Goats on the island</h1><p>By Michael Stone</p><p>Text.</p></body></html>";
    assertThat(meta(html, "https://www.geomag.example.co.uk/goats").authors())
        .containsExactly("Michael Stone");
    String alone = html.replace("<p>By Michael Stone</p>", "");
    assertThat(meta(alone, "https://www.geomag.example.co.uk/goats").authors())
        .containsExactly("GeoMagUK");
  }

  @Test
  void bylineLabelAfterADateInTheSameLine() {
    String html =
        "<html lang='de'><body><h1>Faire Lieferketten</h1>"
            + "<div><span>05.02.2020 - Redaktion: Ernst Fuhrmann (Pressesprecher)</span></div>"
            + "<p>Der Text beginnt hier.</p></body></html>";
    assertThat(meta(html, "https://verband.example.de/news/x").authors())
        .containsExactly("Ernst Fuhrmann");
  }

  @Test
  void chineseEditorLabel() {
    String html =
        "<html lang='zh'><body><h1>新闻标题很长</h1><p>正文内容。</p>"
            + "<div><span>【纠错】 责任编辑： 王小明</span></div></body></html>";
    assertThat(meta(html, "https://news.example.cn/c_1.htm").authors()).containsExactly("王小明");
  }

  @Test
  void contributorClassMarksAByline() {
    String html =
        "<html lang='fr'><body><h1>La chronique du jour</h1>"
            + "<div class='signature'><span class='field-contributor'><a href='/p/1'>Par Marc"
            + " Henri</a></span></div><p>Texte.</p></body></html>";
    assertThat(meta(html, "https://revue.example.fr/chronique").authors())
        .containsExactly("Marc Henri");
  }

  @Test
  void shortChineseNameIsNoAgencyCode() {
    assertThat(AuthorFinder.isCapitals("李华")).isFalse();
    assertThat(AuthorFinder.isCapitals("AP")).isTrue();
    String html =
        "<html lang='zh'><body><h1>新闻标题很长很长</h1><div><span class='author'>记者 李华</span>"
            + "</div><p>正文内容。</p><div class='editor'>责任编辑：王小明</div></body></html>";
    assertThat(meta(html, "https://news.example.cn/c_2.htm").authors()).containsExactly("李华");
  }

  @Test
  void authorFromALabelledLinkPreviewValue() {
    String html =
        "<html lang='de'><head><meta name='twitter:label1' content='Verfasst von'>"
            + "<meta name='twitter:data1' content='Greta Holm'>"
            + "<meta name='twitter:label2' content='Geschätzte Lesezeit'>"
            + "<meta name='twitter:data2' content='3 Minuten'></head>"
            + "<body><h1>Ein Sonntag am See</h1><p>Der Text.</p></body></html>";
    assertThat(meta(html, "https://seeblog.example.de/sonntag").authors())
        .containsExactly("Greta Holm");
    // Another label (a reading time) names no author.
    String other = html.replace("Verfasst von", "Lesedauer");
    assertThat(meta(other, "https://seeblog.example.de/sonntag").authors()).isEmpty();
    String en =
        "<html lang='en'><head><meta name='twitter:label2' content='Written by'>"
            + "<meta name='twitter:data2' content='Owen Marsh'></head>"
            + "<body><h1>Tide tables</h1><p>Text.</p></body></html>";
    assertThat(meta(en, "https://harbour.example.com/tides").authors())
        .containsExactly("Owen Marsh");
  }

  @Test
  void authorOfAJsonLdWebPageWhenNoArticleNamesOne() {
    String ld =
        "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\","
            + "\"@id\":\"https://huerto.example.es/limon#page\",\"name\":\"El limonero\","
            + "\"author\":{\"@id\":\"https://huerto.example.es/#/person/1\"}},"
            + "{\"@type\":\"Person\",\"@id\":\"https://huerto.example.es/#/person/1\","
            + "\"name\":\"Lucía Ferrer\"}]}</script>";
    String html =
        "<html lang='es'><head>"
            + ld
            + "</head><body><h1>El limonero</h1><p>Texto.</p></body></html>";
    assertThat(meta(html, "https://huerto.example.es/limon").authors())
        .containsExactly("Lucía Ferrer");
    // The page's account gives way to a visible byline: guest authors post through it.
    String byline =
        html.replace("<p>Texto.</p>", "<p class='author'>Por Diego Sanz</p><p>Texto.</p>");
    assertThat(meta(byline, "https://huerto.example.es/limon").authors())
        .containsExactly("Diego Sanz");
  }

  @Test
  void creditLineBelowALongArticleUpToTheScanLimit() {
    String para =
        "<p>" + "Der Zug fuhr langsam durch das Tal und hielt an jedem Dorf. ".repeat(20) + "</p>";
    int perPara = 60 * 20;
    String within = para.repeat((PageScan.MAX_TEXT - 5_000) / perPara);
    String beyond = para.repeat(PageScan.MAX_TEXT / perPara + 5);
    String page =
        "<html lang='de'><body><h1>Die Talbahn</h1>%s<p>Text: Jonas Brenner</p></body></html>";
    assertThat(meta(page.formatted(within), "https://bahn.example.de/tal").authors())
        .containsExactly("Jonas Brenner");
    assertThat(meta(page.formatted(beyond), "https://bahn.example.de/tal").authors()).isEmpty();
  }

  @Test
  void phraseAroundABylineIsNoName() {
    assertThat(AuthorFinder.names("von deinen Hochzeitsbloggern")).isEmpty();
    assertThat(AuthorFinder.names("En kiosques : juillet")).isEmpty();
    // Particles, handles and abbreviations in lower case still make names.
    assertThat(AuthorFinder.names("Luis de la Cruz")).containsExactly("Luis de la Cruz");
    assertThat(AuthorFinder.names("revamp-it Webteam")).containsExactly("revamp-it Webteam");
    assertThat(AuthorFinder.names("fri juli")).containsExactly("fri juli");
  }

  @Test
  void articleByLabelBeforeAName() {
    assertThat(AuthorFinder.names("Artikel von: gartenwelt")).containsExactly("gartenwelt");
    assertThat(AuthorFinder.names("Un article de Paul Girard")).containsExactly("Paul Girard");
  }

  private static final String PROSE =
      "<p>Die Mannschaft spielte am Abend vor vollem Haus und lag nach dem ersten Drittel zurück.</p>"
          + "<p>Im Schlussdrittel kam sie zurück, doch der Ausgleich gelang ihr bis zum Ende nicht mehr.</p>";

  @Test
  void nameSignedInBoldBelowTheText() {
    String html =
        "<html lang='de'><body><h1>Knappe Niederlage in Tampere</h1><div class='text'>"
            + PROSE
            + "<p><b><i>Lena Kurz</i></b></p></div></body></html>";
    assertThat(meta(html, "https://eis.example.de/spiel").authors()).containsExactly("Lena Kurz");
    String fr =
        "<html lang='fr'><body><h1>Le marché du port</h1><div>"
            + "<p>Le marché ouvre chaque samedi matin sur le quai et attire des visiteurs de toute la"
            + " région.</p><p>Les pêcheurs y vendent leur prise du jour, et les prix restent bas"
            + " malgré la saison.</p><p><strong>Claire Dumas</strong></p></div></body></html>";
    assertThat(meta(fr, "https://port.example.fr/marche").authors())
        .containsExactly("Claire Dumas");
  }

  @Test
  void boldLineThatIsNoSignature() {
    String page = "<html lang='de'><body><h1>Knappe Niederlage</h1><div>%s</div></body></html>";
    // Not the last paragraph: a bold lead-in.
    assertThat(
            meta(
                    page.formatted(PROSE + "<p><b>Lena Kurz</b></p>" + PROSE),
                    "https://e.example.de/a")
                .authors())
        .isEmpty();
    // No prose above it.
    assertThat(meta(page.formatted("<p><b>Lena Kurz</b></p>"), "https://e.example.de/a").authors())
        .isEmpty();
    // Plain text, a phrase, or a closing sentence.
    assertThat(meta(page.formatted(PROSE + "<p>Lena Kurz</p>"), "https://e.example.de/a").authors())
        .isEmpty();
    assertThat(
            meta(page.formatted(PROSE + "<p><b>Mehr zum Thema</b></p>"), "https://e.example.de/a")
                .authors())
        .isEmpty();
    assertThat(
            meta(page.formatted(PROSE + "<p><b>Bis bald!</b></p>"), "https://e.example.de/a")
                .authors())
        .isEmpty();
    // Two signed blocks (comments) sign nothing for the article.
    String two =
        "<div>"
            + PROSE
            + "<p><b>Lena Kurz</b></p></div><div>"
            + PROSE
            + "<p><b>Ole Brandt</b></p></div>";
    assertThat(meta(page.formatted(two), "https://e.example.de/a").authors()).isEmpty();
  }

  @Test
  void labelledBylineAfterANoBreakSpace() {
    String html =
        "<html lang='de'><body><h1>Lieferketten im Blick</h1><p>Der Text des Beitrags.</p>"
            + "<div class='info'>05.02.2020 -&nbsp;Redaktion: Jakob Wendt (Pressesprecher)</div>"
            + "</body></html>";
    assertThat(meta(html, "https://verband.example.de/news/1").authors())
        .containsExactly("Jakob Wendt");
  }

  @Test
  void labelInAnElementOfItsOwnIsNotGluedToTheName() {
    // A label for screen readers, or an emphasised byline word, in its own element before the
    // name: text() would read "AutorMarta Quintana", "byOwen Hale" and "Beitragvon lisa_k".
    String[] bylines = {
      "<span class='byline'><span class='screen-reader-text'>Autor</span>"
          + "<a href='/autor/mq/'>Marta Quintana</a></span>",
      "<span class='entry-author'><em>by</em><a href='/u/1'>Owen Hale</a></span>",
      "<p class='author'><span>Beitrag</span>von <a href='/u/7'>lisa_k</a></p>",
    };
    String[] names = {"Marta Quintana", "Owen Hale", "Lisa K"};
    for (int i = 0; i < bylines.length; i++) {
      String html =
          "<html><body><article><h1>Ein Titel</h1>"
              + bylines[i]
              + "<p>Der Text des Artikels.</p></article></body></html>";
      assertThat(meta(html, "https://blog.example.de/eintrag").authors()).containsExactly(names[i]);
    }
  }

  @Test
  void moreLabelsBeforeAndAfterTheName() {
    // Blogger's German "posted by", a link to all of a writer's pieces, an interviewer's credit.
    assertThat(AuthorFinder.names("Eingestellt von Karl Brenner")).containsExactly("Karl Brenner");
    assertThat(AuthorFinder.names("Alles von Greta Moll")).containsExactly("Greta Moll");
    assertThat(AuthorFinder.names("Interview: Jonas Feld")).containsExactly("Jonas Feld");
    // Without the colon the interview is with that person, who did not write it.
    assertThat(AuthorFinder.names("Interview mit Jonas Feld")).doesNotContain("Jonas Feld");
    // "Stand" dates the version of the text after the name.
    assertThat(AuthorFinder.names("Ida Wendt Stand: 4. Mai 2021")).containsExactly("Ida Wendt");
  }

  @Test
  void nameWrittenTwiceInARowIsOneName() {
    assertThat(AuthorFinder.names("Mara Lindqvist Mara Lindqvist"))
        .containsExactly("Mara Lindqvist");
    // Two names that differ stay two words of one name, as written.
    assertThat(AuthorFinder.names("Mara Lindqvist Mara Lindgren"))
        .containsExactly("Mara Lindqvist Mara Lindgren");
  }

  @Test
  void particleOfANameIsNoDateWord() {
    // "le", "el" and "vom" begin a date after a name, and a surname too.
    assertThat(AuthorFinder.names("Maël Le Bihan")).containsExactly("Maël Le Bihan");
    assertThat(AuthorFinder.names("Karim El Fassi")).containsExactly("Karim El Fassi");
    assertThat(AuthorFinder.names("Maël Le Bihan le 8 mars 2026")).containsExactly("Maël Le Bihan");
    assertThat(AuthorFinder.names("Karim El Fassi el 3 de marzo"))
        .containsExactly("Karim El Fassi");
    assertThat(AuthorFinder.names("Anna Berg vom 3. März 2026")).containsExactly("Anna Berg");
    assertThat(AuthorFinder.names("Par Jean Morel, le mardi 3 mars")).containsExactly("Jean Morel");
  }
}
