package dev.argus.core.entity.watch;

/**
 * One phrase of a watch-list entry: an alias, a context word or an exclusion. {@code language} is
 * the language or script key the phrase was listed under ({@code en}, {@code zh}, {@code
 * ja-Kana}...), or {@code null}; it documents the file and does not restrict matching, since an
 * article in one language often names things in another.
 *
 * <p>Matching is case-insensitive unless {@code caseSensitive}. When a file does not say, {@link
 * #defaultCaseSensitive} decides: short all-capitals phrases (acronyms such as {@code SAP}, {@code
 * AI}, {@code BMW}) are case-sensitive, because their lower-case forms are often ordinary words;
 * everything else is not. Accents are folded either way.
 */
public record Phrase(String text, String language, boolean caseSensitive) {

  /** Acronyms up to this many letters and digits are case-sensitive by default. */
  public static final int ACRONYM_MAX_LENGTH = 5;

  public Phrase {
    if (text == null) throw new IllegalArgumentException("phrase text must not be null");
  }

  /** A phrase with no language whose case sensitivity follows {@link #defaultCaseSensitive}. */
  public static Phrase of(String text) {
    return new Phrase(text, null, defaultCaseSensitive(text));
  }

  /**
   * True for short all-capitals phrases: at most {@value #ACRONYM_MAX_LENGTH} letters and digits,
   * at least one upper-case letter, no lower-case one ({@code SAP}, {@code AI}, {@code 3M}).
   */
  public static boolean defaultCaseSensitive(String text) {
    int letters = 0;
    boolean upper = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) continue;
      if (++letters > ACRONYM_MAX_LENGTH) return false;
      if (Character.isLowerCase(cp)) return false;
      if (Character.isUpperCase(cp)) upper = true;
    }
    return upper;
  }
}
