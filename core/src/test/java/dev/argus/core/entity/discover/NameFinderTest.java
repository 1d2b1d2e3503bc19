package dev.argus.core.entity.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameFinderTest {

  private static List<NameSpan> find(String text, String language) {
    return NameFinder.standard().find(text, language);
  }

  private static List<String> texts(String text, String language) {
    return find(text, language).stream().map(NameSpan::text).toList();
  }

  private static NameSpan span(String text, String language, String name) {
    Optional<NameSpan> found =
        find(text, language).stream().filter(s -> s.text().equals(name)).findFirst();
    assertThat(found).as("%s in %s", name, texts(text, language)).isPresent();
    return found.get();
  }

  @Test
  void spansCarryUtf16OffsetsIntoTheText() {
    String text = "Über 🚀 Raketen: heute sprach Marta Lindqvist lange.";
    NameSpan s = span(text, "de", "Marta Lindqvist");
    assertThat(text.substring(s.start(), s.end())).isEqualTo("Marta Lindqvist");
  }

  @Test
  void connectorsJoinThePartsOfOneName() {
    assertThat(texts("Shares rose at the Bank of America yesterday.", "en"))
        .contains("Bank of America");
    assertThat(texts("Hoy habló el gobernador del Banco de España en público.", "es"))
        .contains("Banco de España");
    assertThat(texts("On relit les fables de Jean de La Fontaine cet été.", "fr"))
        .contains("Jean de La Fontaine");
    assertThat(texts("Il governatore della Banca d'Italia ha parlato.", "it"))
        .contains("Banca d'Italia");
  }

  @Test
  void aConnectorBetweenTwoNamesSplitsThem() {
    assertThat(
            texts("Secondo l'analista Paolo Ferretti di Brightwater Bank, il titolo sale.", "it"))
        .contains("Paolo Ferretti", "Brightwater Bank")
        .doesNotContain("Paolo Ferretti di Brightwater Bank");
  }

  @Test
  void conjunctionsDoNotJoinNames() {
    assertThat(texts("Une liaison entre le Portugal et l'Espagne.", "fr"))
        .contains("Portugal", "Espagne");
    assertThat(texts("Habrá una nueva línea entre Portugal y España.", "es"))
        .contains("Portugal", "España");
  }

  @Test
  void aSentenceInitialWordUsedInLowerCaseElsewhereIsNoName() {
    assertThat(texts("Shares fell. The shares of Nexori fell more.", "en"))
        .containsExactly("Nexori");
  }

  @Test
  void aSentenceInitialSingleWordIsWeakUnlessSeenCapitalisedMidSentence() {
    assertThat(span("Lumbre raised money. It will build batteries.", "en", "Lumbre").weak())
        .isTrue();
    List<NameSpan> both = find("Lumbre raised money. Banks like Lumbre a lot.", "en");
    assertThat(both)
        .filteredOn(s -> s.text().equals("Lumbre"))
        .hasSize(2)
        .noneMatch(NameSpan::weak);
    assertThat(both).filteredOn(s -> s.text().equals("Banks")).allMatch(NameSpan::weak);
  }

  @Test
  void leadingFunctionWordsOfASentenceAreCutOff() {
    assertThat(texts("The Nexori board met on Monday.", "en")).containsExactly("Nexori");
    assertThat(texts("Le Crédit Mutuel de Bretagne a signé.", "fr"))
        .containsExactly("Crédit Mutuel de Bretagne");
  }

  @Test
  void aCapitalisedArticleMidSentenceBelongsToTheName() {
    assertThat(texts("Elle a lu Le Monde ce matin.", "fr")).containsExactly("Le Monde");
  }

  @Test
  void germanSingleNounsAreWeakButNamesAfterPrepositionsAndCuesAreNot() {
    String text =
        "Der Vertrag mit Samsung wurde in München unterzeichnet, sagte die Deutsche Bank.";
    assertThat(span(text, "de", "Vertrag").weak()).isTrue();
    assertThat(span(text, "de", "Samsung").weak()).isFalse();
    assertThat(span(text, "de", "München").weak()).isFalse();
    assertThat(span(text, "de", "Deutsche Bank").weak()).isFalse();
    assertThat(span("Das Werk baut neue Züge für die Region.", "de", "Züge").weak()).isTrue();
  }

  @Test
  void germanRoleCompoundsMakeAPerson() {
    NameSpan s = span("Zuvor sprach Vorstandschef Klaus Weber lange.", "de", "Klaus Weber");
    assertThat(s.type()).isEqualTo(NameType.PERSON);
    assertThat(s.cued()).isTrue();
    assertThat(span("Der Smartphone-Hersteller Nexori wächst.", "de", "Nexori").type())
        .isEqualTo(NameType.ORGANIZATION);
  }

  @Test
  void honorificsAreCutOffAndMakeAPerson() {
    for (String[] c :
        new String[][] {
          {"en", "Yesterday Mr. Hugo Barra spoke.", "Hugo Barra"},
          {"fr", "Hier Mme Claire Dubois a parlé.", "Claire Dubois"},
          {"de", "Gestern hat Frau Dr. Ingrid Sommer gesprochen.", "Ingrid Sommer"},
          {"es", "Ayer habló la Sra. Lucía Ferrer en Madrid.", "Lucía Ferrer"},
        }) {
      NameSpan s = span(c[1], c[0], c[2]);
      assertThat(s.type()).as(c[1]).isEqualTo(NameType.PERSON);
      assertThat(s.cued()).as(c[1]).isTrue();
    }
  }

  @Test
  void aTitleInsideARunSplitsIt() {
    assertThat(texts("Yesterday Nexori CEO Hugo Barra spoke.", "en"))
        .containsExactly("Nexori", "Hugo Barra");
  }

  @Test
  void roleWordsBeforeANameMakeAPerson() {
    assertThat(span("Selon l'analyste Paolo Ferretti, oui.", "fr", "Paolo Ferretti").cued())
        .isTrue();
    assertThat(span("La ministra de Energía Lena Marsh habló.", "es", "Lena Marsh").type())
        .isEqualTo(NameType.PERSON);
  }

  @Test
  void legalSuffixesAndHeadWordsMakeAnOrganisation() {
    for (String[] c :
        new String[][] {
          {"de", "Gestern meldete die Kornblume GmbH Verluste.", "Kornblume GmbH"},
          {"it", "Ieri la Ferrovento S.p.A. ha firmato.", "Ferrovento S.p.A."},
          {"en", "Yesterday Kestrel Biotech Ltd. was listed.", "Kestrel Biotech Ltd."},
          {"pt", "Ontem o Banco de Portugal falou.", "Banco de Portugal"},
        }) {
      NameSpan s = span(c[1], c[0], c[2]);
      assertThat(s.type()).as(c[1]).isEqualTo(NameType.ORGANIZATION);
      assertThat(s.cued()).as(c[1]).isTrue();
    }
  }

  @Test
  void organisationWordsBeforeANameMakeAnOrganisation() {
    assertThat(span("Le fabricant de smartphones Nexori recrute.", "fr", "Nexori").type())
        .isEqualTo(NameType.ORGANIZATION);
  }

  @Test
  void acronymsAreOrganisations() {
    assertThat(span("Yesterday NASA and the BBC agreed.", "en", "NASA").type())
        .isEqualTo(NameType.ORGANIZATION);
    assertThat(texts("Yesterday NASA and the BBC agreed.", "en")).contains("BBC");
  }

  @Test
  void camelCaseAndDigitsMakeProducts() {
    assertThat(span("Sales of the iPhone 16 fell.", "en", "iPhone 16").type())
        .isEqualTo(NameType.PRODUCT);
    assertThat(span("Il nuovo Galaxy S24 costa meno.", "it", "Galaxy S24").type())
        .isEqualTo(NameType.PRODUCT);
    assertThat(span("Le Mi 11 de Xiaomi se vend bien.", "fr", "Mi 11").type())
        .isEqualTo(NameType.PRODUCT);
    assertThat(span("Many people use WeChat and eBay daily.", "en", "eBay").type())
        .isEqualTo(NameType.PRODUCT);
  }

  @Test
  void productWordsBeforeANameMakeAProduct() {
    assertThat(span("They showed the new Aurora yesterday.", "en", "Aurora").type())
        .isEqualTo(NameType.PRODUCT);
  }

  @Test
  void countriesAndPlacePrepositionsMakePlaces() {
    NameSpan germany = span("Le groupe vise l'Allemagne et la Belgique.", "fr", "Allemagne");
    assertThat(germany.type()).isEqualTo(NameType.PLACE);
    assertThat(germany.cued()).isTrue();
    NameSpan douai = span("L'usine est installée à Douai depuis longtemps.", "fr", "Douai");
    assertThat(douai.type()).isEqualTo(NameType.PLACE);
    assertThat(span("The firm opened an office in Tampere.", "en", "Tampere").type())
        .isEqualTo(NameType.PLACE);
  }

  @Test
  void timeZoneCitiesArePlacesInAnyLanguage() {
    NameSpan s = span("As vendas em São Paulo cresceram.", "pt", "São Paulo");
    assertThat(s.type()).isEqualTo(NameType.PLACE);
    assertThat(s.cued()).isTrue();
  }

  @Test
  void possessivesAndElisionsStayOutOfTheName() {
    assertThat(texts("We like Nexori's new phone.", "en")).containsExactly("Nexori");
    assertThat(texts("Il a quitté l'Élysée hier.", "fr")).containsExactly("Élysée");
    assertThat(texts("Yesterday O'Brien spoke.", "en")).containsExactly("O'Brien");
  }

  @Test
  void calendarWordsAreNoNames() {
    assertThat(texts("The phone goes on sale in March, on a Monday.", "en")).isEmpty();
    assertThat(texts("Das Telefon kommt im März.", "de")).doesNotContain("März");
  }

  @Test
  void chineseTextYieldsOnlyItsLatinNames() {
    assertThat(texts("小米公司今天发布了新手机，Xiaomi 表示销量很好。", "zh")).containsExactly("Xiaomi");
  }

  @Test
  void japaneseKatakanaBeforeAnHonorificIsAPerson() {
    NameSpan s = span("ネクソリ社のハリス氏が発表した。", "ja", "ハリス");
    assertThat(s.type()).isEqualTo(NameType.PERSON);
    assertThat(s.cued()).isTrue();
    assertThat(span("ネクソリ社のハリス氏が発表した。", "ja", "ネクソリ").type()).isEqualTo(NameType.ORGANIZATION);
  }

  @Test
  void languageTagsAreReducedToTheirPrimarySubtag() {
    assertThat(span("Zuvor sprach Vorstandschef Klaus Weber.", "de-AT", "Klaus Weber").cued())
        .isTrue();
  }

  @Test
  void onlyTheFirstMaxTextCharsAreExamined() {
    String text = "Yesterday Nexori spoke. " + "x ".repeat(100) + ". Later Hugo Barra spoke.";
    NameFinder small = new NameFinder(60, NameFinder.DEFAULT_MAX_SPAN_TOKENS);
    assertThat(small.find(text, "en")).extracting(NameSpan::text).containsExactly("Nexori");
    assertThat(NameFinder.standard().find(text, "en"))
        .extracting(NameSpan::text)
        .containsExactly("Nexori", "Hugo Barra");
  }

  @Test
  void aTextWithoutSpacesIsCutAtTheLimitItself() {
    String text = "小米".repeat(50) + "Xiaomi" + "小米".repeat(50);
    assertThat(new NameFinder(110, 6).find(text, "zh"))
        .extracting(NameSpan::text)
        .containsExactly("Xiaomi");
    assertThat(new NameFinder(90, 6).find(text, "zh")).isEmpty();
  }

  @Test
  void englishLanguageAndNationalityWordsAreWeak() {
    assertThat(span("They met Chinese buyers and Nexori staff.", "en", "Chinese").weak()).isTrue();
    assertThat(span("They met Chinese buyers and Nexori staff.", "en", "Nexori").weak()).isFalse();
  }

  @Test
  void runsLongerThanMaxSpanTokensAreHeadingsNotNames() {
    String sixWords = "We met Alpha Beta Gamma Delta Epsilon Zeta today.";
    String sevenWords = "We met Alpha Beta Gamma Delta Epsilon Zeta Eta today.";
    assertThat(NameFinder.standard().find(sixWords, "en")).hasSize(1);
    assertThat(NameFinder.standard().find(sevenWords, "en")).isEmpty();
    assertThat(new NameFinder(1000, 2).find("We met Hugo Barra today.", "en")).hasSize(1);
    assertThat(new NameFinder(1000, 2).find("We met Hugo Da Barra today.", "en")).isEmpty();
  }

  @Test
  void badInputGivesAnEmptyResult() {
    assertThat(find(null, "en")).isEmpty();
    assertThat(find("", null)).isEmpty();
    assertThat(find("... !!! ??? \n\n ---", "xx")).isEmpty();
    assertThat(find("\uD800 broken surrogate \uDC00 Nexori", null)).isNotNull();
    assertThatThrownBy(() -> new NameFinder(0, 6)).isInstanceOf(IllegalArgumentException.class);
  }
}
