package dev.argus.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text here is written for these tests, none copied. The identifier is the shared one: Lingua
 * loads its models once for the whole test run.
 */
class LanguageIdentifierTest {

  private record Paragraph(String language, String text) {}

  private static final LanguageIdentifier ID = LanguageIdentifier.shared();
  private static List<Paragraph> paragraphs;

  @BeforeAll
  static void load() throws IOException {
    paragraphs = new ArrayList<>();
    try (InputStream in =
        LanguageIdentifierTest.class.getResourceAsStream("/lang/paragraphs.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] fields = line.split("\t", 2);
        paragraphs.add(new Paragraph(fields[0], fields[1]));
      }
    }
  }

  @Test
  void paragraphsOfOurMultilingualSetAreIdentified() {
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int correct = 0;
    for (Paragraph p : paragraphs) {
      Identified id = ID.identify(null, p.text(), null);
      assertThat(id.confidence()).isBetween(0.0, 1.0);
      assertThat(id.source()).isEqualTo(Identified.TEXT);
      if (p.language().equals(id.language())) correct++;
      confusion
          .computeIfAbsent(p.language(), k -> new TreeMap<>())
          .merge(String.valueOf(id.language()), 1, Integer::sum);
    }
    Map<String, Long> perLanguage =
        paragraphs.stream()
            .collect(Collectors.groupingBy(Paragraph::language, Collectors.counting()));
    assertThat(perLanguage).hasSizeGreaterThanOrEqualTo(20);
    assertThat(perLanguage.values()).allMatch(n -> n >= 5);
    double accuracy = (double) correct / paragraphs.size();
    assertThat(accuracy)
        .as("accuracy; confusion (expected -> {identified=count}): %s", confusion)
        .isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void sharedInstanceGivesTheSameAnswersFromManyThreads() {
    List<Paragraph> some = paragraphs.subList(0, 40);
    List<Identified> sequential =
        some.stream().map(p -> ID.identify(null, p.text(), null)).toList();
    List<Identified> parallel =
        some.parallelStream().map(p -> ID.identify(null, p.text(), null)).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void declarationWinsOnShortTitles() {
    // Titles whose few words the n-grams alone may give to a neighbour (Live: Bundestag reads as
    // Danish, Berita terkini as Malay or Indonesian, 東京 as Chinese).
    String[][] titles = {
      {"Live: Bundestag", "de"},
      {"Live-Ticker: Wahl in Bayern", "de"},
      {"Home", "de"},
      {"Startseite", "en"},
      {"Sport kort", "da"},
      {"Sport kort", "nb"},
      {"Ekonomi", "sv"},
      {"Ekonomi", "tr"},
      {"Politika", "cs"},
      {"Berita terkini", "id"},
      {"Berita terkini", "ms"},
      {"Mercato, ultime notizie", "it"},
      {"Gol de Messi en el último minuto", "es"},
      {"Uutiset", "fi"},
      {"Новини", "uk"},
      {"東京", "ja"},
    };
    for (String[] t : titles) {
      Identified id = ID.identify(t[0], null, Declared.htmlLang(t[1]));
      assertThat(id.language()).as(t[0] + " declared " + t[1]).isEqualTo(t[1]);
      assertThat(id.confidence()).isBetween(0.5, 1.0);
    }
  }

  @Test
  void aLongTextThatConfirmsItsDeclarationIsSettledByTheFirstCheck() {
    String german =
        "Der Gemeinderat hat am Montagabend nach langer Debatte beschlossen, die alte Schule am"
            + " Marktplatz zu sanieren und dort eine Bibliothek, einen Jugendtreff und mehrere"
            + " Räume für Vereine einzurichten. Die Arbeiten sollen im Herbst beginnen.";

    Identified id = ID.identify(null, german, Declared.htmlLang("de"));

    assertThat(id.language()).isEqualTo("de");
    assertThat(id.source()).isEqualTo(Identified.BOTH);
    assertThat(id.confidence()).isGreaterThan(0.99);
  }

  @Test
  void aNeighbourOfTheDeclaredLanguageOutsideTheFirstCheckIsStillFound() {
    // Slovene is not in the first check; declared as Croatian (not in it either) or as Slovak (in
    // it), the full set must still tell the text's own language.
    String slovene =
        "Občinski svet je v ponedeljek zvečer po dolgi razpravi sklenil, da bo obnovil staro šolo"
            + " na trgu in v njej uredil knjižnico, mladinski center in več prostorov za društva."
            + " Dela naj bi se začela jeseni in trajala približno leto dni.";

    assertThat(ID.identify(null, slovene, Declared.htmlLang("sk")).language()).isEqualTo("sl");
    assertThat(ID.identify(null, slovene, Declared.htmlLang("hr")).language()).isIn("sl", "hr");
  }

  @Test
  void shortTextOverridesADeclarationItRulesOut() {
    Identified chinese = ID.identify("国家统计局公布最新数据", null, Declared.htmlLang("en"));
    assertThat(chinese.language()).isEqualTo("zh");
    assertThat(chinese.source()).isEqualTo(Identified.TEXT);

    Identified german =
        ID.identify(
            "Die Regierung plant neue Steuern für Unternehmen", null, Declared.htmlLang("en"));
    assertThat(german.language()).isEqualTo("de");

    Identified japanese = ID.identify("日本銀行、金利を据え置き", null, Declared.htmlLang("zh"));
    assertThat(japanese.language()).isEqualTo("ja");
  }

  @Test
  void textWinsOverAMislabelledDeclarationOnParagraphs() {
    for (Paragraph p : paragraphs) {
      String wrong = p.language().equals("en") ? "de" : "en";
      Identified id = ID.identify(null, p.text(), new Declared(wrong, wrong, null));
      assertThat(id.language()).as(p.text() + " declared " + wrong).isEqualTo(p.language());
      assertThat(id.source()).isEqualTo(Identified.TEXT);
    }
  }

  @Test
  void agreeingDeclarationRaisesConfidence() {
    Paragraph p = paragraphs.get(0);
    Identified textOnly = ID.identify(null, p.text(), null);
    Identified both = ID.identify(null, p.text(), Declared.htmlLang(p.language()));

    assertThat(both.language()).isEqualTo(textOnly.language());
    assertThat(both.source()).isEqualTo(Identified.BOTH);
    assertThat(both.confidence())
        .isGreaterThanOrEqualTo(textOnly.confidence())
        .isLessThanOrEqualTo(1);
  }

  @Test
  void declarationBreaksANearTieOnLongText() {
    // Find a paragraph of ours where the runner-up is close (Indonesian and Malay, Danish and
    // Bokmål), then declare the runner-up.
    for (Paragraph p : paragraphs) {
      String sample = LanguageIdentifier.sample(null, p.text());
      Map<String, Double> scores = ID.confidences(sample, LanguageIdentifier.countLetters(sample));
      List<Map.Entry<String, Double>> ranked =
          scores.entrySet().stream()
              .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(b, a)))
              .toList();
      if (ranked.size() < 2
          || ranked.get(1).getValue() < LanguageIdentifier.NEAR_TIE * ranked.get(0).getValue()) {
        continue;
      }
      String runnerUp = ranked.get(1).getKey();
      Identified id = ID.identify(null, p.text(), Declared.htmlLang(runnerUp));
      assertThat(id.language()).isEqualTo(runnerUp);
      assertThat(id.source()).isEqualTo(Identified.BOTH);
      return;
    }
    throw new AssertionError("no near tie in the set: add a paragraph between close languages");
  }

