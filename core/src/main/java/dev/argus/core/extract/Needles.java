package dev.argus.core.extract;

import dev.argus.core.text.WordPatterns;
import java.util.Arrays;

/**
 * A fixed set of words, each with a flag, found in a string in one pass, ASCII capitals of the
 * string read as small letters (as a pattern's {@code (?i)} without Unicode case reads them): at
 * each character only the words that begin with it and the next character are tried (all the words
 * whose first character is not ASCII, at a character that is not). Written by hand because the
 * alternative, one {@code contains} per word or a regex alternation tried at every offset, costs a
 * search of the whole string per word, and these sets are asked of every class name and block of a
 * page.
 */
public final class Needles {

  private static final int ASCII = 128;

  /** Words by their first two characters, when both are ASCII. */
  private final Entry[][] byPair = new Entry[ASCII * ASCII][];

  /** Words by their first character, when the second one is not ASCII. */
  private final Entry[][] byFirst = new Entry[ASCII][];

  /** Words whose first character is not ASCII: few, and tried only at such characters. */
  private Entry[] nonAscii;

  private int all;

  private record Entry(String word, int flag, boolean atWordStart) {}

  /**
   * Adds words (at least two characters, no ASCII capitals) found under {@code flag}.
   *
   * @param atWordStart found only at the start of the string or after a whitespace character (as a
   *     pattern's {@code \s} without Unicode classes matches it)
   */
  public Needles add(Iterable<String> words, int flag, boolean atWordStart) {
    for (String w : words) {
      if (w.length() < 2 || w.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException("not a word of two or more without capitals: " + w);
      }
      Entry e = new Entry(w, flag, atWordStart);
      char first = w.charAt(0), second = w.charAt(1);
      if (first >= ASCII) {
        nonAscii = append(nonAscii, e);
      } else if (second < ASCII) {
        int k = first * ASCII + second;
        byPair[k] = append(byPair[k], e);
      } else {
        byFirst[first] = append(byFirst[first], e);
      }
      all |= flag;
    }
    return this;
  }

  public Needles add(String[] words, int flag, boolean atWordStart) {
    return add(Arrays.asList(words), flag, atWordStart);
  }

  private static Entry[] append(Entry[] list, Entry e) {
    Entry[] out = list == null ? new Entry[1] : Arrays.copyOf(list, list.length + 1);
    out[out.length - 1] = e;
    return out;
  }

  /** The words that may stand at {@code i} of {@code s}, by its first two characters, or null. */
  private Entry[] candidates(String s, int i) {
    char c = s.charAt(i);
    if (c >= ASCII) return nonAscii;
    char next = s.charAt(i + 1);
    char first = WordPatterns.foldAsciiCase(c);
    return next < ASCII ? byPair[first * ASCII + WordPatterns.foldAsciiCase(next)] : byFirst[first];
  }

  private static boolean standsAt(Entry e, String s, int i) {
    if (e.atWordStart && i > 0 && !WordPatterns.isPatternSpace(s.charAt(i - 1))) return false;
    String w = e.word;
    if (i + w.length() > s.length()) return false;
    for (int k = 0; k < w.length(); k++) {
      if (WordPatterns.foldAsciiCase(s.charAt(i + k)) != w.charAt(k)) return false;
    }
    return true;
  }

  /** The flags of the words found in {@code s}. */
  public int flags(String s) {
    int x = 0;
    int n = s.length();
    for (int i = 0; i + 1 < n; i++) {
      Entry[] es = candidates(s, i);
      if (es == null) continue;
      for (Entry e : es) {
        if ((x & e.flag) == 0 && standsAt(e, s, i)) {
          x |= e.flag;
          if (x == all) return x;
        }
      }
    }
    return x;
  }

  /**
   * Where the words stand in {@code s}, in order: each offset at which one of them (or more)
   * starts, once. Every occurrence counts, overlapping ones too.
   */
  public int[] positions(String s) {
    int[] at = new int[8];
    int count = 0;
    int n = s.length();
    for (int i = 0; i + 1 < n; i++) {
      Entry[] es = candidates(s, i);
      if (es == null) continue;
      for (Entry e : es) {
        if (standsAt(e, s, i)) {
          if (count == at.length) at = Arrays.copyOf(at, count * 2);
          at[count++] = i;
          break;
        }
      }
    }
    return Arrays.copyOf(at, count);
  }

  /** Whether any of the words is in {@code s}. */
  public boolean any(String s) {
    return flags(s) != 0;
  }
}
