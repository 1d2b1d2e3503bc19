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
    List<TitleFinder.Heading> headings = headings(scan);
    String title =
        TitleFinder.find(
            scan.meta("og:title"),
            ld.text("headline"),
            scan.meta("twitter:title"),
            scan.titleTag,
            headings,
            siteName,
            host);
    String language =
        Languages.first(
            scan.htmlLang,
            scan.meta("content-language"),
            scan.meta("language"),
            scan.meta("dc.language"),
            scan.meta("og:locale"),
            ld.text("inLanguage"));
    List<String> authors = AuthorFinder.find(scan, ld, siteName, host);
    DateFinder.Result dates = DateFinder.find(scan, ld, url, language);
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
              + "invisible|aural|offscreen");
  private static final Pattern INNER_TITLE = Pattern.compile("(?i)title|headline");
  private static final Pattern KICKER =
      Pattern.compile("(?i)kicker|dachzeile|overline|topline|eyebrow|supertitle|roofline|rubric");

  /** Main headings first (h1, then elements classed as titles), then h2/h3 for matching only. */
  static List<TitleFinder.Heading> headings(PageScan scan) {
    List<TitleFinder.Heading> out = new ArrayList<>();
    for (PageScan.Hit h : scan.h1) {
      if (h.boilerplate() || NOT_TITLE.matcher(h.element().className()).find()) continue;
      String t = headline(h.element());
      if (t != null) out.add(new TitleFinder.Heading(t, true));
      // The parts of a heading made of a kicker line and a title line, for matching.
      if (h.element().childrenSize() > 1 && h.element().childrenSize() <= 4) {
        for (Element c : h.element().children()) {
          String ct = Texts.clean(c.text());
          if (ct != null && ct.length() > 3) out.add(new TitleFinder.Heading(ct, false));
        }
      }
    }
    for (PageScan.Hit h : scan.subheadings) {
      Element e = h.element();
      if (h.boilerplate() || !PageScan.TITLE_CLASS.matcher(e.className()).find()) continue;
      String t = headline(e);
      if (t != null) out.add(new TitleFinder.Heading(t, true));
    }
    for (PageScan.Hit h : scan.subheadings) {
      if (h.boilerplate()) continue;
      String t = headline(h.element());
      if (t != null) out.add(new TitleFinder.Heading(t, false));
    }
    return out;
  }

  /** A heading's text without a kicker line or hidden helper text. */
  static String headline(Element h) {
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
          return Texts.clean(d.text());
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
    String s = Texts.first(scan.meta("og:site_name"));
    if (s != null) return s;
    for (JsonNode a : ld.articles) {
      String p = Texts.clean(ld.name(a.get("publisher")));
      if (p != null) return p;
    }
    for (JsonNode o : ld.objects) {
      for (String t : JsonLd.types(o)) {
        if (t.equalsIgnoreCase("WebSite")) {
          String n = Texts.clean(JsonLd.text(o, "name"));
          if (n != null) return n;
        }
      }
    }
    return Texts.first(scan.meta("application-name"), scan.meta("apple-mobile-web-app-title"));
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
