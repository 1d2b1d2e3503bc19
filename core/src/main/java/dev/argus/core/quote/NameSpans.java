package dev.argus.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Capitalised-name spans ("Lei Jun", "The Wall Street Journal", "Banco de España", "WIRED") and the
 * word classes that tell a person's name from an outlet's. Written by hand: the NER models that
 * would do this better (OpenNLP, CoreNLP) need per-language model files core does not ship, and the
 * stages here only need names next to a speech verb or a citation cue, where the capital letter is
 * a strong enough signal.
 *
 * <p>A span is a run of capitalised tokens separated by single spaces on one line, with lower-case
 * connectors ("of", "de", "della", "und") allowed inside when a capitalised token follows. Leading
 * capitalised function words ("In", "Recently", "C'est", "He") are dropped; leading articles
 * ("The", "Le", "Die") are kept when a capitalised token follows, so outlets keep their name. A
 * possessive ("Lei Jun's") ends the span without the "'s". Spans hold at most {@link #MAX_TOKENS}
 * tokens.
 */
public final class NameSpans {

  /** Longest span kept, in tokens; a longer run of capitals is cut there. */
  public static final int MAX_TOKENS = 6;

  /** A span of {@code text}: {@code text.substring(start, end).equals(name)}. */
  public record Span(String name, int start, int end) {
    public List<String> tokens() {
      return List.of(name.split(" "));
    }
  }

  private NameSpans() {}

  /**
   * Name tokens with a capital inside that are still names: "McAllister", "O’Brien", "Jean-Luc".
   */
  private static final java.util.regex.Pattern INNER_CAPITAL_OK =
      java.util.regex.Pattern.compile("(?:Mc|Mac|O['’]|D['’]).*|.*-.*");

  /** The lists below repeat words shared by several languages; a set takes each once. */
  private static Set<String> words(String... ws) {
    return Set.copyOf(java.util.Arrays.asList(ws));
  }

  static final Set<String> ARTICLES =
      words(
          "the", "le", "la", "les", "l'", "l’", "il", "lo", "gli", "der", "die", "das", "el", "los",
          "las", "o", "os", "a", "as");

  static final Set<String> CONNECTORS =
      words(
          "of", "de", "du", "des", "della", "del", "dei", "di", "da", "do", "dos", "das", "&",
          "for", "van", "von", "der", "la", "le");

  /** Capitalised words that start sentences but never names. */
  static final Set<String> STOP =
      words(
          // en
          "a",
          "an",
          "and",
          "but",
          "or",
          "so",
          "in",
          "on",
          "at",
          "to",
          "for",
          "from",
          "by",
          "with",
          "as",
          "if",
          "when",
          "while",
          "after",
          "before",
          "since",
          "this",
          "that",
          "these",
          "those",
          "it",
          "its",
          "he",
          "she",
          "we",
          "i",
          "they",
          "you",
          "his",
          "her",
          "our",
          "their",
          "my",
          "your",
          "there",
          "here",
          "recently",
          "however",
          "also",
          "yet",
          "then",
          "today",
          "yesterday",
          "meanwhile",
          "according",
          "via",
          "look",
          "think",
          "what",
          "who",
          "why",
          "how",
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "chief",
          "ceo",
          "interview",
          // fr
          "un",
          "une",
          "ce",
          "cette",
          "ces",
          "c'est",
          "c’est",
          "il",
          "elle",
          "ils",
          "elles",
          "je",
          "nous",
          "vous",
          "on",
          "mais",
          "et",
          "ou",
          "pour",
          "dans",
          "avec",
          "selon",
          "d'après",
          "d’après",
          "si",
          "pourtant",
          "seulement",
          "enfin",
          "m",
          "mme",
          "mlle",
          "pdg",
          // it
          "uno",
          "questo",
          "questa",
          "io",
          "noi",
          "lui",
          "ma",
          "secondo",
          "sig",
          "sig.ra",
          // de
          "ein",
          "eine",
          "er",
          "sie",
          "es",
          "wir",
          "ich",
          "aber",
          "und",
          "laut",
          "im",
          "am",
          "herr",
          "frau",
          "wie",
          "als",
          "nach",
          "auch",
          "denn",
          "doch",
          "dass",
          "heute",
          "gestern",
          "dann",
          "so",
          "comme",
          "quand",
          "hier",
          "aujourd'hui",
          "aujourd’hui",
          "puis",
          "come",
          "quando",
          "dopo",
          "ieri",
          "oggi",
          "poi",
          "como",
          "cuando",
          "después",
          "ayer",
          "hoy",
          "hoje",
          "ontem",
          "depois",
          // es / pt
          "un",
          "una",
          "él",
          "ella",
          "nosotros",
          "yo",
          "pero",
          "según",
          "segundo",
          "sr",
          "sra",
          "eu",
          "nós",
          "ele",
          "ela",
          "mas",
          "em",
          "no",
          "na");

  /** Tokens that make a capitalised span an organisation, outlet or place rather than a person. */
  static final Set<String> NOT_PERSON =
      words(
          "jornal",
          "folha",
          "nacional",
          "diario",
          "diário",
          "periódico",
          "corriere",
          "gazzetta",
          "giornale",
          "quotidiano",
          "rundschau",
          "allgemeine",
          "presse",
          "figaro",
          "parisien",
          "observateur",
          "weekly",
          "monthly",
          "chronicle",
          "standard",
          "financial",
          "economist",
          "globe",
          "mail",
          "mirror",
          "independent",
          "reporter",
          "wired",
          "commissioner",
          "attorney",
          "senator",
          "governor",
          "mayor",
          "judge",
          "secretary",
          "general",
          "officer",
          "sheriff",
          "police",
          "captain",
          "coach",
          "professor",
          "sir",
          "lord",
          "lady",
          "saint",
          "pope",
          "king",
          "queen",
          "prince",
          "princess",
          "bundeskanzler",
          "kanzler",
          "kanzlerin",
          "minister",
          "ministerin",
          "news",
          "times",
          "journal",
          "post",
          "press",
          "daily",
          "media",
          "mobile",
          "group",
          "inc",
          "ltd",
          "corp",
          "company",
          "fans",
          "italia",
          "italy",
          "france",
          "deutschland",
          "germany",
          "españa",
          "spain",
          "brasil",
          "brazil",
          "china",
          "india",
          "japan",
          "street",
          "city",
          "kong",
          "york",
          "valley",
          "states",
          "kingdom",
          "union",
          "magazine",
          "review",
          "today",
          "tribune",
          "herald",
          "guardian",
          "telegraph",
          "gazette",
          "monde",
          "zeitung",
          "agency",
          "agence",
          "radio",
          "tv",
          "network",
          "online",
          "tech",
          "technology",
          "technologies",
          "digital",
          "blog",
          "insider",
          "wire",
          "world",
          "international",
          "global",
          "bank",
          "university",
          "ministry",
          "council",
          "lab",
          "labs",
          "store",
          "app",
          "pro",
          "max",
          "ultra",
          "plus",
          "phone",
          "smartphone",
          "galaxy",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "ledger",
          "courier",
          "observer",
          "express",
          "bulletin",
          "dispatch",
          "television",
          "week",
          "kurier",
          "anzeiger",
          "nachrichten",
          "tageblatt",
          "revista",
          "gazeta",
          "correio",
          "notizie",
          "stampa");

  /**
   * The name spans of {@code text[from, to)}, in order. Offsets are exact UTF-16 offsets into
   * {@code text}.
   */
  public static List<Span> find(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    List<int[]> run = new ArrayList<>(); // token [start, end) of the current run
    int i = Math.max(0, from);
    to = Math.min(to, text.length());
    while (i < to) {
      int s = i;
      while (s < to && !isTokenStart(text, s)) s++;
      if (s >= to) break;
      int e = tokenEnd(text, s, to);
      s = afterElision(text, s, e);
      boolean possessive = false;
      int core = e;
      if (e - s > 2
          && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')
          && text.charAt(e - 1) == 's') {
        core = e - 2;
        possessive = true;
      }
      boolean joined = !run.isEmpty() && isSingleSpace(text, run.get(run.size() - 1)[1], s);
      String tok = text.substring(s, core);
      if (isCapitalised(tok)) {
        if (!joined) flush(text, run, out);
        run.add(new int[] {s, core});
        if (possessive || run.size() >= MAX_TOKENS) flush(text, run, out);
      } else if (joined
          && CONNECTORS.contains(tok.toLowerCase(Locale.ROOT))
          && !possessive
          && nextIsCapitalisedToken(text, e, to)) {
        run.add(new int[] {s, core, 1});
      } else {
        flush(text, run, out);
      }
      i = e;
    }
    flush(text, run, out);
    return out;
  }

  public static List<Span> find(String text) {
    return find(text, 0, text.length());
  }

  private static void flush(String text, List<int[]> run, List<Span> out) {
    // drop trailing connectors, leading stop words, and a leading article not followed by a name
    while (!run.isEmpty() && run.get(run.size() - 1).length == 3) run.remove(run.size() - 1);
    int first = 0;
    while (first < run.size()) {
      String t = lower(text, run.get(first));
      boolean article = ARTICLES.contains(t) && first + 1 < run.size();
      if (article || !(STOP.contains(t) || run.get(first).length == 3)) break;
      first++;
    }
    if (first < run.size()) {
      int start = run.get(first)[0];
      int end = run.get(run.size() - 1)[1];
      String name = text.substring(start, end);
      if (!(run.size() - first == 1 && ARTICLES.contains(name.toLowerCase(Locale.ROOT)))) {
        out.add(new Span(name.replace('\u00A0', ' '), start, end));
      }
    }
    run.clear();
  }

  private static String lower(String text, int[] tok) {
    return text.substring(tok[0], tok[1]).toLowerCase(Locale.ROOT);
  }

  private static boolean isTokenStart(String text, int i) {
    char c = text.charAt(i);
    return Character.isLetterOrDigit(c) || c == '&';
  }

  /** A token: letters and digits, with inner hyphens, apostrophes and dots ("U.S.", "Jean-Luc"). */
  private static int tokenEnd(String text, int s, int to) {
    int e = s;
    if (text.charAt(s) == '&') return s + 1;
    while (e < to) {
      char c = text.charAt(e);
      if (Character.isLetterOrDigit(c)) {
        e++;
      } else if ((c == '-' || c == '\'' || c == '’' || c == '.')
          && e + 1 < to
          && Character.isLetterOrDigit(text.charAt(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  /**
   * Skips a lower-case elided article glued to a name: "d’Ana Lindqvist", "l’Agence", "qu’Orion".
   */
  private static int afterElision(String text, int s, int e) {
    for (int k = s; k < Math.min(e - 1, s + 3); k++) {
      char c = text.charAt(k);
      if (c == '\'' || c == '’') {
        return Character.isLowerCase(text.charAt(s)) && Character.isUpperCase(text.charAt(k + 1))
            ? k + 1
            : s;
      }
      if (!Character.isLetter(c)) return s;
    }
    return s;
  }

  private static boolean isSingleSpace(String text, int prevEnd, int start) {
    return start == prevEnd + 1
        && (text.charAt(prevEnd) == ' ' || text.charAt(prevEnd) == '\u00A0');
  }

  private static boolean nextIsCapitalisedToken(String text, int e, int to) {
    if (e + 1 >= to || text.charAt(e) != ' ') return false;
    int s = e + 1;
    if (!isTokenStart(text, s)) return false;
    return isCapitalised(text.substring(s, tokenEnd(text, s, to)));
  }

  /** Starts with an upper-case letter (or is a digit-led brand like "9to5Mac"). */
  static boolean isCapitalised(String tok) {
    if (tok.isEmpty()) return false;
    int cp = tok.codePointAt(0);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) return true;
    return Character.isDigit(cp) && tok.codePoints().anyMatch(Character::isUpperCase);
  }

  static boolean isAllCaps(String tok) {
    return tok.length() > 1
        && tok.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * The spans cut at role words ("Xiaomi CEO Lei Jun" → "Xiaomi", "CEO", "Lei Jun"; "Le PDG Jean
   * Dupont" → "Le", "PDG", "Jean Dupont"), roles kept as pieces of their own.
   */
  public static List<Span> splitAtRoles(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      List<Span> toks = tokenSpans(s);
      int from = 0;
      for (int k = 0; k < toks.size(); k++) {
        if (SpeechCues.role(toks.get(k).name()) == null) continue;
        if (k > from) out.add(join(s, toks, from, k));
        out.add(toks.get(k));
        from = k + 1;
      }
      if (from < toks.size()) out.add(join(s, toks, from, toks.size()));
    }
    return out;
  }

  /**
   * The longest tail of a span that is a person's name ("Le Jean Dupont" → "Jean Dupont"), or null.
   */
  public static Span personTail(Span s) {
    List<Span> toks = tokenSpans(s);
    for (int k = Math.max(0, toks.size() - 3); k < toks.size() - 1; k++) {
      Span tail = join(s, toks, k, toks.size());
      if (isPersonName(tail.name())) return tail;
    }
    return null;
  }

  private static List<Span> tokenSpans(Span s) {
    List<Span> toks = new ArrayList<>();
    int at = 0;
    for (String t : s.name().split(" ")) {
      toks.add(new Span(t, s.start() + at, s.start() + at + t.length()));
      at += t.length() + 1;
    }
    return toks;
  }

  private static Span join(Span s, List<Span> toks, int from, int to) {
    int a = toks.get(from).start();
    int b = toks.get(to - 1).end();
    return new Span(s.name().substring(a - s.start(), b - s.start()), a, b);
  }

  /**
   * Looks like a person's full name: two or three title-case tokens ("Lei Jun", "Jean-Pierre
   * Dupont"), connectors allowed ("Luis de Guindos"), none of them an article, a stop word, an
   * all-caps acronym, or a word of outlets, companies, places and dates.
   */
  public static boolean isPersonName(String name) {
    String[] toks = name.split(" ");
    int caps = 0;
    for (int k = 0; k < toks.length; k++) {
      String t = toks[k];
      String l = t.toLowerCase(Locale.ROOT);
      if (!isCapitalised(t)) {
        if (k == 0 || k == toks.length - 1 || !CONNECTORS.contains(l)) return false;
        continue;
      }
      if (isAllCaps(t) || NOT_PERSON.contains(l) || STOP.contains(l) || ARTICLES.contains(l)) {
        return false;
      }
      if (t.codePoints().anyMatch(Character::isDigit)) return false;
      // CamelCase inside a token ("WeChat", "iPhone") is a brand, not a name.
      if (t.substring(1).codePoints().anyMatch(Character::isUpperCase)
          && !INNER_CAPITAL_OK.matcher(t).matches()) {
        return false;
      }
      caps++;
    }
    return caps >= 2 && caps <= 3;
  }
}
