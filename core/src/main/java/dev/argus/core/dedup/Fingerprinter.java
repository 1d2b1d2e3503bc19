package dev.argus.core.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text to {@link Fingerprint}: normalise, tokenise, shingle, hash.
 *
 * <ul>
 *   <li><b>Normalisation</b>: Unicode NFKC, then simple case folding per code point. Everything
 *       that is not a letter, digit or combining mark separates tokens, so case, whitespace and
 *       punctuation never change a fingerprint.
 *   <li><b>Tokens</b>: words; in scripts written without spaces (Han, Hiragana, Katakana, Thai,
 *       Lao, Khmer, Myanmar) every character is a token, so a Chinese or Japanese text is shingled
 *       by characters.
 *   <li><b>Shingles</b>: {@value #SHINGLE} consecutive tokens. Four words are specific enough that
 *       unrelated articles share few of them (stock phrases such as "said in a statement" aside),
 *       and short enough that a light edit spoils only four shingles.
 *   <li><b>Signature</b>: one-permutation MinHash (Li, Owen and Zhang, 2012) with optimal
 *       densification (Shrivastava, 2017): each shingle is hashed once, its top 7 bits pick one of
 *       {@value Fingerprint#BINS} bins and the bin keeps its smallest value; empty bins borrow a
 *       filled bin's value through a fixed hash sequence. Two texts' bins agree with probability
 *       equal to their shingle Jaccard, as with classic MinHash, at one hash per shingle instead of
 *       {@value Fingerprint#BINS}: that is what makes tens of thousands of signatures per second on
 *       one core possible.
 * </ul>
 *
 * <p>Written by hand: no maintained Java library does densified one-permutation MinHash, and the
 * whole of it is the few loops below. The hash is FNV-1a per token, finished with the SplitMix64
 * mixer; the seeds are fixed so fingerprints are stable across runs, machines and snapshots.
 */
final class Fingerprinter {

  static final int SHINGLE = 4;

  private static final int BIN_SHIFT = 64 - Integer.numberOfTrailingZeros(Fingerprint.BINS);
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long SHINGLE_SEED = 0x5bd1e9955bd1e995L;
  private static final long EXACT_SEED = 0x2545f4914f6cdd1dL;
  private static final long DENSIFY_SEED = 0x9e3779b97f4a7c15L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Fingerprinter() {}

  static Fingerprint fingerprint(String text) {
    if (text == null || text.isEmpty()) return Fingerprint.EMPTY;
    Sink sink = new Sink();
    tokens(text, sink);
    return sink.finish();
  }

  /**
   * The distinct shingle hashes of a text, sorted: the exact set whose Jaccard the signature
   * estimates. For evaluation and tests; deduplication itself needs only {@link #fingerprint}.
   */
  static long[] shingles(String text) {
    if (text == null || text.isEmpty()) return new long[0];
    ShingleSet set = new ShingleSet();
    tokens(text, set);
    return set.finish();
  }

  /** Receives token hashes in text order. */
  private abstract static class TokenSink {
    final long[] ring = new long[SHINGLE];
    int tokens;

    final void token(long hash) {
      ring[tokens % SHINGLE] = hash;
      tokens++;
      if (tokens >= SHINGLE) shingle(shingleHash(tokens - SHINGLE, SHINGLE));
    }

    /** Texts shorter than a shingle are one shingle of all their tokens. */
    final void end() {
      if (tokens > 0 && tokens < SHINGLE) shingle(shingleHash(0, tokens));
    }

    private long shingleHash(int from, int n) {
      long h = SHINGLE_SEED;
      for (int i = 0; i < n; i++) h = (h ^ ring[(from + i) % SHINGLE]) * GOLDEN;
      return mix(h);
    }

    abstract void shingle(long hash);
  }

  private static final class Sink extends TokenSink {
    final int[] mins = new int[Fingerprint.BINS];
    final boolean[] filled = new boolean[Fingerprint.BINS];
    int filledCount;
    long exact = EXACT_SEED;

    @Override
    void shingle(long hash) {
      int bin = (int) (hash >>> BIN_SHIFT);
      int value = (int) hash;
      if (!filled[bin]) {
        filled[bin] = true;
        filledCount++;
        mins[bin] = value;
      } else if (value < mins[bin]) {
        mins[bin] = value;
      }
    }

    void exactToken(long hash) {
      exact = Long.rotateLeft((exact ^ hash) * GOLDEN, 29);
    }

    Fingerprint finish() {
      end();
      if (tokens == 0) return Fingerprint.EMPTY;
      densify();
      return new Fingerprint(mix(exact ^ tokens), tokens, mins);
    }

    /**
     * Optimal densification: an empty bin takes the value of the first filled bin on its own fixed
     * pseudo-random sequence of bins. Two texts use the same sequences, so an empty bin agrees
     * between them with probability equal to their Jaccard, as a filled one does.
     */
    private void densify() {
      if (filledCount == Fingerprint.BINS) return;
      for (int bin = 0; bin < Fingerprint.BINS; bin++) {
        if (filled[bin]) continue;
        int from = -1;
        for (long attempt = 1; attempt <= 4096 && from < 0; attempt++) {
          int j = (int) (mix(DENSIFY_SEED + bin * GOLDEN + attempt) >>> BIN_SHIFT);
          if (filled[j]) from = j;
        }
        // Only a text with one or two filled bins can miss them 4096 times; scan then.
        for (int j = bin + 1; from < 0; j++) {
          if (filled[j % Fingerprint.BINS]) from = j % Fingerprint.BINS;
        }
        mins[bin] = mins[from];
      }
    }
  }

  private static final class ShingleSet extends TokenSink {
    long[] hashes = new long[64];
    int n;

    @Override
    void shingle(long hash) {
      if (n == hashes.length) hashes = Arrays.copyOf(hashes, n * 2);
      hashes[n++] = hash;
    }

    long[] finish() {
      end();
      long[] sorted = Arrays.copyOf(hashes, n);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }

  private static void tokens(String text, TokenSink sink) {
    // One copy into an array: String.charAt checks the string's coder on every call, which the
    // JIT did not hoist out of these loops (it was half of a fingerprint's time).
    char[] a = text.toCharArray();
    if (!surelyNfkc(a) && !Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      a = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
    }
    Sink exact = sink instanceof Sink k ? k : null;
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0, n = a.length; i < n; ) {
      int cp = a[i];
      if (cp < 0x80) {
        i++;
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z')) {
          if (!inWord) {
            word = FNV_OFFSET;
            inWord = true;
          }
          word = (word ^ (cp | (cp >= 'A' && cp <= 'Z' ? 0x20 : 0))) * FNV_PRIME;
        } else if (inWord) {
          emit(sink, exact, word);
          inWord = false;
        }
        continue;
      }
      byte kind = cp < 0xD800 || cp > 0xDFFF ? KIND[cp] : SLOW;
      if (kind == SLOW) {
        cp = Character.codePointAt(a, i);
        kind = kindOf(cp);
        i += Character.charCount(cp);
        cp = kind == SEPARATOR ? cp : fold(cp);
      } else {
        i++;
        cp = FOLDED[cp];
      }
      if (kind == CHARACTER) {
        if (inWord) emit(sink, exact, word);
        inWord = false;
        emit(sink, exact, (FNV_OFFSET ^ cp) * FNV_PRIME);
      } else if (kind == WORD) {
        if (!inWord) {
          word = FNV_OFFSET;
          inWord = true;
        }
        word = (word ^ cp) * FNV_PRIME;
      } else if (inWord) {
        emit(sink, exact, word);
        inWord = false;
      }
    }
    if (inWord) emit(sink, exact, word);
  }

  /**
   * True when every character is one NFKC leaves alone wherever it stands: ASCII, the Latin-1 and
   * Latin Extended-A letters and signs without compatibility forms, and the usual typographic
   * quotes and dashes. Most European news text passes, and skips the JDK's own check, which costs
   * more than a seventh of a fingerprint. Anything else (a combining mark, a ligature, fullwidth
   * forms, other scripts) goes to the full check.
   */
  static boolean surelyNfkc(String s) {
    return surelyNfkc(s.toCharArray());
  }

  static boolean surelyNfkc(char[] s) {
    for (int i = 0, n = s.length; i < n; i++) {
      char c = s[i];
      if (c < 0xA0) continue;
      if (c <= 0x17F) {
        if (c < 0xC0 ? LATIN1_COMPAT.indexOf(c) >= 0 : LATIN_EXT_COMPAT.indexOf(c) >= 0) {
          return false;
        }
        continue;
      }
      if (c < 0x2013 || c > 0x2022 || TYPOGRAPHIC.indexOf(c) < 0) return false;
    }
    return true;
  }

  /**
   * Latin-1 signs with compatibility decompositions (no-break space, ordinals, superscripts...).
   */
  private static final String LATIN1_COMPAT =
      "\u00a0\u00a8\u00aa\u00af\u00b2\u00b3\u00b4\u00b5\u00b8\u00b9\u00ba\u00bc\u00bd\u00be";

  /** Latin Extended-A letters with compatibility decompositions (ĳ, ŀ, ŉ, long s). */
  private static final String LATIN_EXT_COMPAT = "\u0132\u0133\u013f\u0140\u0149\u017f";

  /** En and em dash, curly quotes, bullet: NFKC keeps them. */
  private static final String TYPOGRAPHIC = "\u2013\u2014\u2018\u2019\u201c\u201d\u2022";

  private static void emit(TokenSink sink, Sink exact, long fnv) {
    long h = mix(fnv);
    if (exact != null) exact.exactToken(h);
    sink.token(h);
  }

  private static final byte SEPARATOR = 0;
  private static final byte WORD = 1;
  private static final byte CHARACTER = 2;
  private static final byte SLOW = 3;

  /**
   * Per BMP char: its kind and its folded form, computed once (192 KB), because {@link
   * Character#getType}, {@link Character.UnicodeScript#of} and case mapping per character were most
   * of a fingerprint's time on German and Chinese text. Surrogates, and the rare chars whose folded
   * form leaves the BMP, take the slow path.
   */
  private static final byte[] KIND = new byte[0x10000];

  private static final char[] FOLDED = new char[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      byte kind = kindOf(c);
      int folded = kind == SEPARATOR ? c : fold(c);
      if (folded > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        KIND[c] = SLOW;
      } else {
        KIND[c] = kind;
        FOLDED[c] = (char) folded;
      }
    }
  }

  private static byte kindOf(int cp) {
    if (isCharacterScript(cp)) return CHARACTER;
    return isWordPart(cp) ? WORD : SEPARATOR;
  }

  /** Simple case folding: lower of upper maps final sigma to sigma and dotless i to i too. */
  private static int fold(int cp) {
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Scripts written without spaces between words: every character is a token. */
  static boolean isCharacterScript(int cp) {
    if (cp < 0x0E00) return false;
    if (cp <= 0x0EFF) return isWordPart(cp); // Thai, Lao
    if (cp >= 0x1000 && cp <= 0x109F) return isWordPart(cp); // Myanmar
    if (cp >= 0x1780 && cp <= 0x17FF) return isWordPart(cp); // Khmer
    if (cp < 0x2E80) return false;
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * SplitMix64's finaliser: a cheap bijective mixer whose output bits all depend on every input.
   */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
