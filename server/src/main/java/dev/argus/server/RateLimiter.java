package dev.argus.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller (a key's name, or a client address for anonymous reads): each holds at
 * most {@code perMinute} tokens, refills at {@code perMinute} a minute, and a request takes one. So
 * a caller may burst up to a minute's allowance, then goes at the steady rate. Written here rather
 * than taken from a library because it is twenty lines and its state (one long and one double per
 * caller) is all it needs.
 */
final class RateLimiter {

  /** Callers remembered before full buckets are forgotten (a full bucket is a fresh one). */
  static final int MAX_CALLERS = 100_000;

  private final int perMinute;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /**
   * @param perMinute requests allowed per minute and caller (0 for no limit)
   * @param nanos the clock ({@link System#nanoTime} in production)
   */
  RateLimiter(int perMinute, LongSupplier nanos) {
    if (perMinute < 0) throw new IllegalArgumentException("a rate is 0 (none) or more");
    this.perMinute = perMinute;
    this.nanos = nanos;
  }

  /**
   * Takes a token for {@code caller}: 0 when the request may go, else how many whole seconds to
   * wait before the next token (at least 1).
   */
  long acquire(String caller) {
    if (perMinute == 0) return 0;
    long now = nanos.getAsLong();
    if (buckets.size() > MAX_CALLERS) sweep(now);
    Bucket b = buckets.computeIfAbsent(caller, c -> new Bucket(perMinute, now));
    synchronized (b) {
      refill(b, now);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      double secondsPerToken = 60.0 / perMinute;
      return Math.max(1, (long) Math.ceil((1 - b.tokens) * secondsPerToken));
    }
  }

  private void refill(Bucket b, long now) {
    double perNano = perMinute / 60e9;
    b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perNano);
    b.at = now;
  }

  private void sweep(long now) {
    buckets
        .values()
        .removeIf(
            b -> {
              synchronized (b) {
                refill(b, now);
                return b.tokens >= perMinute;
              }
            });
  }
}
