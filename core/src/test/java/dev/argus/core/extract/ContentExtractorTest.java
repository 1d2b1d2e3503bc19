package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Main-text extraction through {@link ArticleExtractor#fromHtml}: what is kept, what is dropped as
 * page furniture, and the shape of the output text. Each test is one small page: a short article
 * plus the one piece of furniture (or structure) under test.
 */
class ContentExtractorTest {

  private static final String URL = "https://news.example.org/2024/03/story";

  // ---- small articles, one per language ---------------------------------------------------------

  private static final String EN1 =
      "The city council approved a revised budget on Tuesday evening, ending weeks of debate over"
          + " funding for the northern bus routes.";
  private static final String EN2 =
      "Under the new plan, three routes that were due to close in March will keep running until"
          + " the end of the year, paid for by a one-off transfer from the parking fund.";
  private static final String EN3 =
      "Opposition members argued that the transfer only postpones the problem, and asked the"
          + " transport office to present a long-term proposal before the summer recess.";
  private static final String EN4 =
      "The mayor said ridership figures for the autumn would settle the question.";

  private static final String EN_ARTICLE =
      "<p>" + EN1 + "</p>\n<p>" + EN2 + "</p>\n<p>" + EN3 + "</p>\n<p>" + EN4 + "</p>";
  private static final String EN_TEXT = EN1 + "\n\n" + EN2 + "\n\n" + EN3 + "\n\n" + EN4;

  private static final String DE1 =
      "Der Umbau des Hauptbahnhofs verzögert sich um mindestens zwei Jahre, wie die"
          + " Stadtverwaltung am Montag mitteilte.";
  private static final String DE2 =
      "Grund sind nach Angaben der Bauleitung unerwartete Schäden an den Fundamenten der alten"
          + " Bahnsteighalle, die erst bei den Abrissarbeiten entdeckt wurden.";
  private static final String DE3 =
      "Pendler müssen sich deshalb weiterhin auf Umwege und provisorische Zugänge einstellen,"
          + " während die Kosten für das Projekt erneut steigen dürften.";
  private static final String DE4 = "Eine neue Kostenschätzung soll im Herbst vorgelegt werden.";

  private static final String DE5 =
      "Der Fahrgastverband kritisiert, dass die Bahn die Probleme an der Halle seit Jahren kenne"
          + " und trotzdem keine Rücklagen für eine Sanierung gebildet habe.";
  private static final String DE6 =
      "Die Stadt will nun prüfen, ob sich der Bund an den zusätzlichen Kosten beteiligt, da der"
          + " Bahnhof auch für den Fernverkehr eine wichtige Rolle spielt.";

  private static final String DE_ARTICLE =
      "<p>" + DE1 + "</p>\n<p>" + DE2 + "</p>\n<p>" + DE3 + "</p>\n<p>" + DE4 + "</p>";
  private static final String DE_TEXT = DE1 + "\n\n" + DE2 + "\n\n" + DE3 + "\n\n" + DE4;

  private static final String FR1 =
      "Les vendanges ont commencé avec trois semaines d'avance dans plusieurs communes du"
          + " Bordelais, en raison de la chaleur persistante de l'été.";
  private static final String FR2 =
      "Les viticulteurs interrogés se disent satisfaits de l'état sanitaire des raisins, mais"
          + " s'inquiètent des faibles rendements dans les parcelles les plus exposées.";
  private static final String FR3 =
      "La chambre d'agriculture estime que la récolte pourrait reculer de dix à quinze pour cent"
          + " par rapport à la moyenne des cinq dernières années.";

  private static final String FR_ARTICLE =
      "<p>" + FR1 + "</p>\n<p>" + FR2 + "</p>\n<p>" + FR3 + "</p>";
  private static final String FR_TEXT = FR1 + "\n\n" + FR2 + "\n\n" + FR3;

  private static final String ES1 =
      "El ayuntamiento anunció el lunes nuevas restricciones de agua para los meses de verano,"
          + " tras un invierno con lluvias muy por debajo de la media.";
  private static final String ES2 =
      "Las medidas prohíben el riego de jardines privados durante el día y limitan el llenado de"
          + " piscinas a un único turno semanal por vivienda.";
  private static final String ES3 =
      "Los agricultores de la comarca reclaman ayudas específicas, ya que el embalse principal se"
          + " encuentra al treinta por ciento de su capacidad.";

  private static final String ES_ARTICLE =
      "<p>" + ES1 + "</p>\n<p>" + ES2 + "</p>\n<p>" + ES3 + "</p>";
  private static final String ES_TEXT = ES1 + "\n\n" + ES2 + "\n\n" + ES3;

  private static final String IT1 =
      "Il museo civico riaprirà al pubblico a settembre dopo due anni di lavori, con un nuovo"
          + " percorso dedicato alla storia industriale della città.";
  private static final String IT2 =
      "Il restauro ha interessato soprattutto le sale del piano nobile, dove sono stati recuperati"
          + " gli affreschi ottocenteschi danneggiati dall'umidità.";
  private static final String IT3 =
      "L'assessore alla cultura ha annunciato che l'ingresso sarà gratuito per i residenti durante"
          + " il primo mese di apertura.";

  private static final String IT_ARTICLE =
      "<p>" + IT1 + "</p>\n<p>" + IT2 + "</p>\n<p>" + IT3 + "</p>";
  private static final String IT_TEXT = IT1 + "\n\n" + IT2 + "\n\n" + IT3;

  private static final String ZH1 = "市政府周一宣布，将在明年年底前完成老城区供水管网的改造工程，预计惠及约十二万户居民。";
  private static final String ZH2 =
      "据介绍，改造工程分为三个阶段进行，第一阶段将优先更换使用超过三十年的铸铁管道，以减少漏水和水质问题，第二阶段将同步更新各小区的计量设备。";
  private static final String ZH3 = "有关部门表示，施工将尽量安排在夜间进行，并提前通知受影响的社区，减少对居民日常生活的影响。";

  private static final String ZH_ARTICLE =
      "<p>" + ZH1 + "</p>\n<p>" + ZH2 + "</p>\n<p>" + ZH3 + "</p>";
  private static final String ZH_TEXT = ZH1 + "\n\n" + ZH2 + "\n\n" + ZH3;

  private static Article article(String html) {
    return ArticleExtractor.withDefaults().fromHtml(html, URL);
  }

  private static String text(String html) {
    return article(html).text();
  }

  // ---- output format
  // ------------------------------------------------------------------------------

  @Test
  void keepsParagraphsSubheadingsListItemsAndQuotesInPageOrder() {
    String html =
        """
        <html><head><title>Council approves budget</title></head><body><article>
        <p>%s</p>
        <h2>What changes for passengers</h2>
        <p>%s</p>
        <ul><li>Route 12 to Northgate</li><li>Route 14 to the hospital</li><li>Night bus N3</li></ul>
        <blockquote>We have bought ourselves a year, and we intend to use it well.</blockquote>
        <p>%s</p>
        </article></body></html>
        """
            .formatted(EN1, EN2, EN3);

    assertThat(text(html))
        .isEqualTo(
            EN1
                + "\n\nWhat changes for passengers\n\n"
                + EN2
                + "\n\nRoute 12 to Northgate\nRoute 14 to the hospital\nNight bus N3\n\n"
                + "We have bought ourselves a year, and we intend to use it well.\n\n"
                + EN3);
  }

  @Test
  void paragraphsAreSeparatedByABlankLine() {
    String html = "<html><body><article>" + DE_ARTICLE + "</article></body></html>";

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void consecutiveListItemsStandOnConsecutiveLines() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <ol><li>Règle un : pas de vendange avant le lever du jour.</li>
        <li>Règle deux : les caisses restent à l'ombre.</li></ol>
        <p>%s</p>
        </article></body></html>
        """
            .formatted(FR1, FR2);

    assertThat(text(html))
        .isEqualTo(
            FR1
                + "\n\nRègle un : pas de vendange avant le lever du jour.\n"
                + "Règle deux : les caisses restent à l'ombre.\n\n"
                + FR2);
  }

  @Test
  void subheadingStandsOnItsOwnLine() {
    String html =
        """
        <html><body><article>
        <p>%s</p><h3>Lluvias escasas</h3><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(ES1, ES2, ES3);

    assertThat(text(html)).isEqualTo(ES1 + "\n\nLluvias escasas\n\n" + ES2 + "\n\n" + ES3);
  }

  // ---- furniture that is dropped
  // ------------------------------------------------------------------

  @Test
  void dropsNavigationMenu() {
    String html =
        """
        <html><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
        <article>%s</article>
        </body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsMenuListNamedByItsClass() {
    String html =
        """
        <html><body>
        <div id="site-navigation"><ul class="main-menu">
        <li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li>
        <li><a href="/kultur">Kultur</a></li></ul></div>
        <article>%s</article>
        </body></html>
        """
            .formatted(DE_ARTICLE);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void dropsFooter() {
    String html =
        """
        <html><body>
        <article>%s</article>
        <footer><p>The Springfield Gazette is published by Harbour Media Group, 12 Harbour Street,
        Springfield. Editor in chief: Ruth Okafor.</p><p>Contact the newsroom at any time.</p></footer>
        </body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsCookieConsentBanner() {
    String html =
        """
        <html><body>
        <div class="consent-layer"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte
        zu personalisieren und die Zugriffe auf unsere Website zu analysieren.</p>
        <button>Alle akzeptieren</button></div>
        <article>%s</article>
        </body></html>
        """
            .formatted(DE_ARTICLE);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void figureCaptionLabelOpensTheBlockAfterAtMostThreeMarks() {
    assertThat(ContentExtractor.isFigureCaption("abbildung 3: die halle")).isTrue();
    assertThat(ContentExtractor.isFigureCaption("– fig. 2. the hall")).isTrue();
    assertThat(ContentExtractor.isFigureCaption("»› figura: la sala")).isTrue();
    assertThat(ContentExtractor.isFigureCaption("...(figure: four marks before")).isFalse();
    assertThat(ContentExtractor.isFigureCaption("the figure: not a caption")).isFalse();
    assertThat(ContentExtractor.isFigureCaption("schaubild 4: werte")).isTrue();
    assertThat(ContentExtractor.isFigureCaption("ryc. 1. zdjęcie")).isTrue();
  }

  @Test
  void dropsNumberedFigureCaption() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <p><img src="halle.jpg"><em>Abbildung 2: Die alte Bahnsteighalle von Süden, kurz vor dem\
         Beginn der Abrissarbeiten im vergangenen Frühjahr aufgenommen.</em></p>
        <p>%s</p><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(DE1, DE2, DE3, DE4);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void keepsSentenceThatOnlyMentionsAFigure() {
    String mention =
        "Abbildung und Wirklichkeit liegen bei diesem Projekt weit auseinander, sagt der Verband.";
    String html =
        "<html><body><article>"
            + DE_ARTICLE.replace("<p>" + DE4, "<p>" + mention + "</p>\n<p>" + DE4)
            + "</article></body></html>";

    assertThat(text(html)).contains(mention);
  }

  @Test
  void dropsRowOfShortItemsSplitByBars() {
    String html =
        """
        <html><body><article>
        <p>%s</p><p>%s</p><p>%s</p><p>%s</p>
        <p>Aufrufe: 312 | Kategorie: Verkehr | Drucken | Trackback</p>
        </article></body></html>
        """
            .formatted(DE1, DE2, DE3, DE4);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void keepsSentenceWithABarBetweenLongParts() {
    String sentence =
        "Die Pendler klagen über volle Busse | der Verband fordert seit Jahren mehr Fahrzeuge"
            + " | die Stadt verweist auf die Kosten.";
    assertThat(ContentExtractor.isSeparatedRow(sentence.toLowerCase(java.util.Locale.ROOT)))
        .isFalse();
    assertThat(ContentExtractor.isSeparatedRow("impressum | datenschutz | kontakt")).isTrue();
    assertThat(ContentExtractor.isSeparatedRow("politik | berlin")).isFalse();
  }

  @Test
  void dropsNewsletterBox() {
    String html =
        """
        <html><body>
        <article>%s
        <div class="newsletter-signup"><h3>La lettre du matin</h3>
        <p>Recevez chaque jour à sept heures l'essentiel de l'actualité régionale, gratuitement.</p>
        <form><input type="email"><button>Je m'inscris</button></form></div>
        </article>
        </body></html>
        """
            .formatted(FR_ARTICLE);

    assertThat(text(html)).isEqualTo(FR_TEXT);
  }

  @Test
  void dropsWordPressCommentSection() {
    String html =
        """
        <html><body>
        <article class="post">%s</article>
        <div id="comments" class="comments-area">
          <h2 class="comments-title">2 thoughts on “Council approves budget”</h2>
          <ol class="comment-list"><li class="comment"><div class="comment-body">
            <p>About time. I have been taking the 14 to the hospital every week for three years and
            nobody ever asked us what we thought about closing it.</p></div></li></ol>
          <div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
            <p>Your email address will not be published.</p></div>
        </div>
        </body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsRelatedArticlesList() {
    String html =
        """
        <html><body>
        <article>%s</article>
        <section class="related-posts"><h2>Artículos relacionados</h2><ul>
        <li><a href="/a">El embalse baja al treinta por ciento</a></li>
        <li><a href="/b">Los regantes piden un plan de sequía</a></li></ul></section>
        </body></html>
        """
            .formatted(ES_ARTICLE);

    assertThat(text(html)).isEqualTo(ES_TEXT);
  }

  @Test
  void dropsShareBar() {
    String html =
        """
        <html><body><article>
        <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        %s
        <p><a href="#">Share on Facebook</a> / <a href="#">Twitter</a></p>
        </article></body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsAuthorBioBox() {
    String html =
        """
        <html><body><article>%s
        <div class="author-box"><h4>Giulia Ferri</h4>
        <p>Giulia Ferri scrive di cultura e patrimonio per il nostro giornale dal 2016, dopo dieci
        anni alla radio locale.</p></div>
        </article></body></html>
        """
            .formatted(IT_ARTICLE);

    assertThat(text(html)).isEqualTo(IT_TEXT);
  }

  @Test
  void dropsFigcaption() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <figure><img src="/img/halle.jpg" alt="">
        <figcaption>Die alte Bahnsteighalle während der Abrissarbeiten im vergangenen Winter.</figcaption>
        </figure>
        <p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(DE1, DE2, DE3);

    assertThat(text(html)).isEqualTo(DE1 + "\n\n" + DE2 + "\n\n" + DE3);
  }

  @Test
  void dropsImageCreditLine() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <div><img src="/img/halle.jpg" alt=""><p>Foto: Stadtwerke Musterstadt</p></div>
        <p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(DE1, DE2, DE3);

    assertThat(text(html)).isEqualTo(DE1 + "\n\n" + DE2 + "\n\n" + DE3);
  }

  @Test
  void dropsAdvertisement() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <div class="ad-container"><span>Advertisement</span><div id="gpt-slot-1"></div></div>
        <p>%s</p><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(EN1, EN2, EN3, EN4);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsAdvertisementLabelWithoutAClassName() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <div>Advertisement</div>
        <p>%s</p><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(EN1, EN2, EN3, EN4);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsAdvertisementLabelEndingInAnAccentedLetter() {
    // Java's \\b is ASCII-only: "Pubblicità" once slipped through because no boundary followed "à".
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <div>Pubblicità</div>
        <p>%s</p><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(EN1, EN2, EN3, EN4);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsCookieNoticeWithoutAClassName() {
    String html =
        """
        <html><body>
        <div class="notice"><p>We use cookies to understand how readers use this site.
        <a href="/privacy">Cookie policy</a></p></div>
        <article>%s</article>
        </body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsNewsletterPromptWithoutAClassName() {
    String html =
        """
        <html><body><article>
        %s
        <p>Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten.</p>
        </article></body></html>
        """
            .formatted(DE_ARTICLE);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void dropsGermanSeeAlsoCrossLink() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <p>Lesen Sie auch: <a href="/bahn">Warum die Bahnsteighalle nicht zu retten war</a></p>
        <p>%s</p><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(DE1, DE2, DE3, DE4);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void dropsBreadcrumbs() {
    String html =
        """
        <html><body>
        <ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/region">Région</a></li>
        <li>Viticulture</li></ol>
        <article>%s</article>
        </body></html>
        """
            .formatted(FR_ARTICLE);

    assertThat(text(html)).isEqualTo(FR_TEXT);
  }

  @Test
  void dropsReadMoreCrossLinkInsideTheArticle() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <p>Read more: <a href="/2024/02/parking-fund">Where the parking fund money goes</a></p>
        <p>%s</p><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(EN1, EN2, EN3, EN4);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsSpanishSeeAlsoCrossLink() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <p>Lee también: <a href="/sequia">La sequía obliga a cerrar dos fuentes públicas</a></p>
        <p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(ES1, ES2, ES3);

    assertThat(text(html)).isEqualTo(ES_TEXT);
  }

  /** Placed between paragraphs, so only the date-line rule (not the edge trimming) can drop it. */
  @Test
  void dropsDateOnlyLine() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <p>23.10.2018</p>
        <p>%s</p><p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(DE1, DE2, DE3, DE4);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void dropsHeadlineRepeatedFromTheTitle() {
    String html =
        """
        <html><head><title>Les vendanges commencent trois semaines plus tôt | Journal du Sud</title>
        </head><body><article>
        <h1>Les vendanges commencent trois semaines plus tôt</h1>
        %s
        </article></body></html>
        """
            .formatted(FR_ARTICLE);

    Article a = article(html);

    assertThat(a.title()).isEqualTo("Les vendanges commencent trois semaines plus tôt");
    assertThat(a.text()).isEqualTo(FR_TEXT);
  }

  @Test
  void dropsElementHiddenByStyle() {
    String html =
        """
        <html><body><article>
        %s
        <div style="display: none"><p>This paragraph is an earlier draft of the story that the
        editors kept in the page but hid from readers before publication.</p></div>
        </article></body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void dropsElementWithHiddenAttribute() {
    String html =
        """
        <html><body><article>
        <p>%s</p>
        <p hidden>Questo paragrafo è una versione precedente dell'articolo, nascosta ai lettori ma
        rimasta nella pagina.</p>
        <p>%s</p><p>%s</p>
        </article></body></html>
        """
            .formatted(IT1, IT2, IT3);

    assertThat(text(html)).isEqualTo(IT_TEXT);
  }

  // ---- text that is kept
  // --------------------------------------------------------------------------

  @Test
  void keepsArticleInsideLayoutContainerNamedForItsSidebar() {
    String html =
        """
        <html><body class="single has-sidebar">
        <div id="page" class="site-content with-sidebar-right">
          <main class="has-sidebar"><article>%s</article></main>
          <aside><h3>Most read</h3><ul><li><a href="/x">Route 12 timetable</a></li></ul></aside>
        </div>
        </body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void keepsNoscriptTextWhenItIsTheBulkOfThePage() {
    String html =
        """
        <html><body>
        <div id="app"></div>
        <noscript><article>%s</article></noscript>
        </body></html>
        """
            .formatted(ES_ARTICLE);

    assertThat(text(html)).isEqualTo(ES_TEXT);
  }

  @Test
  void keepsArticleSplitOverSiblingSections() {
    String html =
        """
        <html><body>
        <div class="story">
          <section><p>%s</p><p>%s</p></section>
          <section><h2>Weitere Verzögerungen</h2><p>%s</p></section>
          <section><p>%s</p></section>
        </div>
        <div class="teasers"><a href="/a">Neue Radwege im Süden</a> <a href="/b">Bäder öffnen früher</a></div>
        </body></html>
        """
            .formatted(DE1, DE2, DE3, DE4);

    assertThat(text(html))
        .isEqualTo(DE1 + "\n\n" + DE2 + "\n\nWeitere Verzögerungen\n\n" + DE3 + "\n\n" + DE4);
  }

  @Test
  void leavesOutTextThatFollowsTheArticleElementInItsWrapper() {
    // An unnamed box after the <article> (a writer's profile, a note about the site) adds enough
    // prose to make the wrapper win the vote; the article element is the story.
    String html =
        """
        <html><body><div class="wrap">
        <article><h1>Council approves budget</h1>%s</article>
        <div class="box"><p>Jane Porter has written about city hall since 2015 and lives with her
        two dogs near the river.</p></div>
        </div></body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT).doesNotContain("Jane Porter");
  }

  @Test
  void keepsLeadParagraphAboveTheArticleElement() {
    // Prose above the article element is the story's lead, so the wrapper stays the container.
    String lead =
        "Seit Wochen streiten Stadt und Bahn darüber, wer die Mehrkosten für den Umbau tragen"
            + " soll.";
    String html =
        """
        <html><body><div class="wrap">
        <p class="teaser">%s</p>
        <article>%s</article>
        <div class="box"><p>Unsere Autorin berichtet seit vielen Jahren über Verkehr und
        Stadtentwicklung in der Region.</p></div>
        </div></body></html>
        """
            .formatted(lead, DE_ARTICLE);

    assertThat(text(html)).startsWith(lead + "\n\n" + DE1).contains(DE4);
  }

  @Test
  void keepsArticleInsideWrapperMisnamedAsFurniture() {
    // The article sits in a "sharing container" and a "sticky sidebar" wrapper, and a long link
    // list makes it less than half of the page: its long, link-free prose shows it is the story.
    String links =
        "<ul>"
            + "<li><a href='/a'>Neue Radwege im Süden der Stadt werden im Frühjahr eröffnet</a></li>"
                .repeat(20)
            + "</ul>";
    String html =
        """
        <html><body>
        <div class="documentContent__sharingContainer"><div class="theiaStickySidebar">
        <p>%s</p><p>%s</p><p>%s</p><p>%s</p><p>%s</p><p>%s</p>
        </div></div>
        <div class="more">%s</div>
        </body></html>
        """
            .formatted(DE1, DE2, DE3, DE4, DE5, DE6, links);

    assertThat(text(html)).startsWith(DE1 + "\n\n" + DE2).contains(DE4);
  }

  @Test
  void dropsLongCommentSectionEvenWhenItIsProse() {
    String comment =
        "<p>Das war doch abzusehen, die Fundamente sind seit Jahren marode und niemand hat sich"
            + " darum gekümmert, obwohl es genug Hinweise gab.</p>";
    String html =
        """
        <html><body>
        <article>%s<p>%s</p><p>%s</p></article>
        <div class="comment-list">%s</div>
        </body></html>
        """
            .formatted(DE_ARTICLE, DE5, DE6, comment.repeat(5));

    assertThat(text(html)).endsWith(DE6).doesNotContain("abzusehen");
  }

  @Test
  void dropsParagraphThatIsOneLinkToAnotherStory() {
    String html =
        """
        <html><body><article>%s
        <p><a href="/2024/03/other">Lettori: la biblioteca comunale prolunga l'orario serale</a></p>
        </article></body></html>
        """
            .formatted(IT_ARTICLE);

    assertThat(text(html)).isEqualTo(IT_TEXT);
  }

  @Test
  void keepsParagraphThatIsABareAddress() {
    String html =
        """
        <html><body><article>%s
        <p><a href="https://www.ayuntamiento.example.es/agua">https://www.ayuntamiento.example.es/agua</a></p>
        </article></body></html>
        """
            .formatted(ES_ARTICLE);

    assertThat(text(html)).isEqualTo(ES_TEXT + "\n\nhttps://www.ayuntamiento.example.es/agua");
  }

  @Test
  void findsArticleWrittenInHeadingTags() {
    // Some page builders set every paragraph as a heading; long headings are prose.
    String html =
        """
        <html><body>
        <div class="menu-row"><a href="/">Start</a> <a href="/blog">Blog</a></div>
        <div class="post"><h1>Sauberes Wasser</h1><h4>%s %s</h4><h4>%s %s</h4></div>
        <div class="foot"><p>Impressum</p><p>Datenschutz</p></div>
        </body></html>
        """
            .formatted(DE1, DE2, DE3, DE5);

    assertThat(text(html)).contains(DE2).contains(DE5).doesNotContain("Impressum");
  }

  @Test
  void dropsAppealInABoxOfItsOwnAfterTheTextColumn() {
    String html =
        """
        <html><body><article>
        <div class="body">%s<p>%s</p><p>%s</p></div>
        <div class="box"><p>Unterstützen Sie unabhängigen Journalismus mit einem monatlichen Beitrag!</p></div>
        </article></body></html>
        """
            .formatted(DE_ARTICLE, DE5, DE6);

    assertThat(text(html)).isEqualTo(DE_TEXT + "\n\n" + DE5 + "\n\n" + DE6);
  }

  @Test
  void dropsWriterProfileAfterTheTextColumn() {
    String html =
        """
        <html><body><div class="story">
        <div class="text">%s</div>
        <div class="card"><p>Jane Porter has covered the city hall beat since 2015.</p></div>
        </div></body></html>
        """
            .formatted(EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }

  @Test
  void keepsClosingParagraphInASectionOfItsOwn() {
    // The last section is part of the story: the column is the parent of all the sections.
    String html =
        """
        <html><body><div class="story">
          <section><p>%s</p><p>%s</p></section>
          <section><p>%s</p></section>
        </div></body></html>
        """
            .formatted(ES1, ES2, ES3);

    assertThat(text(html)).isEqualTo(ES_TEXT);
  }

  @Test
  void prefersTextInsideArticleBodyMarker() {
    // A long preview of another story sits beside the article; only the marked body is the story.
    String html =
        """
        <html><body>
        <div itemscope itemtype="https://schema.org/NewsArticle">
          <div itemprop="articleBody">%s</div>
        </div>
        <div class="next-story">
          <p>Nel frattempo la biblioteca comunale ha prolungato l'orario di apertura serale fino
          alle ventitré, una misura chiesta da anni dagli studenti universitari della zona.</p>
          <p>La decisione, approvata all'unanimità dal consiglio, prevede anche l'assunzione di
          quattro nuovi bibliotecari e il rinnovo completo delle postazioni informatiche.</p>
          <p>Secondo il sindaco, l'investimento complessivo supera i trecentomila euro e sarà
          coperto in parte da un contributo regionale destinato ai servizi culturali.</p>
        </div>
        </body></html>
        """
            .formatted(IT_ARTICLE);

    assertThat(text(html)).isEqualTo(IT_TEXT);
  }

  @Test
  void keepsLeadMarkedAsTheArticleDescriptionBeforeTheBody() {
    String html =
        """
        <html><body>
        <div itemscope itemtype="https://schema.org/Article">
          <h1 itemprop="headline">Bahnhof</h1>
          <div class="row"><div class="teaser-text" itemprop="description"><p>%s</p></div></div>
          <div class="row"><div itemprop="articleBody"><p>%s</p><p>%s</p><p>%s</p></div></div>
        </div>
        </body></html>
        """
            .formatted(DE1, DE2, DE3, DE4);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void ignoresDescriptionOfAnotherItem() {
    String other =
        "Ein anderer Beitrag über die Sanierung des Stadtbads, die im kommenden Jahr beginnt.";
    String html =
        """
        <html><body>
        <div itemscope itemtype="https://schema.org/Article">
          <div itemscope itemtype="https://schema.org/Event"><p itemprop="description">%s</p></div>
          <div itemprop="articleBody"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
        </div>
        </body></html>
        """
            .formatted(other, DE1, DE2, DE3, DE4);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  /** A column of links beside the article text, so that the text alone is the best container. */
  private static final String LINK_ITEMS =
      "<li><a href='/a'>Fahrplanwechsel im Dezember</a></li>".repeat(12);

  @Test
  void keepsLeadNamedByItsClassAboveTheBody() {
    String html =
        """
        <html><body><div class="page">
        <header class="article-header"><h1>Bahnhof</h1>
          <p class="article-lead">%s</p></header>
        <div class="row"><div class="article-text"><p>%s</p><p>%s</p><p>%s</p></div>
          <ul>%s</ul></div>
        </div></body></html>
        """
            .formatted(DE1, DE2, DE3, DE4, LINK_ITEMS);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void ignoresLeadNamedElementThatLinksAway() {
    String other =
        "Ein anderer Beitrag über die Sanierung des Stadtbads, die im kommenden Jahr beginnt.";
    String html =
        """
        <html><body><div class="page">
        <p class="story-intro"><a href="/stadtbad">%s</a></p>
        <div class="row"><div class="article-text"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
          <ul>%s</ul></div>
        </div></body></html>
        """
            .formatted(other, DE1, DE2, DE3, DE4, LINK_ITEMS);

    assertThat(text(html)).isEqualTo(DE_TEXT);
  }

  @Test
  void keepsShortFinalSentenceOfTheArticle() {
    String html =
        """
        <html><body><article>
        <p>%s</p><p>%s</p><p>%s</p>
        <p>Die Sitzung ist öffentlich.</p>
        </article></body></html>
        """
            .formatted(DE1, DE2, DE3);

    assertThat(text(html))
        .isEqualTo(DE1 + "\n\n" + DE2 + "\n\n" + DE3 + "\n\nDie Sitzung ist öffentlich.");
  }

  @Test
  void keepsChineseArticle() {
    String html =
        """
        <html><head><title>老城区供水管网改造</title></head><body>
        <nav><a href="/">首页</a> <a href="/city">城市</a></nav>
        <article>%s</article>
        <footer><p>本网站所有内容均受版权保护。</p></footer>
        </body></html>
        """
            .formatted(ZH_ARTICLE);

    assertThat(text(html)).isEqualTo(ZH_TEXT);
  }

  // ---- JSON-LD articleBody
  // ------------------------------------------------------------------------

  @Test
  void usesJsonLdArticleBodyWhenThePageIsAnAppShell() {
    String body = ES1 + " " + ES2 + " " + ES3;
    String html =
        """
        <html><head><title>Restricciones de agua</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Restricciones de agua", "articleBody": "%s"}
        </script></head>
        <body><div id="root">Cargando…</div><script src="/app.js"></script></body></html>
        """
            .formatted(body);

    assertThat(text(html)).isEqualTo(body);
  }

  @Test
  void rendersEscapedMarkupInJsonLdArticleBody() {
    // The CMS put its HTML into the field, escaped twice: &amp;lt;p&amp;gt; for <p>.
    String body =
        ("&lt;p&gt;"
                + ES1
                + "&lt;/p&gt;&lt;p&gt;"
                + ES2
                + "&lt;/p&gt;&lt;p&gt;"
                + ES3
                + "&lt;/p&gt;")
            .replace("&", "&amp;");
    String html =
        """
        <html><head><title>Restricciones de agua</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Restricciones de agua", "articleBody": "%s"}
        </script></head>
        <body><div id="root">Cargando…</div><script src="/app.js"></script></body></html>
        """
            .formatted(body);

    assertThat(text(html)).isEqualTo(ES_TEXT);
  }

  @Test
  void keepsPlainJsonLdArticleBodyAsItIs() {
    String plain = "Lluvias &amp; sequía: <3 semanas. " + ES1;
    assertThat(ContentExtractor.plainText(plain)).isEqualTo("Lluvias & sequía: <3 semanas. " + ES1);
  }

  @Test
  void ignoresJsonLdArticleBodyWhenThePageTextIsComplete() {
    String body = EN1 + " " + EN2 + " " + EN3 + " " + EN4;
    String html =
        """
        <html><head><title>Council approves budget</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Council approves budget", "articleBody": "%s"}
        </script></head>
        <body><article>%s</article></body></html>
        """
            .formatted(body, EN_ARTICLE);

    assertThat(text(html)).isEqualTo(EN_TEXT);
  }
}
