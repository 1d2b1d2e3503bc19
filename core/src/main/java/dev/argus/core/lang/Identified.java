package dev.argus.core.lang;

/**
 * The language of one article.
 *
 * @param language an ISO 639-1 code, or {@code null} when neither the text nor the page says
 * @param confidence how sure the identifier is, from 0 to 1 (0 when {@code language} is null)
 * @param source what decided: {@code "text"}, {@code "declared"}, or {@code "text+declared"} when
 *     both point to the language; {@code "none"} when {@code language} is null
 */
public record Identified(String language, double confidence, String source) {

  public static final String TEXT = "text";
  public static final String DECLARED = "declared";
  public static final String BOTH = "text+declared";
  public static final String NONE = "none";

  static final Identified UNKNOWN = new Identified(null, 0, NONE);
}
