package dev.argus.core.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.JsonLd;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a page's metadata. It never changes the document it is given, and it walks the document
 * once ({@link PageScan}); the finders work on what that walk collected.
 */
public final class MetadataExtractor {

  private MetadataExtractor() {}

  public static Metadata extract(Document doc, String url, JsonLd jsonLd) {
    PageScan scan = PageScan.of(doc);
    Ld ld = new Ld(jsonLd);
    String base = doc.location() == null || doc.location().isEmpty() ? url : doc.location();
    String host = host(url != null && !url.isEmpty() ? url : base);

    String siteName = siteName(scan, ld);
    String pageUrl = url != null && !url.isEmpty() ? url : base;
    List<TitleFinder.Heading> headings = headings(scan, pageUrl);
    String title =
        TitleFinder.find(
            scan.meta("og:title"),
            ld.text("headline"),
            scan.meta("twitter:title"),
            scan.titleTag,
            headings,
            siteName != null ? siteName : homeHeading(scan, pageUrl),
            host);
    if (title != null) title = stripLeadingDate(title);
    scan.markTitle(title);
    String language =
        Languages.first(
            scan.htmlLang,
            scan.meta("content-language"),
            scan.meta("language"),
            scan.meta("dc.language"),
            scan.meta("og:locale"),
            ld.text("inLanguage"));
    List<String> authors = AuthorFinder.find(scan, ld, siteName, host);
    DateFinder.Result dates = DateFinder.find(scan, ld, url, language, zone(host, scan, language));
    String canonical = scan.canonical != null ? scan.canonical : scan.metaUrl("og:url");
    String description =
        Texts.first(
            scan.meta("og:description"),
            scan.meta("description"),
            scan.meta("twitter:description"),
            ld.text("description"));
    String image = scan.metaUrl("og:image");
    if (image == null) image = scan.metaUrl("og:image:url");
    if (image == null) image = scan.metaUrl("twitter:image");
    if (image == null) image = scan.metaUrl("twitter:image:src");
    if (image == null) {
      for (JsonNode a : ld.articles) {
        String u = ld.url(a.get("image"));
        if (u != null) {
          image = absolute(base, u);
          break;
        }
      }
    }
    return new Metadata(
        title,
        authors,
        dates.published(),
        dates.modified(),
        language,
        siteName,
        canonical,
        description,
        image);
  }

  private static final Pattern NOT_TITLE =
      Pattern.compile(
          "(?i)site-?title|site-?name|logo|brand|screen-reader|sr-only|visually-?hidden|hidden|"
              + "invisible|aural|offscreen|skip");
  private static final Pattern INNER_TITLE = Pattern.compile("(?i)title|headline");

  /**
   * Classes of a heading's companion line: a kicker above the title, or a line named as a title
   * with a place before or after it ("toptitle", "subheadline", "flytitle"). Such a line is never
   * the title proper, though its class names a title.
   */
  private static final Pattern KICKER =
      Pattern.compile(
          "(?i)kicker|dachzeile|overline|topline|eyebrow|supertitle|roofline|rubric|"
              + "(?:top|over|sub|pre|fly|up)[-_]?(?:title|headline|heading)");

  /** Main headings first (h1, then elements classed as titles), then h2/h3 for matching only. */
  static List<TitleFinder.Heading> headings(PageScan scan, String pageUrl) {
    List<TitleFinder.Heading> out = new ArrayList<>();
    for (PageScan.Hit h : scan.h1) {
      if (h.boilerplate() || NOT_TITLE.matcher(h.element().className()).find()) continue;
      if (isHomeLink(h.element(), pageUrl)) continue;
      addHeading(h.element(), true, true, out);
      // The parts of a heading made of a kicker line and a title line, for matching.
      if (h.element().childrenSize() > 1 && h.element().childrenSize() <= 4) {
        for (Element c : h.element().children()) {
          String ct = Texts.clean(c.text());
          if (ct != null && ct.length() > 3) out.add(TitleFinder.Heading.partOf(ct));
        }
      }
    }
    for (PageScan.Hit h : scan.subheadings) {
      Element e = h.element();
      if (h.boilerplate() || !PageScan.isTitleClass(e.className())) continue;
      // A kicker or subtitle line classed as one is no main heading, though its class says title.
      if (KICKER.matcher(e.className()).find()) continue;
      addHeading(e, true, false, out);
    }
    for (PageScan.Hit h : scan.subheadings) {
      if (h.boilerplate()) continue;
      String t = headline(h.element());
      if (t != null) out.add(new TitleFinder.Heading(t, false));
    }
    // Last, for matching only: an h1 in a zone read as boilerplate (a breadcrumb trail's last
    // item, a theme's widget layout). The h1 is the page's own main heading, and when it equals a
    // declared title it tells which one the page shows; teasers carry no h1.
    for (PageScan.Hit h : scan.h1) {
      if (!h.boilerplate()) continue;
      String t = headline(h.element());
      if (t != null) out.add(new TitleFinder.Heading(t, false));
    }
    return out;
  }

