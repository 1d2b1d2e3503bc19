package dev.argus.ingest.state;

import java.time.Duration;

/**
 * How often a source is polled. A fixed interval set by the user wins. Otherwise the interval
 * adapts to how often the source publishes: it halves when a poll finds new articles and grows by
 * half when it finds none, within {@link #MIN} and {@link #MAX}. Failures back off exponentially
 * from the current interval, also capped at {@link #MAX}. This is the classic AIMD-style schedule
 * of feed readers; it settles near the source's own publishing rhythm in a few polls.
 */
public final class Scheduling {
  public static final Duration MIN = Duration.ofMinutes(5);
  public static final Duration MAX = Duration.ofHours(12);
  public static final Duration START = Duration.ofMinutes(30);

  private Scheduling() {}

  /** The interval after a successful poll that found {@code newItems} new articles. */
  public static Duration afterSuccess(Duration current, Duration fixed, int newItems) {
    if (fixed != null) return fixed;
    Duration next = newItems > 0 ? current.dividedBy(2) : current.plus(current.dividedBy(2));
    return clamp(next);
  }

  /** The wait after the {@code consecutiveErrors}-th failure in a row (1 for the first). */
  public static Duration afterFailure(Duration current, Duration fixed, int consecutiveErrors) {
    Duration base = fixed != null ? fixed : current;
    int doublings = Math.min(Math.max(consecutiveErrors - 1, 0), 10);
    Duration wait = Duration.ofMinutes(5).multipliedBy(1L << doublings);
    return wait.compareTo(base) > 0 ? min(wait, MAX) : min(base, MAX);
  }

  static Duration clamp(Duration d) {
    if (d.compareTo(MIN) < 0) return MIN;
    return min(d, MAX);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
