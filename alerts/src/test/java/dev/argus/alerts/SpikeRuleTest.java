package dev.argus.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpikeRuleTest {

  private final SpikeRule rule = SpikeRule.defaults(); // 14 days, k=3, min 5, 7 days of history

  private static final long[] QUIET = {2, 3, 1, 2, 4, 2, 3, 2, 1, 3, 2, 2, 3, 2};

  @Test
  void aDayFarAboveItsBaselineIsASpike() {
    Notification.Spike s = rule.test("2026-03-15", QUIET, 20);
    assertThat(s).isNotNull();
    assertThat(s.count()).isEqualTo(20);
    assertThat(s.baselineDays()).isEqualTo(14);
    assertThat(s.mean()).isBetween(2.2, 2.3);
  }

  @Test
  void anOrdinaryDayIsNot() {
    assertThat(rule.test("2026-03-15", QUIET, 4)).isNull();
  }

  @Test
  void aNoisyBaselineNeedsMore() {
    // mean 3, standard deviation 3: the threshold is 3 + 3 × 3 = 12
    long[] noisy = {0, 6, 0, 6, 0, 6, 0, 6, 0, 6, 0, 6, 0, 6};
    assertThat(rule.test("d", noisy, 12)).isNull();
    assertThat(rule.test("d", noisy, 13)).isNotNull();
  }

  @Test
  void aSmallVolumeIsNeverASpike() {
    long[] zeros = new long[14];
    assertThat(rule.test("d", zeros, 4)).isNull();
    assertThat(rule.test("d", zeros, 5)).isNotNull();
  }

  @Test
  void tooLittleHistoryIsNeverASpike() {
    assertThat(rule.test("d", new long[] {0, 0, 0, 0, 0, 0}, 100)).isNull();
    assertThat(rule.test("d", new long[] {0, 0, 0, 0, 0, 0, 0}, 100)).isNotNull();
  }

  @Test
  void onlyTheLastBaselineDaysCount() {
    long[] old = new long[20];
    java.util.Arrays.fill(old, 0, 6, 100); // a busy month-old period, out of the window
    assertThat(rule.test("d", old, 10)).isNotNull();
  }
}
