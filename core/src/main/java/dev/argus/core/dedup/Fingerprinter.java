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
 * whole of it is the few loops below. A token's hash is its FNV-1a; a shingle's hash chains its
 * four token hashes by xor and multiply and is finished with the SplitMix64 mixer, once per shingle
 * (the tokens themselves are not mixed: the shingle's mixer covers them, and a second mixer per
 * token was a fifth of a fingerprint's time). The seeds are fixed so fingerprints are stable across
 * runs, machines and snapshots; a change to any of this changes every fingerprint and must bump
 * {@link LshIndex}'s snapshot version.
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

  /**
   * Receives token hashes in text order. The last {@value #SHINGLE} token hashes sit in four
   * fields, oldest first, so a shingle's hash is four multiply steps with no index arithmetic.
   */
  private abstract static class TokenSink {
    long t0, t1, t2, t3;
    int tokens;

    final void token(long hash) {
      t0 = t1;
      t1 = t2;
      t2 = t3;
      t3 = hash;
      if (++tokens >= SHINGLE) {
        shingle(
            mix(
                SHINGLE_SEED
                    ^ t0
                    ^ Long.rotateLeft(t1, 16)
                    ^ Long.rotateLeft(t2, 32)
                    ^ Long.rotateLeft(t3, 48)));
      }
    }

    /** Texts shorter than a shingle are one shingle of all their tokens. */
    final void end() {
      if (tokens <= 0 || tokens >= SHINGLE) return;
      long h = SHINGLE_SEED;
      if (tokens >= 3) h = (h ^ t1) * GOLDEN;
      if (tokens >= 2) h = (h ^ t2) * GOLDEN;
      shingle(mix((h ^ t3) * GOLDEN));
    }

    /** Forgets every token, for a second pass over the normalised text. */
    void reset() {
      t0 = t1 = t2 = t3 = 0;
      tokens = 0;
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

    @Override
    void reset() {
      super.reset();
      Arrays.fill(filled, false);
      filledCount = 0;
      exact = EXACT_SEED;
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

    @Override
    void reset() {
      super.reset();
      n = 0;
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

  /**
   * Tokenises {@code text} as if it were NFKC-normalised first. The first pass reads the text as it
   * is, each char as its NFKC form where that is one char or only separators (see {@link #KIND}),
   * and gives up at the first char that is {@link #UNSTABLE}; then the text is normalised, by
   * {@link #MAPPED} where every such char has a context-free form, else by the JDK, and read again.
   * Nearly all news text, accents, curly quotes, no-break spaces and ellipses included, never
   * leaves the first pass.
   */
  private static void tokens(String text, TokenSink sink) {
    // One copy into an array: String.charAt checks the string's coder on every call, which the
    // JIT did not hoist out of these loops (it was half of a fingerprint's time).
    char[] a = text.toCharArray();
    if (tokens(a, sink, false)) return;
    sink.reset();
    char[] b = mapStable(a);
    if (b == null) b = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
    tokens(b, sink, true);
  }

  /**
   * One pass over the chars; false (with the sink half fed) when {@code normalised} is false and a
   * char is {@link #UNSTABLE}.
   */
  private static boolean tokens(char[] a, TokenSink sink, boolean normalised) {
    Sink exact = sink instanceof Sink k ? k : null;
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0, n = a.length; i < n; ) {
      int cp = a[i];
      if (cp < 0x80) {
        i++;
        int folded = ASCII[cp];
        if (folded != 0) {
          long w = ((inWord ? word : FNV_OFFSET) ^ folded) * FNV_PRIME;
          // The rest of an ASCII run of the word in a tight loop: most words are all ASCII.
          while (i < n && (cp = a[i]) < 0x80 && (folded = ASCII[cp]) != 0) {
            w = (w ^ folded) * FNV_PRIME;
            i++;
          }
          word = w;
          inWord = true;
        } else if (inWord) {
          emit(sink, exact, word);
          inWord = false;
        }
        continue;
      }
      byte kind = KIND[cp];
      if (kind >= UNSTABLE) {
        if (!normalised) return false;
        kind &= UNSTABLE - 1;
      }
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
    return true;
  }

  /**
   * {@code a} with each char that has a {@link #MAPPED} form replaced by it, or null when a char
   * needs the real normaliser. Chars whose form {@link #KIND} already stands for are kept: they
   * tokenise as their form. The result tokenises as the NFKC form of {@code a}: each piece is
   * equivalent to its char, and a string of stable chars (starters that NFKC keeps and that compose
   * with nothing before them) is already normalised.
   */
  private static char[] mapStable(char[] a) {
    char[] out = new char[a.length + 16];
    int j = 0;
    for (char c : a) {
      String m = c < 0x80 || KIND[c] < UNSTABLE ? null : MAPPED[c];
      if (m == null && c >= 0x80 && KIND[c] >= UNSTABLE) return null;
      int need = m == null ? 1 : m.length();
      if (j + need > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, j + need));
      if (m == null) {
        out[j++] = c;
      } else {
        m.getChars(0, need, out, j);
        j += need;
      }
    }
    return Arrays.copyOf(out, j);
  }

  private static void emit(TokenSink sink, Sink exact, long fnv) {
    if (exact != null) exact.exactToken(fnv);
    sink.token(fnv);
  }

  private static final byte SEPARATOR = 0;
  private static final byte WORD = 1;
  private static final byte CHARACTER = 2;
  private static final byte SLOW = 3;

  /**
   * Added to a char's kind when NFKC may turn it into several chars that are not all separators, or
   * join it with its neighbours: combining marks, ligatures, fractions, half-width kana,
   * surrogates. A text holding one goes through the normaliser.
   */
  private static final byte UNSTABLE = 4;

  /**
   * Per BMP char: its kind and its folded form, computed once (192 KB), because {@link
   * Character#getType}, {@link Character.UnicodeScript#of} and case mapping per character were most
   * of a fingerprint's time on German and Chinese text. Surrogates, and the rare chars whose folded
   * form leaves the BMP, take the slow path. A char that NFKC turns into one other char (², Ｘ), or
   * into separators only (no-break space, …), has the kind and folded form of its NFKC form, so a
   * text needs no normalising for it; this holds wherever the char stands because NFKC never joins
   * such a char with its neighbours: it is neither a mark nor a Hangul vowel or final consonant,
   * and its form is made of stable chars ({@link #isStable}).
   */
  private static final byte[] KIND = new byte[0x10000];

  private static final char[] FOLDED = new char[0x10000];

  /** Per ASCII char: its lower-case form for letters and digits, 0 for separators. */
  private static final char[] ASCII = new char[0x80];

  /**
   * The NFKC form of each char that is not stable but whose form is made of stable chars only and
   * does not depend on its neighbours (no-break space, ellipsis, superscripts, ligatures, fullwidth
   * forms), else null.
   */
  private static final String[] MAPPED = new String[0x10000];

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
    for (int c = 0; c < 0x80; c++) {
      if (KIND[c] == WORD) ASCII[c] = FOLDED[c];
    }
    boolean[] stable = new boolean[0x10000];
    for (int c = 0; c < 0x10000; c++) stable[c] = isStable(c);
    for (int c = 0x80; c < 0x10000; c++) {
      if (stable[c] || mayCombineWithPrevious(c)) continue;
      String m = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
      boolean allStable = !m.isEmpty();
      boolean separators = true;
      for (int k = 0; k < m.length() && allStable; k++) {
        allStable = stable[m.charAt(k)];
        separators &= KIND[m.charAt(k)] == SEPARATOR;
      }
      if (allStable && separators) {
        // An ellipsis or a no-break space: its form only separates tokens, as the char does.
        KIND[c] = SEPARATOR;
      } else if (allStable && m.length() == 1 && KIND[m.charAt(0)] != SLOW) {
        // A superscript digit, a fullwidth letter: read as its form.
        KIND[c] = KIND[m.charAt(0)];
        FOLDED[c] = FOLDED[m.charAt(0)];
      } else {
        // Several chars (a ligature, a fraction) or one NFKC may join with its neighbours.
        KIND[c] |= UNSTABLE;
        if (allStable) MAPPED[c] = m;
      }
    }
    for (int c = 0xD800; c <= 0xDFFF; c++) KIND[c] |= UNSTABLE;
    for (int c = 0x80; c < 0x10000; c++) {
      if (mayCombineWithPrevious(c)) KIND[c] |= UNSTABLE;
    }
  }

  /**
   * Whether NFKC leaves {@code c} alone wherever it stands: it is its own NFKC form (no
   * compatibility or canonical decomposition that changes it), and it is not a char that may
   * compose with or reorder against the one before it. A string of such chars is NFKC-normalised.
   */
  static boolean isStable(int c) {
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    if (mayCombineWithPrevious(c)) return false;
    String s = String.valueOf((char) c);
    return Normalizer.isNormalized(s, Normalizer.Form.NFKC);
  }

  /**
   * Combining marks (all chars of a non-zero combining class, and those that compose with a base
   * before them, are marks) and the Hangul medial vowels and final consonants, the only other chars
   * that compose with the char before them.
   */
  private static boolean mayCombineWithPrevious(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (c >= 0x1160 && c <= 0x11FF)
        || (c >= 0xD7B0 && c <= 0xD7FF);
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
