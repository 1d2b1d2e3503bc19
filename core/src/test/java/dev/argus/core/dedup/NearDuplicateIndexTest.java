package dev.argus.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.core.dedup.NearDuplicateIndex.Match;
import dev.argus.core.dedup.NearDuplicateIndex.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  private final NearDuplicateIndex index = NearDuplicateIndex.create();

  private Result add(String id, String published, String text) {
    return index.add(id, published, Fingerprint.of(text));
  }

  @Test
  void anArticleAloneStartsItsOwnGroup() {
    Result r = add("a", "2026-03-14", Texts.HARBOUR);
    assertThat(r).isEqualTo(new Result("a", null, Match.NONE, 0));
  }

  @Test
  void exactCopyWithOtherCaseAndSpacingIsAnExactDuplicate() {
    add("a", "2026-03-14T09:00:00Z", Texts.HARBOUR);
    Result r =
        add("b", "2026-03-14T11:00:00Z", Texts.HARBOUR.toUpperCase().replace("\n\n", "\n \n  "));
    assertThat(r).isEqualTo(new Result("a", "a", Match.EXACT, 1.0));
  }

  @Test
  void copyWithADroppedParagraphAndAnotherHeadlineIsANearDuplicate() {
    add("a", "2026-03-14T09:00:00Z", Texts.HARBOUR);
    List<String> p = new ArrayList<>(Texts.paragraphs(Texts.HARBOUR));
    p.set(0, "Smartphone maker Nexori sets up Munich camera unit");
    p.remove(4);
    Result r = add("b", "2026-03-14T10:00:00Z", Texts.join(p));
    assertThat(r.match()).isEqualTo(Match.NEAR);
    assertThat(r.dupGroup()).isEqualTo("a");
    assertThat(r.duplicateOf()).isEqualTo("a");
    assertThat(r.similarity()).isBetween(0.5, 0.95);
  }

  @Test
  void copyWithSiteBoilerplateAndAnAddedParagraphIsANearDuplicate() {
    add("a", null, Texts.HARBOUR);
    String copy =
        "Home | Business | Technology | Markets\n\n"
            + Texts.HARBOUR
            + "\n\nThis story has been updated with the share price at the close.\n\n"
            + "Share this article\n\n© 2026 Quayside Daily. All rights reserved.";
    assertThat(add("b", null, copy).match()).isEqualTo(Match.NEAR);
  }

  @Test
  void differentArticleOnTheSameStoryIsNotGrouped() {
    add("a", "2026-03-14", Texts.HARBOUR);
    Result r = add("b", "2026-03-14", Texts.VALLEY_SAME_STORY);
    assertThat(r).isEqualTo(new Result("b", null, Match.NONE, 0));
  }

  @Test
  void lightlyEditedGermanCopyIsANearDuplicate() {
    add("de-1", null, Texts.DE);
    String edited =
        Texts.DE
            .replace("Mittwochabend", "Mittwoch")
            .replace("zwanzig neue", "20 neue")
            .replace("stark gestiegen", "deutlich gestiegen")
            .replace("rund vierzehn", "etwa vierzehn");
    Result r = add("de-2", null, edited);
    assertThat(r.match()).isEqualTo(Match.NEAR);
    assertThat(r.dupGroup()).isEqualTo("de-1");
  }

  @Test
  void chineseCopiesAreGroupedAndAnotherChineseArticleIsNot() {
    add("zh-1", "2026-03-14", Texts.ZH);
    List<String> p = new ArrayList<>(Texts.paragraphs(Texts.ZH));
    p.remove(5);
    p.add(0, "科技频道 | 首页 | 手机");
    Result copy = add("zh-2", "2026-03-15", Texts.join(p));
    assertThat(copy.match()).isEqualTo(Match.NEAR);
    assertThat(copy.duplicateOf()).isEqualTo("zh-1");
    assertThat(add("zh-3", "2026-03-15", Texts.ZH_OTHER).match()).isEqualTo(Match.NONE);
  }

  @Test
  void shortTextsMatchOnlyExactly() {
    String brief =
        "Nexori shares rose three percent in Lisbon on Tuesday after the company "
            + "announced a new camera division in Munich.";
    assertThat(Fingerprint.of(brief).tokens()).isLessThan(NearDuplicateIndex.MIN_NEAR_TOKENS);
    add("a", null, brief);
    assertThat(add("b", null, brief.replace("three", "four")).match()).isEqualTo(Match.NONE);
    assertThat(add("c", null, brief.toLowerCase()).match()).isEqualTo(Match.EXACT);
  }

  @Test
  void aLongTextDoesNotNearMatchAShortOne() {
    String shortPart = Texts.paragraphs(Texts.HARBOUR).get(6);
    String longer =
        shortPart + " Trading volume was twice the daily average, brokers in the city said.";
    assertThat(Fingerprint.of(shortPart).tokens()).isLessThan(NearDuplicateIndex.MIN_NEAR_TOKENS);
    assertThat(Fingerprint.of(longer).tokens())
        .isGreaterThanOrEqualTo(NearDuplicateIndex.MIN_NEAR_TOKENS);
    // Most of the longer text's shingles are the short one's: only the length rule keeps them
    // apart.
    assertThat(Fingerprint.jaccard(Fingerprint.shingles(shortPart), Fingerprint.shingles(longer)))
        .isGreaterThan(0.5);
    add("short", null, shortPart);
    assertThat(add("long", null, longer).match()).isEqualTo(Match.NONE);
  }

  @Test
  void emptyTextNeverMatchesAndIsNotIndexed() {
    assertThat(add("a", null, "")).isEqualTo(new Result("a", null, Match.NONE, 0));
    assertThat(add("b", null, "  -- ")).isEqualTo(new Result("b", null, Match.NONE, 0));
    assertThat(index.size()).isZero();
  }

  @Test
  void earliestPublishedIsTheOriginalEvenWhenItArrivesLater() {
    Result first = add("late", "2026-03-14T10:00:00+00:00", Texts.HARBOUR);
    Result earliest = add("early", "2026-03-14T09:00:00+01:00", Texts.HARBOUR); // 08:00 UTC
    Result middle = add("middle", "2026-03-14T09:00:00Z", Texts.HARBOUR);
    Result undated = add("undated", null, Texts.HARBOUR);
    assertThat(first.duplicateOf()).isNull();
    assertThat(earliest).isEqualTo(new Result("late", null, Match.EXACT, 1.0));
    assertThat(middle.duplicateOf()).isEqualTo("early");
    assertThat(middle.dupGroup()).isEqualTo("late");
    assertThat(undated.duplicateOf()).isEqualTo("early");
  }

  @Test
  void equalDatesKeepTheFirstArrivalAsOriginal() {
    add("first", "2026-03-14", Texts.HARBOUR);
    assertThat(add("second", "2026-03-14", Texts.HARBOUR).duplicateOf()).isEqualTo("first");
  }

  @Test
  void undatedGroupTakesTheFirstDatedMemberAsOriginal() {
    add("undated", null, Texts.HARBOUR);
    assertThat(add("dated", "2026-03-14", Texts.HARBOUR).duplicateOf()).isNull();
    assertThat(add("undated-2", "garbage date", Texts.HARBOUR).duplicateOf()).isEqualTo("dated");
  }

  @Test
  void datesOfEveryIsoShapeAreRead() {
    assertThat(LshIndex.minutes("1970-01-02")).isEqualTo(24 * 60);
    assertThat(LshIndex.minutes("1970-01-01T01:00:00+01:00")).isZero();
    assertThat(LshIndex.minutes("1970-01-01T00:10:00")).isEqualTo(10);
    assertThat(LshIndex.minutes("1970-01-01T00:10:59.5Z")).isEqualTo(10);
    assertThat(LshIndex.minutes("1970-01-01 02:00+0130")).isEqualTo(30);
    assertThat(LshIndex.minutes("1970-01-01T00:00-01")).isEqualTo(60);
    // Shapes the hand parser leaves to java.time.
    assertThat(LshIndex.minutes("1970-01-01T01:00:00+01:00[Europe/Paris]")).isZero();
    assertThat(LshIndex.minutes("1970-01-01T24:00:00Z")).isEqualTo(Integer.MAX_VALUE);
    assertThat(LshIndex.minutes("yesterday")).isEqualTo(Integer.MAX_VALUE);
    assertThat(LshIndex.minutes("2026-02-30")).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void snapshotRestoresTheSameGroupsAndOriginals() throws IOException {
    add("a", "2026-03-14T10:00:00Z", Texts.HARBOUR);
    add("b", "2026-03-14T08:00:00Z", Texts.HARBOUR.replace("Tuesday", "Wednesday"));
    add("zh", "2026-03-14", Texts.ZH);
    add("de", null, Texts.DE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.snapshot(out);
    NearDuplicateIndex restored =
        NearDuplicateIndex.restore(new ByteArrayInputStream(out.toByteArray()));

    assertThat(restored.size()).isEqualTo(4);
    assertThat(restored.memoryBytes()).isEqualTo(index.memoryBytes());
    List<String> p = new ArrayList<>(Texts.paragraphs(Texts.HARBOUR));
    p.remove(3);
    Fingerprint copy = Fingerprint.of(Texts.join(p));
    Result expected = index.add("c", "2026-03-14T12:00:00Z", copy);
    assertThat(restored.add("c", "2026-03-14T12:00:00Z", copy)).isEqualTo(expected);
    assertThat(expected.duplicateOf()).isEqualTo("b");
    Fingerprint zh = Fingerprint.of(Texts.ZH);
    assertThat(restored.add("zh-2", null, zh)).isEqualTo(index.add("zh-2", null, zh));

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    restored.snapshot(again);
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    index.snapshot(original);
    assertThat(again.toByteArray()).isEqualTo(original.toByteArray());
  }

  @Test
  void truncatedOrForeignSnapshotsAreRefusedWithAReason() throws IOException {
    add("a", null, Texts.HARBOUR);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.snapshot(out);
    byte[] bytes = out.toByteArray();
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 5);
    assertThatThrownBy(() -> NearDuplicateIndex.restore(new ByteArrayInputStream(truncated)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("truncated");
    byte[] foreign = "not a snapshot at all, just text".getBytes();
    assertThatThrownBy(() -> NearDuplicateIndex.restore(new ByteArrayInputStream(foreign)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a dedup index snapshot");
    byte[] badRoot = bytes.clone();
    int rootOffset = 8 + 4 + 6 * 4 + 4 + 8 * 8 + 4; // header, count, sketch, minute
    badRoot[rootOffset + 3] = 7;
    assertThatThrownBy(() -> NearDuplicateIndex.restore(new ByteArrayInputStream(badRoot)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corrupt");
  }

  @Test
  void aSnapshotOfTheOlderFingerprintSchemeIsRefusedWithAReason() throws IOException {
    add("a", null, Texts.HARBOUR);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.snapshot(out);
    byte[] old = out.toByteArray();
    old[8] = old[9] = old[10] = 0;
    old[11] = 1; // version 1: tokens were mixed before shingling
    assertThatThrownBy(() -> NearDuplicateIndex.restore(new ByteArrayInputStream(old)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("version 1")
        .hasMessageContaining("rebuild the index");
  }

  @Test
  void badIdsAreRefused() {
    Fingerprint f = Fingerprint.of(Texts.HARBOUR);
    assertThatThrownBy(() -> index.add(null, null, f)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.add("", null, f)).isInstanceOf(IllegalArgumentException.class);
    String tooLong = "x".repeat(NearDuplicateIndex.MAX_ID_BYTES + 1);
    assertThatThrownBy(() -> index.add(tooLong, null, f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024");
    assertThatThrownBy(() -> index.add("a", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    String longest = "é".repeat(NearDuplicateIndex.MAX_ID_BYTES / 2);
    assertThat(index.add(longest, null, f).dupGroup()).isEqualTo(longest);
    assertThat(index.add("b", null, f).duplicateOf()).isEqualTo(longest);
  }

  @Test
  void memoryStaysUnderThreeHundredBytesPerArticle() {
    java.util.Random random = new java.util.Random(7);
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      int[] bins = new int[Fingerprint.BINS];
      for (int b = 0; b < bins.length; b++) bins[b] = random.nextInt();
      index.add("article-" + i, null, new Fingerprint(random.nextLong(), 500, bins));
    }
    assertThat(index.size()).isEqualTo(n);
    assertThat((double) index.memoryBytes() / n).isLessThan(300);
  }
}
