package dev.argus.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
final class RetryAfter {
  private RetryAfter() {}

  /** The wait asked for, never negative, or null when the header is missing or unreadable. */
  static Duration parse(String value, Instant now) {
    if (value == null) return null;
    String v = value.trim();
    if (v.isEmpty()) return null;
    if (v.chars().allMatch(Character::isDigit)) {
      // Absurdly long numbers still mean "a very long time", not "unreadable".
      if (v.length() > 12) return Duration.ofSeconds(999_999_999_999L);
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
