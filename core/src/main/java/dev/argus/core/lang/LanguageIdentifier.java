package dev.argus.core.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Identifies the language of an article from its title, its text and what the page declares, with
 * <a href="https://github.com/pemistahl/lingua">Lingua</a> in low-accuracy mode (trigram models).
 *
 * <h2>How the evidence combines</h2>
 *
 * <ul>
 *   <li><b>Long text</b> (at least {@value #LONG_TEXT_LETTERS} letters in the sample): the text
 *       decides. A declared language only breaks a near-tie: it wins when its text confidence is at
 *       least {@value #NEAR_TIE} of the best language's. A page whose template says {@code en} over
 *       German prose is German.
 *   <li><b>Short text</b> (a title, a few words): n-gram statistics over a few words are weak, so a
 *       declared language wins unless the text all but rules it out (its confidence is below
 *       {@value #PLAUSIBLE} of the best language's: an {@code en} template over a Chinese title). A
 *       declared language the detector does not know cannot be checked and wins as declared; a
 *       declared {@code ja} also wins over a kanji-only title, which Lingua calls Chinese.
 *   <li><b>No declaration</b>: the text's best language, with its confidence.
 *   <li><b>No letters</b>: the first declared language, else {@code null}.
 * </ul>
 *
 * When the declaration backs the chosen language, confidence rises as if the declaration were an
 * independent witness right half of the time: {@code c + (1 - c) * }{@value #DECLARATION_WEIGHT}. A
 * declaration alone therefore gives {@value #DECLARATION_WEIGHT}.
 *
 * <h2>Confidence from Lingua's values</h2>
 *
 * Lingua 1.2.2's {@code computeLanguageConfidenceValues} gives the best language 1.0 and every
 * other language the ratio of the two summed log-probabilities ({@code best / other}, below 1), so
 * its numbers compare languages but are not probabilities. Their relative gap {@code 1/v - 1} is a
 * per-n-gram log-likelihood gap; scaled by the amount of text (letters) and tempered by {@value
 * #TEMPERATURE}, a softmax over it turns Lingua's values into a distribution over languages that is
 * near 1 for a clear paragraph and spread out for a two-word title.
 *
 * <h2>Cost</h2>
 *
 * The detector is built once per JVM for the default set ({@link #shared()}); Lingua keeps its
 * models in static caches and loads each language's trigram model lazily, on first need (about 3 s
 * for all languages on first Latin-script text; preloading took longer and held more memory). Only
 * a bounded sample of the text is read ({@value #SAMPLE_CHARS} characters in {@value
 * #SAMPLE_WINDOWS} windows spread over it), so a 20 MB text costs what a long article does.
 * Instances are immutable and safe to share between threads.
 */
public final class LanguageIdentifier {

  static final int LONG_TEXT_LETTERS = 200;
  static final double NEAR_TIE = 0.5;
  static final double PLAUSIBLE = 0.05;
  static final double DECLARATION_WEIGHT = 0.5;
  static final double TEMPERATURE = 0.3;
  static final int SAMPLE_CHARS = 450;
  static final int SAMPLE_WINDOWS = 3;

  private static final Map<String, Language> BY_CODE = new HashMap<>();

  static {
    for (Language language : Language.values()) {
      if (language.getIsoCode639_1() != IsoCode639_1.NONE) BY_CODE.put(code(language), language);
    }
  }

  /**
   * The first check for a long text that declares its language: the languages most news is written
   * in, together with every language Lingua confuses them with (Catalan next to Spanish, the
   * Scandinavian languages together, Afrikaans next to Dutch, the Slavic and Malay neighbours), so
   * that a text in a language outside this set is not mistaken for its declared neighbour.
   */
  static final List<String> FIRST_CHECK =
      List.of(
          "en", "de", "fr", "es", "ca", "it", "pt", "nl", "af", "da", "nb", "nn", "sv", "pl", "cs",
          "sk", "tr", "id", "ms", "ru", "uk", "be", "bg", "mk", "sr", "zh", "ja", "ko", "ar", "fa",
          "ur");

  /** The confidence the first check needs to settle a declared language on its own. */
  static final double FIRST_CHECK_CONFIDENCE = 0.999;

  private final LanguageDetector detector;
  private final SortedSet<String> languages;
  private final LanguageIdentifier firstCheck;

  private LanguageIdentifier(Collection<Language> languages) {
    this.detector =
        LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
            .withLowAccuracyMode()
            .build();
    SortedSet<String> codes = new TreeSet<>();
    for (Language language : languages) codes.add(code(language));
    this.languages = Collections.unmodifiableSortedSet(codes);
    Set<Language> first = EnumSet.noneOf(Language.class);
    for (String code : FIRST_CHECK) first.add(BY_CODE.get(code));
    this.firstCheck =
        languages.size() > first.size() && languages.containsAll(first)
            ? new LanguageIdentifier(first)
            : null;
  }

  private static final class Shared {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier(allLanguages());
  }

  /** The identifier for every language Lingua knows, built on first use and shared. */
  public static LanguageIdentifier shared() {
    return Shared.INSTANCE;
  }

  /**
   * An identifier restricted to these ISO 639-1 codes (at least two). Fewer languages mean fewer
   * models in memory and faster calls. Build it once and share it.
   *
   * @throws IllegalArgumentException for a code Lingua does not know, or fewer than two languages
   */
  public static LanguageIdentifier forLanguages(Collection<String> isoCodes) {
    Set<Language> chosen = EnumSet.noneOf(Language.class);
    for (String isoCode : isoCodes) {
      Language language = BY_CODE.get(isoCode.strip().toLowerCase(Locale.ROOT));
      if (language == null) {
        throw new IllegalArgumentException(
            "unknown language code: " + isoCode + " (supported: " + supportedLanguages() + ")");
      }
      chosen.add(language);
    }
    if (chosen.size() < 2) {
      throw new IllegalArgumentException("name at least two languages, got " + isoCodes);
    }
    return new LanguageIdentifier(chosen);
  }

  /** Every ISO 639-1 code the identifier can report. */
  public static SortedSet<String> supportedLanguages() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(BY_CODE.keySet()));
  }

  /** The ISO 639-1 codes this instance chooses among, in order. */
  public SortedSet<String> languages() {
    return languages;
  }

  /**
   * The language of an article. Any argument may be null.
   *
   * @param title the headline, or null
   * @param text the body text, or null
   * @param declared what the page declares, or null for nothing
   */
  public Identified identify(String title, String text, Declared declared) {
    List<String> declaredLanguages = declared == null ? List.of() : declared.languages();
    String sample = sample(title, text);
    int letters = countLetters(sample);
    if (letters == 0) {
      return declaredLanguages.isEmpty()
          ? Identified.UNKNOWN
          : new Identified(declaredLanguages.get(0), DECLARATION_WEIGHT, Identified.DECLARED);
    }
    boolean longText = letters >= LONG_TEXT_LETTERS;
    if (firstCheck != null && longText && !declaredLanguages.isEmpty()) {
      // Lingua's cost grows with the number of languages. When a long text in one of the common
      // languages says what it declares, the full set would only confirm it: settle it here.
      Map<String, Double> first = firstCheck.confidences(sample, letters);
      for (String code : declaredLanguages) {
        double c = first.getOrDefault(code, 0.0);
        if (c >= FIRST_CHECK_CONFIDENCE) {
          return new Identified(code, backedByDeclaration(c), Identified.BOTH);
        }
      }
    }
    Map<String, Double> scores = confidences(sample, letters);
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    String chosenDeclared = null;
    double chosenScore = -1;
    for (String code : declaredLanguages) {
      boolean known = languages.contains(code);
      double score = scores.getOrDefault(code, 0.0);
      boolean accepted =
          longText
              ? known && score >= NEAR_TIE * bestScore
              : !known
                  || best == null
                  || score >= PLAUSIBLE * bestScore
                  || (code.equals("ja") && onlyHanAmongCjk(sample));
      if (!accepted) continue;
      // Prefer the declared language the text supports most; an unchecked one ranks last.
      double rank = known ? score : -0.5;
      if (rank > chosenScore) {
        chosenDeclared = code;
        chosenScore = rank;
      }
    }
    if (chosenDeclared != null) {
      double c = scores.getOrDefault(chosenDeclared, 0.0);
      String source = c > 0 ? Identified.BOTH : Identified.DECLARED;
      return new Identified(chosenDeclared, backedByDeclaration(c), source);
    }
    if (best == null) return Identified.UNKNOWN;
    boolean declaredToo = declaredLanguages.contains(best);
    return new Identified(
        best,
        declaredToo ? backedByDeclaration(bestScore) : bestScore,
        declaredToo ? Identified.BOTH : Identified.TEXT);
  }

  private static double backedByDeclaration(double textConfidence) {
    return textConfidence + (1 - textConfidence) * DECLARATION_WEIGHT;
  }

  /**
   * Lingua's confidence values for the sample, turned into a distribution over ISO 639-1 codes (see
   * the class comment). Languages Lingua rules out are absent; the map is empty when it knows none.
   */
  Map<String, Double> confidences(String sample, int letters) {
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    Map<String, Double> weights = new HashMap<>();
    double total = 0;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      double v = e.getValue();
      if (e.getKey() == Language.UNKNOWN || !(v > 0)) continue;
      double gap = Math.min(1 / v - 1, 1e3);
      double w = Math.exp(-TEMPERATURE * letters * gap);
      if (w == 0) continue;
      weights.put(code(e.getKey()), w);
      total += w;
    }
    if (total > 0) {
      for (Map.Entry<String, Double> e : weights.entrySet()) e.setValue(e.getValue() / total);
    }
    return weights;
  }

  /**
   * The text the detector reads: the title, then the text whole when it is short, else {@value
   * #SAMPLE_WINDOWS} windows of it spread from start to end (so a long page's first boilerplate
   * paragraph does not decide alone), each cut at whitespace. At most about {@value #SAMPLE_CHARS}
   * characters of text, whatever the text's length.
   */
  static String sample(String title, String text) {
    StringBuilder out = new StringBuilder();
    if (title != null && !title.isBlank()) out.append(title.strip()).append('\n');
    if (text == null || text.isBlank()) return out.toString();
    if (text.length() <= SAMPLE_CHARS) return out.append(text).toString();
    int window = SAMPLE_CHARS / SAMPLE_WINDOWS;
    int stride = (text.length() - window) / (SAMPLE_WINDOWS - 1);
    for (int i = 0; i < SAMPLE_WINDOWS; i++) {
      int start = i == 0 ? 0 : afterWhitespace(text, i * stride);
      int end = beforeWhitespace(text, start, Math.min(text.length(), start + window));
      out.append(text, start, end).append('\n');
    }
    return out.toString();
  }

  /** The start of the next word at or after {@code from}, so a window does not begin mid-word. */
  private static int afterWhitespace(String text, int from) {
    int limit = Math.min(text.length(), from + 64);
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(text.charAt(i))) return i + 1;
    }
    return from; // no space nearby (CJK, one huge token): cut anywhere
  }

  /** The end of the last whole word before {@code end}. */
  private static int beforeWhitespace(String text, int start, int end) {
    if (end == text.length()) return end;
    int limit = Math.max(start, end - 64);
    for (int i = end; i > limit; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) return i - 1;
    }
    return end;
  }

  /**
   * Lingua calls text with Han characters and no kana Chinese. Japanese headlines are often kanji
   * only ({@code 東京}, {@code 日銀総裁会見}), so a short Han-only text does not rule out a declared {@code
   * ja}; in long text, Japanese without kana does not occur and the text decides.
   */
  private static boolean onlyHanAmongCjk(String s) {
    boolean han = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN) han = true;
      if (script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA
          || script == Character.UnicodeScript.HANGUL) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return han;
  }

  static int countLetters(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) letters++;
      i += Character.charCount(cp);
    }
    return letters;
  }

  private static String code(Language language) {
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static List<Language> allLanguages() {
    List<Language> all = new ArrayList<>();
    for (Language language : Language.values()) {
      if (language != Language.UNKNOWN) all.add(language);
    }
    return all;
  }
}
