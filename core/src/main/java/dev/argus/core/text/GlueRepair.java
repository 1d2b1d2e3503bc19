package dev.argus.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line where a scraper glued two paragraphs together by dropping the break between them.
 *
 * <p>Why a hand-written rule: sentence splitters (java.text.BreakIterator, ICU, OpenNLP) look for a
 * sentence end followed by a space; they do not split "photographie.Si il y a" or
 * "photographieC'est", which have no space, and a generic tokenizer cannot tell such a join from a
 * domain name ("gizmochina.com"), a decimal ("3.5"), an abbreviation ("U.S.", "z.B.") or a
 * camel-case brand ("WeChat", "iPhone", "YouTube"). No library repairs this, so the rule is written
 * here, with the exceptions named.
 *
 * <p>Two places are split, inside one whitespace-separated token:
 *
 * <ol>
 *   <li>Punctuation glue: {@code . ! ?} directly followed by a capitalised word ("word.Next",
 *       "word!Next", and the French spacing "word !Next"). Not after an upper-case letter
 *       ("U.S.Army"), a single letter ("e.g.The", "z.B.Die", "J.Smith"), a known abbreviation
 *       ("Dr.Smith": a title before a name), a short number ("2.Juni", "3.5"), another period
 *       (ellipsis), and never inside a token that looks like a URL, an e-mail address, a path or a
 *       domain ("www.Site.com", "Site.Example.org").
 *   <li>Case glue: a lower-case letter directly followed by a capitalised word, when the letters
 *       before it form a word of at least three lower-case letters ("photographieC'est"). A word
 *       that starts with a capital ("WeChat", "McDonald's", "PlayStation") or is shorter ("iPhone",
 *       "eBay") is a name and stays whole; a capitalised word is split only before a common
 *       sentence starter ("GizmochinaThe"). The right side must look like a word: "macOS" stays.
 * </ol>
 *
 * One pass over the line, constant work per character: linear on any input.
 */
final class GlueRepair {

  private GlueRepair() {}

  /** The line cut at every glue point, each piece stripped; the line itself when there is none. */
  static List<String> split(String line) {
    List<Integer> cuts = null;
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && line.charAt(i) == ' ') i++;
      int start = i;
      while (i < n && line.charAt(i) != ' ') i++;
      if (i > start) cuts = cutsInToken(line, start, i, cuts);
    }
    if (cuts == null) return List.of(line);
    List<String> out = new ArrayList<>(cuts.size() + 1);
    int from = 0;
    for (int cut : cuts) {
      String piece = line.substring(from, cut).strip();
      if (!piece.isEmpty()) out.add(piece);
      from = cut;
    }
    String last = line.substring(from).strip();
    if (!last.isEmpty()) out.add(last);
    return out;
  }

  private static List<Integer> cutsInToken(String s, int start, int end, List<Integer> cuts) {
    if (end - start < 4 || looksLikeAddress(s, start, end)) return cuts;
    int runStart = start; // start of the current run of letters (a cut starts a new run)
    boolean runTailLower = true; // every letter of the run after its first is lower case
    for (int p = start + 1; p < end; p++) {
      char prev = s.charAt(p - 1);
      char c = s.charAt(p);
      boolean afterLetter = Character.isLetter(prev);
      if (!afterLetter) {
        runStart = p;
        runTailLower = true;
      }
      boolean cut = false;
      if (Character.isUpperCase(c) && startsWord(s, p, end)) {
        if (isSentencePunct(prev)) cut = punctuationGlue(s, start, p);
        else if (afterLetter) cut = runTailLower && caseGlue(s, runStart, p, end);
      }
      if (cut) {
        if (cuts == null) cuts = new ArrayList<>();
        cuts.add(p);
        runStart = p;
        runTailLower = true;
      } else if (afterLetter && Character.isLetter(c) && !Character.isLowerCase(c)) {
        runTailLower = false;
      }
    }
    return cuts;
  }

  private static boolean isSentencePunct(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** An upper-case letter followed by a lower-case one or an apostrophe ("Si", "C'est"). */
  private static boolean startsWord(String s, int p, int end) {
    if (p + 1 >= end) return false;
    char next = s.charAt(p + 1);
    return Character.isLowerCase(next) || next == '\'' || next == '’';
  }

  /** {@code s[p-1]} is . ! or ?, {@code s[p]} starts a capitalised word. */
  private static boolean punctuationGlue(String s, int tokenStart, int p) {
    char punct = s.charAt(p - 1);
    if (p - 1 == tokenStart) {
      // "word !Next": French spacing before ! and ?; a token opening with a period is not glue.
      return punct != '.' && tokenStart > 0;
    }
    char before = s.charAt(p - 2);
    if (Character.isLowerCase(before)) {
      if (punct != '.') return true;
      int w = p - 2;
      while (w > tokenStart && Character.isLetter(s.charAt(w - 1))) w--;
      int len = p - 1 - w;
      if (len < 2) return false; // "e.g.", "z.B."
      if (w > tokenStart && s.charAt(w - 1) == '.') return false; // "i.e.", "a.m."
      String word = s.substring(w, p - 1).toLowerCase(java.util.Locale.ROOT);
      return !Vocabulary.ABBREVIATIONS.contains(word);
    }
    if (Character.isDigit(before)) {
      int w = p - 2;
      while (w > tokenStart && Character.isDigit(s.charAt(w - 1))) w--;
      return p - 1 - w >= 3; // a year or a count ("2015.The"), not a date ("2.Juni")
    }
    return "%)]\"”’»".indexOf(before) >= 0;
  }

  /** {@code s[p-1]} is a letter ending a run whose letters after the first are lower case. */
  private static boolean caseGlue(String s, int runStart, int p, int end) {
    if (!Character.isLowerCase(s.charAt(p - 1)) || p - runStart < 3) return false;
    char first = s.charAt(runStart);
    if (Character.isLowerCase(first)) return true;
    if (!Character.isUpperCase(first)) return false;
    // A capitalised word glued to another: split only before a common sentence starter.
    int q = p + 1;
    while (q < end && q - p < 8 && (Character.isLowerCase(s.charAt(q)) || isApostrophe(s, q))) {
      q++;
    }
    if (q < end && Character.isLetter(s.charAt(q))) return false;
    return Vocabulary.SENTENCE_STARTERS.contains(s.substring(p, q));
  }

  private static boolean isApostrophe(String s, int q) {
    char c = s.charAt(q);
    return c == '\'' || c == '’';
  }

  /** URL, e-mail, path, handle, or a domain with a dot inside ("site.Example.org"). */
  private static boolean looksLikeAddress(String s, int start, int end) {
    int dotsBeforeLetter = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == '/' || c == '@' || c == '\\' || c == '=' || c == '_' || c == '#') return true;
      if (c == '.' && k + 1 < end && Character.isLetter(s.charAt(k + 1))) dotsBeforeLetter++;
    }
    if (dotsBeforeLetter >= 2) return true;
    return s.regionMatches(true, start, "www.", 0, 4);
  }
}
