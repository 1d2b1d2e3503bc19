package dev.argus.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;

/**
 * robots.txt rules per origin (scheme, host and port, as RFC 9309 scopes them), each fetched once
 * and kept until it expires. While one thread fetches an origin's robots.txt, the others asking for
 * it wait for that fetch instead of starting their own.
 */
final class RobotsCache {

  /**
   * The rules for one origin.
   *
   * @param rules the parsed rules (allow-all or allow-none for the fallbacks)
   * @param expiresAtNanos System.nanoTime() after which they are fetched again
   * @param unreachable why robots.txt could not be read and the origin is off limits, or null
   * @param crawlDelay the Crawl-delay for us, already capped, or null
   */
  record Rules(BaseRobotRules rules, long expiresAtNanos, String unreachable, Duration crawlDelay) {
    boolean fresh(long now) {
      return expiresAtNanos - now > 0;
    }

    Duration remaining(long now) {
      return Duration.ofNanos(Math.max(0, expiresAtNanos - now));
    }
  }

  @FunctionalInterface
  interface Loader {
    Rules load(HttpUrl origin) throws InterruptedException;
  }

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    volatile Rules rules;
  }

  private final ConcurrentHashMap<String, Entry> byOrigin = new ConcurrentHashMap<>();
  private final Loader loader;

  RobotsCache(Loader loader) {
    this.loader = loader;
  }

  Rules rulesFor(HttpUrl url) throws InterruptedException {
    HttpUrl origin = origin(url);
    Entry entry = byOrigin.computeIfAbsent(origin.toString(), k -> new Entry());
    Rules rules = entry.rules;
    if (rules != null && rules.fresh(System.nanoTime())) return rules;
    entry.lock.lockInterruptibly();
    try {
      rules = entry.rules;
      if (rules == null || !rules.fresh(System.nanoTime())) {
        rules = loader.load(origin);
        entry.rules = rules;
        if (byOrigin.size() > MAX_ORIGINS) evictExpired();
      }
      return rules;
    } finally {
      entry.lock.unlock();
    }
  }

  /**
   * A long crawl meets many origins once; past this many entries the expired ones are dropped, so
   * the cache holds about the origins of the last day rather than all ever seen.
   */
  static final int MAX_ORIGINS = 100_000;

  private void evictExpired() {
    long now = System.nanoTime();
    byOrigin.values().removeIf(e -> !e.lock.isLocked() && e.rules != null && !e.rules.fresh(now));
  }

  /** The rules of the URL's origin if known, without fetching; expired ones still count. */
  Rules cached(HttpUrl url) {
    Entry entry = byOrigin.get(origin(url).toString());
    return entry == null ? null : entry.rules;
  }

  static HttpUrl origin(HttpUrl url) {
    return new HttpUrl.Builder().scheme(url.scheme()).host(url.host()).port(url.port()).build();
  }
}
