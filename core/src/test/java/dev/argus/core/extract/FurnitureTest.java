package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Furniture}: section labels, picture credits and end-of-article contact blocks, in several
 * languages, through the whole extractor on small pages of our own, plus the limits of each rule.
 */
class FurnitureTest {

  private static final String URL = "https://news.example.org/2025/05/item";

  private static final String DE1 =
      "Die Gemeinde hat am Dienstag den Bau eines neuen Radwegs entlang des Flusses beschlossen,"
          + " der die beiden Ortsteile künftig direkt verbinden soll.";
  private static final String DE2 =
      "Die Arbeiten sollen im kommenden Frühjahr beginnen und nach Schätzung des Bauamts etwa"
          + " achtzehn Monate dauern, sofern das Wetter mitspielt.";
  private static final String EN1 =
      "The harbour authority said on Friday that the old ferry terminal will be turned into a"
          + " public market hall, with work starting after the summer season.";
  private static final String EN2 =
      "Local traders welcomed the plan but asked for lower rents during the first two years,"
          + " while the building is still partly under construction.";
  private static final String FR1 =
      "La médiathèque du quartier nord ouvrira ses portes en octobre, après deux ans de travaux"
          + " financés en partie par la région et par la commune.";
  private static final String FR2 =
      "Les horaires seront élargis le samedi, et un espace réservé aux jeunes lecteurs sera"
          + " aménagé au rez-de-chaussée du bâtiment rénové.";
  private static final String ES1 =
      "El festival de teatro de calle vuelve este fin de semana a las plazas del casco antiguo,"
          + " con más de cuarenta compañías llegadas de todo el país.";
  private static final String ES2 =
      "La organización recomienda llegar con antelación a las funciones de la tarde, ya que el"
          + " aforo de algunas plazas es limitado por motivos de seguridad.";
  private static final String IT1 =
      "La biblioteca comunale ha avviato un progetto di digitalizzazione dei registri storici,"
          + " che saranno consultabili online a partire dal prossimo anno.";
  private static final String IT2 =
      "I volontari coinvolti nel progetto hanno già fotografato più di tremila pagine, lavorando"
          + " due pomeriggi alla settimana nella sala di lettura.";
  private static final String ZH1 = "本市第一座社区图书馆周六正式开放，馆内藏书约两万册，并设有儿童阅读区和自习室，方便附近居民使用。";
  private static final String ZH2 = "图书馆负责人表示，开放初期每天接待读者约三百人次，今后还将根据需求延长周末的开放时间。";

  private static String text(String body) {
    return ArticleExtractor.withDefaults()
        .fromHtml("<html><body><article>" + body + "</article></body></html>", URL)
        .text();
  }

  private static String p(String s) {
    return "<p>" + s + "</p>";
  }

  // ---- the contact block at the end of a press release ------------------------------------------

  @Test
  void dropsAGermanPressContactSectionAtTheEnd() {
    String t =
        text(
            p(DE1)
                + p(DE2)
                + p("Pressekontakt:")
                + p("Erika Beispiel")
                + p("Telefon: +49 (0)30 / 123 45 67<br>E-Mail: presse@beispiel-gemeinde.de"));
    assertThat(t).isEqualTo(DE1 + "\n\n" + DE2);
  }

  @Test
  void dropsAnEnglishMediaContactSectionAtTheEnd() {
    String t =
        text(
            p(EN1)
                + p(EN2)
                + p("Media contact")
                + p("John Sample, Harbour Authority")
                + p("Phone: +44 20 7946 0000")
                + p("press@harbour.example.org"));
    assertThat(t).isEqualTo(EN1 + "\n\n" + EN2);
  }

  @Test
  void dropsTrailingContactLinesWithoutALabel() {
    String t = text(p(FR1) + p(FR2) + p("Tél. : 01 23 45 67 89<br>www.mediatheque.example.fr"));
    assertThat(t).isEqualTo(FR1 + "\n\n" + FR2);
  }