  /**
   * The text of an h1 that is a link to the site's home page, as blog themes set the blog's name
   * above every post ("Site » Blog Archive » Post" in the title tag): the site's name, not the
   * page's title. Null when the page has no such h1.
   */
  static String homeHeading(PageScan scan, String pageUrl) {
    for (PageScan.Hit h : scan.h1) {
      if (isHomeLink(h.element(), pageUrl)) return Texts.clean(h.element().text());
    }
    return null;
  }

  /** A web archive's prefix before the archived address ("https://web.archive.org/web/2014/"). */
  private static final Pattern ARCHIVE_PREFIX =
      Pattern.compile("^https?://web\\.archive\\.org/web/[^/]+/", Pattern.CASE_INSENSITIVE);

  private static final Pattern HOME_PATH =
      Pattern.compile("(?i)/?(?:index\\.(?:html?|php|aspx?))?");

  /**
   * Whether all of a heading's text is one link to the home page of the page's own site: the link's
   * rel says "home", or it points to the root of the page's host.
   */
  static boolean isHomeLink(Element h, String pageUrl) {
    Element a = h.selectFirst("a[href]");
    if (a == null) return false;
    String key = Texts.key(h.text());
    if (key.isEmpty() || !key.equals(Texts.key(a.text()))) return false;
    if (a.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("home")) return true;
    String href = a.absUrl("href");
    if (href.isEmpty()) href = a.attr("href").strip();
    if (href.equals("/")) return true;
    try {
      URI link = URI.create(ARCHIVE_PREFIX.matcher(href).replaceFirst("").replace(" ", "%20"));
      String linkHost = link.getHost();
      String path = link.getRawPath() == null ? "" : link.getRawPath();
      if (linkHost == null || link.getRawQuery() != null || !HOME_PATH.matcher(path).matches()) {
        return false;
      }
      if (pageUrl == null) return false;
      String pageHost =
          URI.create(ARCHIVE_PREFIX.matcher(pageUrl.strip()).replaceFirst("").replace(" ", "%20"))
              .getHost();
      return pageHost != null && bareHost(pageHost).equals(bareHost(linkHost));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String bareHost(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /**
   * Adds a heading's title line. A kicker set apart from it (its own line, a small or block
   * element, a kicker class) is left out; a kicker only set in another type is offered both ways.
   */
  private static void addHeading(
      Element h, boolean primary, boolean h1, List<TitleFinder.Heading> out) {
    h = withoutRubyText(h);
    String t = headline(h);
    if (t == null) return;
    Element core = titleCore(h);
    Lines lines = lines(core);
    if (lines != null && lines.rest != null) {
      String rest = stripLeadingDate(lines.rest);
      out.add(new TitleFinder.Heading(rest, primary, h1));
      if (!lines.setApart) out.add(new TitleFinder.Heading(stripLeadingDate(t), false, false));
      return;
    }
    out.add(new TitleFinder.Heading(stripLeadingDate(t), primary, h1));
  }

  private static final Pattern LEADING_DATE =
      Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})\\s*[-–—|:]\\s+(?=\\S{2})");

  /** "23.01.2022 - Headline" gives "Headline": a date is not part of a title. */
  static String stripLeadingDate(String t) {
    return LEADING_DATE.matcher(t).replaceFirst("");
  }

  private static final Pattern KICKERISH =
      Pattern.compile(
          "(?i)kicker|dachzeile|overline|topline|eyebrow|supertitle|roofline|rubric|topic|label|"
              + "sub|small|categ|pre-?title|flag|tag|intro");

  /** A heading split into a leading kicker and the rest; null when it has no kicker. */
  record Lines(String rest, boolean setApart) {}

  private static final Pattern DATE_START = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}");

