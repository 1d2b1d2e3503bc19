package dev.argus.core.extract.meta;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
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
    // One pass for what INVISIBLE and SPACE would replace; strings already clean are kept.
    int n = s.length();
    StringBuilder b = null;
    boolean inSpace = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        if (b == null) b = new StringBuilder(n).append(s, 0, i);
        continue;
      }
      if (isSpace(c)) {
        if (inSpace || c != ' ') {
          if (b == null) b = new StringBuilder(n).append(s, 0, i);
          if (!inSpace) b.append(' ');
        } else if (b != null) {
          b.append(' ');
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      if (b != null) b.append(c);
    }
    if (b != null) s = b.toString();
    // Pages mix composed and decomposed forms of the same letters (Bengali, Vietnamese, accents
    // typed on macOS); the canonical composition makes equal titles and names compare equal.
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * The text of an element with a space between its text nodes, cleaned; "" when it has none. A
   * byline's label and name often stand in elements of their own ({@code <span>Author</span><a>Jane
   * Roe</a>}, a label for screen readers before the name), which {@code text()} glues together
   * ("AuthorJane Roe") because inline elements add no space.
   */
  static String spaced(Element e) {
    StringBuilder b = new StringBuilder();
    e.nodeStream(TextNode.class)
        .forEach(
            t -> {
              if (!b.isEmpty()) b.append(' ');
              b.append(t.getWholeText());
            });
    String c = clean(b.toString());
    return c == null ? "" : c;
  }

  /** The characters of {@link #INVISIBLE}. */
  private static boolean isInvisible(char c) {
    return c == '\u00ad' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
  }

  /** The characters of {@link #SPACE}. */
  private static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00a0'
        || (c >= '\u2000' && c <= '\u200b')
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }

  /** Lower-cased letters and digits only: for comparing titles with site names and hosts. */
  static String key(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) b.appendCodePoint(Character.toLowerCase(cp));
    }
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
