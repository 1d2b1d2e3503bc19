package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link AuthorFinder#findByline} tries the byline pattern only where a match can start; it must
 * find what {@code region(from, to).find()} finds.
 */
class BylineSearchTest {

  private static final Pattern BYLINE = AuthorFinder.textBylinePattern();

  private static String plain(String text, int from, int to) {
    Matcher m = BYLINE.matcher(text);
    m.useTransparentBounds(true);
    return m.region(from, to).find() ? m.start() + ":" + m.group() : null;
  }

  private static String skipping(String text, int from, int to) {
    Matcher m = BYLINE.matcher(text);
    m.useTransparentBounds(true);
    return AuthorFinder.findByline(m, text, from, to) ? m.start() + ":" + m.group() : null;
  }

  @Test
  void findsALabelledBylineAfterASpace() {
    String text = "Ein Bericht. Von Anna Muster über den Tag";
    assertThat(skipping(text, 0, text.length())).isEqualTo(plain(text, 0, text.length()));
    assertThat(skipping(text, 0, text.length())).contains("Anna Muster");
  }

  @Test
  void theStartOfTheRegionCountsAsALineStart() {
    // "By" right at the region's start: the pattern's ^ holds there, and only there.
    String text = "xxBy Jane Roe";
    assertThat(skipping(text, 2, text.length())).isEqualTo("2:By Jane Roe");
    assertThat(skipping(text, 0, text.length())).isEqualTo(plain(text, 0, text.length()));
  }

  @Test
  void findsAChineseLabel() {
    String text = "新闻 作者：张三丰 北京";
    assertThat(skipping(text, 0, text.length())).isEqualTo(plain(text, 0, text.length()));
    assertThat(skipping(text, 0, text.length())).contains("张三丰");
  }

  @Test
  void labelTriggersAreFoundWhereOneSearchPerTriggerFindsThem() {
    List<String> triggers = AuthorFinder.labelTriggerWords();
    String[] pieces = {"text", ":", " von ", "autor", "écrit par", "作者", "记", "者", "by:", " ", "x"};
    Random random = new Random(17);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--)
        sb.append(pieces[random.nextInt(pieces.length)]);
      String lower = sb.toString();
      TreeSet<Integer> expected = new TreeSet<>();
      for (String t : triggers) {
        for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) expected.add(i);
      }
      assertThat(AuthorFinder.labelTriggers(lower))
          .as(lower)
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void agreesWithFindOnGeneratedText() {
    String[] parts = {
      "By ",
      "by ",
      "Von ",
      "von ",
      "Par ",
      "Text: ",
      "Autor: ",
      "Written by ",
      "Jane ",
      "Roe",
      "Anna",
      " ",
      "\n",
      "\u00a0",
      "|",
      "•",
      "·",
      "(",
      ")",
      "12.03.2024",
      " - ",
      "Uhr",
      "x",
      "作者",
      "：",
      "张三",
      "记者",
      "The ",
      "story ",
      "Di Maio",
      "Redaktion:",
      ", ",
      "Ein Artikel von ",
      "Écrit par ",
      "über ",
      "Ölmann",
      "\uD835\uDC01ob",
      "\t",
      "posted by ",
      "3"
    };
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 2 + random.nextInt(10); k >= 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String text = sb.toString();
      int from = random.nextInt(text.length());
      int to = from + 1 + random.nextInt(text.length() - from);
      assertThat(skipping(text, from, to))
          .as("%s [%d, %d)", text, from, to)
          .isEqualTo(plain(text, from, to));
    }
  }
}
