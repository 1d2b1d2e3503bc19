package dev.argus.core.text;

import java.util.List;

/** Line-level features the cleaner's rules are written in. All methods run in linear time. */
final class Lines {

  private Lines() {}

  /**
   * Splits on every line terminator (\n, \r\n, \r, U+0085, U+2028, U+2029) and normalises
   * whitespace inside each line: runs of spaces, tabs, no-break and other Unicode spaces become one
   * space; zero-width spaces, BOMs, soft hyphens and control characters are removed.
   */
  static void splitAndNormalise(String raw, List<String> out) {
    StringBuilder line = new StringBuilder();
    boolean pendingSpace = false;
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c > ' ' && c < 0x7F) { // fast path: visible ASCII
        if (pendingSpace) line.append(' ');
        pendingSpace = false;
        int j = i + 1;
        while (j < n && raw.charAt(j) > ' ' && raw.charAt(j) < 0x7F) j++;
        line.append(raw, i, j);
        i = j - 1;
      } else if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') i++;
        out.add(line.toString());
        line.setLength(0);
        pendingSpace = false;
      } else if (c == '\t' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
        pendingSpace = !line.isEmpty();
      } else if (c == '\u200B'
          || c == '\uFEFF'
          || c == '\u00AD'
          || c == '\u2060'
          || Character.getType(c) == Character.CONTROL) {
        // invisible: dropped
      } else {
        if (pendingSpace) line.append(' ');
        pendingSpace = false;
        line.append(c);
      }
    }
    out.add(line.toString());
  }

  /**
   * The form vocabulary is written in: lower case, digits dropped, every other non-letter (and
   * apostrophes, hyphens, punctuation) a single space, no leading or trailing space.
   */
  static String norm(String line) {
    StringBuilder b = new StringBuilder(Math.min(line.length(), 1 << 16));
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (space && !b.isEmpty()) b.append(' ');
        space = false;
        b.append(Character.toLowerCase(c));
      } else if (!Character.isDigit(c)) {
        space = true;
      }
    }
    return b.toString();
  }

  /** {@link #norm} with a space on both sides, for whole-phrase matching. */
  static String padded(String line) {
    return " " + norm(line) + " ";
  }

  /**
   * Words in the line: whitespace-separated tokens, with Chinese, Japanese and Korean characters
   * (written without spaces) counted as one word per two characters.
   */
  static int words(String line) {
    int words = 0;
    int cjk = 0;
    boolean inToken = false;
    boolean tokenHasNonCjk = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        if (inToken && tokenHasNonCjk) words++;
        inToken = false;
        tokenHasNonCjk = false;
      } else {
        inToken = true;
        if (isCjk(c)) cjk++;
        else if (Character.isLetterOrDigit(c)) tokenHasNonCjk = true;
      }
    }
    if (inToken && tokenHasNonCjk) words++;
    return words + (cjk + 1) / 2;
  }

  static boolean isCjk(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  /** Ends like a sentence: . ! ? … or their CJK forms, possibly followed by quotes or brackets. */
  static boolean endsSentence(String line) {
    int i = lastMeaningful(line);
    if (i < 0) return false;
    char c = line.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
  }

  /** Ends with a single period (not an ellipsis): what a headline does not do. */
  static boolean endsWithPeriod(String line) {
    int i = lastMeaningful(line);
    if (i < 0) return false;
    char c = line.charAt(i);
    if (c == '。') return true;
    return c == '.' && (i == 0 || line.charAt(i - 1) != '.');
  }

  /** Ends with a character that says more follows: , ; : */
  static boolean endsOpen(String line) {
    int i = lastMeaningful(line);
    if (i < 0) return false;
    char c = line.charAt(i);
    return c == ',' || c == ';' || c == ':' || c == '，' || c == '；' || c == '：';
  }

  private static int lastMeaningful(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"'”’»)]」』".indexOf(line.charAt(i)) >= 0) i--;
    return i;
  }

  /** Share of the words that start with an upper-case letter (words without letters ignored). */
  static double capitalisedShare(String line) {
    int words = 0;
    int caps = 0;
    boolean atStart = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        atStart = true;
      } else if (atStart && Character.isLetter(c)) {
        atStart = false;
        words++;
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) caps++;
      }
    }
    return words == 0 ? 0 : (double) caps / words;
  }

  /** Whole phrases (already in {@link #norm} form) matched against a {@link #padded} line. */
  static final class Phrases {
    private final String[] padded;
    private final String[] bare;

    Phrases(List<String> phrases) {
      padded = new String[phrases.size()];
      bare = new String[phrases.size()];
      for (int i = 0; i < phrases.size(); i++) {
        String p = phrases.get(i);
        bare[i] = p;
        padded[i] = isCjk(p.charAt(0)) ? p : " " + p + " ";
      }
    }

    boolean in(String paddedLine) {
      for (String p : padded) if (paddedLine.contains(p)) return true;
      return false;
    }

    /** The line starts with one of the phrases (CJK phrases: directly; others: as whole words). */
    boolean starts(String paddedLine) {
      for (int i = 0; i < padded.length; i++) {
        String p = padded[i];
        if (p == bare[i] ? paddedLine.startsWith(p, 1) : paddedLine.startsWith(p)) return true;
      }
      return false;
    }

    /** Where the earliest match starts in the padded line, or -1. */
    int firstMatchStart(String paddedLine) {
      int best = -1;
      for (String p : padded) {
        int at = paddedLine.indexOf(p);
        if (at >= 0 && (best < 0 || at < best)) best = at;
      }
      return best;
    }
  }
}
