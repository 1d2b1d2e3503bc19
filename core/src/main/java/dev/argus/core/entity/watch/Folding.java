package dev.argus.core.entity.watch;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching and keeps, for each folded char, the span of the original it came from.
 *
 * <p>Per code point: Latin, Greek, Cyrillic and common characters are decomposed (NFKD) and lose
 * their combining diacritics (é→e, Ά→α, ё→е, ﬁ→fi, full-width Ｘ→X); other scripts are composed
 * (NFKC: half-width ｼｬｵﾐ→シャオミ) and keep their marks, since Japanese voicing marks or Indic vowel
 * signs tell words apart. Case folding lower-cases; Turkish dotted İ and dotless ı both become i,
 * so that Istanbul, İstanbul and ıstanbul meet; ß becomes ss and final ς becomes σ. Curly
 * apostrophes become ', dashes become -, format characters (soft hyphen, zero-width space) vanish,
 * and every whitespace run becomes one space.
 *
 * <p>Written by hand because the offset map is the point: ICU and java.text.Normalizer fold whole
 * strings and lose where each character came from. BMP characters go through a table built once.
 */
final class Folding {
  private Folding() {}

  /**
   * The folded chars {@code chars[0, length)}; folded char k comes from [{@link #start}(k), {@link
   * #end}(k)). The offsets are kept sparse, since a fold that wrote two ints per char spent as much
   * time writing them as reading the text: start(k) is k plus the shift set at the last index up to
   * k in {@code shiftIndex[0, shiftCount)} (0 before the first), and end(k) is start(k) + 1 unless
   * k is in {@code longIndex[0, longCount)}, which lists the folded chars that come from more than
   * one char (a whitespace run, a letter and its marks, a surrogate pair).
   */
  record Folded(
      char[] chars,
      int length,
      int[] shiftIndex,
      int[] shift,
      int shiftCount,
      int[] longIndex,
      int[] longEnd,
      int longCount) {

    int start(int k) {
      int i = java.util.Arrays.binarySearch(shiftIndex, 0, shiftCount, k);
      if (i < 0) i = -i - 2;
      return k + (i >= 0 ? shift[i] : 0);
    }

    int end(int k) {
      int i = java.util.Arrays.binarySearch(longIndex, 0, longCount, k);
      return i >= 0 ? longEnd[i] : start(k) + 1;
    }
  }

  /** Values at ascending indices, set in index order (the last one may be set again). */
  private static final class Sparse {
    int[] index = new int[16];
    int[] value = new int[16];
    int count;

    void set(int k, int v) {
      if (count > 0 && index[count - 1] == k) {
        value[count - 1] = v;
        return;
      }
      if (count == index.length) {
        index = java.util.Arrays.copyOf(index, count * 2);
        value = java.util.Arrays.copyOf(value, count * 2);
      }
      index[count] = k;
      value[count++] = v;
    }
  }

  private static final byte ONE = 0,
      MARK = 1,
      DROP = 2,
      SPACE = 3,
      MANY = 4,
      SURROGATE = 5,
      VOICE = 6;
  private static final byte[] KIND = new byte[65536];
  private static final char[] SINGLE = new char[65536];
  private static final String[] MULTI = new String[65536];
  private static final boolean[] WORD = new boolean[65536];
  // The folded char of each one-to-one BMP char, or NOT_ONE: the hot loop reads only this table.
  private static final char[] FAST = new char[65536];
  private static final char NOT_ONE = '\uFFFF';

  static {
    java.util.Arrays.fill(FAST, NOT_ONE);
    for (int c = 0; c < 65536; c++) {
      if (Character.isSurrogate((char) c)) {
        KIND[c] = SURROGATE;
        continue;
      }
      WORD[c] = isWordCodePoint(c);
      if (isSpace(c)) {
        KIND[c] = SPACE;
        continue;
      }
      if (isStrippedMark(c)) {
        KIND[c] = MARK;
        continue;
      }
      String f = foldCodePoint(c, true);
      if (f.equals("\u3099") || f.equals("\u309A")) {
        KIND[c] = VOICE;
        SINGLE[c] = f.charAt(0);
      } else if (f.isEmpty()) {
        KIND[c] = DROP;
      } else if (f.equals(" ")) {
        KIND[c] = SPACE;
      } else if (f.length() == 1) {
        KIND[c] = ONE;
        SINGLE[c] = f.charAt(0);
        FAST[c] = f.charAt(0);
      } else {
        KIND[c] = MANY;
        MULTI[c] = f;
      }
    }
  }

