package dev.argus.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JSON answers of read routes (a search with its facets and histogram, an entity's page, a
 * story) for the store as it is now: the key holds the index version, so a new commit the server
 * sees makes every older answer unreachable, and the least recently used go first when the cache is
 * over its size. A dashboard asks the same searches again and again between two commits; without
 * this, each time would run the query, count the facets and write the JSON anew.
 *
 * <p>Written here rather than taken from Caffeine because it is an access-ordered {@link
 * LinkedHashMap} under one lock, bounded by bytes, which is all it needs.
 */
public final class AnswerCache {

  /** The size the server's cache has by default. */
  public static final long DEFAULT_BYTES = 64L << 20;

  /** The largest answer kept, as a share of the whole cache: a few huge answers do not fill it. */
  static final int MAX_ENTRY_SHARE = 16;

  private final long maxBytes;
  private final long maxEntryBytes;
  private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * Whether a request text may depend on the time as well as on the store: it holds {@code now} (a
   * date relative to now, {@code published:>=now-7d}), in any case. Neither its answer nor its
   * parsed query is kept.
   */
  static boolean mentionsNow(String text) {
    return text.toLowerCase(Locale.ROOT).contains("now");
  }

  /**
   * @param maxBytes most bytes of answers held (0: nothing is kept)
   */
  public AnswerCache(long maxBytes) {
    this(maxBytes, maxBytes / MAX_ENTRY_SHARE);
  }

  AnswerCache(long maxBytes, long maxEntryBytes) {
    if (maxBytes < 0) throw new IllegalArgumentException("a cache size is 0 (none) or more bytes");
    this.maxBytes = maxBytes;
    this.maxEntryBytes = maxEntryBytes;
  }

  /** How it did: answers served from it, answers computed, bytes held. */
  public record Stats(long hits, long misses, long bytes, int entries) {}

  /** The answer under {@code key}, or null; counts a hit or a miss. */
  byte[] get(String key) {
    if (maxBytes == 0) return null;
    byte[] b;
    synchronized (this) {
      b = entries.get(key);
    }
    (b == null ? misses : hits).incrementAndGet();
    return b;
  }

  /** Keeps {@code answer} under {@code key}, unless it is larger than an entry may be. */
  synchronized void put(String key, byte[] answer) {
    if (answer.length > maxEntryBytes) return;
    byte[] old = entries.put(key, answer);
    bytes += answer.length - (old == null ? 0 : old.length);
    Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }

  /** Its figures now. */
  public synchronized Stats stats() {
    return new Stats(hits.get(), misses.get(), bytes, entries.size());
  }
}
