package dev.argus.core.extract.meta;

import dev.argus.core.text.WordPatterns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the article's title. The visible headline is preferred, in its cleanest form: a heading
 * that equals a declared title (og:title, JSON-LD headline, twitter:title, the title tag) or a part
 * of one. Without such a match, the page's main h1 wins; the declared titles, with the site name
 * removed, come last.
 */
final class TitleFinder {

  /** A heading candidate: its text, and whether it may stand alone as the title. */
  record Heading(String text, boolean primary, boolean h1, boolean part) {

    Heading(String text, boolean primary, boolean h1) {
      this(text, primary, h1, false);
    }

    Heading(String text, boolean primary) {
      this(text, primary, primary, false);
    }

    /** A line of a larger heading (its kicker or its title line), for matching only. */
    static Heading partOf(String text) {
      return new Heading(text, false, false, true);
    }
  }

  /** Separators between a title and a site name. Hyphen and dash need spaces on both sides. */
  private static final Pattern SEP =
      Pattern.compile(
          "\\s+(?:[|·•»«›‹~/]|::|-{1,2}|[–—]|:)\\s+|\\s*(?:\\||::|»|«)\\s*"
              // The cheap look-ahead first: the script look-up of the look-behind is costly, and
              // both are asked of the same position, so their order changes nothing.
              + "|(?=\\s*[-_－—])(?<=[\\p{IsHan}！？。」）])\\s*[-_－—]+\\s*(?=\\p{IsHan})");

