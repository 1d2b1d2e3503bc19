package dev.argus.ingest.read;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The iterator and the counters shared by the file readers. Subclasses produce one page or failure
 * at a time; nothing read is kept once handed out, so memory stays constant whatever the file size.
 */
abstract class StreamingReader implements PageReader {
  private CapturedPage lookahead;
  private boolean exhausted;
  private long records;
  private long pages;
  private long failures;
  private final Map<String, Long> skipped = new HashMap<>();

  /** The next page or failure, or null at the end of the input. */
  abstract CapturedPage readNext();

  final void countRecord() {
    records++;
  }

  final void skip(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  @Override
  public final boolean hasNext() {
    if (lookahead == null && !exhausted) {
      lookahead = readNext();
      if (lookahead == null) {
        exhausted = true;
      } else if (lookahead.failed()) {
        failures++;
      } else {
        pages++;
      }
    }
    return lookahead != null;
  }

  @Override
  public final CapturedPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CapturedPage page = lookahead;
    lookahead = null;
    return page;
  }

  @Override
  public final ReadStats stats() {
    return new ReadStats(records, pages, failures, skipped);
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
  }
}
