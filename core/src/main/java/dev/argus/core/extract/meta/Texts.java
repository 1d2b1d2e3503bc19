package dev.argus.core.extract.meta;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Small text helpers shared by the finders. */
final class Texts {

  private static final Pattern SPACE =
      Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]+");

  private Texts() {}

  /** Invisible characters: soft hyphens, zero-width joiners, word joiners, byte-order marks. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200c\\u200d\\u2060\\ufeff]");

  /**
   * Unescapes left-over entities, drops invisible characters (soft hyphens and the like), collapses
   * whitespace and trims; null when nothing is left.
   */
  static String clean(String s) {
    if (s == null) return null;
    if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    return s.isEmpty() ? null : s;
  }

  /** Lower-cased letters and digits only: for comparing titles with site names and hosts. */
  static String key(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  static String first(String... values) {
    for (String v : values) {
      String c = clean(v);
      if (c != null) return c;
    }
    return null;
  }
}
