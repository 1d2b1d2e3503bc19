package dev.argus.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySnapshotTest {

  /** Feeds {@code from..to} of the fixtures and returns the assignments. */
  private static List<Assignment> feed(
      StoryClusterer c, List<StoryFixtures.Prepared> articles, int from, int to) {
    List<Assignment> out = new ArrayList<>();
    for (StoryFixtures.Prepared p : articles.subList(from, to)) {
      out.add(c.add(p.input()));
    }
    return out;
  }

  @Test
  void aRestoredClustererAssignsExactlyAsOneThatNeverStopped() {
    List<StoryFixtures.Prepared> articles = StoryFixtures.prepared();
    int half = articles.size() / 2;
    for (int cut : new int[] {1, half, articles.size() - 3}) {
      StoryClusterer original = StoryClusterer.withDefaults();
      feed(original, articles, 0, cut);
      StoryClusterer restored = StoryClusterer.restore(original.snapshot());

      List<Assignment> expected = feed(original, articles, cut, articles.size());
      List<Assignment> actual = feed(restored, articles, cut, articles.size());

      assertThat(actual).as("cut at %d", cut).isEqualTo(expected);
      assertThat(restored.stories()).isEqualTo(original.stories());
      assertThat(restored.snapshot()).isEqualTo(original.snapshot());
    }
  }

  @Test
  void aSnapshotKeepsTheSettings() {
    StoryConfig k = StoryConfig.defaults().withLimits(50, 7, 5);
    StoryClusterer restored = StoryClusterer.restore(new StoryClusterer(k).snapshot());

    assertThat(restored.config()).isEqualTo(k);
  }

  @Test
  void anotherFormatVersionIsRefusedByName() {
    byte[] bytes = StoryClusterer.withDefaults().snapshot();
    // The version follows the magic string, which DataOutputStream writes as 2 + length bytes.
    int at = 2 + StorySnapshot.MAGIC.length();
    ByteBuffer.wrap(bytes).putInt(at, StoryClusterer.SNAPSHOT_VERSION + 1);

    assertThatThrownBy(() -> StoryClusterer.restore(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format version " + (StoryClusterer.SNAPSHOT_VERSION + 1))
        .hasMessageContaining("reads version " + StoryClusterer.SNAPSHOT_VERSION);
  }

  @Test
  void otherBytesAreNotASnapshot() {
    assertThatThrownBy(() -> StoryClusterer.restore("hello".getBytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a story clusterer snapshot");
  }

  @Test
  void aCutSnapshotIsRefused() {
    StoryClusterer c = StoryClusterer.withDefaults();
    feed(c, StoryFixtures.prepared(), 0, 5);
    byte[] bytes = c.snapshot();

    assertThatThrownBy(() -> StoryClusterer.restore(Arrays.copyOf(bytes, bytes.length - 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("story snapshot");
  }
}
