package dev.argus.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text that a scraper already produced (a {@code .txt} page): drops widget and boilerplate
 * lines and repairs sentences glued together where the scraper lost a paragraph break.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Lines: every line terminator splits; whitespace inside a line is collapsed; a line that
 *       continues a hard-wrapped sentence (the previous line is long and open, this one starts in
 *       lower case) is joined to it; a line repeated right after itself is kept once.
 *   <li>Widgets, anywhere: a line is dropped when it is only digits and punctuation, is exactly a
 *       widget label ("Subscribe", "0 Post comments", "Inline feedback"), is short and opens with a
 *       widget phrase ("Share on ...", "Follow us ..."), is a "Tags: ..." label line, is a short
 *       promo, newsletter, cookie or copyright notice, a logo line, a bare domain or URL, a short
 *       line with an e-mail address (or the "[email protected]" placeholder a scraper leaves), or a
 *       breadcrumb of short segments. The words are in {@link Vocabulary}, per language.
 *   <li>The tail: from the end backwards, while the last line is an author bio, a line with an
 *       e-mail address, or a short name-like line (few words, no sentence end, mostly capitalised:
 *       an author name, the site name, related headlines), it is dropped. A source line ("via |
 *       Site", "Source: Agency") is kept (Argus tracks provenance) and the scan goes on above it.
 *   <li>Glue: each line is cut where a scraper glued paragraphs ({@link GlueRepair}).
 *   <li>Title: the first remaining paragraph when it reads as a headline (no final period, no
 *       trailing comma or colon, at most 25 words); otherwise there is no title.
 * </ol>
 *
 * The function is pure and runs in linear time: lines longer than {@value #LONG_LINE} characters
 * are prose and skip the widget checks, and the only regular expressions run on short lines.
 */
public final class ScrapedTextCleaner {

  /** The cleaned text, with the first real line taken as the title (null when there is none). */
  public record Cleaned(String title, String text) {}

  /** Longer lines are prose: no widget, promo or bio is this long. */
  static final int LONG_LINE = 3000;

  private static final int TITLE_MAX_WORDS = 25;
  private static final int TITLE_MAX_CHARS = 300;

  private static final Lines.Phrases WIDGET_PREFIXES =
      new Lines.Phrases(Vocabulary.WIDGET_PREFIXES);
  private static final Lines.Phrases PROMO = new Lines.Phrases(Vocabulary.PROMO);
  private static final Lines.Phrases NEWSLETTER = new Lines.Phrases(Vocabulary.NEWSLETTER);
  private static final Lines.Phrases CALL_TO_ACTION = new Lines.Phrases(Vocabulary.CALL_TO_ACTION);
  private static final Lines.Phrases COOKIE_SITE = new Lines.Phrases(Vocabulary.COOKIE_SITE);
  private static final Lines.Phrases CONSENT = new Lines.Phrases(Vocabulary.CONSENT);
  private static final Lines.Phrases RIGHTS_RESERVED =
      new Lines.Phrases(Vocabulary.RIGHTS_RESERVED);
  private static final Lines.Phrases BIO_TRADES = new Lines.Phrases(Vocabulary.BIO_TRADES);
  private static final Lines.Phrases BIO_CUES = new Lines.Phrases(Vocabulary.BIO_CUES);
  private static final Lines.Phrases BIO_COPULA = new Lines.Phrases(Vocabulary.BIO_COPULA);
  private static final Lines.Phrases PROVENANCE = new Lines.Phrases(Vocabulary.PROVENANCE);

  /** A bare domain or URL. Used on lines of at most 300 characters; dots separate the parts. */
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.)?[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)*+"
              + "\\.\\p{L}{2,}+(?:/\\S*+)?/?");

  /** An e-mail address. Used on short lines only; possessive, so it cannot backtrack. */
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]++@[\\w-]++\\.[\\w.-]++");

  private static final String EMAIL_PLACEHOLDER = "[email protected]";

  private ScrapedTextCleaner() {}

  public static Cleaned clean(String raw) {
    if (raw == null || raw.isEmpty()) return new Cleaned(null, "");
    List<String> lines = logicalLines(raw);
    lines.removeIf(ScrapedTextCleaner::isWidget);
    trimTail(lines);

    List<String> paragraphs = new ArrayList<>(lines.size() + 8);
    for (String line : lines) {
      for (String piece : GlueRepair.split(line)) {
        if (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(piece)) {
          paragraphs.add(piece);
        }
      }
    }

    String title = null;
    if (!paragraphs.isEmpty() && looksLikeHeadline(paragraphs.get(0))) {
      title = paragraphs.remove(0);
      while (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) paragraphs.remove(0);
    }
    return new Cleaned(title, String.join("\n\n", paragraphs));
  }

  /** Non-empty normalised lines, hard-wrapped sentences joined, immediate repeats dropped. */
  private static List<String> logicalLines(String raw) {
    List<String> physical = new ArrayList<>();
    Lines.splitAndNormalise(raw, physical);
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    String previous = null; // the last physical line, "" after a blank one
    for (String line : physical) {
      if (line.isEmpty()) {
        previous = "";
        continue;
      }
      if (current != null && continuesWrappedLine(previous, line)) {
        current.append(' ').append(line);
      } else {
        if (current != null) addUnlessRepeat(out, current.toString());
        current = new StringBuilder(line);
      }
      previous = line;
    }
    if (current != null) addUnlessRepeat(out, current.toString());
    return out;
  }

  /** A long line cut mid-sentence, followed (no blank line between) by its lower-case rest. */
  private static boolean continuesWrappedLine(String previous, String line) {
    return previous != null
        && previous.length() >= 40
        && !Lines.endsSentence(previous)
        && !Lines.endsOpen(previous)
        && Character.isLowerCase(line.charAt(0));
  }

  private static void addUnlessRepeat(List<String> out, String line) {
    if (out.isEmpty() || !out.get(out.size() - 1).equals(line)) out.add(line);
  }

  /** Rule 2: a line that is boilerplate wherever it appears. */
  static boolean isWidget(String line) {
    if (line.length() > LONG_LINE) return false;
    String padded = Lines.padded(line);
    String norm = padded.substring(1, padded.length() - 1);
    if (norm.isEmpty()) return true; // only digits, punctuation, symbols
    if (Vocabulary.WIDGET_LINES.contains(norm)) return true;
    int words = Lines.words(line);
    if (words <= 12 && WIDGET_PREFIXES.starts(padded)) return true;
    if (words <= 80 && isLabelLine(line)) return true;
    if (words <= 40 && PROMO.in(padded)) return true;
    if (words <= 40 && NEWSLETTER.in(padded) && CALL_TO_ACTION.in(padded)) return true;
    if (words <= 80 && isCookieNotice(padded, words)) return true;
    if (words <= 30 && isCopyright(line, padded)) return true;
    if (words <= 5 && (norm.equals("logo") || norm.endsWith(" logo"))) return true;
    if (line.length() <= 300 && words <= 2 && DOMAIN.matcher(line).matches()) return true;
    if (words <= 12 && hasEmail(line)) return true;
    return isBreadcrumb(line);
  }

  /** "Tags: a, b, c": a navigation label before a colon. */
  private static boolean isLabelLine(String line) {
    int colon = -1;
    for (int i = 0; i < Math.min(line.length(), 30); i++) {
      char c = line.charAt(i);
      if (c == ':' || c == '：') {
        colon = i;
        break;
      }
    }
    return colon > 0 && Vocabulary.LABELS.contains(Lines.norm(line.substring(0, colon)));
  }

  private static boolean isCookieNotice(String padded, int words) {
    if (!padded.contains("cookie")) return false;
    return COOKIE_SITE.in(padded) || (words <= 8 && CONSENT.in(padded));
  }

  private static boolean isCopyright(String line, String padded) {
    if (line.startsWith("©") || line.regionMatches(true, 0, "(c) ", 0, 4)) return true;
    return padded.startsWith(" copyright ") || RIGHTS_RESERVED.in(padded);
  }

  private static boolean hasEmail(String line) {
    if (line.contains(EMAIL_PLACEHOLDER)) return true;
    return line.indexOf('@') >= 0 && line.length() <= 500 && EMAIL.matcher(line).find();
  }

  /** "Home › News › Tech": three or more short segments between separators, no sentence end. */
  private static boolean isBreadcrumb(String line) {
    int segments = 1;
    int segmentWords = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("|•·›»>/".indexOf(c) >= 0) {
        segments++;
        segmentWords = 0;
        inWord = false;
      } else if (c == ' ') {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        if (++segmentWords > 4) return false;
      }
    }
    return segments >= 3 && !Lines.endsSentence(line);
  }

  /** Rule 3: drops bios, contact lines and name-like lines at the end; keeps source lines. */
  private static void trimTail(List<String> lines) {
    int i = lines.size() - 1;
    while (i >= 0) {
      String line = lines.get(i);
      if (line.length() > LONG_LINE) return;
      String padded = Lines.padded(line);
      int words = Lines.words(line);
      if (words <= 12 && PROVENANCE.starts(padded)) {
        i--; // kept: a cited source
        continue;
      }
      boolean junk =
          isBio(padded, words)
              || (words <= 30 && hasEmail(line))
              || (words <= 8
                  && !Lines.endsSentence(line)
                  && !Lines.endsOpen(line)
                  && Lines.capitalisedShare(line) >= 0.6);
      if (!junk) return;
      lines.remove(i);
      i--;
    }
  }

  /**
   * An author bio: names a trade (journalist, blogger, ...) and either speaks in the first person,
   * says "passionate about", starts with the trade, or opens "Name is a ...".
   */
  private static boolean isBio(String padded, int words) {
    if (words > 150 || !BIO_TRADES.in(padded)) return false;
    if (BIO_CUES.in(padded) || BIO_TRADES.starts(padded)) return true;
    int at = BIO_COPULA.firstMatchStart(padded);
    if (at < 0) return false;
    int wordsBefore = 0;
    for (int k = 1; k < at; k++) if (padded.charAt(k) == ' ') wordsBefore++;
    return wordsBefore <= 4;
  }

  /** Rule 5: short, no final period, no trailing comma or colon. */
  private static boolean looksLikeHeadline(String p) {
    return p.length() <= TITLE_MAX_CHARS
        && !Lines.endsWithPeriod(p)
        && !Lines.endsOpen(p)
        && Lines.words(p) <= TITLE_MAX_WORDS
        && !Lines.norm(p).isEmpty();
  }
}
