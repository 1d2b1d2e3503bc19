package dev.argus.alerts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * When an alert speaks: {@link #INSTANT} as articles arrive, or in one digest per UTC day ({@link
 * #DAILY}) or per ISO week, Monday to Sunday UTC ({@link #WEEKLY}). Spikes are always sent at once.
 */
public enum Mode {
  INSTANT,
  DAILY,
  WEEKLY;

  /** The first day of the period holding {@code t} (the day itself for instant and daily). */
  public LocalDate periodStart(Instant t) {
    LocalDate day = t.atOffset(ZoneOffset.UTC).toLocalDate();
    return this == WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
  }

  /** The first instant after the period that starts on {@code start}. */
  public Instant periodEnd(LocalDate start) {
    LocalDate next = this == WEEKLY ? start.plusWeeks(1) : start.plusDays(1);
    return next.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Whether this mode collects digests. */
  public boolean digest() {
    return this != INSTANT;
  }
}
