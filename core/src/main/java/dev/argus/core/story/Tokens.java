package dev.argus.core.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word tokens a story is compared on: folded (lower case, accents dropped, ß as ss), split at
 * anything that is not a letter or digit, with words shorter than {@value #MIN_LENGTH} letters,
 * pure digits (numbers are their own feature, see {@link Numbers}) and a short list of function
 * words dropped, and a plural "s" cut from words of five letters or more. Han and kana runs, which
 * have no spaces, give overlapping character pairs ("召回电池" → 召回, 回电, 电池).
 *
 * <p>Written by hand rather than through an analyser library: core has none, and a story only needs
 * tokens that meet across articles of one language; the clusterer's document-frequency cut removes
 * what the short stop list misses once the corpus is large enough.
 */
final class Tokens {

  private Tokens() {}

  /** Shortest word kept, in code points (CJK pairs excepted). */
  static final int MIN_LENGTH = 3;

  /**
   * Function words of three letters or more in the languages the product covers first (shorter ones
   * go by length), folded. Only the most frequent: the rest fall to the document-frequency cut.
   */
  private static final Set<String> STOP =
      Set.copyOf(
          List.of(
              // en
              "the",
              "and",
              "for",
              "are",
              "was",
              "were",
              "with",
              "that",
              "this",
              "from",
              "has",
              "have",
              "had",
              "its",
              "not",
              "but",
              "which",
              "who",
              "will",
              "would",
              "their",
              "they",
              "been",
              "said",
              "says",
              "after",
              "about",
              "also",
              "than",
              "into",
              "over",
              "more",
              "other",
              "after",
              "one",
              "two",
              "new",
              "on",
              "per",
              "all",
              "our",
              "out",
              "can",
              "could",
              "she",
              "his",
              "her",
              "him",
              "there",
              "what",
              "when",
              "where",
              "while",
              "some",
              "such",
              "them",
              // fr
              "les",
              "des",
              "une",
              "est",
              "dans",
              "par",
              "pour",
              "sur",
              "avec",
              "qui",
              "que",
              "pas",
              "plus",
              "son",
              "ses",
              "aux",
              "ont",
              "elle",
              "ils",
              "cette",
              "ces",
              "mais",
              "leur",
              "leurs",
              "selon",
              "deux",
              "entre",
              "sont",
              "ete",
              "avait",
              "apres",
              "lors",
              // de
              "der",
              "die",
              "das",
              "und",
              "den",
              "dem",
              "des",
              "ein",
              "eine",
              "einen",
              "einer",
              "eines",
              "ist",
              "sind",
              "war",
              "wurde",
              "wurden",
              "mit",
              "von",
              "auf",
              "fur",
              "sich",
              "nicht",
              "auch",
              "nach",
              "bei",
              "aus",
              "wie",
              "hat",
              "haben",
              "dass",
              "zum",
              "zur",
              "vom",
              "uber",
              "oder",
              "aber",
              "noch",
              "sei",
              "seit",
              "werden",
              "zwei",
              // es
              "los",
              "las",
              "del",
              "por",
              "con",
              "para",
              "una",
              "uno",
              "que",
              "mas",
              "sus",
              "como",
              "este",
              "esta",
              "han",
              "fue",
              "sido",
              "segun",
              "sobre",
              "tras",
              "entre",
              "dos",
              "pero",
              // it
              "che",
              "gli",
              "della",
              "delle",
              "dei",
              "del",
              "nel",
              "nella",
              "alla",
              "alle",
              "per",
              "con",
              "una",
              "uno",
              "sono",
              "stato",
              "stata",
              "anche",
              "dopo",
              "secondo",
              "tra",
              "fra",
              "suo",
              "sua",
              "due",
              "piu",
              "non",
              "come",
              "questo",
              "questa",
              // pt
              "dos",
              "das",
              "uma",
              "com",
              "para",
              "pelo",
              "pela",
              "nao",
              "foi",
              "seu",
              "sua"));

  /** The longest word of {@link #STOP}: longer words skip the set's look-up. */
  private static final int STOP_MAX_LENGTH = STOP.stream().mapToInt(String::length).max().orElse(0);

  /** No Han, hiragana or katakana code point comes before this one (CJK Radicals Supplement). */
  private static final int FIRST_CJK = 0x2E80;

  /** Folds {@code text}: lower case (root locale), compatibility forms, diacritics dropped. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (isAscii(lower)) {
      // Nothing to decompose, no marks to drop: the normalisations would return it as it is.
      return lower;
    }
    lower = lower.replace("ß", "ss");
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) != Character.NON_SPACING_MARK || isCjk(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    // Kana voicing marks decompose too; compose them back so that ガ stays one char.
    return Normalizer.normalize(sb, Normalizer.Form.NFC);
  }

  /** The tokens of {@code text}, in text order, repeats kept. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String folded = fold(text);
    StringBuilder word = new StringBuilder();
    int cjkPrev = -1;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        flush(word, out);
        if (cjkPrev >= 0) {
          out.add(new StringBuilder().appendCodePoint(cjkPrev).appendCodePoint(cp).toString());
        }
        cjkPrev = cp;
      } else if (Character.isLetterOrDigit(cp)) {
        cjkPrev = -1;
        word.appendCodePoint(cp);
      } else {
        cjkPrev = -1;
        flush(word, out);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.isEmpty()) {
      return;
    }
    String w = word.toString();
    word.setLength(0);
    if (w.codePointCount(0, w.length()) < MIN_LENGTH
        || (w.length() <= STOP_MAX_LENGTH && STOP.contains(w))
        || allDigits(w)) {
      return;
    }
    if (w.length() >= 5 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    out.add(w);
  }

  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isCjk(int cp) {
    if (cp < FIRST_CJK) {
      return false; // the script lookup is a binary search over every script's ranges
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }
}