  static Lines lines(Element h) {
    if (h.childrenSize() == 0 || h.childrenSize() > 8) return null;
    String tail = trailingLine(h);
    if (tail != null) return new Lines(tail, true);
    List<org.jsoup.nodes.Node> nodes = h.childNodes();
    int i = 0;
    while (i < nodes.size()
        && nodes.get(i) instanceof org.jsoup.nodes.TextNode tn
        && tn.isBlank()) {
      i++;
    }
    if (i >= nodes.size() || !(nodes.get(i) instanceof Element k)) return null;
    String kt = Texts.clean(k.text());
    // A ruby element is a word with its reading, never a kicker.
    if (kt == null || k.nameIs("a") || k.nameIs("img") || k.nameIs("br") || k.nameIs("ruby")) {
      return null;
    }
    String full = Texts.clean(h.text());
    if (full == null || !full.startsWith(kt)) return null;
    String rest = full.substring(kt.length()).replaceFirst("^[\\s:|–—-]+", "");
    // Drop a trailing line set apart with a line break (a date or category line).
    int br = -1;
    for (int j = i + 1; j < nodes.size(); j++) {
      if (nodes.get(j) instanceof Element e && e.nameIs("br")) {
        boolean textBefore = false;
        for (int x = i + 1; x < j; x++) {
          if (!(nodes.get(x) instanceof org.jsoup.nodes.TextNode tn && tn.isBlank())
              && !(nodes.get(x) instanceof Element be && be.nameIs("br"))) {
            textBefore = true;
          }
        }
        if (textBefore) {
          br = j;
          break;
        }
      }
    }
    if (br > 0) {
      StringBuilder b = new StringBuilder();
      for (int x = i + 1; x < br; x++) {
        org.jsoup.nodes.Node n = nodes.get(x);
        b.append(n instanceof Element e ? e.text() : ((org.jsoup.nodes.TextNode) n).text());
      }
      String r = Texts.clean(b.toString());
      if (r != null) rest = r.replaceFirst("^[\\s:|–—-]+", "");
    }
    if (rest.length() < 4 || rest.length() < kt.length()) return null;
    boolean brAfter = false;
    for (int j = i + 1; j < nodes.size(); j++) {
      org.jsoup.nodes.Node n = nodes.get(j);
      if (n instanceof org.jsoup.nodes.TextNode tn && tn.isBlank()) continue;
      brAfter = n instanceof Element e && e.nameIs("br");
      break;
    }
    boolean setApart =
        brAfter
            || k.nameIs("small")
            || k.nameIs("div")
            || k.nameIs("p")
            || KICKERISH.matcher(k.className()).find();
    return new Lines(rest, setApart);
  }

