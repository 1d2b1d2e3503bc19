package dev.argus.store.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The article dates the store indexes, as epoch milliseconds (UTC). */
public final class Dates {

  private Dates() {}

  /**
   * Reads an ISO-8601 day ({@code 2026-03-14}, its start in UTC), an instant with an offset, or a
   * local date-time (read as UTC). Null or unreadable gives null.
   */
  public static Long millis(Object value) {
    if (!(value instanceof String s) || s.isBlank()) return null;
    String t = s.strip();
    try {
      if (t.length() == 10)
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      if (t.endsWith("Z")) return Instant.parse(t).toEpochMilli();
      try {
        return OffsetDateTime.parse(t).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