  @Test
  void keepsShortClosingSentencesThatNoContactLabelIntroduces() {
    String last = "Der Gemeinderat tagt wieder im Juni.";
    String t = text(p(DE1) + p(DE2) + p(last));
    assertThat(t).endsWith(last);
  }

  @Test
  void aContactLabelFollowedByTooManyBlocksIsNotASection() {
    StringBuilder body = new StringBuilder(p(EN1) + p(EN2) + p("Contact"));
    for (int i = 0; i <= Furniture.SECTION_MAX_BLOCKS; i++) {
      body.append(p("Stall number " + i + " opens at nine in the morning."));
    }
    assertThat(text(body.toString())).endsWith("Stall number 8 opens at nine in the morning.");
  }

  @Test
  void keepsABareWebAddressTheStoryEndsWith() {
    String url = "https://petition.example.org/radweg-am-fluss";
    assertThat(text(p(DE1) + p(DE2) + p(url))).endsWith(url);
  }

  @Test
  void neverTrimsThePageDownToNothing() {
    String t = text(p(IT1) + p("Contatti:") + p("Telefono: 06 1234567"));
    assertThat(t).startsWith(IT1);
  }

  // ---- section labels with nothing of their own -------------------------------------------------

  @Test
  void dropsBareLabelsInManyLanguages() {
    assertThat(text(p(DE1) + p("Weitere Informationen:") + p(DE2))).isEqualTo(DE1 + "\n\n" + DE2);
    assertThat(text(p(FR1) + p("Pour en savoir plus :") + p(FR2))).isEqualTo(FR1 + "\n\n" + FR2);
    assertThat(text(p(ES1) + p("Más información") + p(ES2))).isEqualTo(ES1 + "\n\n" + ES2);
    assertThat(text(p(EN1) + p(EN2) + p("Comments are closed."))).isEqualTo(EN1 + "\n\n" + EN2);
    assertThat(text(p(IT1) + p(IT2) + p("Nessun commento"))).isEqualTo(IT1 + "\n\n" + IT2);
    assertThat(text(p(ZH1) + p(ZH2) + p("暂无评论"))).isEqualTo(ZH1 + "\n\n" + ZH2);
    assertThat(text(p(DE1) + p(DE2) + p("Keine Kommentare (Kommentare erscheinen nach Freigabe)")))
        .isEqualTo(DE1 + "\n\n" + DE2);
  }

  @Test
  void dropsBareNavigationLabelsInManyLanguages() {
    assertThat(text(p(DE1) + p("Lesen Sie auch") + p(DE2))).isEqualTo(DE1 + "\n\n" + DE2);
    assertThat(text(p("Inhaltsverzeichnis") + p(DE1) + p(DE2))).isEqualTo(DE1 + "\n\n" + DE2);
    assertThat(text(p(EN1) + p("See also:") + p(EN2))).isEqualTo(EN1 + "\n\n" + EN2);
    assertThat(text(p(FR1) + p("À lire aussi") + p(FR2))).isEqualTo(FR1 + "\n\n" + FR2);
    assertThat(text(p(ES1) + p("Contenido externo") + p(ES2))).isEqualTo(ES1 + "\n\n" + ES2);
    assertThat(text(p(IT1) + p("Leggi anche") + p(IT2))).isEqualTo(IT1 + "\n\n" + IT2);
    assertThat(text(p(ZH1) + p("相关阅读") + p(ZH2))).isEqualTo(ZH1 + "\n\n" + ZH2);
  }

  @Test
  void keepsSentencesThatOnlyStartWithALabelWord() {
    String s = "Kontakt zu den Anwohnern hatte die Verwaltung bereits im Winter aufgenommen.";
    assertThat(text(p(DE1) + p(s) + p(DE2))).contains(s);
    assertThat(Furniture.isLabel("contact with the ferry company was lost at noon.")).isFalse();
    String r = "Lesen Sie auch die Stellungnahme des Bauamts im Anhang.";
    assertThat(text(p(DE1) + p(r) + p(DE2))).contains(r);
  }

