package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link Dates#allInText} tries its pattern only where a date can start; these tests hold it to the
 * plain search of the part that tries every position.
 */
class DatesInTextTest {

  /** The reference: the pattern searched over the region, trying every position. */
  private static List<LocalDate> everyPosition(String text, int from, int to, String lang) {
    List<LocalDate> out = new ArrayList<>();
    Matcher m = Dates.TEXT.matcher(text);
    m.region(Math.max(0, from), Math.min(text.length(), to));
    while (m.find()) {
      LocalDate d = Dates.dateOf(m, "en".equals(lang));
      if (Dates.plausible(d)) out.add(d);
    }
    return out;
  }

  private static List<LocalDate> found(String text, int from, int to, String lang) {
    return Dates.allInText(text, from, to, lang, Integer.MAX_VALUE).stream()
        .map(Dates.Value::day)
        .toList();
  }

  private static List<LocalDate> found(String text, String lang) {
    return found(text, 0, text.length(), lang);
  }

  @Test
  void aMonthNameBeforeTheDigitsStartsTheDate() {
    assertThat(found("Posted on March 14, 2025 by the desk", "en"))
        .containsExactly(LocalDate.of(2025, 3, 14));
  }

  @Test
  void anAbbreviatedMonthKeepsItsFullStop() {
    assertThat(found("Filed Dec. 14, 2025", "en")).containsExactly(LocalDate.of(2025, 12, 14));
  }

  @Test
  void digitsRightAfterALetterStartNoDate() {
    assertThat(found("ref x14.03.2025 and then 15.03.2025", "de"))
        .containsExactly(LocalDate.of(2025, 3, 15));
  }

  @Test
  void theEndOfThePartEndsTheDateAsTheTextsEndWould() {
    // The text goes on with a letter after the year, but the part searched ends before it.
    String text = "am 14.03.2025x";
    assertThat(found(text, 0, text.length() - 1, "de")).containsExactly(LocalDate.of(2025, 3, 14));
    assertThat(found(text, "de")).isEmpty();
  }

  @Test
  void theStartOfThePartStartsADateAsTheTextsStartWould() {
    // Inside the text a letter stands before the day; the part searched starts after it.
    String text = "x14.03.2025";
    assertThat(found(text, 1, text.length(), "de")).containsExactly(LocalDate.of(2025, 3, 14));
    assertThat(found(text, "de")).isEmpty();
  }

  @Test
  void aYearWithItsCharacterMayStartInsideARunOfDigits() {
    // The form with 年 has no word boundary before it, so it may start at any digit.
    assertThat(found("12025年3月14日", "zh")).containsExactly(LocalDate.of(2025, 3, 14));
  }

  @Test
  void findsAsManyAsAskedInOrder() {
    String text = "1.2.2020, then 3.4.2021 and 5.6.2022";
    assertThat(Dates.allInText(text, 0, text.length(), "de", 2))
        .extracting(Dates.Value::day)
        .containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2021, 4, 3));
  }

  @Test
  void agreesWithTheSearchAtEveryPositionOnGeneratedText() {
    String[] parts = {
      "March",
      "mars",
      "Dezember",
      "déc.",
      "Dec.",
      "14",
      "3",
      "2025",
      "2019",
      "12025",
      " ",
      "  ",
      "\u00a0",
      "\u202f",
      ".",
      ",",
      "/",
      "-",
      "x",
      "page",
      "de ",
      "1er",
      "14th",
      "\n",
      "年",
      "月",
      "日",
      "²",
      "\uD835\uDC00",
      "٣",
      "Sept",
      "on",
      "Oktober",
      "vom",
      "12.05.",
      "v2.1.20",
      "20.03.24",
      "abcdefghijklmnop",
      "2024-02-29",
      "ab2024-02-29",
      "10:30"
    };
    Random random = new Random(7);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder sb = new StringBuilder();
      int k = 3 + random.nextInt(14);
      for (int i = 0; i < k; i++) sb.append(parts[random.nextInt(parts.length)]);
      String text = sb.toString();
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      String lang = random.nextBoolean() ? "en" : "de";
      assertThat(found(text, from, to, lang))
          .as("%s [%d, %d)", text, from, to)
          .isEqualTo(everyPosition(text, from, to, lang));
    }
  }
}
