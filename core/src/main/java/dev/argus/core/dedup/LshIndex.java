package dev.argus.core.dedup;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * {@link NearDuplicateIndex} as MinHash LSH in compact primitive arrays.
 *
 * <h2>Banding: the S-curve</h2>
 *
 * With b bands of r MinHash values each, two texts of shingle Jaccard J share at least one band
 * key, and so become candidates, with probability 1 - (1 - J^r)^b:
 *
 * <pre>
 *   J              0.1    0.2    0.3    0.4    0.5    0.6
 *   r=1, b=10     0.65   0.89   0.97   0.994  0.999  1.000   (chosen)
 *   r=2, b=16     0.15   0.48   0.78   0.93   0.990  0.9996
 *   r=3, b=42     0.04   0.29   0.68   0.94   0.996  1.000
 *   r=4, b=32     0.00   0.05   0.23   0.57   0.87   0.98
 * </pre>
 *
 * Every band key costs one table entry per article (about 11 bytes at our load factors), so the
 * band count, not the rows, is what the 300-byte budget limits. Sharp curves (r of 2 or more) need
 * 16 to 42 bands to find J = 0.5 copies reliably; r = 1 needs 10 for 0.999. Its price, a flat curve
 * that makes many low-similarity candidates, is paid elsewhere: each band key holds one article
 * (the newest with that key), so a lookup yields at most 10 candidates whatever the corpus holds,
 * and every candidate is verified on its signature estimate before it counts. Holding only the
 * newest loses a band when an unrelated later article shares that exact MinHash value: that happens
 * to the few bands whose minimum is a stock phrase or site boilerplate, not to the bands that carry
 * the story's own wording, and syndicated copies arrive close together.
 *
 * <h2>Verification</h2>
 *
 * Per article the index keeps 4 bits of each of the 128 MinHash values (b-bit MinHash, Li and
 * König, 2010): two bins agree by chance with probability 1/16, so the Jaccard estimate is (m/128 -
 * 1/16) / (15/16) for m agreeing bins, with a standard deviation of 0.047 at J = 0.5 and 0.034 at J
 * = 0.1 for texts long enough to fill the bins (a few hundred shingles). A shorter text fills
 * fewer, its densified bins repeat what the filled ones say and its estimate is noisier: one more
 * reason for the {@link #MIN_NEAR_TOKENS}-token floor. A candidate is accepted at {@value
 * #THRESHOLD}: copies at J = 0.5 pass 98% of the time (two standard deviations above), an unrelated
 * text at J = 0.2 about once in a million. Among candidates the most similar wins.
 *
 * <h2>Memory</h2>
 *
 * Per article: the 4-bit signature (64 bytes), published minute, group root, group earliest and id
 * offset (16 bytes), the id's UTF-8 bytes with a 1-2 byte length, and up to 11 table entries (10
 * bands and the exact hash) of 8 bytes each (32-bit key, 32-bit article number) in one
 * linear-probing table kept between 64% and 80% full by growing 25% at a time: about 200 bytes plus
 * the id. Measured by {@code argus bench dedup}: an index of 1,000,000 distinct articles (random
 * signatures, so no band entry is shared: the worst case) with ids of 13.9 bytes holds 221 bytes
 * per article by its own count of its arrays ({@link #memoryBytes}) and 226 by heap in use before
 * and after building it; after the benchmark's stream of 8,811 texts, most of them copies that
 * share band entries, 126. Per-article arrays grow in chunks, so nothing is copied or
 * over-allocated by more than a chunk.
 */
final class LshIndex implements NearDuplicateIndex {

  static final int BANDS = 10;
  static final int ROWS = 1;
  static final double THRESHOLD = 0.4;

  private static final long MAGIC = 0x4152475553445550L; // "ARGUSDUP"
  // 2: fingerprints from unmixed FNV-1a token hashes (version 1 mixed each token). Fingerprints of
  // one version never match those of another, so an older snapshot cannot be read on.
  private static final int VERSION = 2;
  private static final int SKETCH_LONGS = Fingerprint.BINS / 16;
  private static final int META = 4; // published minute, root, earliest, id offset
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int ID_CHUNK_BITS = 16;
  private static final int ID_CHUNK = 1 << ID_CHUNK_BITS;
  private static final int UNKNOWN_TIME = Integer.MAX_VALUE;
  private static final long BAND_SALT = 0x6a09e667f3bcc909L;
  private static final long EXACT_SALT = 0xbb67ae8584caa73bL;
  private static final long NIBBLE_SALT = 0x3c6ef372fe94f82bL;
  private static final double CHANCE = 1.0 / 16;

  private long[][] sketches = new long[0][];
  private int[][] meta = new int[0][];
  private byte[][] ids = new byte[0][];
  private int idUsed = ID_CHUNK; // bytes used in the last id chunk; full means "start a new one"
  private int size;

  private long[] slots = new long[1024];
  private int entries;

  @Override
  public synchronized Result add(String id, String published, Fingerprint fingerprint) {
    byte[] idBytes = checkId(id);
    if (fingerprint == null) throw new IllegalArgumentException("fingerprint is null");
    if (fingerprint.isEmpty()) return new Result(id, null, Match.NONE, 0);
    long[] sketch = sketch(fingerprint);
    int exactKey = exactKey(fingerprint);
    boolean near = fingerprint.tokens() >= MIN_NEAR_TOKENS;
    int[] bandKeys = near ? bandKeys(fingerprint) : null;

    int best = -1;
    double bestSimilarity = 0;
    Match match = Match.NONE;
    int exact = find(exactKey);
    if (exact >= 0 && sameSketch(exact, sketch)) {
      best = exact;
      bestSimilarity = 1;
      match = Match.EXACT;
    } else if (near) {
      int[] seen = new int[BANDS];
      int seenCount = 0;
      for (int key : bandKeys) {
        int c = find(key);
        if (c < 0 || contains(seen, seenCount, c)) continue;
        seen[seenCount++] = c;
        double similarity = similarity(c, sketch);
        if (similarity >= THRESHOLD
            && (similarity > bestSimilarity
                || (similarity == bestSimilarity && root(c) < root(best)))) {
          best = c;
          bestSimilarity = similarity;
          match = Match.NEAR;
        }
      }
    }

    int idx = append(sketch, minutes(published), idBytes);
    String duplicateOf = null;
    int root = idx;
    if (best >= 0) {
      root = root(best);
      int earliest = meta(root, 2);
      if (meta(idx, 0) < meta(earliest, 0)) {
        setMeta(root, 2, idx);
      } else {
        duplicateOf = id(earliest);
      }
    }
    setMeta(idx, 1, root);
    setMeta(idx, 2, idx);
    put(exactKey, idx);
    if (near) {
      for (int key : bandKeys) put(key, idx);
    }
    return new Result(
        root == idx ? id : id(root), duplicateOf, match, match == Match.NONE ? 0 : bestSimilarity);
  }

  @Override
  public synchronized int size() {
    return size;
  }

  @Override
  public synchronized long memoryBytes() {
    long bytes = 16L + 8L * slots.length;
    bytes +=
        16L
            + 4L * sketches.length
            + 16L * sketches.length
            + 8L * SKETCH_LONGS * CHUNK * sketches.length;
    bytes += 16L + 4L * meta.length + 16L * meta.length + 4L * META * CHUNK * meta.length;
    bytes += 16L + 4L * ids.length + (16L + ID_CHUNK) * ids.length;
    return bytes;
  }

  // ---- per-article arrays ----

  private int append(long[] sketch, int minute, byte[] id) {
    if (size == Integer.MAX_VALUE - 1) throw new IllegalStateException("index full");
    int idx = size;
    int chunk = idx >>> CHUNK_BITS;
    if (chunk == sketches.length) {
      sketches = java.util.Arrays.copyOf(sketches, chunk + 1);
      sketches[chunk] = new long[SKETCH_LONGS * CHUNK];
      meta = java.util.Arrays.copyOf(meta, chunk + 1);
      meta[chunk] = new int[META * CHUNK];
    }
    System.arraycopy(sketch, 0, sketches[chunk], (idx & (CHUNK - 1)) * SKETCH_LONGS, SKETCH_LONGS);
    setMetaRaw(idx, 0, minute);
    setMetaRaw(idx, 3, storeId(id));
    size++;
    return idx;
  }

  private int meta(int idx, int field) {
    return meta[idx >>> CHUNK_BITS][(idx & (CHUNK - 1)) * META + field];
  }

  private void setMeta(int idx, int field, int value) {
    setMetaRaw(idx, field, value);
  }

  private void setMetaRaw(int idx, int field, int value) {
    meta[idx >>> CHUNK_BITS][(idx & (CHUNK - 1)) * META + field] = value;
  }

  private int root(int idx) {
    return idx < 0 ? Integer.MAX_VALUE : meta(idx, 1);
  }

  /** Ids go length-prefixed into 64 KiB chunks; an id never straddles two. */
  private int storeId(byte[] id) {
    int need = id.length + (id.length < 0x80 ? 1 : 2);
    if (idUsed + need > ID_CHUNK) {
      if (ids.length == 1 << (31 - ID_CHUNK_BITS)) {
        throw new IllegalStateException("index full: 2 GiB of ids");
      }
      ids = java.util.Arrays.copyOf(ids, ids.length + 1);
      ids[ids.length - 1] = new byte[ID_CHUNK];
      idUsed = 0;
    }
    int chunk = ids.length - 1;
    int offset = (chunk << ID_CHUNK_BITS) | idUsed;
    byte[] b = ids[chunk];
    if (id.length < 0x80) {
      b[idUsed++] = (byte) id.length;
    } else {
      b[idUsed++] = (byte) (0x80 | (id.length >>> 8));
      b[idUsed++] = (byte) id.length;
    }
    System.arraycopy(id, 0, b, idUsed, id.length);
    idUsed += id.length;
    return offset;
  }

  private String id(int idx) {
    int offset = meta(idx, 3);
    byte[] b = ids[offset >>> ID_CHUNK_BITS];
    int p = offset & (ID_CHUNK - 1);
    int len = b[p++] & 0xff;
    if (len >= 0x80) len = ((len & 0x7f) << 8) | (b[p++] & 0xff);
    return new String(b, p, len, StandardCharsets.UTF_8);
  }

  private static byte[] checkId(String id) {
    if (id == null || id.isEmpty()) throw new IllegalArgumentException("id is null or empty");
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_ID_BYTES) {
      throw new IllegalArgumentException(
          "id longer than " + MAX_ID_BYTES + " UTF-8 bytes: " + b.length);
    }
    return b;
  }

  // ---- signatures ----

  /** 4 bits of each MinHash value, 16 to a long. */
  static long[] sketch(Fingerprint f) {
    long[] sketch = new long[SKETCH_LONGS];
    for (int bin = 0; bin < Fingerprint.BINS; bin++) {
      long v = ((long) f.minHash(bin) << 32) | bin;
      long nibble = Fingerprinter.mix(v ^ NIBBLE_SALT) >>> 60;
      sketch[bin >>> 4] |= nibble << ((bin & 15) * 4);
    }
    return sketch;
  }

  private static int[] bandKeys(Fingerprint f) {
    int[] keys = new int[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = BAND_SALT + band;
      for (int row = 0; row < ROWS; row++) {
        h = Fingerprinter.mix(h ^ (f.minHash(band * ROWS + row) & 0xffffffffL));
      }
      keys[band] = (int) (h ^ (h >>> 32));
    }
    return keys;
  }

  private static int exactKey(Fingerprint f) {
    long h = Fingerprinter.mix(f.exactHash() ^ EXACT_SALT);
    return (int) (h ^ (h >>> 32));
  }

  private boolean sameSketch(int idx, long[] sketch) {
    long[] chunk = sketches[idx >>> CHUNK_BITS];
    int base = (idx & (CHUNK - 1)) * SKETCH_LONGS;
    for (int i = 0; i < SKETCH_LONGS; i++) {
      if (chunk[base + i] != sketch[i]) return false;
    }
    return true;
  }

  /** Estimated Jaccard from the agreeing 4-bit values, corrected for chance agreement. */
  private double similarity(int idx, long[] sketch) {
    long[] chunk = sketches[idx >>> CHUNK_BITS];
    int base = (idx & (CHUNK - 1)) * SKETCH_LONGS;
    int differing = 0;
    for (int i = 0; i < SKETCH_LONGS; i++) {
      long x = chunk[base + i] ^ sketch[i];
      x |= x >>> 1;
      x |= x >>> 2;
      differing += Long.bitCount(x & 0x1111111111111111L);
    }
    double agreeing = (double) (Fingerprint.BINS - differing) / Fingerprint.BINS;
    return Math.max(0, (agreeing - CHANCE) / (1 - CHANCE));
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) if (a[i] == v) return true;
    return false;
  }

  // ---- the table: 32-bit key -> newest article with it, linear probing ----

  private int home(int key, int capacity) {
    return (int) (((key & 0xffffffffL) * capacity) >>> 32);
  }

  private int find(int key) {
    long[] t = slots;
    for (int p = home(key, t.length); ; p = p + 1 == t.length ? 0 : p + 1) {
      long e = t[p];
      if (e == 0) return -1;
      if ((int) (e >>> 32) == key) return (int) e - 1;
    }
  }

  private void put(int key, int idx) {
    long entry = ((long) key << 32) | ((idx + 1) & 0xffffffffL);
    long[] t = slots;
    for (int p = home(key, t.length); ; p = p + 1 == t.length ? 0 : p + 1) {
      long e = t[p];
      if (e == 0) {
        t[p] = entry;
        if (++entries * 5L > t.length * 4L) grow();
        return;
      }
      if ((int) (e >>> 32) == key) {
        t[p] = entry;
        return;
      }
    }
  }

  /** Grows by a quarter: the table stays 64-80% full, never half empty as after a doubling. */
  private void grow() {
    long[] old = slots;
    long capacity = old.length + Math.max(1024, old.length / 4);
    if (capacity > Integer.MAX_VALUE - 8) throw new IllegalStateException("index full");
    long[] t = new long[(int) capacity];
    for (long e : old) {
      if (e == 0) continue;
      int p = home((int) (e >>> 32), t.length);
      while (t[p] != 0) p = p + 1 == t.length ? 0 : p + 1;
      t[p] = e;
    }
    slots = t;
  }

  // ---- dates ----

  /** Minutes since the epoch, or {@link #UNKNOWN_TIME}. */
  static int minutes(String published) {
    if (published == null || published.isBlank()) return UNKNOWN_TIME;
    String s = published.strip();
    long seconds = isoSeconds(s);
    if (seconds != NOT_PARSED) return clampMinutes(seconds);
    try {
      if (s.length() <= 10) {
        seconds = LocalDate.parse(s).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
      } else {
        TemporalAccessor t =
            DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        seconds =
            t instanceof OffsetDateTime o
                ? o.toEpochSecond()
                : ((LocalDateTime) t).toEpochSecond(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      return UNKNOWN_TIME;
    }
    return clampMinutes(seconds);
  }

  private static int clampMinutes(long seconds) {
    long m = Math.floorDiv(seconds, 60);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(UNKNOWN_TIME - 1, m));
  }

  private static final long NOT_PARSED = Long.MIN_VALUE;

  /**
   * The common shapes ({@code 2026-03-14}, {@code 2026-03-14T09:30[:00[.000]][Z|+01:00|+0100]})
   * read by hand: java.time's formatter costs more than the rest of an add together. Anything else
   * goes to the formatter.
   */
  private static long isoSeconds(String s) {
    int n = s.length();
    if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return NOT_PARSED;
    int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31) return NOT_PARSED;
    long day;
    try {
      day = LocalDate.of(y, mo, d).toEpochDay();
    } catch (java.time.DateTimeException e) {
      return NOT_PARSED;
    }
    if (n == 10) return day * 86400;
    if ((s.charAt(10) != 'T' && s.charAt(10) != ' ') || n < 16 || s.charAt(13) != ':') {
      return NOT_PARSED;
    }
    int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = 0;
    if (h < 0 || h > 23 || mi < 0 || mi > 59) return NOT_PARSED;
    int i = 16;
    if (i < n && s.charAt(i) == ':') {
      sec = digits(s, 17, 2);
      if (sec < 0 || sec > 59) return NOT_PARSED;
      i = 19;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        i++;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
      }
    }
    int offset = 0;
    if (i < n) {
      char c = s.charAt(i);
      if (c == 'Z' && i + 1 == n) {
        offset = 0;
      } else if (c == '+' || c == '-') {
        int oh = digits(s, i + 1, 2), om = 0;
        int j = i + 3;
        if (j < n && s.charAt(j) == ':') j++;
        if (j < n) {
          om = digits(s, j, 2);
          j += 2;
        }
        if (oh < 0 || oh > 18 || om < 0 || om > 59 || j != n) return NOT_PARSED;
        offset = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
      } else {
        return NOT_PARSED;
      }
    }
    return day * 86400 + h * 3600L + mi * 60L + sec - offset;
  }

  private static int digits(String s, int from, int count) {
    if (from + count > s.length()) return -1;
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  // ---- snapshot ----

  @Override
  public synchronized void snapshot(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    writeHeader(d);
    d.writeInt(size);
    for (int i = 0; i < size; i++) {
      long[] chunk = sketches[i >>> CHUNK_BITS];
      int base = (i & (CHUNK - 1)) * SKETCH_LONGS;
      for (int k = 0; k < SKETCH_LONGS; k++) d.writeLong(chunk[base + k]);
      d.writeInt(meta(i, 0));
      d.writeInt(meta(i, 1));
      d.writeInt(meta(i, 2));
      byte[] id = id(i).getBytes(StandardCharsets.UTF_8);
      d.writeShort(id.length);
      d.write(id);
    }
    d.writeInt(entries);
    for (long e : slots) {
      if (e != 0) d.writeLong(e);
    }
    d.flush();
  }

  static LshIndex restore(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    try {
      checkHeader(d);
      int n = d.readInt();
      if (n < 0 || n == Integer.MAX_VALUE) throw corrupt("article count " + n);
      LshIndex index = new LshIndex();
      long[] sketch = new long[SKETCH_LONGS];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < SKETCH_LONGS; k++) sketch[k] = d.readLong();
        int minute = d.readInt();
        int root = d.readInt();
        int earliest = d.readInt();
        int len = d.readUnsignedShort();
        if (len == 0 || len > MAX_ID_BYTES) throw corrupt("id length " + len);
        byte[] id = new byte[len];
        d.readFully(id);
        if (root < 0 || root > i || (root < i && index.root(root) != root)) {
          throw corrupt("article " + i + " has group root " + root);
        }
        int idx = index.append(sketch, minute, id);
        index.setMeta(idx, 1, root);
        index.setMeta(idx, 2, earliest);
      }
      for (int i = 0; i < n; i++) {
        int earliest = index.meta(i, 2);
        if (index.meta(i, 1) == i && (earliest < 0 || earliest >= n || index.root(earliest) != i)) {
          throw corrupt("group " + i + " has earliest member " + earliest + " outside it");
        }
      }
      int count = d.readInt();
      if (count < 0 || count > (long) n * (BANDS + 1)) throw corrupt("table entries " + count);
      for (int i = 0; i < count; i++) {
        long e = d.readLong();
        int idx = (int) e - 1;
        if (idx < 0 || idx >= n) throw corrupt("table entry for article " + idx);
        index.put((int) (e >>> 32), idx);
      }
      return index;
    } catch (EOFException e) {
      throw new IOException("truncated dedup snapshot", e);
    }
  }

  private static void writeHeader(DataOutputStream d) throws IOException {
    d.writeLong(MAGIC);
    d.writeInt(VERSION);
    for (int p : params()) d.writeInt(p);
  }

  private static void checkHeader(DataInputStream d) throws IOException {
    if (d.readLong() != MAGIC) throw new IOException("not a dedup index snapshot");
    int version = d.readInt();
    if (version != VERSION) {
      throw new IOException(
          "dedup snapshot version "
              + version
              + ", this build reads "
              + VERSION
              + (version < VERSION
                  ? ": it holds fingerprints of an older scheme that new articles would never match;"
                      + " rebuild the index from the articles"
                  : ""));
    }
    for (int p : params()) {
      if (d.readInt() != p) {
        throw new IOException("dedup snapshot made with other parameters; rebuild the index");
      }
    }
  }

  /** What a snapshot's contents depend on: fingerprints and keys from other values do not mix. */
  private static int[] params() {
    return new int[] {
      Fingerprint.BINS,
      Fingerprinter.SHINGLE,
      BANDS,
      ROWS,
      MIN_NEAR_TOKENS,
      (int) Math.round(THRESHOLD * 1000)
    };
  }

  private static IOException corrupt(String what) {
    return new IOException("corrupt dedup snapshot: " + what);
  }
}
