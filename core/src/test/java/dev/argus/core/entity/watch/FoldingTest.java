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
    assertThat(f.start()[1]).isEqualTo(1);
    assertThat(f.end()[1]).isEqualTo(5);
  }

  @Test
  void expansionsMapEveryFoldedCharToTheirSource() {
    Folding.Folded f = Folding.fold("xß");
    assertThat(f.length()).isEqualTo(3);
    assertThat(f.start()).startsWith(0, 1, 1);
    assertThat(f.end()).startsWith(1, 2, 2);
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