  /**
   * A heading that starts with its own text and ends with a small date or category line after a
   * line break: the text before the break.
   */
  private static String trailingLine(Element h) {
    List<org.jsoup.nodes.Node> nodes = h.childNodes();
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      org.jsoup.nodes.Node n = nodes.get(i);
      if (n instanceof Element e && e.nameIs("br")) {
        String b = Texts.clean(before.toString());
        if (b == null || !(nodes.get(0) instanceof org.jsoup.nodes.TextNode)) return null;
        StringBuilder after = new StringBuilder();
        boolean small = false;
        for (int j = i + 1; j < nodes.size(); j++) {
          org.jsoup.nodes.Node m = nodes.get(j);
          if (m instanceof Element se) {
            small |= se.nameIs("small") || se.nameIs("time");
            after.append(se.text()).append(' ');
          } else if (m instanceof org.jsoup.nodes.TextNode tn) {
            after.append(tn.text());
          }
        }
        String a = Texts.clean(after.toString());
        if (a == null) return null;
        return small || DATE_START.matcher(a).find() ? b : null;
      }
      before.append(
          n instanceof Element e
              ? e.text()
              : n instanceof org.jsoup.nodes.TextNode t ? t.text() : "");
    }
    return null;
  }

  /** The element within a heading that its class names as the title proper, or the heading. */
  private static Element titleCore(Element h) {
    for (int depth = 0; depth < 2 && h.childrenSize() > 0; depth++) {
      Element found = null;
      for (Element d : h.getAllElements()) {
        if (d == h) continue;
        String cls = d.className();
        if (!cls.isEmpty()
            && INNER_TITLE.matcher(cls).find()
            && !KICKER.matcher(cls).find()
            && d.text().length() > 3) {
          found = d;
          break;
        }
      }
      if (found == null) break;
      h = found;
    }
    return h;
  }

  /**
   * The heading without its ruby annotations: the small readings set above Japanese or Chinese
   * characters ({@code <rt>}, with {@code <rp>} fallbacks) are no part of the title's text. A copy,
   * as the document is never changed.
   */
  static Element withoutRubyText(Element h) {
    if (h.selectFirst(RUBY_TEXT) == null) return h;
    Element copy = h.clone();
    copy.select(RUBY_TEXT).remove();
    return copy;
  }

  /**
   * {@code rt, rp}, parsed once: this runs on every heading, and parsing the query each time cost
   * more than the search. Tag evaluators hold no state, so one instance serves every thread.
   */
  private static final Evaluator RUBY_TEXT = QueryParser.parse("rt, rp");

  /** A heading's text without a kicker line or hidden helper text. */
  static String headline(Element h) {
    h = withoutRubyText(h);
    String text = h.text();
    if (text.length() > 400) return null;
    if (h.childrenSize() > 0) {
      String kicker = null;
      for (Element d : h.getAllElements()) {
        if (d == h) continue;
        String cls = d.className();
        if (cls.isEmpty()) continue;
        if (INNER_TITLE.matcher(cls).find()
            && !KICKER.matcher(cls).find()
            && d.text().length() > 3) {
          return headline(d);
        }
        if (kicker == null && KICKER.matcher(cls).find()) kicker = d.text();
      }
      if (kicker != null && !kicker.isBlank() && text.startsWith(kicker)) {
        text = text.substring(kicker.length()).replaceFirst("^[\\s:|–—-]+", "");
      }
    }
    return Texts.clean(text);
  }

  private static String siteName(PageScan scan, Ld ld) {
    // The page's title as declared; of the title tag only its head, as "Title | Site" may well
    // be the whole of a site name that repeats the title.
    List<String> titles = new ArrayList<>();
    String tag = Texts.clean(scan.titleTag);
    String tagTail = TitleFinder.lastPart(tag);
    String tagHead = tagTail == null ? tag : tag.substring(0, tag.length() - tagTail.length());
    for (String t : new String[] {scan.meta("og:title"), scan.meta("twitter:title"), tagHead}) {
      String k = Texts.key(t);
      if (!k.isEmpty()) titles.add(k);
    }
    String s = siteOnly(Texts.first(scan.meta("og:site_name")), titles);
    if (s != null) return s;
    for (JsonNode a : ld.articles) {
      String p = siteOnly(Texts.clean(ld.name(a.get("publisher"))), titles);
      if (p != null) return p;
    }
    for (JsonNode o : ld.objects) {
      for (String t : JsonLd.types(o)) {
        if (t.equalsIgnoreCase("WebSite")) {
          String n = siteOnly(Texts.clean(JsonLd.text(o, "name")), titles);
          if (n != null) return n;
        }
      }
    }
    for (String k : new String[] {"application-name", "apple-mobile-web-app-title"}) {
      String n = siteOnly(Texts.clean(scan.meta(k)), titles);
      if (n != null) return n;
    }
    return null;
  }

  /**
   * A declared site name, unless the page's templates filled it with the page's title: alone
   * ("application-name" = the title) it is no site name; followed by a separator and the site
   * ("Title | Site") only the last part is.
   */
  static String siteOnly(String name, List<String> titleKeys) {
    if (name == null) return null;
    String key = Texts.key(name);
    if (titleKeys.contains(key)) return null;
    String tail = TitleFinder.lastPart(name);
    if (tail == null) return name;
    String head = name.substring(0, name.length() - tail.length());
    String headKey = Texts.key(head);
    for (String t : titleKeys) {
      if (headKey.length() >= 8 && t.startsWith(headKey)) return Texts.clean(tail);
    }
    return name;
  }

  /** The page's own time zone, from its host and language tags (regions count: "en-GB"). */
  private static java.time.ZoneId zone(String host, PageScan scan, String language) {
    for (String tag :
        new String[] {scan.htmlLang, scan.meta("content-language"), scan.meta("og:locale")}) {
      String t = Texts.clean(tag);
      if (t != null && t.length() >= 5) {
        java.time.ZoneId z = Dates.zoneOf(host, t);
        if (z != null) return z;
      }
    }
    return Dates.zoneOf(host, language);
  }

  static String host(String url) {
    if (url == null || url.isEmpty()) return null;
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      return h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String absolute(String base, String u) {
    if (base == null || base.isEmpty()) return u;
    String abs = StringUtil.resolve(base, u);
    return abs.isEmpty() ? u : abs;
  }
}
