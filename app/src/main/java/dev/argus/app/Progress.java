package dev.argus.app;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * Progress on stderr for long runs. On a terminal it redraws one bar in place; otherwise (logs,
 * pipes, CI) it prints a plain line at most every ten seconds, so logs are never garbled.
 */
final class Progress implements AutoCloseable {

  private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final PrintStream err;
  private final String label;
  private final long total;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastPrint = start;
  private long done;
  private boolean drewBar;

  Progress(PrintStream err, String label, long total, boolean enabled) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = enabled && System.console() != null && System.getenv("CI") == null;
    this.lastPrint = enabled ? start : Long.MAX_VALUE;
  }

  static Progress onStderr(String label, long total, boolean enabled) {
    return new Progress(System.err, label, total, enabled);
  }

  void step() {
    done++;
    if (total < 0) {
      stepUnknownTotal();
      return;
    }
    if (lastPrint == Long.MAX_VALUE) return;
    long now = System.nanoTime();
    if (now - start < QUIET_NANOS) return;
    if (terminal) {
      if (now - lastPrint >= TimeUnit.MILLISECONDS.toNanos(100) || done == total) {
        drawBar(now);
        lastPrint = now;
      }
    } else if (now - lastPrint >= LOG_EVERY_NANOS) {
      err.printf("%s: %d/%d (%.0f/s)%n", label, done, total, rate(now));
      lastPrint = now;
    }
  }

  /** With no total known (a streamed archive): a count and a rate, no bar. */
  private void stepUnknownTotal() {
    if (lastPrint == Long.MAX_VALUE) return;
    long now = System.nanoTime();
    if (now - start < QUIET_NANOS) return;
    if (terminal && now - lastPrint >= TimeUnit.MILLISECONDS.toNanos(100)) {
      err.printf("\r%s: %,d done, %.0f/s", label, done, rate(now));
      err.flush();
      drewBar = true;
      lastPrint = now;
    } else if (!terminal && now - lastPrint >= LOG_EVERY_NANOS) {
      err.printf("%s: %,d done (%.0f/s)%n", label, done, rate(now));
      lastPrint = now;
    }
  }

  private double rate(long now) {
    return done / Math.max(1e-9, (now - start) / 1e9);
  }

  private void drawBar(long now) {
    int width = 30;
    int filled = total == 0 ? width : (int) (width * done / total);
    String bar = "#".repeat(filled) + "-".repeat(width - filled);
    err.printf("\r%s [%s] %d/%d %.0f/s", label, bar, done, total, rate(now));
    err.flush();
    drewBar = true;
  }

  @Override
  public void close() {
    if (drewBar) {
      if (total < 0) {
        err.printf("\r%s: %,d done, %.0f/s", label, done, rate(System.nanoTime()));
      } else {
        drawBar(System.nanoTime());
      }
      err.println();
    }
  }
}
