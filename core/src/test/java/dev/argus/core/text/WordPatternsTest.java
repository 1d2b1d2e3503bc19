package dev.argus.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordPatternsTest {

  private static List<String> all(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.results().map(r -> r.group()).toList();
  }

  @Test
  void findsWholeWordsInAnyCaseLongestFirst() {
    Pattern p = WordPatterns.anyOf(List.of("said", "according to", "selon", "Über"));

    assertThat(all(p, "She SAID so, according to Reuters; selon l'AFP, über alles."))
        .containsExactly("SAID", "according to", "selon", "über");
  }

  @Test
  void doesNotMatchInsideLongerWords() {
    Pattern p = WordPatterns.anyOf(List.of("said", "ceo"));

    assertThat(all(p, "unsaid saidly CEOs the CEO")).containsExactly("CEO");
  }

  @Test
  void theFirstLetterLookaheadCoversBothCases() {
    assertThat(WordPatterns.firstLetters(List.of("élu", "Dit"))).contains("É", "é", "D", "d");
    assertThat(WordPatterns.firstLetters(List.of("x", ""))).isEmpty();
  }
}
