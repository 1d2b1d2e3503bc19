package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.ingest.pipeline.LocalInputs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code argus extract --page-timeout}: a page that runs too long is written as an error. */
class ExtractTimeoutTest {

  private static LocalInputs.Input input(String name) {
    return new LocalInputs.Input(Path.of(name), null);
  }

  private static ExtractCommand command(int threads, double pageTimeoutSeconds) {
    ExtractCommand cmd = new ExtractCommand();
    cmd.threads = threads;
    cmd.pageTimeoutSeconds = pageTimeoutSeconds;
    return cmd;
  }

  /** Runs the pages through {@code cmd} with {@code work}; returns the rows written. */
  private static List<String> run(
      ExtractCommand cmd, List<LocalInputs.Input> inputs, ExtractCommand.PageWork work)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cmd.run(inputs, work, out, Progress.onStderr("extract", inputs.size(), false));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aPageOverTheLimitBecomesAnErrorInItsPlaceAndTheRunGoesOn() throws Exception {
    ExtractCommand cmd = command(2, 0.5);
    CountDownLatch abandoned = new CountDownLatch(1);
    ExtractCommand.PageWork work =
        (in, started) -> {
          started.run();
          if (in.path().toString().equals("slow.html")) {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              abandoned.countDown();
            }
          }
          return ExtractCommand.Outcome.failed(in.path().toString(), null, "done");
        };
    List<LocalInputs.Input> inputs =
        List.of(input("a.html"), input("slow.html"), input("b.html"), input("c.html"));
    long t0 = System.nanoTime();
    List<String> rows = run(cmd, inputs, work);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).contains("a.html").contains("\"done\"");
    assertThat(rows.get(1))
        .contains("slow.html")
        .contains("page took longer than the limit of 0.5 s (--page-timeout)");
    assertThat(rows.get(2)).contains("b.html").contains("\"done\"");
    assertThat(rows.get(3)).contains("c.html").contains("\"done\"");
    assertThat(seconds).as("the slow page does not hold the run").isLessThan(30);
    assertThat(abandoned.await(10, TimeUnit.SECONDS)).as("its worker is interrupted").isTrue();
  }

  @Test
  void abandonedWorkersAreReplacedUpToTwiceTheThreads() throws Exception {
    ExtractCommand cmd = command(1, 0.2);
    // Three pages never finish on their own; a fourth, normal, comes last. One thread and one
    // replacement at most: the third stuck page waits for a thread until the first two are let go.
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    ExtractCommand.PageWork work =
        (in, started) -> {
          started.run();
          mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            if (in.path().toString().startsWith("stuck")) {
              while (!release.await(10, TimeUnit.MILLISECONDS)) {
                // ignores interrupts, as extraction does
              }
            }
          } catch (InterruptedException e) {
            // keeps going until released
            release.await();
          } finally {
            running.decrementAndGet();
          }
          return ExtractCommand.Outcome.failed(in.path().toString(), null, "done");
        };
    List<LocalInputs.Input> inputs =
        List.of(input("stuck1.html"), input("stuck2.html"), input("stuck3.html"), input("a.html"));
    Thread releaser =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    Thread.sleep(1_500);
                  } catch (InterruptedException e) {
                    return;
                  }
                  release.countDown();
                });
    List<String> rows = run(cmd, inputs, work);
    releaser.join();

    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).contains("page took longer");
    assertThat(rows.get(1)).contains("page took longer");
    assertThat(mostRunning.get()).as("at most one thread besides --threads").isLessThanOrEqualTo(2);
  }

  @Test
  void theClockStartsWhenThePageStartsNotWhenItIsQueued() throws Exception {
    ExtractCommand cmd = command(1, 0.5);
    // One thread: each page waits for the one before (0.3 s each), longer in all than the limit.
    ExtractCommand.PageWork work =
        (in, started) -> {
          started.run();
          Thread.sleep(300);
          return ExtractCommand.Outcome.failed(in.path().toString(), null, "done");
        };
    List<LocalInputs.Input> inputs =
        List.of(input("a.html"), input("b.html"), input("c.html"), input("d.html"));
    assertThat(run(cmd, inputs, work))
        .hasSize(4)
        .allSatisfy(r -> assertThat(r).contains("\"done\""));
  }
}
