package dev.argus.ingest.read;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link PageReader} has read so far: every record it saw is a page, a failure, or skipped
 * for a counted reason, so nothing disappears silently.
 *
 * @param records records (WARC/ARC records, JSON Lines rows) seen
 * @param pages pages handed out
 * @param failures failure records handed out ({@link CapturedPage#failed()})
 * @param skipped records passed over on purpose, by reason (e.g. "record type request", "status
 *     404", "content type image/png"), sorted by reason
 */
public record ReadStats(long records, long pages, long failures, Map<String, Long> skipped) {
  /** The stats of a reader that does not count. */
  public static final ReadStats NONE = new ReadStats(0, 0, 0, Map.of());

  public ReadStats {
    skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  /** All records skipped, whatever the reason. */
  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}
