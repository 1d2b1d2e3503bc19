package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link TitleFinder#separators} tries the separator pattern only where a match can start; it must
 * list what a {@code find()} loop lists.
 */
class TitleSeparatorsTest {

  private static int[] byFind(String s) {
    Matcher m = TitleFinder.separatorPattern().matcher(s);
    List<Integer> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void partsATitleAtEachKindOfSeparator() {
    assertThat(TitleFinder.separators("Headline | Site")).containsExactly(8, 11);
    assertThat(TitleFinder.separators("Headline - Site » Section")).containsExactly(8, 11, 15, 18);
    assertThat(TitleFinder.separators("Headline::Site")).containsExactly(8, 10);
    assertThat(TitleFinder.separators("no-separator here")).isEmpty();
  }

  @Test
  void aDashBetweenChineseWordsReadsTheCharacterBeforeIt() {
    // The look-behind of the Chinese alternative sees the character before the dash.
    assertThat(TitleFinder.separators("新闻标题-网站")).containsExactly(4, 5);
    assertThat(TitleFinder.separators("headline-网站")).isEmpty();
  }

  @Test
  void agreesWithFindOnGeneratedTitles() {
    String[] parts = {
      "Title", "site", " ", "  ", "\t", "|", "::", ":", "»", "«", "›", "~", "/", "-", "--", "_",
      "–", "—", "－", "新闻", "网", "！", "。", "）", "x", "é"
    };
    Random random = new Random(29);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(9); k >= 0; k--) sb.append(parts[random.nextInt(parts.length)]);
      String s = sb.toString();
      assertThat(TitleFinder.separators(s)).as(s).containsExactly(byFind(s));
    }
  }
}