  @Test
  void emptyTextFallsBackToTheDeclarationOrNothing() {
    for (String empty : new String[] {null, "", "   \n\t ", "12345 — 2026"}) {
      assertThat(ID.identify(empty, empty, null)).isEqualTo(Identified.UNKNOWN);
      assertThat(ID.identify(empty, empty, Declared.NONE).language()).isNull();
      Identified declared = ID.identify(empty, empty, new Declared("x-default", "pt_BR", null));
      assertThat(declared.language()).isEqualTo("pt");
      assertThat(declared.source()).isEqualTo(Identified.DECLARED);
      assertThat(declared.confidence()).isEqualTo(LanguageIdentifier.DECLARATION_WEIGHT);
    }
  }

  @Test
  void hugeTextIsReadThroughABoundedSampleFromStartMiddleAndEnd() {
    String start = "Der Anfang des Textes handelt von der Stadt. ";
    String middle = "In der Mitte geht es um den Fluss und die Brücken. ";
    String end = "Am Ende steht das Wetter von morgen.";
    StringBuilder text = new StringBuilder(start);
    String filler = "Die Zeitung berichtet jeden Tag über viele Dinge in der Region. ";
    while (text.length() < 2_500_000) text.append(filler);
    text.append(middle);
    while (text.length() < 5_000_000) text.append(filler);
    text.append(end);

    String sample = LanguageIdentifier.sample("Titel", text.toString());

    assertThat(sample.length())
        .isLessThanOrEqualTo(
            "Titel".length()
                + 1
                + LanguageIdentifier.SAMPLE_CHARS
                + LanguageIdentifier.SAMPLE_WINDOWS);
    assertThat(sample).startsWith("Titel\n" + start).endsWith(end + "\n");
    assertThat(ID.identify("Titel", text.toString(), null).language()).isEqualTo("de");
  }

  @Test
  void shortTextIsSampledWhole() {
    assertThat(LanguageIdentifier.sample(" Titel ", "Ein Satz.")).isEqualTo("Titel\nEin Satz.");
    assertThat(LanguageIdentifier.sample(null, null)).isEmpty();
  }

  @Test
  void aRestrictedLanguageSetOnlyReportsItsLanguages() {
    LanguageIdentifier deEn = LanguageIdentifier.forLanguages(List.of("de", "EN"));

    assertThat(deEn.languages()).containsExactly("de", "en");
    assertThat(deEn.identify(null, paragraphs.get(0).text(), null).language()).isEqualTo("en");
    // A declared language outside the set cannot be checked on a title: it stands as declared.
    Identified french = deEn.identify("Le Sénat adopte le budget", null, Declared.htmlLang("fr"));
    assertThat(french.language()).isEqualTo("fr");
    assertThat(french.source()).isEqualTo(Identified.DECLARED);
  }

  @Test
  void unknownOrTooFewLanguagesAreRefused() {
    assertThatThrownBy(() -> LanguageIdentifier.forLanguages(List.of("de", "qq")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qq");
    assertThatThrownBy(() -> LanguageIdentifier.forLanguages(List.of("de")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void supportedLanguagesAreIso639_1AndIncludeCjk() {
    assertThat(LanguageIdentifier.supportedLanguages())
        .hasSizeGreaterThanOrEqualTo(70)
        .contains("zh", "ja", "ko", "nb", "nn", "ar", "he", "hi")
        .allMatch(code -> code.matches("[a-z]{2}"));
    assertThat(ID.languages()).isEqualTo(LanguageIdentifier.supportedLanguages());
  }
}
