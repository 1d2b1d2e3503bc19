package dev.argus.core.extract.meta;

import dev.argus.core.extract.BaseUrl;
import dev.argus.core.extract.Needles;
import dev.argus.core.text.WordPatterns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
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

  /** The most visible text a scan keeps: enough for a credit line below a long article. */
  static final int MAX_TEXT = 60_000;

  static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)(?:^|\\s)(?:comment|sidebar|widget|related|footer|recent|popular|breadcrumb|"
              + "share|social|newsletter|cookie|respond|reply)");

  /** The words of {@link #BOILERPLATE}, for a fast test of the class names of every element. */
  private static final String[] BOILERPLATE_WORDS = {
    "comment",
    "sidebar",
    "widget",
    "related",
    "footer",
    "recent",
    "popular",
    "breadcrumb",
    "share",
    "social",
    "newsletter",
    "cookie",
    "respond",
    "reply"
  };

  /** Zones that are boilerplate on a page but hold the byline and date inside an article. */
  private static final Pattern ARTICLE_FURNITURE =
      Pattern.compile("(?i)(?:^|\\s)(?:sidebar|footer)");

  private static final Pattern MAIN_WIDGET =
      Pattern.compile("(?:^|\\s)(?:Blog|main|post)(?:\\s|$)");
  private static final Pattern ENTRY_FOOTER = Pattern.compile("(?i)entry|post|article|meta|byline");

  /** Class or id words of byline elements (matched anywhere, ASCII case ignored). */
  static final String[] AUTHORISH = {
    "author", "byline", "writer", "written", "wrote", "autor", "auteur", "contributor", "verfasser"
  };

  /** Class or id words of date elements (matched anywhere, ASCII case ignored). */
  static final String[] DATEISH = {
    "date", "time", "publish", "posted", "datum", "fecha", "meta", "byline", "entry-info"
  };

  /** Class names of headings that carry a title; found through {@link #WORDS}, and in tests. */
  static final Pattern TITLE_CLASS =
      Pattern.compile("(?i)(?:entry|post|article|page|story|news)[-_]?(?:title|headline)|headline");

  private static final String[] TITLE_PREFIXES = {
    "entry", "post", "article", "page", "story", "news"
  };

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

  /** Paragraphs outside boilerplate that end their block: where a writer signs off. */
  final List<Hit> closingParagraphs = new ArrayList<>();

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

  /**
   * Records where the heading that reads as the title sits in the text; on a page without headings
   * or article elements (a table layout that sets its title in large bold type), where the title's
   * own words first stand in the text, when they are long enough not to stand there by chance.
   */
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
    if (anchor() < 0 && title.length() >= TITLE_IN_TEXT) titleTextPos = text.indexOf(title);
  }

  /** The shortest title looked for in the text itself. */
  static final int TITLE_IN_TEXT = 20;

  /**
   * The last copyright line of the page, footers included ("© 2024 Jane Roe"), cut to 120
   * characters; null when it has none. The last one is the site's own: those above it are credits
   * of pictures and quotes. On a personal site it names the one who writes the pages.
   */
  String copyright;

  private void copyright(TextNode t) {
    String w = t.getWholeText();
    if (w.length() > 400) return;
    int i = w.indexOf('©');
    if (i < 0) i = w.indexOf("(c)");
    if (i < 0) i = w.indexOf("(C)");
    if (i < 0) i = w.indexOf("opyright");
    if (i < 0) i = w.indexOf("OPYRIGHT");
    if (i < 0 || inPictureCredit(t)) return;
    // The sign may end one text node and the holder begin the next ("©<a>Jane Roe</a>"). A few
    // characters before the sign stay, for a credit word ("Foto ©").
    String line = w.substring(Math.max(0, i - 12)).strip();
    if (line.length() < 24 && t.parent() != null) line = t.parent().text();
    copyright = line.length() > 120 ? line.substring(0, 120) : line;
  }

  private static final Pattern PICTURE =
      Pattern.compile("(?i)image|img|photo|foto|picture|bild|caption|legend|credit|media|figure");

  /** Whether a text node stands in a figure or an element classed as a picture's caption. */
  private static boolean inPictureCredit(TextNode t) {
    Element e = t.parent();
    for (int up = 0; up < 3 && e != null; up++, e = e.parent()) {
      if (e.nameIs("figure") || e.nameIs("figcaption")) return true;
      if (e.attributesSize() > 0 && PICTURE.matcher(e.className()).find()) return true;
    }
    return false;
  }

  private String lower;

  /** Resolves the page's addresses (canonical link, meta URLs), parsing its base once. */
  private final BaseUrl urls = new BaseUrl();

  /**
   * {@link #text} lower-cased char by char, so that its offsets are those of the text (a locale's
   * lower case may change the length); made once, for the searches of several finders.
   */
  String lower() {
    if (lower == null) {
      char[] c = new char[text.length()];
      text.getChars(0, c.length, c, 0);
      for (int i = 0; i < c.length; i++) {
        char ch = c[i];
        // ASCII is lowered without the Unicode table.
        c[i] = ch < 0x80 ? WordPatterns.foldAsciiCase(ch) : Character.toLowerCase(ch);
      }
      lower = new String(c);
    }
    return lower;
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
    String abs = urls.absUrl(e, "content");
    if (abs.isEmpty()) abs = e.attr("content").trim();
    return abs.isEmpty() ? null : abs;
  }

  private final class Walker implements NodeFilter {
    @Override
    public FilterResult head(Node node, int d) {
      depth = d;
      if (node instanceof TextNode t) {
        copyright(t);
        if (boilerDepth < 0
            && text.length() < MAX_TEXT
            && !(t.parent() instanceof Element p && p.nameIs("title"))) {
          if (!t.isBlank()) {
            String w = t.getWholeText();
            // What w.strip() would append, without the copy.
            int from = 0;
            int to = w.length();
            while (from < to && Character.isWhitespace(w.charAt(from))) from++;
            while (to > from && Character.isWhitespace(w.charAt(to - 1))) to--;
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append(' ');
            text.append(w, from, to);
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
            String href = urls.absUrl(e, "href");
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
      // A line break ends a line as a block does: old table layouts set the byline below the
      // title with a <br>.
      if ((e.isBlock() || tag.equals("br"))
          && !text.isEmpty()
          && text.charAt(text.length() - 1) != '\n') {
        if (text.length() < MAX_TEXT) text.append('\n');
      }
      boolean boiler = boilerDepth >= 0;
      // Most elements have no attributes at all: no class, id, itemprop, rel or href to read.
      boolean attrs = e.attributesSize() > 0;
      // Keys as the parser wrote them, in lower case: attr() would compare each ignoring case.
      Attributes a = attrs ? e.attributes() : null;
      String cls = attrs ? a.get("class").trim() : "";
      int cf = cls.isEmpty() ? 0 : flagsOf(cls);
      String id = attrs ? a.get("id") : "";
      int idf = id.isEmpty() ? 0 : flagsOf(id);
      if (articleDepth < 0 && tag.equals("article")) articleDepth = d;
      if (!boiler && isBoilerplate(e, tag, cls, cf, idf, articleDepth >= 0)) {
        boilerDepth = d;
        boiler = true;
      }
      if (tag.equals("h1")) {
        if (h1.size() < 8) h1.add(new Hit(e, order, boiler, text.length()));
        if (h1TextPos < 0 && !boiler) h1TextPos = text.length();
      } else if (tag.equals("h2") || tag.equals("h3") || (cf & F_TITLE) != 0) {
        if (subheadings.size() < 30) subheadings.add(new Hit(e, order, boiler, text.length()));
      } else if (tag.equals("time")) {
        if (times.size() < MAX_HITS) times.add(new Hit(e, order, boiler));
      } else if ((tag.equals("article") || tag.equals("main")) && articleTextPos < 0) {
        articleTextPos = text.length();
      }
      if (!boiler
          && tag.equals("p")
          && closingParagraphs.size() < MAX_HITS
          && e.nextElementSibling() == null) {
        closingParagraphs.add(new Hit(e, order, false));
      }
      if (!attrs) return FilterResult.CONTINUE;
      if (itemprops.size() < MAX_HITS && a.hasKey("itemprop")) {
        itemprops.add(new Hit(e, order, boiler));
      }
      if (authorish.size() < MAX_HITS
          && (((cf | idf) & F_AUTHOR) != 0
              || (tag.equals("a")
                  && (a.get("rel").toLowerCase(Locale.ROOT).contains("author")
                      || a.get("href").contains("/author/"))))) {
        authorish.add(new Hit(e, order, boiler));
      }
      if (dateish.size() < MAX_HITS && ((cf | idf) & F_DATE) != 0) {
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

  private static boolean isBoilerplate(
      Element e, String tag, String cls, int clsFlags, int idFlags, boolean inArticle) {
    switch (tag) {
      case "aside", "nav" -> {
        return true;
      }
      case "form" -> {
        // ASP.NET WebForms wrap the whole page into one form, right under the body or a page
        // wrapper; search and login forms sit deeper and are no such form.
        return !(e.parent() != null && e.parent().nameIs("body")) && !isWebForm(e);
      }
      case "footer" -> {
        // Themes put the byline and date into the article's own footer.
        return !ENTRY_FOOTER.matcher(cls).find();
      }
      case "html", "body", "head", "article", "main" -> {
        return false;
      }
      default -> {}
    }
    if ((clsFlags & F_BOILER) != 0) {
      // Blogger puts the posts themselves into a widget named "Blog".
      if (MAIN_WIDGET.matcher(cls).find()) return false;
      // Inside an article, a "footer" or "sidebar" zone holds the article's own byline and date.
      return !(inArticle && isArticleFurniture(cls));
    }
    // The same for an id: themes name the article's column "sidebar" inside the article too.
    return (idFlags & F_BOILER) != 0 && !(inArticle && isArticleFurniture(e.id()));
  }

  /**
   * An ASP.NET WebForms page form: its framework id, or the hidden view state that the framework
   * writes at its start (looked for among its first children only).
   */
  static boolean isWebForm(Element form) {
    if (form.id().equals("aspnetForm")) return true;
    int seen = 0;
    for (Element c : form.children()) {
      if (++seen > 3) break;
      Element input = c.nameIs("input") ? c : c.childrenSize() > 0 ? c.child(0) : null;
      if (input != null && input.nameIs("input") && input.attr("name").startsWith("__VIEWSTATE")) {
        return true;
      }
    }
    return false;
  }

  static final int F_TITLE = 1;
  static final int F_AUTHOR = 2;
  static final int F_DATE = 4;
  static final int F_BOILER = 8;

  /**
   * The F_ flags of a class or id value: {@link #TITLE_CLASS}, {@link #AUTHORISH}, {@link #DATEISH}
   * and {@link #BOILERPLATE} matched on it. One pass over the value costs less than memoising it: a
   * map would hash and compare the value, and most values of a page are new to it.
   */
  static int flagsOf(String v) {
    return WORDS.flags(v);
  }

  /**
   * {@link #TITLE_CLASS}, {@link #AUTHORISH} and {@link #DATEISH} anywhere, {@link
   * #BOILERPLATE_WORDS} at a word's start: found in one pass over a class name, trying at each
   * character only the words that begin with it, instead of one search per word.
   */
  private static final Needles WORDS =
      new Needles()
          .add(titleWords(), F_TITLE, false)
          .add(AUTHORISH, F_AUTHOR, false)
          .add(DATEISH, F_DATE, false)
          .add(BOILERPLATE_WORDS, F_BOILER, true);

  /** The words that {@link #TITLE_CLASS} matches: "headline", and "title" after a prefix. */
  private static List<String> titleWords() {
    List<String> words = new ArrayList<>(List.of("headline"));
    for (String p : TITLE_PREFIXES) {
      for (String joint : new String[] {"", "-", "_"}) words.add(p + joint + "title");
    }
    return words;
  }

  /** Whether a class name matches {@link #TITLE_CLASS}. */
  static boolean isTitleClass(String className) {
    return (WORDS.flags(className) & F_TITLE) != 0;
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
