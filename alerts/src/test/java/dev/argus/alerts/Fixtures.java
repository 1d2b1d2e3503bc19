package dev.argus.alerts;

import dev.argus.store.StoredArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small articles and a clock the tests move by hand. */
final class Fixtures {

  private Fixtures() {}

  /** An article of a story, in a language, from a country. */
  static StoredArticle article(
      String id, String story, String language, String country, String title, String text) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("url", id);
    f.put("title", title);
    f.put("text", text);
    f.put("language", language);
    f.put("country", country);
    f.put("published", "2026-03-14T08:00:00Z");
    f.put("source", "Test Source");
    f.put("storyId", story);
    f.put("dupGroup", id);
    return new StoredArticle(id, f);
  }

  /** A clock that stands still until moved. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    synchronized void set(Instant t) {
      now = t;
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
