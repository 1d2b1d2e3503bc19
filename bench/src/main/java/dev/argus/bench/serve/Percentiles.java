package dev.argus.bench.serve;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method, in milliseconds. */
public final class Percentiles {

  private Percentiles() {}

  /**
   * Latencies of one kind of request.
   *
   * @param kind what was asked
   * @param count requests that worked
   * @param errors requests that did not (not in the latencies)
   * @param p50 median, ms
   * @param p95 95th percentile, ms
   * @param p99 99th percentile, ms
   * @param max slowest, ms
   */
  public record Summary(
      String kind, int count, int errors, double p50, double p95, double p99, double max) {}

  /**
   * The nearest-rank percentile of {@code sorted}: the smallest value with at least {@code p} of
   * the values at or below it; 0 for no values.
   *
   * @param p a fraction in (0, 1]
   */
  public static long of(long[] sorted, double p) {
    if (!(p > 0 && p <= 1)) throw new IllegalArgumentException("p is in (0, 1], was " + p);
    if (sorted.length == 0) return 0;
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
  }

  /** The summary of latencies in nanoseconds (in any order). */
  public static Summary summarize(String kind, long[] nanos, int errors) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new Summary(
        kind,
        s.length,
        errors,
        of(s, 0.50) / 1e6,
        of(s, 0.95) / 1e6,
        of(s, 0.99) / 1e6,
        s.length == 0 ? 0 : s[s.length - 1] / 1e6);
  }
}
