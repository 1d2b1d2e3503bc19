package dev.argus.core.extract;

import dev.argus.core.text.WordPatterns;
import java.util.Arrays;

/**
 * A fixed set of words, each with a flag, found in a string in one pass: at each character only the
 * words that begin with it and the next character are tried. Written by hand because the
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

  private int all;

  private record Entry(String word, int flag, boolean atWordStart) {}

  /**
   * Adds words (lower case, at least two characters, the first ASCII) found under {@code flag}.
   *
   * @param atWordStart found only at the start of the string or after a whitespace character (as a
   *     pattern's {@code \s} without Unicode classes matches it)
   */
  public Needles add(Iterable<String> words, int flag, boolean atWordStart) {
    for (String w : words) {
      if (w.length() < 2 || w.charAt(0) >= ASCII) {
        throw new IllegalArgumentException("not a word of two or more, ASCII first: " + w);
      }
      Entry e = new Entry(w, flag, atWordStart);
      char first = w.charAt(0), second = w.charAt(1);
      if (second < ASCII) {
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

  /** The flags of the words found in {@code s}. */
  public int flags(String s) {
    int x = 0;
    int n = s.length();
    for (int i = 0; i + 1 < n; i++) {
      char c = s.charAt(i);
      if (c >= ASCII) continue;
      char next = s.charAt(i + 1);
      Entry[] es = next < ASCII ? byPair[c * ASCII + next] : byFirst[c];
      if (es == null) continue;
      for (Entry e : es) {
        if ((x & e.flag) != 0) continue;
        if (e.atWordStart && i > 0 && !WordPatterns.isPatternSpace(s.charAt(i - 1))) continue;
        if (s.startsWith(e.word, i)) {
          x |= e.flag;
          if (x == all) return x;
        }
      }
    }
    return x;
  }

  /** Whether any of the words is in {@code s}. */
  public boolean any(String s) {
    return flags(s) != 0;
  }
}
