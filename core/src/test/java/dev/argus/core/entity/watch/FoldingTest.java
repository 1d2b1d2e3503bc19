package dev.argus.core.entity.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

  static String folded(String s) {
    Folding.Folded f = Folding.fold(s);
    return new String(f.chars(), 0, f.length());
  }

  @Test
  void foldsAccentsCaseAndWidth() {
    assertThat(folded("Société Générale")).isEqualTo("societe generale");
    assertThat(folded("ΆΘΗΝΑ")).isEqualTo("αθηνα");
    assertThat(folded("Ёлка")).isEqualTo("елка");
    assertThat(folded("Ｘｉａｏｍｉ")).isEqualTo("xiaomi");
    assertThat(folded("ｼｬｵﾐ")).isEqualTo("シャオミ");
    assertThat(folded("Straße")).isEqualTo("strasse");
  }

  @Test
  void japaneseVoicingMarksAreKept() {
    assertThat(folded("ガス")).isNotEqualTo(folded("カス"));
    assertThat(folded("ｶﾞｽ")).isEqualTo(folded("ガス"));
    assertThat(folded("ﾊﾟﾝ")).isEqualTo(folded("パン"));
    assertThat(folded("カ\u3099ス")).isEqualTo(folded("ガス"));
    assertThat(Folding.key("ｶﾞｽ", false)).isEqualTo("ガス");
  }

  @Test
  void whitespaceRunsCollapseAndMapToTheWholeRun() {
    Folding.Folded f = Folding.fold("a \n\t b");
    assertThat(new String(f.chars(), 0, f.length())).isEqualTo("a b");
    assertThat(f.start(1)).isEqualTo(1);
    assertThat(f.end(1)).isEqualTo(5);
  }

  @Test
  void expansionsMapEveryFoldedCharToTheirSource() {
    Folding.Folded f = Folding.fold("xß");
    assertThat(f.length()).isEqualTo(3);
    assertThat(new int[] {f.start(0), f.start(1), f.start(2)}).containsExactly(0, 1, 1);
    assertThat(new int[] {f.end(0), f.end(1), f.end(2)}).containsExactly(1, 2, 2);
  }

  @Test
  void expansionsDoNotOvertakeTheCharsStillToBeRead() {
    // The fold reads its input from its output array until an expansion would overwrite it.
    String rest = "Straße Ǆemal ﬃ Société \uD835\uDC00 Ende";
    assertThat(folded("ßßßﬃ " + rest)).isEqualTo("ssssssffi " + folded(rest));
    Folding.Folded f = Folding.fold("ßx  y");
    assertThat(new String(f.chars(), 0, f.length())).isEqualTo("ssx y");
    assertThat(new int[] {f.start(2), f.end(2), f.start(3), f.end(3), f.start(4), f.end(4)})
        .containsExactly(1, 2, 2, 4, 4, 5);
  }

  @Test
  void marksAndSurrogatePairsWidenTheSpanOfTheirFoldedChar() {
    Folding.Folded f = Folding.fold("e\u0301\u0301 \uD835\uDC00x");
    assertThat(new String(f.chars(), 0, f.length())).isEqualTo("e a" + "x");
    assertThat(new int[] {f.end(0), f.start(2), f.end(2), f.start(3), f.end(3)})
        .containsExactly(3, 4, 6, 6, 7);
  }

  @Test
  void textFoldingAgreesWithPhraseFoldingForEveryBasicPlaneCharacter() {
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) continue;
      String s = "a" + (char) c + "b";
      assertThat(folded(s)).as("U+%04X", c).isEqualTo(Folding.key(s, true));
    }
  }

  @Test
  void caseKeepingFoldOnlyFoldsAccents() {
    assertThat(Folding.key("ÉCLAIR  Ai", false)).isEqualTo("ECLAIR Ai");
  }
}
