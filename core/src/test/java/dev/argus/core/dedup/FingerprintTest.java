package dev.argus.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  @Test
  void caseWhitespacePunctuationAndCompatibilityFormsDoNotChangeTheExactHash() {
    Fingerprint a = Fingerprint.of("Nexori opens a camera division, in Munich.");
    Fingerprint b = Fingerprint.of("  NEXORI opens a camera-division\n\nin   MUNICH!!");
    // Fullwidth letters and digits are compatibility forms: NFKC makes them ASCII.
    Fingerprint c = Fingerprint.of("Ｎｅｘｏｒｉ opens a camera division in Munich");
    assertThat(b.exactHash()).isEqualTo(a.exactHash());
    assertThat(c.exactHash()).isEqualTo(a.exactHash());
    assertThat(b).isEqualTo(a);
  }

  @Test
  void theNormalisationShortcutsAgreeWithTheJdk() {
    for (String s :
        List.of(
            "plain ascii words for a shingle or two",
            "Café à Zürich, „quoted“ “quoted” – dash • bullet … and € 5",
            "Łódź Šibenik",
            "no\u00a0break and x² and Ｘ",
            "ĳ and ﬁne and ½ and ™",
            "e\u0301 and \u00a0\u0301 and …\u0301",
            "ｶﾞｲﾄﾞ and ｼｬｵﾐ",
            "\u1100\u1161 한국",
            "中文 and 😀 emoji")) {
      String nfkc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
      assertThat(Fingerprint.of(s)).as(s).isEqualTo(Fingerprint.of(nfkc));
      assertThat(Fingerprint.shingles(s)).as(s).isEqualTo(Fingerprint.shingles(nfkc));
    }
    // NFKC applies on the fast path too: the no-break space and the superscript are folded.
    assertThat(Fingerprint.of("x\u00a0y²").exactHash())
        .isEqualTo(Fingerprint.of("x y2").exactHash());
  }

  @Test
  void aChangedWordChangesTheExactHash() {
    assertThat(Fingerprint.of("Nexori opens a camera division in Munich").exactHash())
        .isNotEqualTo(Fingerprint.of("Nexori opens a camera division in Berlin").exactHash());
  }

  @Test
  void greekFinalSigmaFoldsLikeSigma() {
    assertThat(Fingerprint.of("ΤΟ ΝΕΟ ΣΧΕΔΙΟ ΤΗΣ ΠΟΛΗΣ").exactHash())
        .isEqualTo(Fingerprint.of("το νεο σχεδιο της πολης").exactHash());
  }

  @Test
  void cjkCharactersAreTokensOfTheirOwn() {
    assertThat(Fingerprint.of("奈克索瑞成立影像部门").tokens()).isEqualTo(10);
    assertThat(Fingerprint.of("Nexori 在慕尼黑 opens").tokens()).isEqualTo(6);
    assertThat(Fingerprint.of("カメラ部門を新設").tokens()).isEqualTo(8);
  }

  @Test
  void emptyAndPunctuationOnlyTextsAreEmpty() {
    assertThat(Fingerprint.of("")).isEqualTo(Fingerprint.EMPTY);
    assertThat(Fingerprint.of(null)).isEqualTo(Fingerprint.EMPTY);
    assertThat(Fingerprint.of(" ... -- !! \n\n")).isEqualTo(Fingerprint.EMPTY);
    assertThat(Fingerprint.EMPTY.isEmpty()).isTrue();
  }

  @Test
  void fixedSeedsGiveTheSameFingerprintInEveryRun() {
    // A golden value: a changed seed or hash would silently invalidate every stored snapshot.
    Fingerprint f = Fingerprint.of("Nexori opens a camera division in Munich");
    assertThat(f.tokens()).isEqualTo(7);
    assertThat(Long.toHexString(f.exactHash())).isEqualTo(GOLDEN_EXACT);
    assertThat(f.minHashes()[0]).isEqualTo(GOLDEN_BIN0);
  }

  private static final String GOLDEN_EXACT = "2ab1c49536bc1896";
  private static final int GOLDEN_BIN0 = 1594212141;

  @Test
  void fingerprintsAreEqualFromManyThreads() throws Exception {
    Fingerprint expected = Fingerprint.of(Texts.HARBOUR);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Fingerprint>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) futures.add(pool.submit(() -> Fingerprint.of(Texts.HARBOUR)));
      for (Future<Fingerprint> f : futures) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void signaturesAgreeInProportionToTheShingleJaccard() {
    List<String> paragraphs = Texts.paragraphs(Texts.HARBOUR);
    String shorter = Texts.join(paragraphs.subList(0, 4));
    double exact =
        Fingerprint.jaccard(Fingerprint.shingles(Texts.HARBOUR), Fingerprint.shingles(shorter));
    int[] a = Fingerprint.of(Texts.HARBOUR).minHashes();
    int[] b = Fingerprint.of(shorter).minHashes();
    int agree = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) agree++;
    assertThat(exact).isBetween(0.4, 0.8);
    assertThat((double) agree / a.length)
        .isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
  }

  @Test
  void jaccardOfShingleSets() {
    long[] a = Fingerprint.shingles("one two three four five");
    long[] b = Fingerprint.shingles("one two three four six");
    assertThat(a).hasSize(2);
    assertThat(Fingerprint.jaccard(a, b)).isEqualTo(1.0 / 3);
    assertThat(Fingerprint.jaccard(a, a)).isEqualTo(1.0);
    assertThat(Fingerprint.jaccard(new long[0], new long[0])).isEqualTo(0.0);
  }

  @Test
  void textsShorterThanAShingleAreOneShingle() {
    assertThat(Fingerprint.shingles("two words")).hasSize(1);
    assertThat(Fingerprint.of("two words").minHashes()).hasSize(Fingerprint.BINS);
  }

  @Test
  void malformedFingerprintsAreRefused() {
    assertThatThrownBy(() -> new Fingerprint(1, 5, new int[3]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fingerprint(1, -1, new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fingerprint(1, 5, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
