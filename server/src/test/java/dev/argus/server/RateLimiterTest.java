package dev.argus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong clock = new AtomicLong();

  @Test
  void aCallerMayBurstAMinutesAllowanceThenWaits() {
    RateLimiter limiter = new RateLimiter(2, clock::get);

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(30);
  }

  @Test
  void tokensComeBackAtTheRate() {
    RateLimiter limiter = new RateLimiter(60, clock::get);
    for (int i = 0; i < 60; i++) assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(1);

    clock.addAndGet(1_000_000_000L);

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(1);
  }

  @Test
  void callersHaveTheirOwnBuckets() {
    RateLimiter limiter = new RateLimiter(1, clock::get);

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("b")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(60);
  }

  @Test
  void zeroMeansNoLimit() {
    RateLimiter limiter = new RateLimiter(0, clock::get);

    for (int i = 0; i < 1_000; i++) assertThat(limiter.acquire("a")).isZero();
  }
}
