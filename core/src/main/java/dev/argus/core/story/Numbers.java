package dev.argus.core.story;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The numbers of a text, normalised so that the same figure meets across languages and styles:
 * "4,500", "4.500", "4 500", "4'500" and "4500" are all {@code 4500}; "3,5" and "3.5" are {@code
 * 3.5}; a scale word multiplies ("4.5 million", "4,5 Millionen", "4,5 millones", "450万" are all
 * {@code 4500000}). A separator followed by exactly three digits groups thousands; any other comma
 * or dot is a decimal mark. The cost: "3.125" is read as 3125.
 *
 * <p>Skipped, because they tell stories apart poorly: plain four-digit years 1900 to 2099 written
 * without a separator ("2026", but not "2,026" nor "2026.5"), and whole numbers below 10. A number
 * glued to a letter before it (a model name "X7", "G5") is not a figure; one after a Han or kana
 * char is ("召回4500部").
 *
 * <p>Written by hand: the JDK's NumberFormat parses one locale's style at a time, and a story
 * compares figures written in several.
 */
final class Numbers {

  private Numbers() {}

  /** Most numbers kept from one text: the first ones, in text order. */
  static final int MAX_NUMBERS = 64;

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal THOUSAND = new BigDecimal(1_000);
  private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
  private static final BigDecimal MILLION = new BigDecimal(1_000_000);
  private static final BigDecimal HUNDRED_MILLION = new BigDecimal(100_000_000);
  private static final BigDecimal BILLION = new BigDecimal(1_000_000_000);

  /** The distinct normalised numbers of {@code text}, in order of first appearance. */
  static List<String> find(String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text == null) {
      return List.of();
    }
    int n = text.length();
    int i = 0;
    while (i < n && found.size() < MAX_NUMBERS) {
      char c = text.charAt(i);
      if (!isDigit(c) || !boundaryBefore(text, i)) {
        i = skipRun(text, i);
        continue;
      }
      Parsed p = parse(text, i);
      i = p.end;
      String normal = normalise(p);
      if (normal != null) {
        found.add(normal);
      }
    }
    return List.copyOf(found);
  }

  private record Parsed(
      String integer, String fraction, boolean grouped, BigDecimal scale, int end) {}

  /**
   * Skips a char that cannot start a number: a whole run of letters and digits (the digits of "X7"
   * are not a figure), but one Han or kana char at a time, since a figure may follow it.
   */
  private static int skipRun(String text, int i) {
    char c = text.charAt(i);
    if (!Character.isLetterOrDigit(c) || Tokens.isCjk(c)) {
      return i + 1;
    }
    int j = i + 1;
    while (j < text.length()
        && Character.isLetterOrDigit(text.charAt(j))
        && !Tokens.isCjk(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean boundaryBefore(String text, int i) {
    if (i == 0) {
      return true;
    }
    int before = text.codePointBefore(i);
    if (Tokens.isCjk(before)) {
      return true;
    }
    return !Character.isLetterOrDigit(before);
  }

  private static Parsed parse(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    StringBuilder integer = new StringBuilder(text.substring(start, i));
    String fraction = null;
    boolean grouped = false;
    char groupSep = 0;
    while (i + 1 < n) {
      char sep = text.charAt(i);
      if (!isSeparator(sep) || !isDigit(text.charAt(i + 1))) {
        break;
      }
      int j = i + 1;
      while (j < n && isDigit(text.charAt(j))) {
        j++;
      }
      int groupLength = j - i - 1;
      boolean group =
          groupLength == 3
              && (grouped || integer.length() <= 3)
              && (groupSep == 0 || groupSep == sep);
      if (group) {
        integer.append(text, i + 1, j);
        grouped = true;
        groupSep = sep;
        i = j;
        continue;
      }
      // Any other comma or dot is a decimal mark ("3,5", "4,500.75"); a space ends the number.
      if (sep == '.' || sep == ',') {
        fraction = text.substring(i + 1, j);
        i = j;
      }
      break;
    }
    int end = i;
    BigDecimal scale = null;
    int k = i;
    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
      k++;
    }
    if (k < n) {
      char c = text.charAt(k);
      if (c == '万') {
        scale = TEN_THOUSAND;
        end = k + 1;
      } else if (c == '亿') {
        scale = HUNDRED_MILLION;
        end = k + 1;
      } else if (c == '千') {
        scale = THOUSAND;
        end = k + 1;
      } else {
        int w = k;
        while (w < n && Character.isLetter(text.charAt(w))) {
          w++;
        }
        String word = text.substring(k, w).toLowerCase(Locale.ROOT);
        scale = scaleWord(word, text.substring(w, Math.min(n, w + 10)).toLowerCase(Locale.ROOT));
        if (scale != null) {
          end = w;
        }
      }
    }
    return new Parsed(integer.toString(), fraction, grouped, scale, end);
  }

  private static BigDecimal scaleWord(String word, String after) {
    return switch (word) {
      case "million",
          "millions",
          "mio",
          "mln",
          "millionen",
          "millones",
          "millón",
          "millon",
          "milioni",
          "milione" ->
          MILLION;
      case "billion",
          "billions",
          "bn",
          "milliard",
          "milliards",
          "milliarde",
          "milliarden",
          "mrd",
          "miliardi",
          "miliardo" ->
          BILLION;
      case "mil" -> after.stripLeading().startsWith("millones") ? BILLION : THOUSAND;
      case "thousand", "mille", "tausend" -> THOUSAND;
      default -> null;
    };
  }

  private static String normalise(Parsed p) {
    BigDecimal value;
    try {
      value = new BigDecimal(p.fraction == null ? p.integer : p.integer + "." + p.fraction);
    } catch (NumberFormatException e) {
      return null;
    }
    boolean whole = p.fraction == null && p.scale == null;
    if (whole && !p.grouped && p.integer.length() == 4) {
      int year = value.intValue();
      if (year >= 1900 && year <= 2099) {
        return null;
      }
    }
    if (p.scale != null) {
      value = value.multiply(p.scale);
    }
    if (p.fraction == null && p.scale == null && value.compareTo(TEN) < 0) {
      return null;
    }
    if (value.signum() == 0) {
      return null;
    }
    return value.stripTrailingZeros().toPlainString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '.' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\'';
  }
}
