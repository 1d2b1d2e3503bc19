package dev.argus.core.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One read-only walk over the document that gathers everything the metadata finders need: head meta
 * tags by key, links, headings, time elements, microdata, byline-like elements and a bounded
 * stretch of visible text. The finders then work on these small lists instead of selecting over the
 * whole document again.
 */
final class PageScan {

  /** A candidate element with its position in document order and whether it sits in boilerplate. */
  record Hit(Element element, int order, boolean boilerplate, int textPos) {

    Hit(Element element, int order, boolean boilerplate) {
      this(element, order, boilerplate, -1);
    }
  }

  private static final int MAX_HITS = 40;
  private static final int MAX_TEXT = 120_000;

  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)(?:^|\\s)(?:comment|sidebar|widget|related|footer|recent|popular|breadcrumb|"
              + "share|social|newsletter|cookie|respond|reply)");

  /** Zones that are boilerplate on a page but hold the byline and date inside an article. */
  private static final Pattern ARTICLE_FURNITURE =
      Pattern.compile("(?i)(?:^|\\s)(?:sidebar|footer)");

  private static final Pattern MAIN_WIDGET =
      Pattern.compile("(?:^|\\s)(?:Blog|main|post)(?:\\s|$)");
  private static final Pattern ENTRY_FOOTER = Pattern.compile("(?i)entry|post|article|meta|byline");
  private static final Pattern AUTHORISH = Pattern.compile("(?i)author|byline|writer|autor|auteur");
  private static final Pattern DATEISH =
      Pattern.compile("(?i)date|time|publish|posted|datum|fecha|meta|byline|entry-info|dateline");

  static final Pattern TITLE_CLASS =
      Pattern.compile("(?i)(?:entry|post|article|page|story|news)[-_]?(?:title|headline)|headline");

  /** Meta tags by lower-cased name / property / itemprop / http-equiv; the first value wins. */
  final Map<String, Element> meta = new HashMap<>();

  /** All values of author-like meta tags, in page order. */
  final List<String> metaAuthors = new ArrayList<>();

  String canonical;
  String titleTag;
  String htmlLang;
  final List<Hit> h1 = new ArrayList<>();

  /** h2 and h3 headings, and other elements whose class names them a title. */
  final List<Hit> subheadings = new ArrayList<>();

  final List<Hit> times = new ArrayList<>();
  final List<Hit> itemprops = new ArrayList<>();
  final List<Hit> authorish = new ArrayList<>();
  final List<Hit> dateish = new ArrayList<>();

  /** Visible body text (boilerplate zones left out), capped; block ends become newlines. */
  final StringBuilder text = new StringBuilder(8192);

  /** Offset into {@link #text} where the first h1 starts, or -1. */
  int h1TextPos = -1;

  /** Offset into {@link #text} where the first article/main element starts, or -1. */
  int articleTextPos = -1;

  /**
   * Offset into {@link #text} of the heading that carries the chosen title, or -1; set by the
   * extractor once the title is known, and the anchor for bylines and dates written in the text.
   */
  int titleTextPos = -1;

  private int order;
  private int articleDepth = -1;
  private int boilerDepth = -1;
  private int depth;

  static PageScan of(Document doc) {
    PageScan s = new PageScan();
    Element html = doc.selectFirst("html");
    if (html != null) s.htmlLang = html.attr("lang");
    if (s.htmlLang == null || s.htmlLang.isBlank()) {
      if (html != null) s.htmlLang = html.attr("xml:lang");
    }
    doc.filter(s.new Walker());
    return s;
  }

  /** Where the article starts in {@link #text}: the title's heading, the first h1, or -1. */
  int anchor() {
    if (titleTextPos >= 0) return titleTextPos;
    return h1TextPos >= 0 ? h1TextPos : articleTextPos;
  }

  /** Records where the heading that reads as the title sits in the text. */
  void markTitle(String title) {
    String key = Texts.key(title);
    if (key.length() < 4) return;
    for (List<Hit> hits : List.of(h1, subheadings)) {
      for (Hit h : hits) {
        if (h.boilerplate() || h.textPos() < 0) continue;
        String hk = Texts.key(h.element().text());
        if (hk.contains(key) && hk.length() <= 2 * key.length() + 10) {
          titleTextPos = h.textPos();
          return;
        }
      }
    }
  }

  String meta(String key) {
    Element e = meta.get(key);
    if (e == null) return null;
    String c = e.attr("content").trim();
    return c.isEmpty() ? null : c;
  }

  /** The meta value made absolute against the document's location. */
  String metaUrl(String key) {
    Element e = meta.get(key);
    if (e == null) return null;
    String abs = e.absUrl("content");
    if (abs.isEmpty()) abs = e.attr("content").trim();
    return abs.isEmpty() ? null : abs;
  }

  private final class Walker implements NodeFilter {
    @Override
    public FilterResult head(Node node, int d) {
      depth = d;
      if (node instanceof TextNode t) {
        if (boilerDepth < 0
            && text.length() < MAX_TEXT
            && !(t.parent() instanceof Element p && p.nameIs("title"))) {
          String w = t.getWholeText();
          if (!t.isBlank()) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append(' ');
            text.append(w.strip());
          }
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) return FilterResult.CONTINUE;
      String tag = e.normalName();
      switch (tag) {
        case "script", "style", "noscript", "template", "svg", "iframe", "select", "button" -> {
          return FilterResult.SKIP_ENTIRELY;
        }
        case "meta" -> {
          readMeta(e);
          return FilterResult.CONTINUE;
        }
        case "link" -> {
          if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
            String href = e.absUrl("href");
            if (!href.isEmpty()) canonical = href;
          }
          return FilterResult.CONTINUE;
        }
        case "title" -> {
          if (titleTag == null && (e.parent() == null || !e.parent().nameIs("svg"))) {
            titleTag = e.text();
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        default -> {}
      }
      order++;
      if (e.isBlock() && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
        if (text.length() < MAX_TEXT) text.append('\n');
      }
      boolean boiler = boilerDepth >= 0;
      if (articleDepth < 0 && tag.equals("article")) articleDepth = d;
      if (!boiler && isBoilerplate(e, tag, articleDepth >= 0)) {
        boilerDepth = d;
        boiler = true;
      }
      if (tag.equals("h1")) {
        if (h1.size() < 8) h1.add(new Hit(e, order, boiler, text.length()));
        if (h1TextPos < 0 && !boiler) h1TextPos = text.length();
      } else if (tag.equals("h2")
          || tag.equals("h3")
          || (!e.className().isEmpty() && TITLE_CLASS.matcher(e.className()).find())) {
        if (subheadings.size() < 30) subheadings.add(new Hit(e, order, boiler, text.length()));
      } else if (tag.equals("time")) {
        if (times.size() < MAX_HITS) times.add(new Hit(e, order, boiler));
      } else if ((tag.equals("article") || tag.equals("main")) && articleTextPos < 0) {
        articleTextPos = text.length();
      }
      if (e.hasAttr("itemprop") && itemprops.size() < MAX_HITS) {
        itemprops.add(new Hit(e, order, boiler));
      }
      String cls = e.className();
      String id = e.id();
      String rel = e.attr("rel");
      if ((tag.equals("a")
              && (rel.toLowerCase(Locale.ROOT).contains("author")
                  || e.attr("href").contains("/author/")))
          || (!cls.isEmpty() && AUTHORISH.matcher(cls).find())
          || (!id.isEmpty() && AUTHORISH.matcher(id).find())) {
        if (authorish.size() < MAX_HITS) authorish.add(new Hit(e, order, boiler));
      }
      if (((!cls.isEmpty() && DATEISH.matcher(cls).find())
              || (!id.isEmpty() && DATEISH.matcher(id).find()))
          && dateish.size() < MAX_HITS) {
        dateish.add(new Hit(e, order, boiler));
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int d) {
      if (node instanceof Element e) {
        if (boilerDepth == d) boilerDepth = -1;
        if (articleDepth == d) articleDepth = -1;
        if (e.isBlock() && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
          if (text.length() < MAX_TEXT) text.append('\n');
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  private static boolean isBoilerplate(Element e, String tag, boolean inArticle) {
    switch (tag) {
      case "aside", "nav", "form" -> {
        return true;
      }
      case "footer" -> {
        // Themes put the byline and date into the article's own footer.
        return !ENTRY_FOOTER.matcher(e.className()).find();
      }
      case "html", "body", "head", "article", "main" -> {
        return false;
      }
      default -> {}
    }
    String cls = e.className();
    if (!cls.isEmpty() && BOILERPLATE.matcher(cls).find()) {
      // Blogger puts the posts themselves into a widget named "Blog".
      if (MAIN_WIDGET.matcher(cls).find()) return false;
      // Inside an article, a "footer" or "sidebar" zone holds the article's own byline and date.
      return !(inArticle && isArticleFurniture(cls));
    }
    String id = e.id();
    return !id.isEmpty() && BOILERPLATE.matcher(id).find();
  }

  private static boolean isArticleFurniture(String cls) {
    if (!ARTICLE_FURNITURE.matcher(cls).find()) return false;
    // Only when nothing else in the class names marks it as boilerplate.
    return !BOILERPLATE.matcher(ARTICLE_FURNITURE.matcher(cls).replaceAll(" ")).find();
  }

  private void readMeta(Element e) {
    String content = e.attr("content");
    if (content.isBlank()) return;
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      String k = e.attr(attr);
      if (k.isEmpty()) continue;
      String key = k.trim().toLowerCase(Locale.ROOT);
      meta.putIfAbsent(key, e);
      if (isAuthorKey(key)) metaAuthors.add(content.trim());
    }
  }

  private static boolean isAuthorKey(String key) {
    return switch (key) {
      case "author",
          "article:author",
          "og:article:author",
          "article:author_name",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "byl",
          "citation_author",
          "cxenseparse:author",
          "twitter:data1:author" ->
          true;
      default -> false;
    };
  }
}