  /** Folds {@code text} (lower-cased) with the offset map back to it. */
  static Folded fold(String text) {
    int n = text.length();
    // Only expansions (ß→ss) write more chars than they read, and they grow the arrays first.
    int cap = n + 16;
    char[] out = new char[cap];
    // The input is read from the output array itself: until an expansion, a fold writes no further
    // than it has read. An expansion that would overtake the reading first takes a copy.
    text.getChars(0, n, out, 0);
    char[] in = out;
    Sparse starts = new Sparse();
    Sparse ends = new Sparse();
    int shift = 0; // i - j for the last folded char written
    int j = 0;
    boolean lastSpace = false;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      char fast = FAST[c];
      if (fast != NOT_ONE) {
        out[j] = fast;
        if (i - j != shift) starts.set(j, shift = i - j);
        j++;
        lastSpace = false;
        continue;
      }
      byte kind = KIND[c];
      if (kind == SPACE) {
        // As common as word ends: one char in, at most one out, so no growth check.
        if (lastSpace) {
          ends.set(j - 1, i + 1);
        } else {
          out[j] = ' ';
          if (i - j != shift) starts.set(j, shift = i - j);
          j++;
          lastSpace = true;
        }
        continue;
      }
      String many;
      int width = 1;
      switch (kind) {
        case MARK -> {
          if (j > 0 && !lastSpace) ends.set(j - 1, i + 1);
          continue;
        }
        case DROP -> {
          continue;
        }
        case VOICE -> {
          char composed = j > 0 ? voiced(out[j - 1], SINGLE[c]) : 0;
          if (composed != 0) {
            out[j - 1] = composed;
            ends.set(j - 1, i + 1);
            continue;
          }
          many = String.valueOf(SINGLE[c]);
        }
        case MANY -> many = MULTI[c];
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            many = foldCodePoint(text.codePointAt(i), true);
            width = 2;
          } else {
            many = String.valueOf(c);
          }
        }
      }
      if (in == out && j + many.length() > i + width) in = text.toCharArray();
      if (j + many.length() + (n - i) > cap) {
        cap = Math.max(cap * 2, j + many.length() + (n - i));
        out = java.util.Arrays.copyOf(out, cap);
      }
      for (int k = 0; k < many.length(); k++) {
        out[j] = many.charAt(k);
        if (i - j != shift) starts.set(j, shift = i - j);
        if (width != 1) ends.set(j, i + width);
        j++;
      }
      lastSpace = false;
      i += width - 1;
    }
    return new Folded(
        out, j, starts.index, starts.value, starts.count, ends.index, ends.value, ends.count);
  }

  /**
   * The folded form of a phrase, spaces trimmed: the automaton's key when {@code lower}, else the
   * form a case-sensitive phrase must equal exactly.
   */
  static String key(String phrase, boolean lower) {
    StringBuilder sb = new StringBuilder(phrase.length());
    boolean lastSpace = true;
    for (int i = 0; i < phrase.length(); ) {
      int cp = phrase.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        if (!lastSpace) sb.append(' ');
        lastSpace = true;
        continue;
      }
      if (isStrippedMark(cp)) continue;
      String f = foldCodePoint(cp, lower);
      if (f.equals(" ")) {
        if (!lastSpace) sb.append(' ');
        lastSpace = true;
      } else if (!f.isEmpty()) {
        char composed =
            f.length() == 1 && sb.length() > 0
                ? voiced(sb.charAt(sb.length() - 1), f.charAt(0))
                : 0;
        if (composed != 0) {
          sb.setCharAt(sb.length() - 1, composed);
        } else {
          sb.append(f);
        }
        lastSpace = false;
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') sb.setLength(len - 1);
    return sb.toString();
  }

  /**
   * Kana with a (semi-)voicing mark as one char (カ + ゛ → ガ), or 0. Per-code-point NFKC turns
   * half-width ｶﾞ into カ and a lone combining mark, which would otherwise never meet ガ.
   */
  private static char voiced(char kana, char mark) {
    if (mark != '\u3099' && mark != '\u309A') return 0;
    String c = Normalizer.normalize(new String(new char[] {kana, mark}), Normalizer.Form.NFC);
    return c.length() == 1 ? c.charAt(0) : 0;
  }

  /**
   * Whether {@code c} is a letter or digit of a script that separates words with spaces. Han, kana,
   * Hangul, Thai, Lao, Khmer and Myanmar are not: their names sit inside longer runs (小米公司, 삼성은),
   * so no word boundary is asked for there.
   */
  static boolean isWordChar(char c) {
    return WORD[c];
  }

  private static boolean isWordCodePoint(int cp) {
    if (!Character.isLetterOrDigit(cp)) return false;
    return switch (Character.UnicodeScript.of(cp)) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR, BOPOMOFO, YI -> false;
      default -> true;
    };
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Combining diacritics (U+0300–U+036F), removed after Latin, Greek and Cyrillic letters. */
  private static boolean isStrippedMark(int cp) {
    return cp >= 0x0300 && cp <= 0x036F;
  }

  private static String foldCodePoint(int cp, boolean lower) {
    switch (cp) {
      case 0x0131: // dotless ı
        return "i";
      case 0x0130: // dotted İ
        return lower ? "i" : "I";
      case 0x00DF: // ß
        return "ss";
      case 0x1E9E: // capital ẞ
        return lower ? "ss" : "SS";
      case 0x03C2: // final ς
        return "σ";
      case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0xFF07:
        return "'";
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D:
        return "-";
      default:
        break;
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT || type == Character.CONTROL) return "";
    String s = Character.toString(cp);
    boolean strip =
        switch (Character.UnicodeScript.of(cp)) {
          case LATIN, GREEK, CYRILLIC, COMMON -> true;
          default -> false;
        };
    if (strip) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKD);
      s = stripMarks(s);
      if (lower) s = stripMarks(s.toLowerCase(Locale.ROOT)).replace('ς', 'σ');
    } else {
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
      if (lower) s = s.toLowerCase(Locale.ROOT);
    }
    return s;
  }

  private static String stripMarks(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isStrippedMark(c)) {
        if (sb == null) sb = new StringBuilder(s.substring(0, i));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
