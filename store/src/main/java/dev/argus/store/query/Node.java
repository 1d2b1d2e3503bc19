package dev.argus.store.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of a query: immutable records, each with the characters it came from ({@code
 * start} inclusive, {@code end} exclusive, 0-based offsets into the query). A {@code field} is a
 * {@link dev.argus.store.index.Schema} field name, or null for the default fields (title and text).
 */
public sealed interface Node {

  /** Offset of the node's first character. */
  int start();

  /** Offset just past the node's last character. */
  int end();

  /** Every clause must match (explicit AND, {@code &&}, or clauses side by side). */
  record And(List<Node> clauses, int start, int end) implements Node {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  /** At least one clause must match. */
  record Or(List<Node> clauses, int start, int end) implements Node {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  /** The clause must not match ({@code NOT x} or {@code -x}). */
  record Not(Node clause, int start, int end) implements Node {
    public Not {
      Objects.requireNonNull(clause);
    }
  }

  /**
   * Both sides within {@code distance} words of each other, in either order ({@code a NEAR/5 b}).
   * Sides are words, phrases, wildcards, OR groups of these, or other NEARs, all in one text field.
   */
  record Near(Node left, Node right, int distance, int start, int end) implements Node {}

  /**
   * A bare word; analysed on text fields, exact (after keyword normalisation) on keyword fields.
   */
  record Word(String field, String text, int start, int end) implements Node {}

  /** A word with {@code *} (any characters) or {@code ?} (one character). */
  record Wildcard(String field, String pattern, int start, int end) implements Node {}

  /**
   * Words in a row ({@code "lei jun"}); with {@code slop > 0} ({@code "lei jun"~5}) they may be up
   * to that many position moves apart, in any order, as in a Lucene sloppy phrase. On a keyword
   * field the whole text is one exact value.
   */
  record Phrase(String field, String text, int slop, int start, int end) implements Node {}

  /** Every article ({@code *}). */
  record MatchAll(int start, int end) implements Node {}

  /** Articles that have a value in {@code field} ({@code author:*}, {@code tone:[* TO *]}). */
  record Exists(String field, int start, int end) implements Node {}

  /**
   * A date field between two bounds; a null bound is open. An inclusive bound takes in the whole
   * span it names (a day, a month), an exclusive one leaves it out.
   */
  record DateRange(
      String field,
      DateValue from,
      boolean fromInclusive,
      DateValue to,
      boolean toInclusive,
      int start,
      int end)
      implements Node {}

  /** A number field between two bounds; a null bound is open. */
  record NumberRange(
      String field,
      Double from,
      boolean fromInclusive,
      Double to,
      boolean toInclusive,
      int start,
      int end)
      implements Node {}

  /** A date as written in a query: a span of time, resolved against "now" only when relative. */
  sealed interface DateValue {

    /** First millisecond (UTC epoch) of the span. */
    long firstMillis(Instant now);

    /** The millisecond just past the span. */
    long endMillis(Instant now);
  }

  /**
   * A whole calendar day, month or year in UTC ({@code 2026-01-05}, {@code 2026-01}, {@code 2026}).
   */
  record CalendarSpan(LocalDate first, ChronoUnit unit) implements DateValue {
    @Override
    public long firstMillis(Instant now) {
      return first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Override
    public long endMillis(Instant now) {
      return first.plus(1, unit).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
  }

  /** One instant ({@code 2026-01-05T10:00:00Z}). */
  record Moment(Instant at) implements DateValue {
    @Override
    public long firstMillis(Instant now) {
      return at.toEpochMilli();
    }

    @Override
    public long endMillis(Instant now) {
      return at.toEpochMilli() + 1;
    }
  }

  /** An instant relative to now ({@code now}, {@code now-7d}, {@code now-12h}). */
  record Ago(Duration ago) implements DateValue {
    @Override
    public long firstMillis(Instant now) {
      return now.minus(ago).toEpochMilli();
    }

    @Override
    public long endMillis(Instant now) {
      return firstMillis(now) + 1;
    }
  }
}