  @Test
  void aLabelIsShort() {
    assertThat(Furniture.isLabel("kontakt:")).isTrue();
    assertThat(Furniture.isLabel("kontakt:" + " ".repeat(Furniture.LABEL_MAX))).isFalse();
  }

  // ---- picture credits
  // ---------------------------------------------------------------------------

  @Test
  void dropsCaptionCreditsInManyLanguages() {
    assertThat(text(p(DE1) + p("Der neue Radweg am Fluss. © Agentur / Max Muster") + p(DE2)))
        .isEqualTo(DE1 + "\n\n" + DE2);
    assertThat(text(p(EN1) + p("(Photo: Jane Sample/Harbour Pictures)") + p(EN2)))
        .isEqualTo(EN1 + "\n\n" + EN2);
    assertThat(text(p(FR1) + p("Crédit photo : Studio Exemple") + p(FR2)))
        .isEqualTo(FR1 + "\n\n" + FR2);
    assertThat(text(p(ES1) + p("Una de las compañías, foto: Archivo del festival") + p(ES2)))
        .isEqualTo(ES1 + "\n\n" + ES2);
    assertThat(text(p(IT1) + p("Foto di Mario Esempio") + p(IT2))).isEqualTo(IT1 + "\n\n" + IT2);
    assertThat(text(p(ZH1) + p("图片来源：本报记者") + p(ZH2))).isEqualTo(ZH1 + "\n\n" + ZH2);
  }

  @Test
  void keepsProseThatMentionsAPhotoOrACopyright() {
    String s =
        "Der Fotograf sagte, das Bild: ein Symbol für den Wandel der Stadt. Viele Leser schrieben"
            + " danach an die Redaktion.";
    assertThat(text(p(DE1) + p(s) + p(DE2))).contains(s);
    String c =
        "The © sign on the old sign board was painted over years ago, the traders said, and"
            + " nobody remembers who owned the rights.";
    assertThat(text(p(EN1) + p(c) + p(EN2))).contains(c);
  }

  @Test
  void keepsAParagraphWithACreditOnALineOfItsOwnBelowIt() {
    String s = "Der Radweg soll auch nachts beleuchtet sein.";
    String t = text(p(DE1) + p(s + "<br>Bild: Gemeinde") + p(DE2));
    assertThat(t).contains(s);
  }

  @Test
  void aCreditTailIsShort() {
    assertThat(Furniture.isCredit("ein bild. © " + "x".repeat(Furniture.CREDIT_TAIL_MAX))).isTrue();
    assertThat(Furniture.isCredit("ein bild. © " + "x".repeat(Furniture.CREDIT_TAIL_MAX + 1)))
        .isFalse();
    assertThat(Furniture.isCredit("foto: " + "x".repeat(Furniture.LINE_MAX))).isFalse();
  }

  @Test
  void everyKindOfCreditMarkerPassesThePrecheck() {
    // One line per alternative of the marker pattern: the cheap test must let each through.
    for (String line :
        List.of(
            "© lena roth",
            "(c) lena roth",
            "foto: lena roth",
            "crédit photo : agence nord",
            "图片：新华社",
            "foto di lena roth",
            "getty images",
            "shutterstock",
            "istock",
            "adobe stock",
            "pixabay",
            "unsplash",
            "depositphotos")) {
      assertThat(Furniture.mayHoldCreditMarker(line)).as(line).isTrue();
      assertThat(Furniture.isCredit(line)).as(line).isTrue();
    }
    assertThat(Furniture.mayHoldCreditMarker("the council met on tuesday")).isFalse();
    assertThat(Furniture.isCredit("the council met on tuesday")).isFalse();
  }
}
