package dev.argus.alerts;

/**
 * When an alert's volume is a spike: a pure rule over daily counts (UTC days, articles that matched
 * the alert as they arrived).
 *
 * <p>Today's count {@code c} is a spike when the alert has at least {@code minHistoryDays} days of
 * history, and {@code c >= minVolume}, and {@code c > mean + k × stddev} of the previous {@code
 * baselineDays} days (days without a match count as 0; days before the alert existed are not
 * counted). The defaults are 14 days, k = 3, at least 5 articles, at least 7 days of history. An
 * alert raises at most one spike per day ({@link Alerts} keeps that).
 */
public record SpikeRule(int baselineDays, double k, long minVolume, int minHistoryDays) {

  public SpikeRule {
    if (baselineDays < 1 || minHistoryDays < 1 || minHistoryDays > baselineDays) {
      throw new IllegalArgumentException(
          "baselineDays and minHistoryDays must be positive, minHistoryDays <= baselineDays");
    }
    if (k < 0 || minVolume < 1) throw new IllegalArgumentException("k >= 0, minVolume >= 1");
  }

  /** 14 days, k = 3, at least 5 articles, at least 7 days of history. */
  public static SpikeRule defaults() {
    return new SpikeRule(14, 3.0, 5, 7);
  }

  /**
   * The spike's figures when {@code today} is a spike against {@code previous} (the previous days'
   * counts, oldest first, only days since the alert existed, at most {@link #baselineDays} used),
   * else null.
   */
  public Notification.Spike test(String day, long[] previous, long today) {
    int n = Math.min(previous.length, baselineDays);
    if (n < minHistoryDays || today < minVolume) return null;
    double sum = 0;
    for (int i = previous.length - n; i < previous.length; i++) sum += previous[i];
    double mean = sum / n;
    double squares = 0;
    for (int i = previous.length - n; i < previous.length; i++) {
      squares += (previous[i] - mean) * (previous[i] - mean);
    }
    double stddev = Math.sqrt(squares / n);
    if (today <= mean + k * stddev) return null;
    return new Notification.Spike(day, today, mean, stddev, n);
  }
}
