package dev.argus.core.quote;

import dev.argus.core.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted speech in an article's text and attributes it to a speaker. A pure function: no
 * state survives a call, and every compiled pattern is immutable.
 *
 * <p><b>Marked quotes.</b> Text between a pair of quotation marks of one of the conventions “…”,
 * "…", «…» (also « … » with French spacing, and »…« in German), „…“, „…”, ‚…‘, ‘…’, ‹…›, 「…」 and
 * 『…』, inside one paragraph and at most {@link #MAX_QUOTE_CHARS} long. The quote's offsets exclude
 * the marks, the spaces inside them and a trailing comma ("“We grow,” he said").
 *
 * <p><b>Attribution.</b> A speech verb of the language ("said", "a déclaré", "dit-il", "sagte", "ha
 * detto", "dijo", "disse", "according to", "selon", "表示", "と述べた" …) in the same sentence, after the
 * quote (checked first) or before it, within {@link #WINDOW} characters. The speaker is the name,
 * role or pronoun nearest the verb on the side of the quote, else on the other side ("“…,” said Lei
 * Jun" / "Lei Jun said: “…”"); a role directly followed by a name is the name ("a déclaré le PDG
 * Jean Dupont"). A name followed by a colon ("Lei Jun: “…”") is a cue too. Names, pronouns and
 * roles resolve through {@link Speakers}. A quote that opens a paragraph after a paragraph ending
 * in a colon takes that paragraph's speaker.
 *
 * <p><b>Titles and scare quotes.</b> A cued quote under {@link #MIN_WORDS} words is kept only in
 * speech punctuation (a comma or final stop inside the marks, a comma after them, a colon before
 * them). A quote with no cue is kept only when it has at least {@link #MIN_WORDS} words
 * <em>and</em> ends, inside the marks, with sentence punctuation (. ! ? … , ;) — the shape of
 * speech; "the so-called “new retail” model" or a quoted title is skipped. Such a quote takes the
 * speaker of the previous quote in its paragraph, else none.
 *
 * <p><b>Unmarked speech.</b> A paragraph ending in a colon whose last sentence names or refers to a
 * person, followed (after at most one caption-like line of up to {@link #CAPTION_WORDS} words
 * without final punctuation) by a paragraph with no quotation marks, at least {@link
 * #MIN_UNMARKED_WORDS} words and a first-person word (I/we/my/our, je/nous, ich/wir, io/noi,
 * yo/nosotros, eu/nós, 我/我们 …), gives a quote with {@code marked=false}. Only that one paragraph:
 * the article's own "we" often follows ("at least in our country"), so a run of first-person
 * paragraphs is not taken as one statement.
 */
public final class QuoteFinder {

  /** Longest quoted span, in UTF-16 units; a mark whose partner is farther stays unpaired. */
  public static final int MAX_QUOTE_CHARS = 3000;

  /** How far from a quote (UTF-16 units) an attribution is looked for, within its sentence. */
  public static final int WINDOW = 120;

  /** Fewest words an unattributed quote needs to count as speech. */
  public static final int MIN_WORDS = 4;

  /** Fewest words an unmarked first-person paragraph needs. */
  public static final int MIN_UNMARKED_WORDS = 6;

  /** Most words a caption line between a colon paragraph and the speech it introduces may have. */
  public static final int CAPTION_WORDS = 6;

  /** Longest text read; anything past it is ignored. */
  public static final int MAX_TEXT_CHARS = 1_000_000;

  private static final String QUOTE_CHARS = "“”\"«»„‚「」『』‹›";
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "m", "mme", "st", "sr", "sra", "jr", "inc", "co", "vs",
          "etc", "no", "sig", "dott", "hr", "fr", "gen", "gov", "sen", "rep", "corp", "ltd");
  private static final Pattern HONORIFIC_BEFORE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(" + String.join("|", SpeechCues.HONORIFICS) + ")\\.?\\s+$");
  private static final String CJK_ROLES = "首席执行官|创始人|董事长|总裁|发言人|总经理|CEO|社長|会長";
  private static final Pattern CJK_ROLE_PREFIX = Pattern.compile("^.*(?:" + CJK_ROLES + ")");
  private static final Pattern CJK_SUFFIX = Pattern.compile("(?:氏|さん|社長|会長)$");

  private QuoteFinder() {}

  /**
   * The quotes of {@code text} in order of their start offset. {@code language} is an ISO 639-1
   * code ("en", "fr", "zh", "pt-BR" …); null or unknown uses the cues of every language. Null or
   * blank text gives an empty list.
   */
  public static List<Quote> find(String text, String language) {
    return find(null, text, language);
  }

  /**
   * The quotes of {@code text}, with the article's headline (or null) as evidence of who its main
   * character is: a speaker given only by role ("the company's CEO said") resolves to the most
   * mentioned person, headline included.
   */
  public static List<Quote> find(String title, String text, String language) {
    if (text == null || text.isBlank()) return List.of();
    return new Run(title, text, SpeechCues.lang(language)).find();
  }

  private record Paragraph(int start, int end) {}

  private enum Kind {
    NAME,
    HONORIFIC,
    ROLE,
    PRONOUN
  }

  private record Candidate(Kind kind, String text, int start, int end) {}

  /** One call's working state. */
  private static final class Run {
    final String text;
    final String lang;
    final int limit;
    final Pattern verbs;
    final Set<String> pronouns;
    final Speakers speakers;
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<String> cjkSpeakers = new ArrayList<>();

    Run(String title, String text, String lang) {
      this.text = text;
      this.lang = lang;
      this.limit = Math.min(text.length(), MAX_TEXT_CHARS);
      this.verbs = SpeechCues.verbs(lang);
      this.pronouns = SpeechCues.pronouns(lang);
      this.speakers = new Speakers(title, text, limit);
      Matcher m = PARAGRAPH_BREAK.matcher(text).region(0, limit);
      int s = 0;
      while (m.find()) {
        paragraphs.add(new Paragraph(s, m.start()));
        s = m.end();
      }
      paragraphs.add(new Paragraph(s, limit));
    }

    List<Quote> find() {
      List<Quote> out = new ArrayList<>();
      for (int p = 0; p < paragraphs.size(); p++) {
        marked(p, out);
      }
      unmarked(out);
      out.sort(Comparator.comparingInt(Quote::start));
      return List.copyOf(out);
    }

    // ---- marked quotes

    private void marked(int p, List<Quote> out) {
      Paragraph para = paragraphs.get(p);
      String previousSpeaker = null;
      int prevClose = para.start;
      int i = para.start;
      while (i < para.end) {
        char c = text.charAt(i);
        int close = QUOTE_CHARS.indexOf(c) >= 0 || c == '‘' ? closing(i, para.end) : -1;
        if (close < 0) {
          i++;
          continue;
        }
        int[] span = content(i + 1, close);
        if (span != null) {
          boolean[] cued = new boolean[1];
          String speaker = attribute(para, prevClose, i, close, span, cued);
          boolean keep = cued[0] && (words(span[0], span[1]) >= MIN_WORDS || shortSpeech(i, close));
          if (!keep && atParagraphStart(para, i) && p > 0) {
            String s = colonSpeaker(paragraphs.get(p - 1));
            if (s != null) {
              speaker = s;
              keep = true;
            }
          }
          if (!keep && speechShaped(span)) {
            speaker = previousSpeaker;
            keep = true;
          }
          if (keep) {
            out.add(new Quote(text.substring(span[0], span[1]), speaker, span[0], span[1], true));
            if (speaker != null) previousSpeaker = speaker;
          }
        }
        prevClose = close + 1;
        i = close + 1;
      }
    }

    /** Offset of the mark closing the one at {@code open}, or -1. */
    private int closing(int open, int end) {
      char o = text.charAt(open);
      String closers;
      switch (o) {
        case '“' -> closers = "”";
        case '"' -> closers = "\"";
        case '«' -> closers = "»";
        case '»' -> closers = lang.equals("de") ? "«" : "";
        case '„' -> closers = "“”";
        case '‚' -> closers = "‘’";
        case '‘' -> closers = "’";
        case '‹' -> closers = "›";
        case '「' -> closers = "」";
        case '『' -> closers = "』";
        default -> closers = "";
      }
      if (closers.isEmpty()) return -1;
      boolean ambiguous = o == '"' || o == '‘';
      if (ambiguous && open > 0 && !opensAfter(text.charAt(open - 1))) return -1;
      int max = Math.min(end, open + 1 + MAX_QUOTE_CHARS + 1);
      for (int j = open + 1; j < max; j++) {
        char c = text.charAt(j);
        if (closers.indexOf(c) < 0) continue;
        if (ambiguous && j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))) {
          continue; // an apostrophe ("don’t") or a mark opening a new word
        }
        if (j - open - 1 > MAX_QUOTE_CHARS) return -1;
        return j;
      }
      return -1;
    }

    private static boolean opensAfter(char prev) {
      return Character.isWhitespace(prev)
          || Character.isSpaceChar(prev)
          || "([{—–-/:;,".indexOf(prev) >= 0;
    }

    /** The quoted words between {@code [from, to)}: spaces and a trailing comma trimmed. */
    private int[] content(int from, int to) {
      int s = from;
      int e = to;
      while (s < e && isSpace(text.charAt(s))) s++;
      while (e > s && isSpace(text.charAt(e - 1))) e--;
      if (e > s && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == '，')) e--;
      while (e > s && isSpace(text.charAt(e - 1))) e--;
      for (int k = s; k < e; k++) {
        if (Character.isLetterOrDigit(text.charAt(k))) return new int[] {s, e};
      }
      return null;
    }

    private boolean speechShaped(int[] span) {
      if (words(span[0], span[1]) < MIN_WORDS) return false;
      int e = span[1];
      // the trimmed comma counts as sentence punctuation too
      char last =
          e < text.length() && (text.charAt(e) == ',' || text.charAt(e) == '，')
              ? ','
              : text.charAt(e - 1);
      return ".!?…,;。！？，".indexOf(last) >= 0;
    }

    /**
     * A cued quote under {@link #MIN_WORDS} words is speech only in speech punctuation: "“Never,”
     * he said", "“Yes.”", "He said: “No”"; else it is a scare quote in a sentence that happens to
     * have a speech verb ("she called the plan “potentially risky”, he said").
     */
    private boolean shortSpeech(int open, int close) {
      int k = close - 1;
      while (k > open && isSpace(text.charAt(k))) k--;
      if (".!?…,。！？，".indexOf(text.charAt(k)) >= 0) return true;
      int a = close + 1;
      while (a < text.length() && isSpace(text.charAt(a))) a++;
      if (a < text.length() && (text.charAt(a) == ',' || text.charAt(a) == '，')) return true;
      int b = open - 1;
      while (b >= 0 && isSpace(text.charAt(b))) b--;
      return b >= 0 && (text.charAt(b) == ':' || text.charAt(b) == '：');
    }

    private boolean atParagraphStart(Paragraph para, int open) {
      for (int k = para.start; k < open; k++) if (!isSpace(text.charAt(k))) return false;
      return true;
    }

    /**
     * The speaker of the quote at {@code [open, close]}; sets {@code cued[0]} when an attribution
     * cue was found (the speaker may still be null when the cue names nobody resolvable).
     */
    private String attribute(
        Paragraph para, int prevClose, int open, int close, int[] span, boolean[] cued) {
      int afterStart = close + 1;
      int afterEnd = sentenceEndAfter(afterStart, Math.min(para.end, afterStart + WINDOW));
      int beforeEnd = open;
      int beforeStart = sentenceStartBefore(Math.max(prevClose, open - WINDOW), beforeEnd);
      // "“…” he said: “…”": a verb followed by a colon introduces the next quote, not this one
      String afterText = text.substring(afterStart, afterEnd).strip();
      if (afterText.endsWith(":") || afterText.endsWith("：")) afterEnd = afterStart;
      if (SpeechCues.isCjk(lang)) {
        return attributeCjk(beforeStart, beforeEnd, afterStart, afterEnd, cued);
      }
      Matcher after = verbs.matcher(text).region(afterStart, afterEnd);
      if (after.find()) {
        cued[0] = true;
        return speakerAround(after, afterStart, afterEnd);
      }
      Matcher before = verbs.matcher(text).region(beforeStart, beforeEnd);
      int found = -1; // the verb nearest the quote
      while (before.find()) found = before.start();
      if (found >= 0) {
        before = verbs.matcher(text).region(found, beforeEnd);
        before.find();
        cued[0] = true;
        return speakerAround(before, beforeStart, beforeEnd);
      }
      String lead = text.substring(beforeStart, beforeEnd).strip();
      if (lead.endsWith(":")) {
        List<Candidate> cs = candidates(beforeStart, beforeEnd);
        if (!cs.isEmpty()) {
          cued[0] = true;
          return resolve(cs, cs.size() - 1);
        }
      }
      return null;
    }

    /** The speaker nearest a verb match: before it first, else after it. */
    private String speakerAround(Matcher verb, int from, int to) {
      if (verb.groupCount() >= 1 && verb.group(1) != null) {
        return speakers.resolvePronoun(verb.start());
      }
      List<Candidate> before = candidates(from, verb.start());
      if (!before.isEmpty()) {
        String s = resolve(before, before.size() - 1);
        if (s != null) return s;
      }
      List<Candidate> after = candidates(verb.end(), to);
      return after.isEmpty() ? null : resolve(after, 0);
    }

    /** Names, honorific names, roles and pronouns of {@code [from, to)} in text order. */
    private List<Candidate> candidates(int from, int to) {
      List<Candidate> cs = new ArrayList<>();
      if (from >= to) return cs;
      for (NameSpans.Span s : NameSpans.splitAtRoles(NameSpans.find(text, from, to))) {
        if (Speakers.isRoleWord(s.name())) {
          cs.add(new Candidate(Kind.ROLE, s.name(), s.start(), s.end()));
          continue;
        }
        NameSpans.Span tail = NameSpans.personTail(s);
        if (tail != null) s = tail;
        boolean honorific =
            HONORIFIC_BEFORE.matcher(text.substring(Math.max(0, s.start() - 8), s.start())).find();
        cs.add(new Candidate(honorific ? Kind.HONORIFIC : Kind.NAME, s.name(), s.start(), s.end()));
      }
      Matcher r = Speakers.roleWords().matcher(text).region(from, to);
      while (r.find()) {
        if (!covered(cs, r.start()))
          cs.add(new Candidate(Kind.ROLE, r.group(), r.start(), r.end()));
      }
      Matcher w = WORD.matcher(text).region(from, to);
      while (w.find()) {
        if (pronouns.contains(w.group().toLowerCase(Locale.ROOT)) && !covered(cs, w.start())) {
          cs.add(new Candidate(Kind.PRONOUN, w.group(), w.start(), w.end()));
        }
      }
      cs.sort(Comparator.comparingInt(Candidate::start));
      return cs;
    }

    private static boolean covered(List<Candidate> cs, int at) {
      for (Candidate c : cs) if (at >= c.start && at < c.end) return true;
      return false;
    }

    /** Resolves candidate {@code k}; a role directly followed by a name resolves to the name. */
    private String resolve(List<Candidate> cs, int k) {
      Candidate c = cs.get(k);
      if (c.kind == Kind.ROLE && k + 1 < cs.size()) {
        Candidate n = cs.get(k + 1);
        if (n.kind != Kind.PRONOUN
            && n.kind != Kind.ROLE
            && text.substring(c.end, n.start).isBlank()) {
          c = n;
        }
      }
      return switch (c.kind) {
        case NAME -> {
          String full = speakers.resolveName(c.text, c.start);
          yield full != null ? full : c.text;
        }
        case HONORIFIC -> {
          String last = c.text.substring(c.text.lastIndexOf(' ') + 1);
          String full = speakers.resolveName(last, c.start);
          yield full != null ? full : c.text;
        }
        case ROLE -> speakers.resolveRole(c.text, c.start);
        case PRONOUN -> speakers.resolvePronoun(c.start);
      };
    }

    // ---- Chinese and Japanese

    private String attributeCjk(
        int beforeStart, int beforeEnd, int afterStart, int afterEnd, boolean[] cued) {
      Matcher after = verbs.matcher(text).region(afterStart, afterEnd);
      if (after.find()) {
        cued[0] = true;
        String s = cjkName(afterStart, after.start());
        if (s == null) s = cjkTopic(beforeStart, beforeEnd); // 「…」と述べた: speaker before
        return remember(s);
      }
      Matcher before = verbs.matcher(text).region(beforeStart, beforeEnd);
      int found = -1;
      while (before.find()) found = before.start();
      if (found >= 0) {
        cued[0] = true;
        return remember(cjkName(beforeStart, found));
      }
      return null;
    }

    private String remember(String s) {
      if (s != null) cjkSpeakers.add(s);
      return s;
    }

    /** The Han/katakana name right before {@code end}, role words stripped: "小米CEO雷军" → "雷军". */
    private String cjkName(int from, int end) {
      int s = end;
      while (s > from && isCjkNameChar(text.codePointBefore(s)))
        s -= Character.charCount(text.codePointBefore(s));
      String run = CJK_SUFFIX.matcher(text.substring(s, end)).replaceAll("");
      run = CJK_ROLE_PREFIX.matcher(run).replaceAll("");
      if (SpeechCues.pronouns(lang).contains(run)) {
        return cjkSpeakers.isEmpty() ? null : cjkSpeakers.get(cjkSpeakers.size() - 1);
      }
      int n = run.codePointCount(0, run.length());
      return n >= 2 && n <= 4 ? run : null;
    }

    /** Japanese topic before a quote: "山田社長は「…」" → "山田". */
    private String cjkTopic(int from, int end) {
      int e = end;
      while (e > from && isSpace(text.charAt(e - 1))) e--;
      if (e > from && (text.charAt(e - 1) == 'は' || text.charAt(e - 1) == 'が')) {
        return cjkName(from, e - 1);
      }
      return null;
    }

    private static boolean isCjkNameChar(int cp) {
      Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
      return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.KATAKANA;
    }

    // ---- unmarked speech

    private void unmarked(List<Quote> out) {
      for (int p = 0; p + 1 < paragraphs.size(); p++) {
        Paragraph intro = paragraphs.get(p);
        String speaker = colonSpeaker(intro);
        if (speaker == null) continue;
        int q = p + 1;
        if (isCaption(paragraphs.get(q)) && q + 1 < paragraphs.size()) q++;
        Paragraph para = paragraphs.get(q);
        int s = para.start;
        int e = para.end;
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        if (e <= s || hasQuoteMark(s, e)) continue;
        if (words(s, e) < MIN_UNMARKED_WORDS || !firstPerson(s, e)) continue;
        out.add(new Quote(text.substring(s, e), speaker, s, e, false));
      }
    }

    /**
     * The speaker a paragraph ending in a colon introduces, from its last sentence: a full name,
     * else an honorific name, else a known person's surname, else a role, else a pronoun.
     */
    private String colonSpeaker(Paragraph para) {
      int e = para.end;
      while (e > para.start && isSpace(text.charAt(e - 1))) e--;
      if (e == para.start || (text.charAt(e - 1) != ':' && text.charAt(e - 1) != '：')) return null;
      int s = sentenceStartBefore(para.start, e - 1);
      if (SpeechCues.isCjk(lang)) {
        Matcher v = verbs.matcher(text).region(s, e);
        return v.find() ? cjkName(s, v.start()) : null;
      }
      List<Candidate> cs = candidates(s, e);
      for (Kind kind : Kind.values()) {
        for (int k = 0; k < cs.size(); k++) {
          Candidate c = cs.get(k);
          if (c.kind != kind) continue;
          if (kind == Kind.NAME
              && !NameSpans.isPersonName(c.text)
              && !speakers.isNameToken(c.text)) {
            continue; // an outlet or company in the intro ("with WIRED") is not the speaker
          }
          String r = resolve(cs, k);
          if (r != null) return r;
        }
      }
      return null;
    }

    private boolean isCaption(Paragraph para) {
      String t = text.substring(para.start, para.end).strip();
      if (t.isEmpty() || hasQuoteMark(para.start, para.end)) return false;
      return words(para.start, para.end) <= CAPTION_WORDS
          && ".!?:;。！？：".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    private boolean firstPerson(int s, int e) {
      Set<String> fp = SpeechCues.firstPerson(lang);
      if (SpeechCues.isCjk(lang)) {
        String t = text.substring(s, e);
        return fp.stream().anyMatch(t::contains);
      }
      Matcher w = WORD.matcher(text).region(s, e);
      while (w.find()) {
        String word = w.group().toLowerCase(Locale.ROOT);
        if (fp.contains(word)) return true;
        int apos = Math.max(word.indexOf('\''), word.indexOf('’'));
        if (apos > 0 && fp.contains(word.substring(0, apos + 1))) return true; // j'ai
      }
      return false;
    }

    // ---- text helpers

    private boolean hasQuoteMark(int s, int e) {
      for (int k = s; k < e; k++) if (QUOTE_CHARS.indexOf(text.charAt(k)) >= 0) return true;
      return false;
    }

    private int words(int s, int e) {
      int n = 0;
      boolean in = false;
      for (int k = s; k < e; k++) {
        char c = text.charAt(k);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
            || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
            || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA) {
          n++;
          in = false;
        } else if (Character.isLetterOrDigit(c)) {
          if (!in) n++;
          in = true;
        } else if (c != '\'' && c != '’' && c != '-') {
          in = false;
        }
      }
      return n;
    }

    /** End of the sentence that starts at {@code from}, at most {@code to}. */
    private int sentenceEndAfter(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c == '\n' || "。！？".indexOf(c) >= 0 || QUOTE_CHARS.indexOf(c) >= 0 && k > from + 1) {
          return k;
        }
        if ((c == '.' || c == '!' || c == '?') && isSentenceEnd(k)) return k;
      }
      return to;
    }

    /** Start of the sentence that holds {@code to}, at least {@code from}. */
    private int sentenceStartBefore(int from, int to) {
      for (int k = to - 1; k >= from; k--) {
        char c = text.charAt(k);
        if (c == '\n' || "。！？".indexOf(c) >= 0) return k + 1;
        if ((c == '.' || c == '!' || c == '?') && isSentenceEnd(k)) return k + 1;
      }
      return from;
    }

    /** A full stop after an abbreviation ("Mr.") or an initial ("J.") ends no sentence. */
    private boolean isSentenceEnd(int dot) {
      if (text.charAt(dot) != '.') return true;
      if (dot + 1 < text.length() && Character.isLetterOrDigit(text.charAt(dot + 1))) return false;
      int s = dot;
      while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
      String word = text.substring(s, dot);
      if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
      return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }
}
