package dev.argus.core.entity.discover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds candidate names in one text without a model: runs of capitalised words, read with a few
 * rules per language. Immutable and thread-safe; {@link #find} is a pure function.
 *
 * <p>Hand-written because the libraries that find names (OpenNLP, CoreNLP, spaCy) need trained
 * models that this project cannot download; what is left, capitalisation plus cue words, is small
 * enough to read in one class. The rules:
 *
 * <ul>
 *   <li>A name is a run of capitalised words, all-caps acronyms ("NASA") or camel-case words
 *       ("iPhone"), on one line, with only spaces between them. Lower-case connectors join two
 *       parts ("Bank of America", "Banco de España", "Jean de La Fontaine"); a short number
 *       continues one ("Mi 11"). A run longer than {@code maxSpanTokens} words is a Title Case
 *       heading, not a name, and is dropped.
 *   <li>Titles and role words at the start of a run ("Dr", "CEO", "Vorstandschef") are cut off and
 *       make the rest a person; a run is also split at such a word ("Nexori CEO Hugo Barra").
 *   <li>At the start of a sentence, leading function words are cut off ("The Nexori board"); a
 *       single word left there is {@linkplain NameSpan#weak weak}, and dropped if the text also
 *       uses it in lower case.
 *   <li>German capitalises every noun, so a German span without a cue or a special shape (acronym,
 *       camel case, digits) is weak when it reads as a noun phrase: after an article, a number or
 *       an adjective, or a single word not right after a preposition ("die Aktie" is weak, "nach
 *       München" is not). A connector after a single German word splits the run ("Kamerasparte von
 *       Samsung"). Statistics across the corpus settle weak spans.
 *   <li>English capitalises languages and nationalities: a single such word is weak.
 *   <li>Chinese, Japanese and Korean have no capitals: only Latin-script names inside them are
 *       found, and in Japanese also katakana runs: cued when 氏, さん or 社 follows, weak otherwise
 *       (katakana also writes loanwords). Chinese names are left to the watch list.
 * </ul>
 *
 * <p>Types come from cues: a title or role word makes a person; a legal suffix, a head word ("Bank
 * of ..."), an organisation word up to three words before ("the company X", "le fabricant de
 * smartphones X") or an acronym an organisation; a country name (JDK/CLDR names in six languages),
 * a city of the tz database or a place preposition ("in X", "à X") a place; digits, camel case or a
 * product word before ("the new X") a product. A plain run of two or three capitalised words is
 * guessed to be a person. Anything else is {@link NameType#UNKNOWN}.
 */
public final class NameFinder {

  /** Characters of a text examined by {@link #standard()}: longer texts are cut there. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

  /** Words in one name for {@link #standard()}: longer capitalised runs are dropped. */
  public static final int DEFAULT_MAX_SPAN_TOKENS = 6;

  private static final NameFinder STANDARD =
      new NameFinder(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_SPAN_TOKENS);

  private final int maxTextChars;
  private final int maxSpanTokens;

  public NameFinder(int maxTextChars, int maxSpanTokens) {
    if (maxTextChars < 1 || maxSpanTokens < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxTextChars = maxTextChars;
    this.maxSpanTokens = maxSpanTokens;
  }

  public static NameFinder standard() {
    return STANDARD;
  }

  /** Convenience for {@code standard().find(text, language)}. */
  public static List<NameSpan> findNames(String text, String language) {
    return STANDARD.find(text, language);
  }

  /**
   * Candidate names in {@code text}, in text order, never overlapping. {@code language} is an ISO
   * 639-1 code ("pt-BR" is read as "pt"); null or unknown gets the English-like default rules.
   */
  public List<NameSpan> find(String text, String language) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String lang = language(language);
    int limit = limit(text);
    List<Token> tokens = tokenize(text, limit, lang);
    List<NameSpan> spans = new ArrayList<>();
    Set<String> midSentenceForms = new HashSet<>();
    Set<String> lowerForms = new HashSet<>();
    for (Token t : tokens) {
      if (t.shape == Shape.LOWER) {
        lowerForms.add(t.text);
      } else if (!t.sentenceInitial && t.shape != Shape.OTHER) {
        midSentenceForms.add(t.text);
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.kind == Kind.KATAKANA) {
        spans.add(katakana(text, t, limit));
        i++;
        continue;
      }
      if (!t.nameable()) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i, lang);
      if (end - i <= maxSpanTokens) {
        readRun(text, tokens, i, end, lang, midSentenceForms, lowerForms, spans);
      }
      i = end;
    }
    return List.copyOf(spans);
  }

  /**
   * A katakana run: a person when 氏 or さん follows it, an organisation when 社 does, else a weak
   * candidate (katakana also writes loanwords).
   */
  private static NameSpan katakana(String text, Token t, int limit) {
    char next = t.end < limit ? text.charAt(t.end) : ' ';
    boolean san = text.startsWith("さん", t.end) && t.end + 2 <= limit;
    if (next == '氏' || san) {
      return new NameSpan(t.text, t.start, t.end, NameType.PERSON, true, false);
    }
    if (next == '社') {
      return new NameSpan(t.text, t.start, t.end, NameType.ORGANIZATION, true, false);
    }
    return new NameSpan(t.text, t.start, t.end, NameType.UNKNOWN, false, true);
  }

  /** One past the last token of the run starting at {@code from}. */
  private static int runEnd(List<Token> tokens, int from, String lang) {
    int end = from + 1;
    while (end < tokens.size()) {
      // A legal form ends a company's name ("die Kornblume GmbH Verluste").
      if (end - from > 1 && Cues.isLegalForm(tokens.get(end - 1).lowerNoDot())) {
        break;
      }
      Token next = tokens.get(end);
      if (!next.joined) {
        break;
      }
      if (next.nameable() || (next.shape == Shape.NUMBER && next.text.length() <= 3)) {
        end++;
        continue;
      }
      // Up to two connectors, then a capitalised word: "Banco de la Nación".
      int j = end;
      while (j < tokens.size()
          && j - end < 2
          && tokens.get(j).joined
          && Cues.isConnector(tokens.get(j).text, lang)) {
        j++;
      }
      if (j > end
          && j < tokens.size()
          && tokens.get(j).joined
          && tokens.get(j).nameable()
          && tokens.get(j).shape != Shape.ACRONYM) {
        end = j + 1;
        continue;
      }
      break;
    }
    return end;
  }

  /** Cuts one run into names and adds them. */
  private static void readRun(
      String text,
      List<Token> tokens,
      int from,
      int to,
      String lang,
      Set<String> midSentenceForms,
      Set<String> lowerForms,
      List<NameSpan> out) {
    int a = from;
    boolean sentenceInitial = tokens.get(from).sentenceInitial;
    NameType cueType = null;
    boolean cued = false;
    // "ministra de Energía Lena Marsh": after a role word and a connector, the first word of a
    // longer run is the portfolio, the rest a person.
    if ((to - from == 3 || to - from == 4)
        && from >= 2
        && Cues.isConnector(tokens.get(from - 1).text, lang)
        && Cues.isRoleWord(tokens.get(from - 2).lowerNoDot(), lang)
        && allTitleCase(tokens, from + 1, to)) {
      a = from + 1;
      cueType = NameType.PERSON;
      cued = true;
      sentenceInitial = false;
    }
    while (a < to) {
      Token t = tokens.get(a);
      String lower = t.lowerNoDot();
      boolean partOfName =
          Cues.isOrgHead(lower) || (a + 1 < to && Cues.isConnector(tokens.get(a + 1).text, lang));
      if (Cues.isConnector(t.text, lang)) {
        a++;
        continue;
      }
      if (sentenceInitial
          && a + 1 < to
          && (Cues.functionWords(lang).contains(lower) || lowerForms.contains(lower))) {
        a++;
        continue;
      }
      // "Shares of Nexori" at the start of a sentence: the connector hangs on a common word.
      if (sentenceInitial
          && a + 2 < to
          && Cues.isConnector(tokens.get(a + 1).text, lang)
          && !Cues.isOrgHead(lower)
          && !midSentenceForms.contains(t.text)) {
        a += 2;
        sentenceInitial = false;
        continue;
      }
      if (Cues.isCalendar(lower, lang)) {
        a++;
        sentenceInitial = false;
        continue;
      }
      if (Cues.isTitle(lower, lang)) {
        cueType = NameType.PERSON;
        cued = true;
        a++;
        sentenceInitial = false;
        continue;
      }
      if (!partOfName && Cues.isOrgWord(lower, lang) && a + 1 < to) {
        cueType = NameType.ORGANIZATION;
        cued = true;
        a++;
        sentenceInitial = false;
        continue;
      }
      if (!partOfName && Cues.isProductWord(lower, lang) && a + 1 < to) {
        cueType = NameType.PRODUCT;
        a++;
        sentenceInitial = false;
        continue;
      }
      break;
    }
    for (int k = a + 1; k < to; k++) {
      Token t = tokens.get(k);
      String lower = t.lowerNoDot();
      // A title or role word inside the run splits it: "Nexori CEO Hugo Barra".
      if (Cues.isTitle(lower, lang) && !Cues.isOrgSuffix(lower)) {
        emit(
            text,
            tokens,
            a,
            k,
            lang,
            sentenceInitial,
            null,
            false,
            midSentenceForms,
            lowerForms,
            out);
        readRun(text, tokens, k, to, lang, midSentenceForms, lowerForms, out);
        return;
      }
      // A connector between two names splits the run: "Paolo Ferretti di Brightwater Bank", "Vela
      // S2 de Nexori", and in German "Kamerasparte von Samsung", where a noun comes before it.
      if (Cues.isConnector(t.text, lang)) {
        int right = k;
        while (right < to && Cues.isConnector(tokens.get(right).text, lang)) {
          right++;
        }
        int left = k - a;
        boolean split =
            (left >= 2 && to - right >= 2)
                || tokens.get(k - 1).hasDigit
                || ("de".equals(lang) && left == 1 && !Cues.isOrgHead(tokens.get(a).lowerNoDot()));
        if (split) {
          emit(
              text,
              tokens,
              a,
              k,
              lang,
              sentenceInitial,
              cueType,
              cued,
              midSentenceForms,
              lowerForms,
              out);
          readRun(text, tokens, right, to, lang, midSentenceForms, lowerForms, out);
          return;
        }
        k = right - 1;
      }
    }
    int b = to;
    while (b > a && Cues.isCalendar(tokens.get(b - 1).lowerNoDot(), lang)) {
      b--;
    }
    if (a < b) {
      emit(
          text,
          tokens,
          a,
          b,
          lang,
          sentenceInitial,
          cueType,
          cued,
          midSentenceForms,
          lowerForms,
          out);
    }
  }

  private static void emit(
      String text,
      List<Token> tokens,
      int a,
      int b,
      String lang,
      boolean sentenceInitial,
      NameType cueType,
      boolean cued,
      Set<String> midSentenceForms,
      Set<String> lowerForms,
      List<NameSpan> out) {
    if (a >= b) {
      return;
    }
    Token first = tokens.get(a);
    Token last = tokens.get(b - 1);
    int words = b - a;
    boolean shaped = false;
    boolean digits = false;
    boolean camel = false;
    for (int k = a; k < b; k++) {
      Shape s = tokens.get(k).shape;
      camel |= s == Shape.CAMEL;
      digits |= tokens.get(k).hasDigit;
      shaped |= s == Shape.ACRONYM || s == Shape.CAMEL || tokens.get(k).hasDigit;
    }
    if (words == 1 && first.shape == Shape.ACRONYM && first.text.length() < 2) {
      return;
    }
    Token prev = a > 0 && first.joined ? tokens.get(a - 1) : null;
    if (cueType == null && prev != null) {
      cueType = cueBefore(tokens, a, lang);
      cued = cueType == NameType.PERSON || cueType == NameType.ORGANIZATION;
    }
    String lastLower = last.lowerNoDot();
    NameType type;
    String key = NameKeys.key(text.substring(first.start, last.end));
    if (cueType == NameType.PERSON) {
      type = NameType.PERSON;
    } else if (words > 1 && (Cues.isOrgSuffix(lastLower) || Cues.isOrgHead(lastLower))) {
      type = NameType.ORGANIZATION;
      cued = true;
    } else if (words > 1 && Cues.isOrgHead(first.lowerNoDot())) {
      type = NameType.ORGANIZATION;
      cued = true;
    } else if (key.startsWith(NameKeys.COUNTRY_PREFIX) || Cues.isCity(key)) {
      type = NameType.PLACE;
      cued = true;
    } else if (cueType != null) {
      type = cueType;
    } else if (camel || (digits && words > 1)) {
      type = NameType.PRODUCT;
    } else if (words == 1 && first.shape == Shape.ACRONYM) {
      type = NameType.ORGANIZATION;
    } else if (prev != null && Cues.isPlacePreposition(prev.lowerNoDot(), lang)) {
      type = NameType.PLACE;
      // "à Toulouse", "a Firenze", "em Lisboa": outside English and German these prepositions
      // rarely put anything else capitalised after them.
      cued = !"de".equals(lang) && !"en".equals(lang);
    } else if (words >= 2 && words <= 3 && allTitleCase(tokens, a, b)) {
      type = NameType.PERSON;
    } else {
      type = NameType.UNKNOWN;
    }
    boolean weak = false;
    // English capitalises languages and nationalities ("Chinese", "Italian"): not names alone.
    if (words == 1 && "en".equals(lang) && Cues.isLanguageName(first.lowerNoDot())) {
      weak = true;
    }
    if (words == 1 && !cued && !shaped) {
      if (sentenceInitial && !midSentenceForms.contains(first.text)) {
        if (lowerForms.contains(first.text.toLowerCase(Locale.ROOT))) {
          return;
        }
        weak = true;
      }
    }
    if ("de".equals(lang) && !cued && !shaped && cueType == null) {
      weak |= germanNoun(tokens, a, words, prev);
    }
    if (words == 1 && Cues.functionWords(lang).contains(first.lowerNoDot()) && !cued) {
      return;
    }
    int start = first.start;
    int end = last.end;
    out.add(new NameSpan(text.substring(start, end), start, end, type, cued, weak));
  }

  /**
   * The cue in the few lower-case words just before a name: a role word right before it makes a
   * person ("analyst Paolo Ferretti"); an organisation word up to three words back ("the company
   * Nexori", "le fabricant de smartphones Nexori") an organisation; a product word right before it
   * a product. Null when there is none.
   */
  private static NameType cueBefore(List<Token> tokens, int a, String lang) {
    Token prev = tokens.get(a - 1);
    String p = prev.lowerNoDot();
    if (Cues.isRoleWord(p, lang)) {
      return NameType.PERSON;
    }
    for (int k = a - 1; k >= Math.max(0, a - 3); k--) {
      Token t = tokens.get(k);
      String lower = t.lowerNoDot();
      if (t.shape != Shape.LOWER || Cues.isPlacePreposition(lower, lang)) {
        break;
      }
      if (Cues.isOrgWord(lower, lang)) {
        return NameType.ORGANIZATION;
      }
      if (!t.joined) {
        break;
      }
    }
    if (Cues.isProductWord(p, lang)) {
      return NameType.PRODUCT;
    }
    return null;
  }

  private static final Set<String> GERMAN_NUMBERS =
      Set.of(
          "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
          "hundert", "tausend", "viele", "einige", "mehrere", "wenige");

  private static final Set<String> GERMAN_NOT_ADJECTIVES =
      Set.of(
          "zwischen",
          "gegen",
          "wegen",
          "neben",
          "hinter",
          "unter",
          "über",
          "oder",
          "aber",
          "sowie",
          "wieder",
          "sehr",
          "mehr",
          "gestern",
          "heute",
          "morgen",
          "habe",
          "haben",
          "werde",
          "werden",
          "sagte",
          "sagten",
          "wollen",
          "sollen",
          "können",
          "müssen",
          "ohne",
          "ende");

  /**
   * Whether a German span reads as a noun phrase rather than a name: a single word at the start of
   * a sentence or not right after a preposition, or any span right after an article, a number or an
   * adjective ("die Aktie", "zwölf Millionen Euro", "neue Züge"). A capitalised adjective opens a
   * name ("die Deutsche Bahn", "die Europäische Zentralbank").
   */
  private static boolean germanNoun(List<Token> tokens, int a, int words, Token prev) {
    Token first = tokens.get(a);
    String firstLower = first.lowerNoDot();
    if (words > 1
        && (firstLower.endsWith("sche")
            || firstLower.endsWith("schen")
            || firstLower.endsWith("scher")
            || firstLower.endsWith("sches")
            || firstLower.endsWith("deutsche"))) {
      return false;
    }
    if (prev == null) {
      return words == 1;
    }
    String p = prev.lowerNoDot();
    if (prev.shape == Shape.NUMBER || GERMAN_NUMBERS.contains(p)) {
      return true;
    }
    if (GERMAN_DETERMINERS.contains(p)) {
      return true;
    }
    boolean adjective =
        prev.shape == Shape.LOWER
            && p.length() >= 4
            && !GERMAN_NOT_ADJECTIVES.contains(p)
            && (p.endsWith("e")
                || p.endsWith("en")
                || p.endsWith("er")
                || p.endsWith("es")
                || p.endsWith("em"));
    if (adjective) {
      return true;
    }
    return words == 1 && !GERMAN_PREPOSITIONS.contains(p);
  }

  private static final Set<String> GERMAN_DETERMINERS =
      Set.of(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
          "eines", "im", "am", "zum", "zur", "vom", "beim", "ins", "kein", "keine", "sein", "seine",
          "ihr", "ihre", "unser", "unsere", "diese", "dieser", "dieses", "jede", "jeder", "alle");

  private static final Set<String> GERMAN_PREPOSITIONS =
      Set.of(
          "in",
          "aus",
          "nach",
          "von",
          "bei",
          "mit",
          "für",
          "gegen",
          "zwischen",
          "über",
          "unter",
          "vor",
          "seit",
          "ab",
          "bis",
          "durch",
          "um",
          "an",
          "auf",
          "zu",
          "wie",
          "als",
          "und");

  private static boolean allTitleCase(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      Token t = tokens.get(k);
      if (t.shape != Shape.CAPITALISED || t.hasDigit || t.text.length() < 2) {
        return false;
      }
    }
    return true;
  }

  // ---- tokens ----

  private enum Kind {
    WORD,
    KATAKANA
  }

  /** The shape of a word: what its letters say about it being part of a name. */
  private enum Shape {
    CAPITALISED,
    ACRONYM,
    CAMEL,
    NUMBER,
    LOWER,
    OTHER
  }

  private record Token(
      String text,
      int start,
      int end,
      Kind kind,
      Shape shape,
      boolean hasDigit,
      boolean sentenceInitial,
      boolean joined) {

    boolean nameable() {
      return kind == Kind.WORD
          && (shape == Shape.CAPITALISED || shape == Shape.ACRONYM || shape == Shape.CAMEL);
    }

    String lowerNoDot() {
      return text.replace(".", "").toLowerCase(Locale.ROOT);
    }
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "sra", "mme", "mlle", "m", "hr", "fr",
          "sig", "dott", "ing", "avv", "inc", "ltd", "corp", "co", "vs", "no", "nr");

  private static final Set<String> ELIDED_CONNECTORS = Set.of("d", "dell", "dall", "degl");

  private static final Set<String> SUFFIX_ABBREVIATIONS = Set.of("inc", "ltd", "corp", "co");

  private List<Token> tokenize(String text, int limit, String lang) {
    List<Token> tokens = new ArrayList<>();
    boolean boundary = true;
    boolean joined = false;
    int i = 0;
    while (i < limit) {
      int cp = text.codePointAt(i);
      if (isKatakana(cp) && "ja".equals(lang)) {
        int s = i;
        while (i < limit && isKatakana(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        if (i - s >= 2) {
          tokens.add(
              new Token(
                  text.substring(s, i), s, i, Kind.KATAKANA, Shape.OTHER, false, false, false));
        }
        joined = false;
        boundary = false;
        continue;
      }
      if (Character.isLetterOrDigit(cp) && !isCjk(cp)) {
        int s = i;
        int e = scanWord(text, i, limit);
        // Elision: "l'Élysée", "dell'Eni", "L'accord" are read from after the apostrophe; "d'"
        // and "dell'" join a name like "de" does ("Banca d'Italia"), other elided words do not.
        for (int k = s + 1; k < Math.min(e, s + 6); k++) {
          char c = text.charAt(k);
          if ((c == '\'' || c == '’') && k + 1 < e) {
            boolean lowerPrefix = Character.isLowerCase(text.charAt(s));
            boolean capitalArticle =
                k == s + 1
                    && "LD".indexOf(text.charAt(s)) >= 0
                    && Character.isLowerCase(text.charAt(k + 1));
            if (lowerPrefix || capitalArticle) {
              String prefix = text.substring(s, k).toLowerCase(Locale.ROOT);
              joined = joined && lowerPrefix && ELIDED_CONNECTORS.contains(prefix);
              s = k + 1;
            }
            break;
          }
        }
        // A possessive belongs to the sentence, not the name.
        if (e - s > 2
            && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
            && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')) {
          e -= 2;
        }
        String word = text.substring(s, e);
        boolean abbreviation = false;
        if (e < limit && text.charAt(e) == '.') {
          String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
          boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
          if (word.indexOf('.') > 0 || initial || ABBREVIATIONS.contains(bare)) {
            e++;
            word = text.substring(s, e);
            abbreviation = !SUFFIX_ABBREVIATIONS.contains(bare) || word.indexOf('.') < e - s - 1;
          }
        }
        tokens.add(
            new Token(
                word, s, e, Kind.WORD, shape(word), hasDigit(word), boundary, joined && !boundary));
        i = e;
        joined = true;
        boundary = word.endsWith(".") && !abbreviation && nextIsCapital(text, e, limit);
        if (boundary) {
          joined = false;
        }
        continue;
      }
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r') {
        boundary = true;
        joined = false;
      } else if (cp == '.' || cp == '!' || cp == '?' || cp == '…' || cp == ':' || cp == '。'
          || cp == '！' || cp == '？') {
        boundary = true;
        joined = false;
      } else if (cp == '&') {
        tokens.add(new Token("&", i - 1, i, Kind.WORD, Shape.OTHER, false, false, joined));
      } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        // Quotes, brackets, commas, dashes: a name does not run across them.
        joined = false;
        if (isCjk(cp)) {
          boundary = false;
        }
      }
    }
    return tokens;
  }

  private static boolean nextIsCapital(String text, int from, int limit) {
    int i = from;
    while (i < limit && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i >= limit || Character.isUpperCase(text.codePointAt(i));
  }

  private static int scanWord(String text, int i, int limit) {
    int e = i;
    while (e < limit) {
      int cp = text.codePointAt(e);
      int type = Character.getType(cp);
      if (Character.isLetterOrDigit(cp) && !isCjk(cp)
          || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        e += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '’' || cp == '-' || cp == '.' || cp == '‐')
          && e + 1 < limit
          && Character.isLetterOrDigit(text.codePointAt(e + 1))
          && !isCjk(text.codePointAt(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  private static Shape shape(String word) {
    int letters = 0;
    int upper = 0;
    boolean digit = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
          upper++;
        }
      } else if (Character.isDigit(c)) {
        digit = true;
      }
    }
    char first = word.charAt(0);
    if (letters == 0) {
      return digit ? Shape.NUMBER : Shape.OTHER;
    }
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      return upper == letters && letters >= 2 ? Shape.ACRONYM : Shape.CAPITALISED;
    }
    if (Character.isDigit(first)) {
      return upper > 0 ? Shape.CAPITALISED : Shape.OTHER;
    }
    // Camel case: one or two lower-case letters, then a capital ("iPhone", "eBay").
    if (upper > 0
        && word.length() > 2
        && Character.isLowerCase(first)
        && (Character.isUpperCase(word.charAt(1))
            || (Character.isLowerCase(word.charAt(1)) && Character.isUpperCase(word.charAt(2))))
        && word.indexOf('-') < 0) {
      return Shape.CAMEL;
    }
    return upper == 0 ? Shape.LOWER : Shape.OTHER;
  }

  private static boolean hasDigit(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isDigit(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKatakana(int cp) {
    return (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC;
  }

  private static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private int limit(String text) {
    if (text.length() <= maxTextChars) {
      return text.length();
    }
    // Cut at a space so the last word examined is whole.
    int cut = maxTextChars;
    int floor = Math.max(0, maxTextChars - 64);
    while (cut > floor && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (cut == floor) {
      // No space near the limit (CJK text, a long token): cut at the limit itself.
      cut = maxTextChars;
    }
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }

  private static String language(String language) {
    if (language == null || language.isBlank()) {
      return "und";
    }
    String l = language.strip().toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    int underscore = l.indexOf('_');
    int cut = dash < 0 ? underscore : (underscore < 0 ? dash : Math.min(dash, underscore));
    return cut > 0 ? l.substring(0, cut) : l;
  }
}
