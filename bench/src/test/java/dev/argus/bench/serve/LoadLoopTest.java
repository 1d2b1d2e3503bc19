package dev.argus.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadLoopTest {

  /** A clock that moves one millisecond each time it is read. */
  private static final class Ticks {
    final AtomicLong nanos = new AtomicLong();

    long read() {
      return nanos.addAndGet(1_000_000);
    }
  }

  @Test
  void stopsAtTheRequestCountAndRunsEachRequestOnce() throws Exception {
    LoadLoop.Result r =
        LoadLoop.run(
            new LoadLoop.Limits(50, 1_000, 4), i -> LoadLoop.Outcome.ok(i), System::nanoTime);

    assertThat(r.samples()).hasSize(50);
    assertThat(r.samples())
        .extracting(LoadLoop.Sample::index)
        .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 50).boxed().toList());
  }

  @Test
  void stopsAtTheTimeLimitBeforeTheCount() throws Exception {
    // The start reads the clock once, then one worker three times per request (the check, before,
    // after), the clock moving 1 ms a read: the checks see 1, 4, 7 then 10 ms, which is the
    // 10 ms budget, so three requests run, far fewer than the count.
    Ticks clock = new Ticks();
    LoadLoop.Result r =
        LoadLoop.run(
            new LoadLoop.Limits(1_000_000, 0.010, 1), i -> LoadLoop.Outcome.ok(0), clock::read);

    assertThat(r.samples()).hasSize(3);
    assertThat(r.samples()).allSatisfy(s -> assertThat(s.nanos()).isEqualTo(1_000_000));
  }

  @Test
  void recordsFailuresAndExceptionsWithoutStopping() throws Exception {
    LoadLoop.Result r =
        LoadLoop.run(
            new LoadLoop.Limits(6, 1_000, 2),
            i -> {
              if (i == 1) throw new IllegalStateException("boom");
              if (i == 2) return new LoadLoop.Outcome(503, "busy", 10);
              return LoadLoop.Outcome.ok(10);
            },
            System::nanoTime);

    assertThat(r.samples()).hasSize(6);
    assertThat(r.samples().get(1).outcome().status()).isEqualTo(-1);
    assertThat(r.samples().get(1).outcome().error()).contains("boom");
    assertThat(r.samples().get(2).outcome().succeeded()).isFalse();
    assertThat(r.samples().stream().filter(s -> s.outcome().succeeded())).hasSize(4);
  }

  @Test
  void roundsMergeIntoOneResultByPlanIndexWithTheirTimesAdded() {
    LoadLoop.Result first =
        new LoadLoop.Result(
            java.util.List.of(
                new LoadLoop.Sample(0, 5, LoadLoop.Outcome.ok(1)),
                new LoadLoop.Sample(1, 6, LoadLoop.Outcome.ok(1))),
            2_000_000_000L);
    LoadLoop.Result second =
        new LoadLoop.Result(
                java.util.List.of(new LoadLoop.Sample(0, 7, LoadLoop.Outcome.ok(1))),
                1_000_000_000L)
            .shifted(10);

    LoadLoop.Result all = LoadLoop.Result.of(java.util.List.of(second, first));

    assertThat(all.samples()).extracting(LoadLoop.Sample::index).containsExactly(0L, 1L, 10L);
    assertThat(all.samples()).extracting(LoadLoop.Sample::nanos).containsExactly(5L, 6L, 7L);
    assertThat(all.elapsedNanos()).isEqualTo(3_000_000_000L);
    assertThat(all.perSecond()).isEqualTo(1.0);
  }

  @Test
  void zeroRequestsRunNothing() throws Exception {
    LoadLoop.Result r =
        LoadLoop.run(new LoadLoop.Limits(0, 1, 3), i -> LoadLoop.Outcome.ok(0), System::nanoTime);

    assertThat(r.samples()).isEmpty();
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new LoadLoop.Limits(-1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoadLoop.Limits(1, 0, 1)).hasMessageContaining("seconds");
    assertThatThrownBy(() -> new LoadLoop.Limits(1, 1, 0)).hasMessageContaining("concurrency");
    assertThatThrownBy(() -> new LoadLoop.Limits(1, 1, LoadLoop.MAX_CONCURRENCY + 1))
        .hasMessageContaining("concurrency");
  }
}
