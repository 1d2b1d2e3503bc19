package dev.argus.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.argus.core.model.Quote;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures are written for these tests; none is copied from a real article. */
class QuoteFinderTest {

  /** Finds quotes and checks every offset against the text. */
  private static List<Quote> find(String text, String lang) {
    List<Quote> qs = QuoteFinder.find(text, lang);
    for (Quote q : qs) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return qs;
  }

  private static Quote only(String text, String lang) {
    List<Quote> qs = find(text, lang);
    assertThat(qs).hasSize(1);
    return qs.get(0);
  }

  // ---- quotation mark conventions

  @Test
  void curlyDoubleQuotesSpeakerAfter() {
    Quote q = only("“We will open three new stores next year,” said Lei Jun.", "en");
    assertThat(q.text()).isEqualTo("We will open three new stores next year");
    assertThat(q.speaker()).isEqualTo("Lei Jun");
    assertThat(q.start()).isEqualTo(1);
    assertThat(q.marked()).isTrue();
  }

  @Test
  void straightDoubleQuotesSpeakerBeforeVerbAfterQuote() {
    Quote q = only("\"The market is changing fast,\" the analyst Maria Costa said.", "en");
    assertThat(q.text()).isEqualTo("The market is changing fast");
    assertThat(q.speaker()).isEqualTo("Maria Costa");
  }

  @Test
  void speakerBeforeQuoteWithColon() {
    Quote q = only("Lei Jun said: “Our phones are built for everyone.”", "en");
    assertThat(q.text()).isEqualTo("Our phones are built for everyone.");
    assertThat(q.speaker()).isEqualTo("Lei Jun");
  }

  @Test
  void nameAndColonWithoutVerbIsACue() {
    Quote q = only("Lei Jun: “Yes.”", "en");
    assertThat(q.speaker()).isEqualTo("Lei Jun");
  }

  @Test
  void singleCurlyQuotesKeepApostrophesInside() {
    Quote q = only("‘We don’t copy anyone,’ Lei Jun told reporters.", "en");
    assertThat(q.text()).isEqualTo("We don’t copy anyone");
    assertThat(q.speaker()).isEqualTo("Lei Jun");
  }

  @Test
  void frenchGuillemetsWithSpacingAndRoleBeforeName() {
    String t = "« Nous allons investir massivement en Europe », a déclaré le PDG Jean Dupont.";
    Quote q = only(t, "fr");
    assertThat(q.text()).isEqualTo("Nous allons investir massivement en Europe");
    assertThat(q.speaker()).isEqualTo("Jean Dupont");
  }

  @Test
  void frenchInvertedVerbResolvesItsPronoun() {
    String t =
        "Jean Dupont a présenté ses résultats lundi. « C’est une étape importante pour nous »,"
            + " explique-t-il.";
    Quote q = only(t, "fr");
    assertThat(q.text()).isEqualTo("C’est une étape importante pour nous");
    assertThat(q.speaker()).isEqualTo("Jean Dupont");
  }

  @Test
  void germanLowAndHighQuotes() {
    Quote q = only("„Wir wachsen schneller als der Markt“, sagte Anna Becker.", "de");
    assertThat(q.text()).isEqualTo("Wir wachsen schneller als der Markt");
    assertThat(q.speaker()).isEqualTo("Anna Becker");
  }

  @Test
  void germanSingleLowQuotesAndSurnameResolution() {
    String t =
        "Anna Becker leitet das Werk seit Mai. ‚Wir bauen hier die nächste Generation‘,"
            + " erklärte Becker.";
    Quote q = only(t, "de");
    assertThat(q.text()).isEqualTo("Wir bauen hier die nächste Generation");
    assertThat(q.speaker()).isEqualTo("Anna Becker");
  }

  @Test
  void germanReversedGuillemets() {
    Quote q = only("»Das Angebot ist fair«, so Anna Becker.", "de");
    assertThat(q.text()).isEqualTo("Das Angebot ist fair");
    assertThat(q.speaker()).isEqualTo("Anna Becker");
  }

