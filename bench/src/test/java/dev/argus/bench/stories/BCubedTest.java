package dev.argus.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

  // Gold: {a b c d} and {e}.
  private static final Map<String, String> GOLD =
      Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "y");

  @Test
  void thePerfectClusteringScoresOne() {
    BCubed.Score s = BCubed.score(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "2"));

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.items()).isEqualTo(5);
  }

  @Test
  void allInOneHasFullRecallAndLowPrecision() {
    BCubed.Score s = BCubed.score(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"));

    // a-d: 4/5 of their story shares their label; e: 1/5.
    assertThat(s.precision()).isCloseTo(17.0 / 25, within(1e-12));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isCloseTo(2 * 0.68 / 1.68, within(1e-12));
  }

  @Test
  void allSingletonsHaveFullPrecisionAndLowRecall() {
    BCubed.Score s = BCubed.score(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));

    // a-d find 1/4 of their gold cluster; e all of it.
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(2.0 / 5, within(1e-12));
  }

  @Test
  void aWorkedExampleMatchesTheHandCount() {
    // Gold {a b c} {d e}; predicted {a b} {c d e}.
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");

    BCubed.Score s = BCubed.score(gold, predicted);

    // Precision: a 1, b 1, c 1/3, d 2/3, e 2/3. Recall: a 2/3, b 2/3, c 1/3, d 1, e 1.
    assertThat(s.precision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.recall()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.f1()).isCloseTo(11.0 / 15, within(1e-12));
  }

  @Test
  void anItemWithoutAPredictionIsAnError() {
    assertThatThrownBy(() -> BCubed.score(GOLD, Map.of("a", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no predicted cluster for");
  }

  @Test
  void noItemsScoreOne() {
    assertThat(BCubed.score(Map.of(), Map.of())).isEqualTo(BCubed.Score.EMPTY);
  }
}
