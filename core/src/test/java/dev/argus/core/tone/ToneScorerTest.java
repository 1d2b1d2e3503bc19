package dev.argus.core.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of the scorer with the real fetched lexicons. */
class ToneScorerTest {
  private static final ToneScorer SCORER = ToneScorer.shared();

  @Test
  void everyBundledLanguageLoadsAFullLexiconWithNegators() {
    assertThat(SCORER.languages()).containsExactlyInAnyOrderElementsOf(ToneScorer.BUNDLED);
    assertThat(SCORER.languages()).contains("en", "fr", "de", "es", "it", "pt");
    for (String lang : ToneScorer.BUNDLED) {
      assertThat(SCORER.lexicon(lang).size()).as(lang).isGreaterThan(2000);
    }
    for (String lang : new String[] {"en", "fr", "de", "es", "it", "pt"}) {
      assertThat(SCORER.lexicon(lang).negators()).as(lang).isNotEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The results were good.|The results were not good.",
        "fr|Le bilan est excellent.|Le bilan n'est pas excellent.",
        "de|Das Ergebnis ist gut.|Das Ergebnis ist nicht gut.",
        "es|El resultado es bueno.|El resultado no es bueno.",
        "it|Il risultato è eccellente.|Il risultato non è eccellente.",
        "pt|O resultado é bom.|O resultado não é bom.",
      })
  void aNegatorFlipsTheWordsAfterIt(String lang, String plain, String negated) {
    // Some languages rate the negated phrase itself ("not good"), others flip the word: both
    // must come out negative.
    assertThat(SCORER.score(plain, lang)).isPositive();
    assertThat(SCORER.score(negated, lang)).isNegative();
  }

  @Test
  void aNegatedWordCountsAtVadersScalarOfItsValence() {
    Double plain = SCORER.score("Le bilan est excellent.", "fr");
    assertThat(SCORER.score("Le bilan n'est pas excellent.", "fr"))
        .isCloseTo(plain * ToneScorer.NEGATION_SCALAR, within(1e-9));
  }

  @Test
  void negationReachesThreeTokensAndNoFurther() {
    assertThat(SCORER.score("It was not a very good year.", "en")).isNegative();
    assertThat(SCORER.score("It was not the case that a year was good.", "en")).isPositive();
  }

  @Test
  void negationStopsAtTheEndOfAClause() {
    assertThat(SCORER.score("We did not wait. Good results came.", "en")).isPositive();
  }

  @Test
  void aPhraseEntryWinsOverItsWords() {
    // The lexicon rates "fun" positive and the phrase "no fun" negative.
    assertThat(SCORER.score("It was fun.", "en")).isPositive();
    assertThat(SCORER.score("It was no fun.", "en")).isNegative();
  }

  @Test
  void aZeroValuedPhraseHidesItsWords() {
    // "kind" is positive; "kind of" is rated 0 so that a hedge is not read as kindness.
    assertThat(SCORER.score("She is kind.", "en")).isPositive();
    assertThat(SCORER.score("It is kind of late.", "en")).isNull();
  }

  @Test
  void foldingMatchesCaseAndTypographicApostrophes() {
    assertThat(SCORER.score("KATASTROPHE im Hafen", "de")).isNegative();
    assertThat(SCORER.score("Die Katastrophe im Hafen", "de"))
        .isEqualTo(SCORER.score("die katastrophe im hafen", "de"));
    assertThat(SCORER.score("They don’t like it.", "en"))
        .isEqualTo(SCORER.score("They don't like it.", "en"))
        .isNegative();
  }

  @Test
  void anElidedArticleDoesNotHideTheWord() {
    assertThat(SCORER.score("Tous saluent l'excellent travail.", "fr")).isPositive();
    assertThat(SCORER.score("Un risultato dell'eccellente squadra.", "it")).isPositive();
  }