  @Test
  void italianGuillemetsWithHaDetto() {
    Quote q = only("«Il nostro obiettivo è crescere in Europa», ha detto Marco Rossi.", "it");
    assertThat(q.text()).isEqualTo("Il nostro obiettivo è crescere in Europa");
    assertThat(q.speaker()).isEqualTo("Marco Rossi");
  }

  @Test
  void spanishSpeakerAfterWithAfirmo() {
    Quote q = only("“Vamos a abrir tiendas en Madrid”, afirmó Carlos García.", "es");
    assertThat(q.text()).isEqualTo("Vamos a abrir tiendas en Madrid");
    assertThat(q.speaker()).isEqualTo("Carlos García");
  }

  @Test
  void portugueseSpeakerBeforeWithDisse() {
    Quote q = only("João Silva disse: “Vamos investir no Brasil este ano.”", "pt");
    assertThat(q.text()).isEqualTo("Vamos investir no Brasil este ano.");
    assertThat(q.speaker()).isEqualTo("João Silva");
  }

  @Test
  void chineseSpeakerBeforeBiaoshi() {
    Quote q = only("小米CEO雷军表示：“我们会继续投入研发。”", "zh");
    assertThat(q.text()).isEqualTo("我们会继续投入研发。");
    assertThat(q.speaker()).isEqualTo("雷军");
  }

  @Test
  void chinesePronounResolvesToThePreviousSpeaker() {
    List<Quote> qs = find("雷军表示：“我们会继续投入研发。”他说：“价格不会上涨。”", "zh");
    assertThat(qs).extracting(Quote::speaker).containsExactly("雷军", "雷军");
  }

  @Test
  void japaneseCornerBracketsWithTopicSpeaker() {
    Quote q = only("山田社長は「新しい工場を建設する」と述べた。", "ja");
    assertThat(q.text()).isEqualTo("新しい工場を建設する");
    assertThat(q.speaker()).isEqualTo("山田");
  }

  @Test
  void japaneseDoubleCornerBrackets() {
    Quote q = only("佐藤氏は『来年も投資を続ける』と語った。", "ja");
    assertThat(q.text()).isEqualTo("来年も投資を続ける");
    assertThat(q.speaker()).isEqualTo("佐藤");
  }

  // ---- resolution

  @Test
  void pronounResolvesToTheMostRecentName() {
    String t =
        "Hugo Barra left early. Lei Jun spoke at the launch. “Prices will stay low for a long"
            + " time,” he said.";
    assertThat(only(t, "en").speaker()).isEqualTo("Lei Jun");
  }

  @Test
  void roleResolvesToThePersonNamedWithThatRole() {
    String t =
        "Xiaomi CEO Lei Jun met analysts on Monday. Later, Hugo Barra joined them. “We are"
            + " ready,” the CEO said.";
    assertThat(only(t, "en").speaker()).isEqualTo("Lei Jun");
  }

  @Test
  void roleWithoutNamedHolderResolvesToTheMostMentionedPerson() {
    String t =
        "Lei Jun opened the show. Reporters wanted Lei Jun and Hugo Barra. “We are ready,” the"
            + " company's CEO said.";
    assertThat(only(t, "en").speaker()).isEqualTo("Lei Jun");
  }

  @Test
  void honorificSurnameResolvesToTheFullName() {
    String t = "Lei Jun and Hugo Barra spoke. “Innovation is everywhere in China,” Mr. Jun said.";
    assertThat(only(t, "en").speaker()).isEqualTo("Lei Jun");
  }

