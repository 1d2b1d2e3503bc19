package dev.argus.core.tone;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens folded the way the lexicons write their keys: NFC, lower case
 * (locale-neutral), accents kept, typographic apostrophes made ASCII. A token is a run of letters,
 * digits and combining marks; an apostrophe between two letters stays inside it ({@code don't},
 * {@code l'usine}), since English negators and some lexicon keys carry one. Everything else
 * separates tokens, hyphens included (lexicon keys go through the same split, so hyphenated keys
 * become phrases).
 *
 * <p>Written by hand because the lexicons dictate the folding: a library tokenizer (Lucene's,
 * ICU's) would have to be configured back into exactly this form and brings far more than needed.
 */
final class ToneTokens {
  private ToneTokens() {}

  /** One token: its folded form and its span in the source text. */
  record Token(String form, int start, int end) {}

  static List<Token> tokenize(CharSequence text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = i;
      while (end < to) {
        int c = Character.codePointAt(text, end);
        if (isWordChar(c)) {
          end += Character.charCount(c);
        } else if (isApostrophe(c)
            && end + 1 < to
            && Character.isLetter(Character.codePointAt(text, end + 1))) {
          end += 1;
        } else {
          break;
        }
      }
      out.add(new Token(fold(text.subSequence(start, end).toString()), start, end));
      i = end;
    }
    return out;
  }

  /** The folded form of a lexicon key or a word: what the maps are keyed by. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return n.indexOf('\u2019') >= 0 || n.indexOf('\u02bc') >= 0
        ? n.replace('\u2019', '\'').replace('\u02bc', '\'')
        : n;
  }

  /** The tokens of a lexicon key, folded; several for a phrase key. */
  static List<String> forms(String key) {
    List<Token> tokens = tokenize(key, 0, key.length());
    List<String> forms = new ArrayList<>(tokens.size());
    for (Token t : tokens) forms.add(t.form());
    return forms;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
  }
}
