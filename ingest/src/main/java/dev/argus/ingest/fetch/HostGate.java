package dev.argus.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness towards one host: at most {@code connections} requests at a time, and request starts
 * at least {@code delay} apart. A thread holding a connection permit sleeps until its turn; it
 * takes a permit of the overall limit only when its turn has come, so a thread waiting out one
 * host's delay never holds back requests to other hosts.
 */
final class HostGate {

  private final Semaphore connections;
  private final long baseDelayNanos;
  private long delayNanos; // guarded by this

  /** System.nanoTime() before which no request to this host may start. Guarded by this. */
  private long nextStartNanos;

  /** When the last request started, once one has. Guarded by this. */
  private long lastStartNanos;

  private boolean started;

  /**
   * Threads holding or waiting for this gate. Changed only inside the gate map's compute functions,
   * which lock the entry, so that an idle gate can be dropped without racing a user.
   */
  int users;

  HostGate(int connections, Duration delay) {
    this.connections = new Semaphore(Math.max(1, connections), true);
    this.baseDelayNanos = Math.max(0, delay.toNanos());
    this.delayNanos = baseDelayNanos;
    this.nextStartNanos = System.nanoTime();
  }

  /**
   * Raises the delay to a robots.txt Crawl-delay (never below the policy's own delay). Null or
   * negative restores the policy delay.
   */
  synchronized void crawlDelay(Duration crawlDelay) {
    long asked = crawlDelay == null ? 0 : crawlDelay.toNanos();
    delayNanos = Math.max(baseDelayNanos, asked);
    // The robots.txt request itself started a moment ago: the next one keeps the new distance.
    if (started && lastStartNanos + delayNanos - nextStartNanos > 0) {
      nextStartNanos = lastStartNanos + delayNanos;
    }
  }

  synchronized Duration delay() {
    return Duration.ofNanos(delayNanos);
  }

  /** True when forgetting this gate loses nothing: no user, and its delay has run out. */
  synchronized boolean idle(long now) {
    return users == 0 && now - nextStartNanos >= 0;
  }

  /**
   * Waits for this host's turn and an overall permit, then records the request start. Returns the
   * nanoseconds spent waiting, which the caller keeps out of the exchange's own time budget.
   */
  long enter(Semaphore overall) throws InterruptedException {
    long began = System.nanoTime();
    connections.acquire();
    try {
      while (true) {
        long wait;
        synchronized (this) {
          wait = nextStartNanos - System.nanoTime();
        }
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
          continue;
        }
        overall.acquire();
        synchronized (this) {
          long now = System.nanoTime();
          // Another thread of this host (connections > 1) may have started meanwhile.
          if (now - nextStartNanos >= 0) {
            nextStartNanos = now + delayNanos;
            lastStartNanos = now;
            started = true;
            return now - began;
          }
        }
        overall.release();
      }
    } catch (InterruptedException | RuntimeException e) {
      connections.release();
      throw e;
    }
  }

  /** Ends a request started with {@link #enter}. */
  void exit(Semaphore overall) {
    overall.release();
    connections.release();
  }
}