  /**
   * Where {@link #SEP} matches in {@code s}, as {@code find()} would list them: start and end of
   * each match in turn. The pattern is tried only where a match can start, at a space or at one of
   * {@code | : » « - _ － —}; every alternative fails on any other first character, and a title has
   * few of these. Written by hand because {@code find()} tries all three alternatives at every
   * character, and titles and headings are parted several times a page.
   */
  static int[] separators(String s) {
    int[] out = NO_SEPARATORS;
    int count = 0;
    Matcher m = null;
    int n = s.length();
    for (int i = 0; i < n; ) {
      if (maySeparate(s.charAt(i))) {
        if (m == null) {
          m = SEP.matcher(s);
          // The look-behind of the Chinese alternative reads the characters before i.
          m.useTransparentBounds(true);
        }
        if (m.region(i, n).lookingAt()) {
          if (count == out.length) out = Arrays.copyOf(out, Math.max(4, 2 * count));
          out[count++] = m.start();
          out[count++] = m.end();
          // A match is never empty, so the next search starts at its end, as find()'s does.
          i = m.end();
          continue;
        }
      }
      i++;
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  private static final int[] NO_SEPARATORS = new int[0];

  /** The pattern {@link #separators} stands for, for tests. */
  static Pattern separatorPattern() {
    return SEP;
  }

  private static boolean maySeparate(char c) {
    return WordPatterns.isPatternSpace(c)
        || switch (c) {
          case '|', ':', '»', '«', '-', '_', '－', '—' -> true;
          default -> false;
        };
  }

  private static final Pattern STRONG_SEP = Pattern.compile("\\||::|[»«›‹·•]|(?<!\\s)[-_－—]+");

  private static final Pattern WORD_COLON = Pattern.compile("(?<=\\p{L}):\\s+");

  private static final Pattern COLON_PREFIX = Pattern.compile("^([^:]{2,60}):\\s+(.+)$");

  /** A title with a trailing note in brackets: "Headline (2021/5)", "Dish (with a side)". */
  private static final Pattern BRACKET_SUFFIX = Pattern.compile("^(.+?)\\s*\\([^()]{1,40}\\)$");

  private static final Set<String> GENERIC =
      Set.of(
          "home",
          "startseite",
          "homepage",
          "index",
          "accueil",
          "inicio",
          "blog",
          "news",
          "menu",
          "menü",
          "menue",
          "navigation",
          "suche",
          "search",
          "blogarchiv",
          "blogarchive",
          "archiv",
          "archive",
          "skiptocontent",
          "zuminhaltspringen",
          "hauptmenü",
          "mainmenu",
          "postnavigation",
          "beitragsnavigation",
          "kategorien",
          "categories");

  /** The longest heading still taken for a site's name when it ends the title tag. */
  private static final int SITE_NAME_MAX = 40;

  private TitleFinder() {}

  static String find(
      String ogTitle,
      String ldHeadline,
      String twitterTitle,
      String titleTag,
      List<Heading> headings,
      String siteName,
      String host) {
    List<String> sources = new ArrayList<>();
    for (String s : new String[] {ogTitle, ldHeadline, twitterTitle, titleTag}) {
      String c = Texts.clean(s);
      if (c != null) sources.add(c);
    }
    String siteKey = Texts.key(siteName);
    String hostKey = AuthorFinder.hostKey(host);
    String tagKey = Texts.key(Texts.clean(titleTag));
    // 1. A heading that is one of the declared titles, or their part before/after a separator.
    String suffixMatch = null;
    String partMatch = null;
    boolean primaryTail = false;
    String headMatch = null;
    List<Parts> parts = new ArrayList<>(sources.size());
    for (String s : sources) parts.add(Parts.of(s));
    for (Heading h : headings) {
      for (String text : new String[] {h.text(), stripSite(h.text(), siteKey, hostKey)}) {
        String hk = Texts.key(text);
        if (!usable(hk, siteKey, hostKey)) continue;
        for (Parts p : parts) {
          int m = p.matches(hk);
          if (m == Parts.WHOLE) return withoutSiteTail(text, siteKey, hostKey);
          if (m == Parts.HEAD) {
            if (!h.part()) return text;
            if (headMatch == null) headMatch = text;
          }
          // The part before a colon stands for the title only as the page's main heading.
          if (m == Parts.COLON_HEAD && h.primary()) return text;
          if (m == Parts.TAIL && suffixMatch == null) {
            suffixMatch = text;
            primaryTail = h.primary();
          }
          if (m == Parts.PART && partMatch == null) partMatch = text;
        }
      }
    }
    // A line of a heading that is the head of a declared title ("Kicker - Title") gives way to
    // the main heading that is its tail: the page shows the title apart from the kicker.
    if (headMatch != null && !primaryTail) return headMatch;
    // 2. The page's main heading. A short label heading (a section's or site's name) gives way
    // to a later main heading that reads like a headline.
    Heading main = null;
    for (Heading h : headings) {
      if (!h.primary()) continue;
      String hk = Texts.key(h.text());
      if (!usable(hk, siteKey, hostKey)) continue;
      // A short heading that ends the title tag is likely the site's name; a long one is the
      // title after a site and section prefix ("Site - Section - Title").
      if (hk.equals(Texts.key(lastPart(titleTag)))
          && !hk.equals(tagKey)
          && h.text().length() <= SITE_NAME_MAX) {
        continue;
      }
      if (main == null) {
        main = h;
        if (words(h.text()) > 2) break;
      } else if ((main.h1() == h.h1() || !main.h1())
          && (words(h.text()) >= 3 || h.text().length() >= 25)) {
        // A label that is no h1 (a menu's entries) gives way to any later headline; an h1
        // label only to a later h1.
        main = h;
        break;
      }
    }
    if (main != null) return stripSite(main.text(), siteKey, hostKey);
    if (suffixMatch != null) return suffixMatch;
    // A heading that shows a declared title without its kicker or its note in brackets:
    // "Kicker: Headline" or "Headline (2021/5)" declared, "Headline" shown.
    if (partMatch != null) return partMatch;
    // 3. A declared title, without the site name.
    for (String s : sources) {
      String t = stripSite(s, siteKey, hostKey);
      String k = Texts.key(t);
      if (t != null && !isSite(k, siteKey, hostKey) && !GENERIC.contains(k)) return t;
    }
    return sources.isEmpty() ? null : stripSite(sources.get(0), siteKey, hostKey);
  }

  /** Words with a letter or digit in them: a dash between two words is none. */
  private static int wordCount(String s) {
    int n = 0;
    for (String w : s.strip().split("\\s+")) {
      if (!Texts.key(w).isEmpty()) n++;
    }
    return n;
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  private static boolean usable(String hk, String siteKey, String hostKey) {
    return hk.length() >= 2 && !isSite(hk, siteKey, hostKey) && !GENERIC.contains(hk);
  }

  /** The keys of a declared title, of its heads and of its tails, for matching headings. */
  private record Parts(
      String whole,
      Set<String> heads,
      Set<String> tails,
      Set<String> colonHeads,
      Set<String> cores) {

    static final int NONE = 0;
    static final int WHOLE = 1;
    static final int TAIL = 2;
    static final int COLON_HEAD = 3;
    static final int HEAD = 4;
    static final int PART = 5;

    static Parts of(String title) {
      Set<String> heads = new HashSet<>();
      Set<String> tails = new HashSet<>();
      int[] seps = separators(title);
      for (int i = 0; i < seps.length; i += 2) {
        heads.add(Texts.key(title.substring(0, seps[i])));
        tails.add(Texts.key(title.substring(seps[i + 1])));
      }
      // "Headline: the explanation" shown as "Headline": a colon right after a word parts a
      // title too, when the part before it is long enough to be a headline and not a kicker.
      Set<String> colonHeads = new HashSet<>();
      Matcher c = WORD_COLON.matcher(title);
      if (c.find() && wordCount(title.substring(0, c.start())) >= 3) {
        colonHeads.add(Texts.key(title.substring(0, c.start())));
      }
      // The title without a kicker before a colon, or without a note in brackets after it.
      Set<String> cores = new HashSet<>();
      Matcher k = COLON_PREFIX.matcher(title);
      if (k.matches()) cores.add(Texts.key(k.group(2)));
      Matcher b = BRACKET_SUFFIX.matcher(title);
      if (b.matches()) cores.add(Texts.key(b.group(1)));
      cores.remove("");
      return new Parts(Texts.key(title), heads, tails, colonHeads, cores);
    }

    /** How the key stands to the title: whole, head, tail, head before a colon, or not at all. */
    int matches(String key) {
      if (whole.equals(key)) return WHOLE;
      if (heads.contains(key)) return HEAD;
      if (tails.contains(key)) return TAIL;
      if (colonHeads.contains(key)) return COLON_HEAD;
      return cores.contains(key) ? PART : NONE;
    }
  }

  /** 1 when the key is the whole title or its head, 2 when it is its tail, 0 otherwise. */
  static int matches(String title, String key) {
    if (Texts.key(title).equals(key)) return 1;
    int[] seps = separators(title);
    int result = 0;
    for (int i = 0; i < seps.length; i += 2) {
      if (Texts.key(title.substring(0, seps[i])).equals(key)) return 1;
      if (result == 0 && Texts.key(title.substring(seps[i + 1])).equals(key)) result = 2;
    }
    return result;
  }

  /** The part of a title after its last separator, or null without one. */
  static String lastPart(String s) {
    if (s == null) return null;
    int[] seps = separators(s);
    return seps.length == 0 ? null : s.substring(seps[seps.length - 1]);
  }

  /**
   * A heading that repeats the whole declared title, "Title | Site", without the site: only a tail
   * that is the site's name or host goes, as the heading matched as it stands.
   */
  private static String withoutSiteTail(String text, String siteKey, String hostKey) {
    int[] seps = separators(text);
    if (seps.length == 0) return text;
    String tk = Texts.key(text.substring(seps[seps.length - 1]));
    if (!isSite(tk, siteKey, hostKey) && !GENERIC.contains(tk)) return text;
    String rest = text.substring(0, seps[seps.length - 2]).strip();
    return rest.isEmpty() ? text : rest;
  }

  /** Removes a site name given as prefix or suffix of the title. */
  static String stripSite(String s, String siteKey, String hostKey) {
    Matcher c = COLON_PREFIX.matcher(s);
    if (c.matches() && isSite(Texts.key(c.group(1)), siteKey, hostKey)) {
      return stripSite(c.group(2).strip(), siteKey, hostKey);
    }
    int[] seps = separators(s);
    if (seps.length == 0) return s;
    // A prefix or suffix that is the site name, the host or a generic word goes.
    int lastStart = seps[seps.length - 2];
    int lastEnd = seps[seps.length - 1];
    String tail = s.substring(lastEnd).strip();
    String rest = s.substring(0, lastStart).strip();
    String tailKey = Texts.key(tail);
    if (!rest.isEmpty() && (isSite(tailKey, siteKey, hostKey) || GENERIC.contains(tailKey))) {
      return stripSite(rest, siteKey, hostKey);
    }
    String head = s.substring(0, seps[0]).strip();
    String headKey = Texts.key(head);
    String after = s.substring(seps[1]).strip();
    if (!after.isEmpty() && (isSite(headKey, siteKey, hostKey) || GENERIC.contains(headKey))) {
      return stripSite(after, siteKey, hostKey);
    }
    // Otherwise a short last part behind a strong separator is most likely the site's name.
    String sep = s.substring(lastStart, lastEnd);
    boolean strong = STRONG_SEP.matcher(sep).find();
    boolean dash = sep.strip().matches("-{1,2}|[–—]");
    int tailWords = tail.split("\\s+").length;
    if (!rest.isEmpty()
        && ((strong && tailWords <= 5)
            || (dash && tailWords <= 3 && rest.length() > 2 * tail.length()))) {
      return rest;
    }
    return s;
  }

  static boolean isSite(String key, String siteKey, String hostKey) {
    if (key.isEmpty()) return false;
    if (!siteKey.isEmpty()
        && (key.equals(siteKey)
            || (key.length() >= 4 && siteKey.startsWith(key))
            || (siteKey.length() >= 4
                && key.startsWith(siteKey)
                && key.length() - siteKey.length() <= 3))) {
      return true;
    }
    return hostKey.length() >= 3
        && (key.equals(hostKey)
            || (key.startsWith(hostKey) && key.length() - hostKey.length() <= 4)
            || (key.length() >= 5 && hostKey.startsWith(key)));
  }
}
