package dev.argus.core.cite;

import dev.argus.core.model.Citation;
import dev.argus.core.model.Citation.Kind;
import dev.argus.core.model.Link;
import dev.argus.core.quote.NameSpans;
import dev.argus.core.text.WordPatterns;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sources an article cites. A pure function over the text and its links.
 *
 * <p><b>Cues in the text</b> (every language's cues are tried whatever the language tag, since they
 * do not collide and tags are often wrong):
 *
 * <ul>
 *   <li>{@code VIA}: "via X", "(via X)", and a bare line "via | X", "Via: X", "VIA - X".
 *   <li>{@code ACCORDING_TO}: according to, selon, d'après, secondo, stando a, laut, según, de
 *       acuerdo con, segundo, de acordo com.
 *   <li>{@code INTERVIEW}: (in an) interview with/to/given to, told, interview/entretien accordé(e)
 *       à/au, (in un')intervista a/rilasciata a, Interview mit, im Gespräch mit, entrevista
 *       con/a/à/ao, entrevista concedida a.
 *   <li>{@code REPORTED}, name before the verb: reported, revealed, a révélé, a rapporté, révèle,
 *       ha rivelato, riporta, berichtete, berichtet, meldete, informó, reveló, noticiou, revelou,
 *       also as "C'est X qui a révélé".
 * </ul>
 *
 * X is a capitalised name span ({@link NameSpans}) starting right after the cue, after at most
 * {@link #MAX_SKIPPED} lower-case articles or descriptors ("selon le quotidien Le Monde",
 * "according to data from Counterpoint"); trailing demonyms are dropped ("the WIRED American
 * editorial" → "WIRED"). A lower-case word, a pronoun or nothing after the cue gives no citation.
 *
 * <p><b>People are not sources for REPORTED and INTERVIEW.</b> "Mr. Jun reported the example of
 * WeChat" or "in an interview with Lei Jun" name a speaker or the person interviewed, not an
 * outlet, so for those kinds X must not look like a person: not a two-or-three-word personal name,
 * not a token of a person named elsewhere in the text ("Jun"), not after an honorific. The cost: an
 * outlet named like a person ("Simone Rodriguez reported", a columnist) is missed, and an outlet
 * that is one capitalised word ("Reuters reported") is indistinguishable from a surname that
 * appears nowhere else in full. "according to X" and "via X" keep people: a person can be a source
 * there.
 *
 * <p><b>Links.</b> A link is a {@code LINK} citation when it is http(s), on a different registered
 * domain than {@code articleUrl} ({@link Domains}; a null or unparsable article URL makes every
 * link external), not on a social, sharing or messaging host, not a share/intent URL, and has an
 * article-like path (not a home page, a bare language folder, a tag, category or author page, or a
 * media file). Its name is the anchor text when the anchor, letters and digits only, equals the
 * domain's name ("GizmoChina" for gizmochina.com), else the registered domain ("gizmochina.com"):
 * anchor texts are mostly headlines or "here", which do not name the outlet. A link whose anchor
 * lies on a text citation's name gives that citation its URL instead of a second entry.
 *
 * <p><b>Duplicates.</b> One citation per source: names are compared by their letters and digits,
 * lower case, without a leading article, and a registered domain by its first label, so
 * "Gizmochina" and "gizmochina.com" are one source. The first in text order wins, with its kind
 * (how the source was first introduced is the most telling); a later link to it supplies a URL when
 * the first had none. Links whose anchor could not be placed come after the text's citations, in
 * the given order.
 */
public final class CitationFinder {

  /** Most lower-case words skipped between a cue and the name it introduces. */
  public static final int MAX_SKIPPED = 4;

  /** Longest name span read after (or before) a cue, in UTF-16 units. */
  public static final int NAME_REACH = 80;

  /** Longest text read; anything past it is ignored. */
  public static final int MAX_TEXT_CHARS = 1_000_000;

  private static final Pattern VIA =
      Pattern.compile(
          "(?m)(?:^[ \\t\\u00A0]*(?i:via)|(?<=\\()(?i:via)|(?<![\\p{L}\\p{N}])via)(?![\\p{L}\\p{N}])"
              + "[ \\t\\u00A0]*[:|\\-–—]?[ \\t\\u00A0]*");

  private static final Pattern ACCORDING =
      cue(
          "according to",
          "selon",
          "d'après",
          "d’après",
          "secondo",
          "stando a",
          "laut",
          "según",
          "de acuerdo con",
          "segundo",
          "de acordo com");

  private static final Pattern INTERVIEW =
      cue(
          "interview with",
          "interview to",
          "interview given to",
          "told",
          "interview accordée à",
          "interview accordée au",
          "entretien accordé à",
          "entretien accordé au",
          "interview à",
          "interview au",
          "intervista a",
          "intervista al",
          "intervista rilasciata a",
          "intervista rilasciata al",
          "interview mit",
          "gespräch mit",
          "entrevista con",
          "entrevista a",
          "entrevista al",
          "entrevista à",
          "entrevista ao",
          "entrevista concedida a",
          "entrevista concedida ao",
          "entrevista concedida à",
          "entrevista concedida al");

  private static final Pattern REPORTED =
      cue(
          "reported",
          "first reported",
          "revealed",
          "a révélé",
          "a rapporté",
          "révèle",
          "rapporte",
          "qui a révélé",
          "qui a rapporté",
          "ha rivelato",
          "riporta",
          "ha riportato",
          "che ha rivelato",
          "berichtete",
          "berichtet",
          "meldete",
          "meldet",
          "informó",
          "reveló",
          "ha informado",
          "ha revelado",
          "que reveló",
          "noticiou",
          "revelou",
          "informou");

  private static final Set<String> SKIPPABLE =
      Set.of(
          "the",
          "a",
          "an",
          "le",
          "la",
          "les",
          "l",
          "du",
          "de",
          "des",
          "il",
          "lo",
          "gli",
          "del",
          "della",
          "der",
          "die",
          "das",
          "dem",
          "den",
          "el",
          "los",
          "las",
          "o",
          "os",
          "as",
          "do",
          "da",
          "newspaper",
          "daily",
          "magazine",
          "site",
          "website",
          "blog",
          "outlet",
          "agency",
          "news",
          "report",
          "reports",
          "data",
          "figures",
          "research",
          "sources",
          "from",
          "by",
          "at",
          "of",
          "editorial",
          "quotidien",
          "journal",
          "hebdomadaire",
          "agence",
          "rapport",
          "quotidiano",
          "giornale",
          "sito",
          "agenzia",
          "settimanale",
          "rivista",
          "diario",
          "periódico",
          "revista",
          "agencia",
          "jornal",
          "agência",
          "american",
          "us");

  /** News agencies that write their name in lower case: "laut dpa". */
  private static final Set<String> LOWER_CASE_AGENCIES = Set.of("dpa", "epd", "kna", "sid", "dts");

  private static final Set<String> DEMONYMS =
      Set.of(
          "american",
          "british",
          "french",
          "italian",
          "german",
          "spanish",
          "chinese",
          "japanese",
          "korean",
          "indian",
          "us",
          "uk",
          "américain",
          "américaine",
          "italiano",
          "americano");

  private static final Set<String> NON_SOURCES =
      Set.of(
          "email",
          "e-mail",
          "sms",
          "whatsapp",
          "telegram",
          "bluetooth",
          "wi-fi",
          "wifi",
          "usb",
          "internet",
          "app",
          "api",
          "zoom",
          "skype");

  private static final Set<String> SOCIAL =
      Set.of(
          "facebook.com",
          "fb.com",
          "twitter.com",
          "x.com",
          "t.co",
          "linkedin.com",
          "pinterest.com",
          "reddit.com",
          "whatsapp.com",
          "wa.me",
          "t.me",
          "telegram.me",
          "telegram.org",
          "instagram.com",
          "tiktok.com",
          "youtube.com",
          "youtu.be",
          "threads.net",
          "tumblr.com",
          "vk.com",
          "weibo.com",
          "line.me",
          "flipboard.com",
          "getpocket.com",
          "addtoany.com",
          "sharethis.com",
          "google.com",
          "bsky.app",
          "mastodon.social");

  private static final Pattern SHARE_PATH =
      Pattern.compile(
          "(?i)(?:^|[/?&=._-])(?:share|sharer|sharing|intent|sendto|send|mailto)(?:$|[/?&=._-])");

  private static final Pattern NON_ARTICLE_PATH =
      Pattern.compile(
          "(?i)^/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?$|^/(?:tag|tags|category|categories|author|authors|search|login|signup|feed)(?:/|$)"
              + "|\\.(?:jpe?g|png|gif|webp|svg|pdf|mp4|mp3|zip|css|js)$");

  private static final Pattern HONORIFIC_BEFORE =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:mr|mrs|ms|dr|m|mme|herr|frau|sr|sra|sig)\\.?\\s+$");

  private CitationFinder() {}

  private static Pattern cue(String... phrases) {
    return WordPatterns.anyOf(List.of(phrases));
  }

  private record Hit(String name, String url, Kind kind, int start, int end) {}

  /**
   * The sources {@code text} cites, in text order. {@code links} may be null; {@code language} is
   * accepted for symmetry with the other stages (see the class comment). Null text and no links
   * give an empty list.
   */
  public static List<Citation> find(
      String text, String language, List<Link> links, String articleUrl) {
    String t = text == null ? "" : text;
    int limit = Math.min(t.length(), MAX_TEXT_CHARS);
    List<Hit> hits = new ArrayList<>();
    Set<String> personTokens = new HashSet<>();
    for (NameSpans.Span s : NameSpans.find(t, 0, limit)) {
      if (NameSpans.isPersonName(s.name())) personTokens.addAll(s.tokens());
    }
    after(t, limit, VIA, Kind.VIA, personTokens, hits);
    after(t, limit, ACCORDING, Kind.ACCORDING_TO, personTokens, hits);
    after(t, limit, INTERVIEW, Kind.INTERVIEW, personTokens, hits);
    before(t, limit, personTokens, hits);
    hits.sort(Comparator.comparingInt(Hit::start));

    List<Hit> linkHits = new ArrayList<>();
    String site = Domains.registered(Domains.host(articleUrl));
    for (Link link : links == null ? List.<Link>of() : links) {
      if (link == null) continue;
      Hit h = linkHit(link, site);
      if (h == null) continue;
      int on = anchoredOn(hits, link);
      if (on >= 0) {
        Hit c = hits.get(on);
        if (c.url == null) hits.set(on, new Hit(c.name, h.url, c.kind, c.start, c.end));
      } else {
        linkHits.add(h);
      }
    }
    hits.addAll(linkHits);
    hits.sort(Comparator.comparingInt(h -> h.start < 0 ? Integer.MAX_VALUE : h.start)); // stable

    Map<String, Hit> byKey = new LinkedHashMap<>();
    for (Hit h : hits) {
      String key = key(h);
      if (key.isEmpty()) continue;
      Hit first = byKey.get(key);
      if (first == null) {
        byKey.put(key, h);
      } else if (first.url == null && h.url != null) {
        byKey.put(key, new Hit(first.name, h.url, first.kind, first.start, first.end));
      }
    }
    List<Citation> out = new ArrayList<>();
    for (Hit h : byKey.values()) out.add(new Citation(h.name, h.url, h.kind));
    return List.copyOf(out);
  }

  /** Cues whose source follows them. */
  private static void after(
      String t, int limit, Pattern cue, Kind kind, Set<String> personTokens, List<Hit> hits) {
    Matcher m = cue.matcher(t).region(0, limit);
    while (m.find()) {
      int p = skipLowerCase(t, m.end(), limit);
      if (p < 0) continue;
      NameSpans.Span s = spanAt(t, p, limit);
      if (s == null) continue;
      s = trimDemonyms(s);
      if (NON_SOURCES.contains(s.name().toLowerCase(Locale.ROOT))) continue;
      if ((kind == Kind.INTERVIEW) && isPersonLike(t, s, personTokens)) continue;
      hits.add(new Hit(s.name(), null, kind, s.start(), s.end()));
    }
  }

  /** "X reported", "C'est X qui a révélé": the source is the name span right before the cue. */
  private static void before(String t, int limit, Set<String> personTokens, List<Hit> hits) {
    Matcher m = REPORTED.matcher(t).region(0, limit);
    while (m.find()) {
      int from = Math.max(0, m.start() - NAME_REACH);
      NameSpans.Span last = null;
      for (NameSpans.Span s : NameSpans.find(t, from, m.start())) last = s;
      if (last == null || !t.substring(last.end(), m.start()).isBlank() || last.end() == m.start())
        continue;
      NameSpans.Span s = trimDemonyms(last);
      if (isPersonLike(t, s, personTokens)) continue;
      hits.add(new Hit(s.name(), null, Kind.REPORTED, s.start(), s.end()));
    }
  }

  /** Position after up to {@link #MAX_SKIPPED} skippable lower-case words, or -1. */
  private static int skipLowerCase(String t, int p, int limit) {
    for (int skipped = 0; ; skipped++) {
      while (p < limit && (t.charAt(p) == ' ' || t.charAt(p) == '\u00A0')) p++;
      if (p >= limit) return -1;
      int e = p;
      while (e < limit && Character.isLetter(t.charAt(e))) e++;
      if (e < limit && (t.charAt(e) == '\'' || t.charAt(e) == '’')) e++; // l'Agence, d'Il Sole
      String w = t.substring(p, e);
      if (w.isEmpty()
          || Character.isUpperCase(w.codePointAt(0))
          || LOWER_CASE_AGENCIES.contains(w)) {
        return p;
      }
      String bare = w.endsWith("'") || w.endsWith("’") ? w.substring(0, w.length() - 1) : w;
      if (skipped >= MAX_SKIPPED || !SKIPPABLE.contains(bare)) return -1;
      p = e;
    }
  }

  private static NameSpans.Span spanAt(String t, int p, int limit) {
    for (String a : LOWER_CASE_AGENCIES) {
      if (t.startsWith(a, p)
          && (p + a.length() == limit || !Character.isLetterOrDigit(t.charAt(p + a.length())))) {
        return new NameSpans.Span(a, p, p + a.length());
      }
    }
    int to = Math.min(limit, p + NAME_REACH);
    int nl = t.indexOf('\n', p);
    if (nl >= 0 && nl < to) to = nl;
    List<NameSpans.Span> spans = NameSpans.find(t, p, to);
    return !spans.isEmpty() && spans.get(0).start() == p ? spans.get(0) : null;
  }

  private static NameSpans.Span trimDemonyms(NameSpans.Span s) {
    String name = s.name();
    while (name.contains(" ")) {
      int sp = name.lastIndexOf(' ');
      if (!DEMONYMS.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT))) break;
      name = name.substring(0, sp);
    }
    return new NameSpans.Span(name, s.start(), s.start() + name.length());
  }

  private static boolean isPersonLike(String t, NameSpans.Span s, Set<String> personTokens) {
    if (NameSpans.isPersonName(s.name())) return true;
    if (!s.name().contains(" ") && personTokens.contains(s.name())) return true;
    return HONORIFIC_BEFORE.matcher(t.substring(Math.max(0, s.start() - 8), s.start())).find();
  }

  private static Hit linkHit(Link link, String site) {
    String url = link.url();
    if (url == null) return null;
    URI u;
    try {
      u = new URI(url.strip());
    } catch (Exception e) {
      return null;
    }
    String scheme = u.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return null;
    }
    String host = Domains.host(url);
    String domain = Domains.registered(host);
    if (domain == null || domain.equals(site) || SOCIAL.contains(domain)) return null;
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    String query = u.getRawQuery() == null ? "" : u.getRawQuery();
    if (SHARE_PATH.matcher(path).find() || SHARE_PATH.matcher(query).find()) return null;
    String trimmed = path.replaceAll("/+$", "");
    if (NON_ARTICLE_PATH.matcher(trimmed).find()) return null;
    String label =
        domain.substring(0, domain.indexOf('.') < 0 ? domain.length() : domain.indexOf('.'));
    String anchor = link.text() == null ? "" : link.text().strip();
    String name = !anchor.isEmpty() && alnum(anchor).equals(alnum(label)) ? anchor : domain;
    return new Hit(name, url.strip(), Kind.LINK, link.start(), link.end());
  }

  private static int anchoredOn(List<Hit> hits, Link link) {
    if (link.start() < 0 || link.end() <= link.start()) return -1;
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      if (h.kind != Kind.LINK && link.start() < h.end && h.start < link.end()) return k;
    }
    return -1;
  }

  private static String key(Hit h) {
    String n = h.name.toLowerCase(Locale.ROOT);
    if (h.kind == Kind.LINK
        && n.equals(h.url == null ? null : Domains.registered(Domains.host(h.url)))) {
      n = n.indexOf('.') > 0 ? n.substring(0, n.indexOf('.')) : n;
    }
    n = n.replaceFirst("^(?:the|le|la|les|il|lo|der|die|das|el|los|las|o|a)\\s+", "");
    return alnum(n);
  }

  private static String alnum(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
