package dev.argus.core.dedup;

import java.util.Arrays;

/**
 * What deduplication knows about one text: a hash of its normalised token sequence (equal for texts
 * that differ only in case, whitespace, punctuation or Unicode compatibility forms) and a MinHash
 * signature of its shingles. Made by {@link #of(String)}; compare through a {@link
 * NearDuplicateIndex}.
 *
 * @param exactHash 64-bit hash of the normalised tokens; 0 for an empty text
 * @param tokens number of tokens: words, and each Han/Kana/Thai/... character on its own (as {@link
 *     dev.argus.core.model.Article#wordCount()} counts them)
 * @param minHashes {@link #BINS} one-permutation MinHash values, empty for an empty text
 */
public record Fingerprint(long exactHash, int tokens, int[] minHashes) {

  /** Signature length: MinHash values per text. */
  public static final int BINS = 128;

  /** The fingerprint of a text with no tokens: it never matches anything. */
  public static final Fingerprint EMPTY = new Fingerprint(0, 0, new int[0]);

  public Fingerprint {
    if (minHashes == null) throw new IllegalArgumentException("minHashes is null");
    if (tokens < 0) throw new IllegalArgumentException("tokens < 0: " + tokens);
    if (tokens == 0 ? minHashes.length != 0 : minHashes.length != BINS) {
      throw new IllegalArgumentException(
          "a fingerprint of " + tokens + " tokens has " + minHashes.length + " MinHash values");
    }
    minHashes = minHashes.clone();
  }

  /** Fingerprints a text. Pure, deterministic (fixed seeds) and safe from any thread. */
  public static Fingerprint of(String text) {
    return Fingerprinter.fingerprint(text);
  }

  /**
   * The distinct shingle hashes of a text, sorted: the exact set whose Jaccard similarity the
   * signatures estimate. For evaluation and tests; deduplication needs only {@link #of}.
   */
  public static long[] shingles(String text) {
    return Fingerprinter.shingles(text);
  }

  /** Exact Jaccard similarity of two sorted distinct sets from {@link #shingles}. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) return 0;
    int i = 0, j = 0, common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  public boolean isEmpty() {
    return tokens == 0;
  }

  @Override
  public int[] minHashes() {
    return minHashes.clone();
  }

  /** The value of one bin, without copying the signature. */
  int minHash(int bin) {
    return minHashes[bin];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && f.exactHash == exactHash
        && f.tokens == tokens
        && Arrays.equals(f.minHashes, minHashes);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(exactHash) * 31 + Arrays.hashCode(minHashes);
  }

  @Override
  public String toString() {
    return String.format("Fingerprint[exactHash=%016x, tokens=%d]", exactHash, tokens);
  }
}
