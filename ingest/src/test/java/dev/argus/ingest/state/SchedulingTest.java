package dev.argus.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchedulingTest {

  @Test
  void aFixedIntervalWins() {
    assertThat(Scheduling.afterSuccess(Duration.ofHours(1), Duration.ofMinutes(7), 30))
        .isEqualTo(Duration.ofMinutes(7));
  }

  @Test
  void newArticlesHalveTheInterval() {
    assertThat(Scheduling.afterSuccess(Duration.ofHours(1), null, 3))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aQuietPollGrowsTheIntervalByHalf() {
    assertThat(Scheduling.afterSuccess(Duration.ofHours(1), null, 0))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void theIntervalStaysWithinBounds() {
    assertThat(Scheduling.afterSuccess(Duration.ofMinutes(6), null, 5)).isEqualTo(Scheduling.MIN);
    assertThat(Scheduling.afterSuccess(Duration.ofHours(11), null, 0)).isEqualTo(Scheduling.MAX);
  }

  @Test
  void failuresBackOffExponentiallyUpToTheMaximum() {
    Duration first = Scheduling.afterFailure(Duration.ofMinutes(5), null, 1);
    Duration third = Scheduling.afterFailure(Duration.ofMinutes(5), null, 3);
    assertThat(first).isEqualTo(Duration.ofMinutes(5));
    assertThat(third).isEqualTo(Duration.ofMinutes(20));
    assertThat(Scheduling.afterFailure(Duration.ofMinutes(5), null, 50)).isEqualTo(Scheduling.MAX);
  }
}
