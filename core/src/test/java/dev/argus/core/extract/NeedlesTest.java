package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeedlesTest {

  private static final Needles NEEDLES =
      new Needles()
          .add(List.of("author", "byline"), 1, false)
          .add(List.of("date", "byline"), 2, false)
          .add(List.of("share", "reply"), 4, true)
          .add(List.of("dé jà", "sé ça"), 8, false)
          .add(List.of("écrit", "作者"), 16, false);

  @Test
  void findsWordsAnywhereWithTheirFlags() {
    assertThat(NEEDLES.flags("post-author-box")).isEqualTo(1);
    assertThat(NEEDLES.flags("entry-date")).isEqualTo(2);
    assertThat(NEEDLES.flags("the-byline")).isEqualTo(3);
    assertThat(NEEDLES.flags("nothing here")).isZero();
  }

  @Test
  void asciiCapitalsReadAsSmallLetters() {
    assertThat(NEEDLES.flags("POST-Author-box")).isEqualTo(1);
    assertThat(NEEDLES.flags("Share-bar")).isEqualTo(4);
    assertThat(NEEDLES.flags("TEXTE ÉCRIT")).isZero();
    assertThatThrownBy(() -> new Needles().add(List.of("Date"), 1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wordStartWordsOnlyAtTheStartOrAfterASpace() {
    assertThat(NEEDLES.flags("share-bar")).isEqualTo(4);
    assertThat(NEEDLES.flags("post\tshare")).isEqualTo(4);
    assertThat(NEEDLES.flags("post-share")).isZero();
    assertThat(NEEDLES.flags("noreply")).isZero();
  }

  @Test
  void wordsWithANonAsciiSecondCharacter() {
    assertThat(NEEDLES.flags("comme sé ça")).isEqualTo(8);
    assertThat(NEEDLES.flags("déjà vu")).isZero();
    assertThat(NEEDLES.any("un dé jà")).isTrue();
  }

  @Test
  void wordsAtTheVeryEnd() {
    assertThat(NEEDLES.flags("x date")).isEqualTo(2);
    assertThat(NEEDLES.flags("d")).isZero();
  }

  @Test
  void agreesWithOneSearchPerWord() {
    String[] pieces = {
      "author", "auth", "date", "dat", "by", "line", "share", "reply", " ", "-", "x"
    };
    Random random = new Random(3);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) sb.append(pieces[random.nextInt(pieces.length)]);
      String s = sb.toString();
      int expected = 0;
      if (s.contains("author") || s.contains("byline")) expected |= 1;
      if (s.contains("date") || s.contains("byline")) expected |= 2;
      if (s.matches("(?s)(?:.*\\s)?(?:share|reply).*")) expected |= 4;
      assertThat(NEEDLES.flags(s)).as(s).isEqualTo(expected);
    }
  }

  @Test
  void wordsWithANonAsciiFirstCharacter() {
    assertThat(NEEDLES.flags("texte écrit par")).isEqualTo(16);
    assertThat(NEEDLES.flags("新闻作者：")).isEqualTo(16);
    assertThat(NEEDLES.flags("écri")).isZero();
    assertThat(NEEDLES.flags("作")).isZero();
  }

  @Test
  void positionsOfEveryOccurrenceInOrder() {
    assertThat(NEEDLES.positions("date, author: 作者 and date")).containsExactly(0, 6, 14, 21);
    // "byline" is in two sets and stands once; overlapping words both count.
    assertThat(NEEDLES.positions("byline")).containsExactly(0);
    assertThat(NEEDLES.positions("authorauthor")).containsExactly(0, 6);
    assertThat(NEEDLES.positions("post-share share")).containsExactly(11);
    assertThat(NEEDLES.positions("")).isEmpty();
  }

  @Test
  void positionsAgreeWithIndexOfPerWord() {
    List<String> words = List.of("abab", "ba", "éa", "作者", "ab");
    Needles needles = new Needles().add(words, 1, false);
    String[] pieces = {"a", "b", "ab", "é", "作", "者", " "};
    Random random = new Random(5);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k >= 0; k--)
        sb.append(pieces[random.nextInt(pieces.length)]);
      String s = sb.toString();
      java.util.TreeSet<Integer> expected = new java.util.TreeSet<>();
      for (String w : words) {
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) expected.add(i);
      }
      assertThat(needles.positions(s))
          .as(s)
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void refusesAOneLetterWord() {
    assertThatThrownBy(() -> new Needles().add(List.of("a"), 1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
