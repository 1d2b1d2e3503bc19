package dev.argus.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.argus.core.text.ScrapedTextCleaner.Cleaned;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixtures are written for these tests; none is copied from a real page. */
class ScrapedTextCleanerTest {

  private static final String TITLE = "Harbour city opens a new ferry line";
  private static final String BODY =
      "The council opened a ferry line between the two banks of the river on Monday. The first"
          + " boat left at dawn with forty passengers on board.";

  private static List<String> paragraphs(Cleaned c) {
    return List.of(c.text().split("\n\n"));
  }

  private static Cleaned article(String... extraLines) {
    return ScrapedTextCleaner.clean(TITLE + "\n\n" + BODY + "\n\n" + String.join("\n", extraLines));
  }

  @Test
  void commentWidgetBlockAtTheEndIsDropped() {
    Cleaned c =
        article(
            "Subscribe",
            "Notify of",
            "guest",
            "",
            "0 Post comments",
            "Inline feedback",
            "View all comments");
    assertThat(c.title()).isEqualTo(TITLE);
    assertThat(c.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Abonnez-vous",
        "Me notifier",
        "Voir tous les commentaires",
        "Iscriviti",
        "Visualizza tutti i commenti",
        "Abonnieren",
        "Alle Kommentare anzeigen",
        "Suscríbete",
        "Ver todos los comentarios",
        "Inscreva-se",
        "Ver todos os comentários",
        "Abonneren",
        "Bekijk alle reacties",
        "订阅",
        "查看所有评论",
        "12 Comments",
        "Advertisement",
        "Publicité",
        "Anzeige",
        "广告",
        "Read more",
        "Leggi anche",
        "Logo",
        "—",
      })
  void widgetLabelsAreDroppedInEachLanguage(String widget) {
    String more = "The second boat followed an hour later.";
    String raw = TITLE + "\n\n" + widget + "\n\n" + BODY + "\n\n" + widget + "\n\n" + more;
    assertThat(ScrapedTextCleaner.clean(raw).text()).isEqualTo(BODY + "\n\n" + more);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share on Facebook",
        "Follow us on Instagram and X",
        "Partager sur LinkedIn",
        "Suivez-nous sur Mastodon",
        "Condividi su WhatsApp",
        "Seguici su Telegram",
        "Folgen Sie uns auf Facebook",
        "Síguenos en Instagram",
        "Siga-nos no Twitter",
        "Volg ons op Facebook",
        "分享到微博",
        "Read more: The river in numbers",
        "Lire aussi : le pont de la gare",
      })
  void shareFollowAndReadMoreLinesAreDropped(String widget) {
    Cleaned c = ScrapedTextCleaner.clean(TITLE + "\n" + widget + "\n" + BODY + "\n" + widget);
    assertThat(c.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Do you like deals? Save with our coupons on WhatsApp or Telegram!",
        "Want the best DEALS? Grab our discount codes on WHATSAPP!",
        "Profitez de nos codes promo exclusifs sur Telegram !",
        "Risparmia con i nostri coupon su Telegram!",
        "Jetzt Gutschein sichern und sparen!",
        "Ahorra con nuestros cupones en Telegram",
        "Sign up for our newsletter to get the best stories in your inbox.",
        "Inscrivez-vous à notre newsletter pour ne rien rater.",
        "Schrijf je in voor onze nieuwsbrief.",
        "Don't miss a story: get our newsletter every morning.",
      })
  void promoAndNewsletterBannersAreDropped(String banner) {
    Cleaned c = ScrapedTextCleaner.clean(banner + "\n\n" + TITLE + "\n\n" + BODY + "\n\n" + banner);
    assertThat(c.title()).isEqualTo(TITLE);
    assertThat(c.text()).isEqualTo(BODY);
  }

  @Test
  void cookieNoticesAreDropped() {
    Cleaned c =
        article(
            "We use cookies to improve your experience. By continuing to browse, you agree to our"
                + " use of cookies.",
            "Nous utilisons des cookies pour mesurer l'audience.",
            "Accept all cookies");
    assertThat(c.text()).isEqualTo(BODY);
  }

  @Test
  void anArticleSentenceAboutCookiesIsKept() {
    String sentence = "Regulators said the bakery's cookies contained too much sugar.";
    assertThat(paragraphs(article(sentence))).containsExactly(BODY, sentence);
  }

  @Test
  void tagAndCopyrightLinesAreDropped() {
    Cleaned c =
        article(
            "Tags: ferry, river, council, transport, harbour",
            "Mots-clés : ferry, fleuve",
            "© 2024 Harbour Daily",
            "Copyright 2024 Example Media Group",
            "Tutti i diritti riservati.");
    assertThat(c.text()).isEqualTo(BODY);
  }

  @Test
  void authorBiosAndContactLinesAtTheEndAreDropped() {
    Cleaned en =
        article(
            "Jane Example",
            "Jane Example is a tech journalist who covers phones and the people who make them.");
    Cleaned it =
        article(
            "Mario Esempio",
            "Blogger e giornalista, sono appassionato di tecnologia da sempre. Scrivimi: [email"
                + " protected]");
    Cleaned fr =
        article("Rédactrice passionnée par les transports. Contact : redaction@example.org");
    assertThat(en.text()).isEqualTo(BODY);
    assertThat(it.text()).isEqualTo(BODY);
    assertThat(fr.text()).isEqualTo(BODY);
  }

  @Test
  void siteNameAndLogoLinesAreDropped() {
    Cleaned c = article("Subscribe", "HarbourDaily.example", "Harbour Daily", "Logo");
    assertThat(c.text()).isEqualTo(BODY);
  }

  @Test
  void obfuscatedEmailLineIsDroppedAnywhere() {
    String raw = TITLE + "\n\n" + "Write to us: [email protected]" + "\n\n" + BODY;
    assertThat(ScrapedTextCleaner.clean(raw).text()).isEqualTo(BODY);
  }

  @Test
  void breadcrumbIsDropped() {
    String raw = "Home › News › Transport\n" + TITLE + "\n" + BODY;
    Cleaned c = ScrapedTextCleaner.clean(raw);
    assertThat(c.title()).isEqualTo(TITLE);
    assertThat(c.text()).isEqualTo(BODY);
  }

  @Test
  void sourceLinesAreKeptForProvenanceButABareViaIsNot() {
    Cleaned c = article("via", "via | Example River News", "Jane Example", "Subscribe");
    assertThat(paragraphs(c)).containsExactly(BODY, "via | Example River News");
  }

  @Test
  void shortRealSentencesAndHeadingsAreKept() {
    String raw =
        TITLE
            + "\n\n"
            + BODY
            + "\n\nWhat comes next\n\nIt worked.\n\nThe mayor was pleased.\n\nNobody objected.";
    assertThat(paragraphs(ScrapedTextCleaner.clean(raw)))
        .containsExactly(
            BODY, "What comes next", "It worked.", "The mayor was pleased.", "Nobody objected.");
  }

  @Test
  void headingsThatStartWithWidgetWordsAreKept() {
    List<String> headings =
        List.of(
            "Share prices fell",
            "Comments from the mayor",
            "Follow the money",
            "Partager les coûts",
            "Der Kommentar des Bürgermeisters",
            "Source of the delay");
    String raw = TITLE + "\n\n" + String.join("\n\n" + BODY + "\n\n", headings) + "\n\n" + BODY;
    List<String> out = paragraphs(ScrapedTextCleaner.clean(raw));
    assertThat(out).containsAll(headings).hasSize(headings.size() * 2);
  }

  @Test
  void sourceLabelsInSeveralLanguagesAreKept() {
    for (String source : List.of("Source: Example Wire", "Fonte: Agenzia Esempio", "Quelle: dpa")) {
      assertThat(paragraphs(article(source, "Jane Example"))).containsExactly(BODY, source);
    }
  }

  @Test
  void sentencesGluedAfterPunctuationAreSplit() {
    String fr =
        "Le port a rouvert ses quais.Ensuite les bateaux sont revenus. Quelle surprise !Personne ne l'attendait.";
    String en = "Traffic fell in 2015.The bridge then closed. Why?Nobody knows.";
    String de = "Die Fähre fuhr pünktlich ab.Am Abend kam sie zurück.";
    assertThat(paragraphs(ScrapedTextCleaner.clean(fr)))
        .containsExactly(
            "Le port a rouvert ses quais.",
            "Ensuite les bateaux sont revenus. Quelle surprise !",
            "Personne ne l'attendait.");
    assertThat(paragraphs(ScrapedTextCleaner.clean(en)))
        .containsExactly("Traffic fell in 2015.", "The bridge then closed. Why?", "Nobody knows.");
    assertThat(paragraphs(ScrapedTextCleaner.clean(de)))
        .containsExactly("Die Fähre fuhr pünktlich ab.", "Am Abend kam sie zurück.");
  }

  @Test
  void aHeadingGluedBetweenTwoParagraphsBecomesItsOwnParagraph() {
    String raw =
        "Le conseil veut agrandir le port.Un projet pour la navigationC’est un rapport interne qui"
            + " le révèle.";
    assertThat(paragraphs(ScrapedTextCleaner.clean(raw)))
        .containsExactly(
            "Le conseil veut agrandir le port.",
            "Un projet pour la navigation",
            "C’est un rapport interne qui le révèle.");
  }

  @Test
  void namesWithInnerCapitalsStayWhole() {
    String s =
        "Users of WeChat, iPhone, McDonald's, YouTube, PlayStation, eBay, LinkedIn, MacBook,"
            + " macOS, iOS, OnePlus and TikTok met O'Neil and McKinsey staff at DeepMind.";
    Cleaned c = ScrapedTextCleaner.clean(s);
    assertThat(c.title()).isNull();
    assertThat(c.text()).isEqualTo(s);
  }

  @Test
  void abbreviationsNumbersAddressesAndEllipsesStayWhole() {
    String s =
        "The U.S.Army, e.g.The unit, z.B.Die Stadt and Dr.Smith met at 10.30 on 2.Juni to"
            + " discuss version 3.5 of www.Example.com and news.Example.org, then wrote to"
            + " desk@Example.org and said wait...What and so on…Then left.";
    assertThat(ScrapedTextCleaner.clean(s).text()).isEqualTo(s);
  }

  @Test
  void titleIsTheFirstRealLineWhenItReadsAsAHeadline() {
    Cleaned c = ScrapedTextCleaner.clean("Logo\nSubscribe\n" + TITLE + "\n" + TITLE + "\n" + BODY);
    assertThat(c.title()).isEqualTo(TITLE);
    assertThat(c.text()).isEqualTo(BODY);
    assertThat(ScrapedTextCleaner.clean("Le port rouvre ?\n" + BODY).title())
        .isEqualTo("Le port rouvre ?");
  }

  @Test
  void noTitleWhenTheFirstLineIsASentence() {
    Cleaned c = ScrapedTextCleaner.clean(BODY + "\n\nSecond paragraph here.");
    assertThat(c.title()).isNull();
    assertThat(paragraphs(c)).containsExactly(BODY, "Second paragraph here.");
    assertThat(ScrapedTextCleaner.clean("The story begins like this:\n" + BODY).title()).isNull();
  }

  @Test
  void outputHasParagraphsSeparatedByOneBlankLineAndNormalisedSpaces() {
    String raw =
        "\r\n\r\n  "
            + TITLE
            + "  \r\n\r\n\r\nFirst\t paragraph\u00A0has   gaps.\u200B\r\n"
            + "Second paragraph.\u2028Third paragraph.\n\n\n";
    Cleaned c = ScrapedTextCleaner.clean(raw);
    assertThat(c.title()).isEqualTo(TITLE);
    assertThat(c.text())
        .isEqualTo("First paragraph has gaps.\n\nSecond paragraph.\n\nThird paragraph.");
  }

  @Test
  void hardWrappedLinesAreJoined() {
    String raw =
        "The ferry line will run every hour between the two banks\n"
            + "of the river, the council said on Monday.\n"
            + "A second line is planned.";
    assertThat(paragraphs(ScrapedTextCleaner.clean(raw)))
        .containsExactly(
            "The ferry line will run every hour between the two banks of the river, the council"
                + " said on Monday.",
            "A second line is planned.");
  }

  @Test
  void chineseWidgetsAreDroppedAndChineseTextIsKept() {
    String body = "市政府周一开通了一条新的渡轮航线。首班船在清晨出发。";
    Cleaned c = ScrapedTextCleaner.clean("新渡轮航线开通\n\n" + body + "\n\n分享到微信\n点赞\n收藏\n版权所有 © 示例新闻");
    assertThat(c.title()).isEqualTo("新渡轮航线开通");
    assertThat(c.text()).isEqualTo(body);
  }

  @Test
  void emptyAndBlankInputGiveNoTitleAndNoText() {
    assertThat(ScrapedTextCleaner.clean("")).isEqualTo(new Cleaned(null, ""));
    assertThat(ScrapedTextCleaner.clean(null)).isEqualTo(new Cleaned(null, ""));
    assertThat(ScrapedTextCleaner.clean(" \n\t\r\n ")).isEqualTo(new Cleaned(null, ""));
  }

  @Test
  void severalMegabytesOnOneLineCompleteQuickly() {
    String unit = "word.Next sentence iPhone 3.5 a.b.c.d.e aaaaBbbb example.com ... ";
    String huge = unit.repeat(8_000_000 / unit.length());
    String noSpaces = "aB.".repeat(3_000_000) + "x@y.".repeat(500_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertThat(ScrapedTextCleaner.clean(huge).text()).isNotEmpty();
          assertThat(ScrapedTextCleaner.clean(noSpaces).text()).isNotEmpty();
        });
  }

  @Test
  void manyShortLinesCompleteQuickly() {
    String raw = "Subscribe\nA short line here.\nJane Example\n".repeat(200_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> assertThat(ScrapedTextCleaner.clean(raw).text()).contains("A short line here."));
  }
}