  @Test
  void pronounWithNobodyNamedHasNoSpeaker() {
    Quote q = only("“We are ready,” he said.", "en");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void unattributedSpeechTakesThePreviousSpeakerOfItsParagraph() {
    List<Quote> qs = find("“We grew fast,” said Lei Jun. “And we will grow even faster.”", "en");
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("We grew fast", "And we will grow even faster.");
    assertThat(qs).extracting(Quote::speaker).containsExactly("Lei Jun", "Lei Jun");
  }

  @Test
  void quoteOpeningAParagraphAfterAColonTakesItsSpeaker() {
    String t = "Lei Jun wrote to his staff:\n\n“Our goal is simple.”";
    Quote q = only(t, "en");
    assertThat(q.speaker()).isEqualTo("Lei Jun");
    assertThat(q.marked()).isTrue();
  }

  // ---- scare quotes and titles

  @Test
  void scareQuotesAreSkipped() {
    assertThat(find("The company calls it a “new retail” model.", "en")).isEmpty();
  }

  @Test
  void quotedTitleWithoutSentencePunctuationIsSkipped() {
    assertThat(find("She read “The Lord of the Rings” twice last summer.", "en")).isEmpty();
  }

  @Test
  void shortScareQuoteInASentenceWithASpeechVerbIsSkipped() {
    String t = "Anna Becker said the plan was “potentially risky” for the firm.";
    assertThat(find(t, "en")).isEmpty();
  }

  @Test
  void titleWordBeforeANameIsNotPartOfIt() {
    String t = "“Prices will go down next year,” said Commissioner Anna Becker.";
    assertThat(only(t, "en").speaker()).isEqualTo("Anna Becker");
  }

  @Test
  void accordingToAttributesAQuote() {
    Quote q = only("“The deal is done,” according to Anna Becker.", "en");
    assertThat(q.speaker()).isEqualTo("Anna Becker");
  }

  @Test
  void shortQuoteWithSpeechVerbIsKept() {
    assertThat(only("“Never,” said Anna Becker.", "en").text()).isEqualTo("Never");
  }

  @Test
  void longSentenceShapedQuoteWithoutVerbIsKeptWithoutSpeaker() {
    Quote q = only("The letter ended there. “We will not give up on this market.”", "en");
    assertThat(q.speaker()).isNull();
  }

  // ---- unmarked speech

  @Test
  void englishFirstPersonParagraphAfterColonIsUnmarkedSpeech() {
    String t =
        "Anna Becker explained her plan to the board:\n\nWe will build a second factory and hire"
            + " two hundred engineers next year.";
    Quote q = only(t, "en");
    assertThat(q.marked()).isFalse();
    assertThat(q.speaker()).isEqualTo("Anna Becker");
    assertThat(q.text()).startsWith("We will build").endsWith("next year.");
  }

  @Test
  void frenchFirstPersonParagraphAfterColon() {
    String t =
        "Le PDG Jean Dupont a détaillé sa stratégie :\n\nNous voulons doubler nos ventes en Europe"
            + " d’ici deux ans.";
    Quote q = only(t, "fr");
    assertThat(q.marked()).isFalse();
    assertThat(q.speaker()).isEqualTo("Jean Dupont");
  }

  @Test
  void germanFirstPersonParagraphAfterColonWithPronounIntro() {
    String t =
        "Anna Becker sprach am Montag in Berlin. Dann erklärte sie:\n\nIch glaube, dass wir den"
            + " Markt verändern werden.";
    Quote q = only(t, "de");
    assertThat(q.marked()).isFalse();
    assertThat(q.speaker()).isEqualTo("Anna Becker");
  }

  @Test
  void spanishItalianPortugueseFirstPersonParagraphs() {
    assertThat(
            only(
                    "Carlos García lo dijo claramente:\n\nYo creo que nuestro modelo funciona en"
                        + " todos los mercados.",
                    "es")
                .speaker())
        .isEqualTo("Carlos García");
    assertThat(
            only(
                    "Marco Rossi ha spiegato la scelta:\n\nNoi vogliamo portare questi prodotti in"
                        + " ogni casa italiana.",
                    "it")
                .speaker())
        .isEqualTo("Marco Rossi");
    assertThat(
            only(
                    "João Silva resumiu a estratégia:\n\nEu acredito que o nosso produto vai mudar o"
                        + " mercado.",
                    "pt")
                .speaker())
        .isEqualTo("João Silva");
  }

  @Test
  void captionLineBetweenColonAndSpeechIsSkipped() {
    String t =
        "Lei Jun described the plan:\n\nLei Jun on stage\n\nI think we can double our sales in"
            + " Europe.";
    Quote q = only(t, "en");
    assertThat(q.text()).startsWith("I think");
  }

  @Test
  void thirdPersonParagraphAfterColonIsNotSpeech() {
    String t =
        "Lei Jun described the plan:\n\nThe company will build a factory and hire many engineers"
            + " next year.";
    assertThat(find(t, "en")).isEmpty();
  }

  @Test
  void firstPersonParagraphWithoutColonIntroIsNotSpeech() {
    String t =
        "Lei Jun described the plan.\n\nWe think the plan is good for our readers and for the"
            + " market.";
    assertThat(find(t, "en")).isEmpty();
  }

  @Test
  void colonIntroNamingNobodyGivesNoUnmarkedSpeech() {
    String t = "Here is the full statement:\n\nWe will build a second factory next year in Spain.";
    assertThat(find(t, "en")).isEmpty();
  }

  @Test
  void onlyTheFirstParagraphAfterTheColonIsTaken() {
    String t =
        "Lei Jun described the plan:\n\nWe will build a second factory next year in Spain.\n\nIn"
            + " our view, the plan is bold and we like it a lot.";
    assertThat(find(t, "en")).hasSize(1);
  }

  // ---- limits and bad input

  @Test
  void quoteLongerThanTheLimitIsNotPaired() {
    String inside = "word ".repeat(QuoteFinder.MAX_QUOTE_CHARS / 5 + 1);
    assertThat(find("“" + inside + "end,” said Lei Jun.", "en")).isEmpty();
    String fits = "word ".repeat(QuoteFinder.MAX_QUOTE_CHARS / 5 - 2);
    assertThat(find("“" + fits + "end,” said Lei Jun.", "en")).hasSize(1);
  }

  @Test
  void verbBeyondTheWindowDoesNotAttribute() {
    String far = "x".repeat(QuoteFinder.WINDOW);
    Quote q = only("“We will not give up on this market,” " + far + " said Lei Jun.", "en");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void textPastTheLimitIsIgnored() {
    String pad = "a".repeat(QuoteFinder.MAX_TEXT_CHARS);
    assertThat(find(pad + " “We will open three new stores,” said Lei Jun.", "en")).isEmpty();
  }

  @Test
  void unpairedMarksAndBadInputGiveEmptyResults() {
    assertThat(QuoteFinder.find(null, "en")).isEmpty();
    assertThat(QuoteFinder.find("   ", null)).isEmpty();
    assertThat(find("“ unclosed quote said Lei Jun", "en")).isEmpty();
    assertThat(find("”«»„“\"", "xx")).isEmpty();
  }

  @Test
  void unknownLanguageUsesAllCues() {
    assertThat(only("„Wir wachsen schneller als der Markt“, sagte Anna Becker.", null).speaker())
        .isEqualTo("Anna Becker");
  }

  @Test
  void largeTextRunsInLinearTime() {
    String para =
        "Lei Jun spoke. “We will open three new stores next year,” he said. The firm calls it a"
            + " “new retail” model.\n\n";
    // ~330k chars, 6000 pairs of marks, 3000 pronouns to resolve: well under a second on an idle
    // core. The bound is loose because build machines are shared; it catches runaway (regex or
    // quadratic) behaviour, not a slower constant factor.
    String t = para.repeat(3000);
    List<Quote> qs =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QuoteFinder.find(t, "en"));
    assertThat(qs).hasSize(3000);
  }
}
