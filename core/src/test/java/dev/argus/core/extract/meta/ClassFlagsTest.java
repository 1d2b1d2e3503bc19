package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page scan reads what class names and ids say in one pass ({@link PageScan#flagsOf}); each
 * flag must agree with the rule it stands for, written as a pattern.
 */
class ClassFlagsTest {

  private static Pattern anyOf(String[] words) {
    return Pattern.compile("(?i)" + String.join("|", words).replace("-", "\\-"));
  }

  private static final Pattern AUTHORISH = anyOf(PageScan.AUTHORISH);
  private static final Pattern DATEISH = anyOf(PageScan.DATEISH);

  private static int byPatterns(String v) {
    return (PageScan.TITLE_CLASS.matcher(v).find() ? PageScan.F_TITLE : 0)
        | (AUTHORISH.matcher(v).find() ? PageScan.F_AUTHOR : 0)
        | (DATEISH.matcher(v).find() ? PageScan.F_DATE : 0)
        | (PageScan.BOILERPLATE.matcher(v).find() ? PageScan.F_BOILER : 0);
  }

  @Test
  void titleClassesInAnyAsciiCase() {
    assertThat(PageScan.isTitleClass("entry-title")).isTrue();
    assertThat(PageScan.isTitleClass("Post_Title big")).isTrue();
    assertThat(PageScan.isTitleClass("ArticleTitle")).isTrue();
    assertThat(PageScan.isTitleClass("main-HEADLINE")).isTrue();
    assertThat(PageScan.isTitleClass("site-title")).isFalse();
    assertThat(PageScan.isTitleClass("entry--title")).isFalse();
  }

  @Test
  void boilerplateWordsOnlyAtAWordStart() {
    assertThat(PageScan.flagsOf("post Comments")).isEqualTo(PageScan.F_BOILER);
    assertThat(PageScan.flagsOf("nocomment")).isZero();
  }

  @Test
  void agreesWithThePatternsOnGeneratedNames() {
    String[] parts = {
      "entry",
      "Post",
      "ARTICLE",
      "page",
      "story",
      "news",
      "title",
      "Title",
      "headline",
      "-",
      "_",
      " ",
      "\t",
      "author",
      "Byline",
      "date",
      "TIME",
      "meta",
      "entry-info",
      "comment",
      "Share",
      "reply",
      "x",
      "é",
      "writer",
      "site"
    };
    Random random = new Random(23);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(5); k >= 0; k--) sb.append(parts[random.nextInt(parts.length)]);
      String v = sb.toString();
      assertThat(PageScan.flagsOf(v)).as(v).isEqualTo(byPatterns(v));
    }
  }
}
