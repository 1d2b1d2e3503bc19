package dev.argus.ingest.fetch;

import java.time.Duration;

/** Waits between retries. Injectable so that tests of back-off and Retry-After take no time. */
@FunctionalInterface
interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration);

  void sleep(Duration duration) throws InterruptedException;
}