  @Test
  void theScoreIsTheMeanValenceAndDoesNotDriftWithLength() {
    String one = "The excellent team faced a fraud inquiry. ";
    Double short_ = SCORER.score(one, "en");
    assertThat(SCORER.score(one.repeat(200), "en")).isCloseTo(short_, within(1e-9));
    assertThat(SCORER.score("excellent excellent excellent", "en")).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void scoresStayWithinMinusOneAndOne() {
    assertThat(SCORER.score("superb outstanding breathtaking", "en")).isBetween(0.0, 1.0);
    assertThat(SCORER.score("catastrophic horrific fraud", "en")).isBetween(-1.0, 0.0);
  }

  @Test
  void aRegionSuffixOnTheLanguageIsIgnored() {
    assertThat(SCORER.score("O resultado é bom.", "pt-BR"))
        .isEqualTo(SCORER.score("O resultado é bom.", "pt"));
    assertThat(SCORER.score("Das ist gut.", "DE_at")).isPositive();
  }

  @Test
  void noScoreForAnUnknownLanguageNoLanguageEmptyTextOrNoLexiconWord() {
    assertThat(SCORER.score("The results were good.", "xx")).isNull();
    assertThat(SCORER.score("The results were good.", null)).isNull();
    assertThat(SCORER.score("", "en")).isNull();
    assertThat(SCORER.score(null, "en")).isNull();
    assertThat(SCORER.score("   \n\n ", "en")).isNull();
    assertThat(SCORER.score("The train leaves at nine.", "en")).isNull();
    assertThat(SCORER.scoreWindow("Acme is good.", "xx", 0, 4)).isNull();
    assertThat(SCORER.scoreWindow(null, "en", 0, 4)).isNull();
  }

  @Test
  void onlyTheFirstMaxCharsOfAnArticleAreRead() {
    String head = "A wonderful success. ";
    String filler = "x ".repeat((ToneScorer.MAX_CHARS - head.length()) / 2);
    String tail = " Fraud, disaster, death and ruin. ".repeat(50);
    String text = head + filler + tail;
    assertThat(text.length()).isGreaterThan(ToneScorer.MAX_CHARS);
    assertThat(SCORER.score(text, "en")).isEqualTo(SCORER.score(head, "en"));
    assertThat(SCORER.score(filler + tail + head, "en")).isNegative();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Acme delivered excellent results. Bolt faces a fraud lawsuit.|Acme|Bolt",
        "fr|Acme a présenté un excellent bilan. Bolt est visé par une enquête pour fraude.|Acme|Bolt",
        "de|Acme meldet einen großen Erfolg. Bolt steckt in einer tiefen Krise.|Acme|Bolt",
        "es|Acme celebró un año de éxito. Bolt sufre una crisis terrible.|Acme|Bolt",
        "it|Acme ha chiuso un anno eccellente. Bolt è travolta dallo scandalo.|Acme|Bolt",
        "pt|Acme comemorou um ano de sucesso. Bolt enfrenta uma crise terrível.|Acme|Bolt",
      })
  void aMentionWindowIsItsOwnSentence(String lang, String text, String a, String b) {
    int ia = text.indexOf(a);
    int ib = text.indexOf(b);
    assertThat(SCORER.scoreWindow(text, lang, ia, ia + a.length())).isPositive();
    assertThat(SCORER.scoreWindow(text, lang, ib, ib + b.length())).isNegative();
  }

  @Test
  void aMentionSpanningTwoSentencesScoresBoth() {
    String text = "Acme did well. Great year for Bolt. Fraud at Cobalt.";
    int start = text.indexOf("Acme");
    int end = text.indexOf("Bolt") + 4;
    assertThat(SCORER.scoreWindow(text, "en", start, end))
        .isEqualTo(SCORER.score("Acme did well. Great year for Bolt.", "en"));
  }

  @Test
  void aMentionWindowStopsAtAParagraphBreak() {
    String text = "Acme opened an office in Lyon\n\nterrible fraud and disaster elsewhere";
    assertThat(SCORER.scoreWindow(text, "en", 0, 4)).isNull();
    assertThat(SCORER.score(text, "en")).isNegative();
  }

  @Test
  void aMentionWindowReachesAtMostWindowReachCharacters() {
    // One unpunctuated paragraph: the sentence would be all of it.
    String near = "Acme has a wonderful plan ";
    String gap = "and more ".repeat(ToneScorer.WINDOW_REACH / 9 + 10);
    String text = near + gap + "fraud disaster catastrophe ruin death";
    assertThat(SCORER.scoreWindow(text, "en", 0, 4)).isEqualTo(SCORER.score(near, "en"));
    assertThat(SCORER.score(text, "en")).isNegative();
  }

  @Test
  void aSpanOutsideTheTextIsAClearError() {
    assertThatThrownBy(() -> SCORER.scoreWindow("Acme is good.", "en", 5, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[5, 50)");
    assertThatThrownBy(() -> SCORER.scoreWindow("Acme is good.", "en", -1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SCORER.scoreWindow("Acme is good.", "en", 3, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneScorerServesManyThreadsAlike() throws Exception {
    String text = "Acme delivered excellent results. Bolt faces a fraud lawsuit. It was not good.";
    Double expected = SCORER.score(text, "en");
    Double expectedWindow = SCORER.scoreWindow(text, "en", 34, 38);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    if (!expected.equals(SCORER.score(text, "en"))) return false;
                    if (!expectedWindow.equals(SCORER.scoreWindow(text, "en", 34, 38))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (var f : futures) assertThat(f.get()).isTrue();
    }
    assertThat(expectedWindow).isNegative();
  }

  @Test
  void aLexiconCanBeBuiltFromEntriesOnAnyScale() {
    ToneLexicon lexicon =
        ToneLexicon.of(java.util.Map.of("bravo", 0.5, "fiasco", -2.0), 1, java.util.List.of("non"));
    ToneScorer scorer = ToneScorer.of(java.util.Map.of("xx", lexicon));
    assertThat(scorer.score("bravo", "xx")).isEqualTo(0.5);
    assertThat(scorer.score("fiasco", "xx")).isEqualTo(-1.0);
    assertThat(scorer.score("non bravo", "xx")).isCloseTo(-0.37, within(1e-9));
    assertThatThrownBy(() -> ToneLexicon.of(java.util.Map.of(), 0, java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
