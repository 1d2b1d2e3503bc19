package dev.argus.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regular expressions that find any of a list of words or phrases as whole words. */
public final class WordPatterns {

  private WordPatterns() {}

  /**
   * Whether {@code \\s} of a pattern matches the character: the six ASCII spaces, as a pattern
   * without {@link Pattern#UNICODE_CHARACTER_CLASS} reads it. Hand-written scans that stand in for
   * a pattern use it to see the spaces the pattern sees.
   */
  public static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * The character as a pattern's {@code (?i)} without {@link Pattern#UNICODE_CASE} compares it: an
   * ASCII capital as its small letter, every other character as it is.
   */
  public static char foldAsciiCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Any of {@code phrases}, case-insensitive, not inside a longer word; longer phrases win. The
   * pattern opens with a lookahead on the phrases' possible first letters: {@link
   * java.util.regex.Matcher#find} tries every position of the text, and without it each try ran the
   * lookbehind and then every alternative; most positions now fail on one character test.
   */
  public static Pattern anyOf(Collection<String> phrases) {
    return Pattern.compile(
        "(?iu)"
            + firstLetters(phrases)
            + "(?<![\\p{L}\\p{N}])(?:"
            + alternation(phrases)
            + ")"
            + "(?![\\p{L}\\p{N}])");
  }

  /** The phrases quoted and joined with {@code |}, longest first. */
  public static String alternation(Collection<String> phrases) {
    return phrases.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /**
   * A lookahead for the phrases' first characters (both cases), or nothing when a phrase is empty.
   */
  public static String firstLetters(Collection<String> phrases) {
    TreeSet<Integer> first = new TreeSet<>();
    for (String p : phrases) {
      if (p.isEmpty()) return "";
      int cp = p.codePointAt(0);
      first.add(cp);
      first.add(Character.toLowerCase(cp));
      first.add(Character.toUpperCase(cp));
      first.add(Character.toTitleCase(cp));
      String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
      String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
      if (lower.codePointCount(0, lower.length()) == 1) first.add(lower.codePointAt(0));
      if (upper.codePointCount(0, upper.length()) == 1) first.add(upper.codePointAt(0));
    }
    StringBuilder cls = new StringBuilder("(?=[");
    for (int cp : first) cls.append(Pattern.quote(new String(Character.toChars(cp))));
    return cls.append("])").toString();
  }
}
