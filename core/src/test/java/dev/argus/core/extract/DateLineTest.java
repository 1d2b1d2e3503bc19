package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lines that are a date and little else, which the main text leaves out. */
class DateLineTest {

  @Test
  void datesWithTheirWordsAreDateLines() {
    assertThat(ContentExtractor.isDateLine("23.10.2018")).isTrue();
    assertThat(ContentExtractor.isDateLine("aktualisiert: 3. april 2020, 10:15 uhr")).isTrue();
    assertThat(ContentExtractor.isDateLine("publié le 12 févr. 2021 à 08h30")).isTrue();
    assertThat(ContentExtractor.isDateLine("mis à jour le 3 mars 2021")).isTrue();
    assertThat(ContentExtractor.isDateLine("posted on march 3, 2021 by")).isTrue();
  }

  @Test
  void sentencesWithADateAreNot() {
    assertThat(ContentExtractor.isDateLine("der rat tagte am 3.4.2020 bis spät")).isFalse();
    assertThat(ContentExtractor.isDateLine("nexori sold 12 cameras in 2020")).isFalse();
    assertThat(ContentExtractor.isDateLine("no date here at all")).isFalse();
  }

  @Test
  void dateWordsCountOnlyAtTheStartOfAWord() {
    // "mar" in "gramar" follows a letter, "am" in "3am" follows a digit: they stay letters.
    assertThat(ContentExtractor.lettersOutsideDateWords("gramar 12")).isEqualTo(6);
    assertThat(ContentExtractor.lettersOutsideDateWords("3am")).isEqualTo(2);
    assertThat(ContentExtractor.lettersOutsideDateWords("märz 2020")).isZero();
    assertThat(ContentExtractor.lettersOutsideDateWords("dezember. x")).isEqualTo(1);
  }

  /**
   * The hand-written scan removes exactly what one regex alternation of the words removes, on
   * random lines of letters (accented ones among them), digits and punctuation.
   */
  @Test
  void theScanAgreesWithTheRegexOfTheSameWords() {
    Pattern regex =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                + String.join(
                    "|", ContentExtractor.DATE_WORDS.stream().map(Pattern::quote).toList())
                + ")\\w*");
    String[] pieces = {
      "jan", "mär", "z", "a", "am", "é", "à", "août", "de", "r", "mis à jour", "uhr", "_", "x", "ü",
      "1", "2", "²", "Ⅻ", " ", ".", ",", ":", "-", "h", "on", "gen", "mai", "déc", "\u00a0"
    };
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(12);
      for (int k = 0; k < parts; k++) sb.append(pieces[random.nextInt(pieces.length)]);
      String line = sb.toString();
      assertThat(ContentExtractor.lettersOutsideDateWords(line))
          .as(line)
          .isEqualTo(letters(regex, line));
    }
  }

  private static int letters(Pattern regex, String line) {
    Matcher m = regex.matcher(line);
    String rest = m.replaceAll("");
    int letters = 0;
    for (int i = 0; i < rest.length(); i++) if (Character.isLetter(rest.charAt(i))) letters++;
    return letters;
  }
}
