package dev.argus.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfOneToHundred() {
    long[] v = LongStream.rangeClosed(1, 100).toArray();

    assertThat(Percentiles.of(v, 0.50)).isEqualTo(50);
    assertThat(Percentiles.of(v, 0.95)).isEqualTo(95);
    assertThat(Percentiles.of(v, 0.99)).isEqualTo(99);
    assertThat(Percentiles.of(v, 1.0)).isEqualTo(100);
  }

  @Test
  void nearestRankRoundsUpInSmallSets() {
    long[] v = {10, 20, 30, 40};

    assertThat(Percentiles.of(v, 0.50)).isEqualTo(20);
    assertThat(Percentiles.of(v, 0.51)).isEqualTo(30);
    assertThat(Percentiles.of(v, 0.99)).isEqualTo(40);
    assertThat(Percentiles.of(new long[] {7}, 0.01)).isEqualTo(7);
  }

  @Test
  void noValuesGiveZero() {
    assertThat(Percentiles.of(new long[0], 0.99)).isZero();
    assertThat(Percentiles.summarize("none", new long[0], 3))
        .isEqualTo(new Percentiles.Summary("none", 0, 3, 0, 0, 0, 0));
  }

  @Test
  void summarySortsAndGivesMilliseconds() {
    long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};

    Percentiles.Summary s = Percentiles.summarize("kind", nanos, 0);

    assertThat(s.count()).isEqualTo(5);
    assertThat(s.p50()).isEqualTo(3.0);
    assertThat(s.p95()).isEqualTo(5.0);
    assertThat(s.max()).isEqualTo(5.0);
    assertThat(nanos[0]).isEqualTo(5_000_000); // the caller's array is left as it was
  }

  @Test
  void aFractionOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 0)).hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 1.5)).hasMessageContaining("(0, 1]");
  }
}
