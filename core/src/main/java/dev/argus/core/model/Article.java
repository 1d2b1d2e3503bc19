package dev.argus.core.model;

import java.util.List;

/**
 * One clean article: the result of extraction. Dates are ISO-8601 strings, either a calendar day
 * ({@code 2026-03-14}) or an instant with its offset ({@code 2026-03-14T09:30:00+01:00}), keeping
 * the precision the page gave. Absent values are {@code null}; {@code authors} and {@code links}
 * are never null. {@code links} are the hyperlinks inside the main text, with their offsets.
 */
public record Article(
    String url,
    String title,
    List<String> authors,
    String published,
    String modified,
    String language,
    String siteName,
    String canonicalUrl,
    String description,
    String image,
    String text,
    List<Link> links) {

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
    text = text == null ? "" : text;
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** An article without links (text that came without markup). */
  public Article(
      String url,
      String title,
      List<String> authors,
      String published,
      String modified,
      String language,
      String siteName,
      String canonicalUrl,
      String description,
      String image,
      String text) {
    this(
        url,
        title,
        authors,
        published,
        modified,
        language,
        siteName,
        canonicalUrl,
        description,
        image,
        text,
        List.of());
  }

  /** Number of words in {@link #text}, counting each CJK character as a word. */
  public int wordCount() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) words++;
        inWord = true;
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        inWord = false;
      }
    }
    return words;
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }
}
