package dev.argus.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text: non-content tags, hidden elements, and blocks whose class, id
 * or role names them as page furniture (navigation, comments, share bars, cookie banners...). A
 * furniture-named element that holds most of the page's text is kept: a body with class
 * "has-sidebar" must not take the article with it.
 */
final class Pruner {

  /** Tags that never carry article text. */
  static final Set<String> JUNK_TAGS =
      words(
          "script style template svg math iframe object embed canvas video audio source track rt rp"
              + " button input select option textarea nav link meta dialog menu map area figcaption");

  /** Structural tags that are page furniture when they are not the bulk of the page. */
  static final Set<String> FURNITURE_TAGS = words("aside footer form");

  /**
   * Class/id words that mark furniture wherever they stand in a class name. Matched as whole words,
   * split on '-', '_', spaces and camelCase: "post-comments" and "commentList" match, "commentary"
   * does not.
   */
  static final Set<String> STRONG_WORDS =
      words(
          "nav navbar navigation menu menus breadcrumb breadcrumbs footer sidebar comment"
              + " comments commentlist disqus respond share sharing shares sharebar social socials"
              + " related recommended recommendations newsletter subscribe subscription cookie cookies"
              + " consent gdpr banner ad ads advert adverts advertisement adsense sponsored promo"
              + " popup modal overlay tagcloud pagination pager toolbar outbrain taboola signup"
              + " masthead trending mostread newsticker paywall donate breaking crumbs topbar skiplink"
              + " skiplinks author authors byline autor biography bio");

  /**
   * Words that mark furniture when they end a class name ("entry-meta", "article-tags",
   * "post-date"), but not elsewhere ("meta-content" may be anything).
   */
  static final Set<String> WEAK_WORDS =
      words(
          "meta postmeta tags tag caption credit credits copyright disclaimer date dateline"
              + " search rating ratings follow community feedback lang languages login print tools"
              + " actions infobox more links categories category utility extra about");

  /** Words that mark a class name as the content itself ("entry-content", "article-body"). */
  static final Set<String> CONTENT_WORDS =
      words("content article body entry post story text main articlebody blog page news single");

  /** Words that name a wrapper, not a thing: the word before them is the head of the name. */
  static final Set<String> GENERIC_WORDS =
      words(
          "box area wrap wrapper container inner outer section block holder list module item"
              + " items panel col column row group zone region part");

  /** Words that turn the next word into a state ("has-comments", "no-sidebar"). */
  static final Set<String> MODIFIERS =
      words(
          "has with no without is one two three show hide enable enabled disable disabled allow"
              + " open closed");

  /** Exact class tokens that hide an element on every screen. */
  static final Set<String> HIDDEN_CLASSES =
      words(
          "hidden sr-only visually-hidden screen-reader-text d-none hide visuallyhidden"
              + " screenreader invisible");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private Pruner() {}

  /** A set from a space-separated word list (kept as text so the lists stay readable). */
  static Set<String> words(String list) {
    return Set.of(list.trim().split("\\s+"));
  }

  static void prune(Element root, TextStats stats) {
    int total = Math.max(1, stats.chars(root));
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        (node, depth) -> {
          if (!(node instanceof Element e) || e == root)
            return org.jsoup.select.NodeFilter.FilterResult.CONTINUE;
          if (shouldRemove(e, stats, total)) {
            doomed.add(e);
            return org.jsoup.select.NodeFilter.FilterResult.SKIP_ENTIRELY;
          }
          return org.jsoup.select.NodeFilter.FilterResult.CONTINUE;
        },
        root);
    for (Element e : doomed) e.remove();
  }

  static boolean shouldRemove(Element e, TextStats stats, int total) {
    String tag = e.normalName();
    if (JUNK_TAGS.contains(tag)) return true;
    if (tag.equals("noscript")) {
      // Some blogs put the whole article into noscript for readers without JavaScript.
      return stats.chars(e) < 0.3 * total;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && stats.chars(e) < 200)
      return true;
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
    boolean big = stats.chars(e) > 0.5 * total || stats.holdsArticleMarker(e);
    if (big) return false;
    if (FURNITURE_TAGS.contains(tag)) {
      // A form wrapping the whole page (ASP.NET) is not furniture; a search box is.
      return !tag.equals("form") || stats.chars(e) < 400;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation")
        || role.equals("banner")
        || role.equals("contentinfo")
        || role.equals("complementary")
        || role.equals("search")
        || role.equals("dialog")
        || role.equals("alert")
        || role.equals("menu")
        || role.equals("menubar")) {
      return true;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("comment") || itemprop.equalsIgnoreCase("author")) return true;
    // An <article> or <main> holding a good share of the page is the content, whatever its class.
    if ((tag.equals("article") || tag.equals("main")) && stats.chars(e) > 0.25 * total)
      return false;
    return isFurnitureNamed(e);
  }

  static boolean isFurnitureNamed(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) return false;
    boolean furniture = false;
    for (String token : tokens(cls, id)) {
      switch (classifyCached(token)) {
        case CONTENT -> {
          return false;
        }
        case HIDDEN -> {
          return true;
        }
        case FURNITURE -> furniture = true;
        case NEUTRAL -> {}
      }
    }
    return furniture;
  }

  enum Kind {
    CONTENT,
    FURNITURE,
    NEUTRAL,
    HIDDEN
  }

  /** The space-separated tokens of the class and id values. */
  private static List<String> tokens(String cls, String id) {
    List<String> out = new ArrayList<>(4);
    for (String value : new String[] {cls, id}) {
      int start = -1;
      for (int i = 0; i <= value.length(); i++) {
        boolean space = i == value.length() || Character.isWhitespace(value.charAt(i));
        if (!space && start < 0) start = i;
        if (space && start >= 0) {
          out.add(value.substring(start, i));
          start = -1;
        }
      }
    }
    return out;
  }

  /**
   * Class names repeat across pages and within a page (every "menu-item"), so classifications are
   * memoised. The cache is bounded: it is cleared when full, which only costs recomputation.
   */
  private static final Map<String, Kind> CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 50_000;

  static Kind classifyCached(String token) {
    Kind k = CACHE.get(token);
    if (k == null) {
      k = HIDDEN_CLASSES.contains(token.toLowerCase(Locale.ROOT)) ? Kind.HIDDEN : classify(token);
      if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
      CACHE.put(token, k);
    }
    return k;
  }

  /**
   * The words of a class token: split on punctuation and at lower-to-upper case changes
   * ("commentList" is "comment" and "list"), lower-cased. Written by hand because a regex split
   * with look-behind costs more than the rest of the pruning.
   */
  static List<String> nameWords(String token) {
    List<String> out = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= token.length(); i++) {
      boolean end = i == token.length();
      char c = end ? ' ' : token.charAt(i);
      boolean separator = !Character.isLetterOrDigit(c);
      boolean camel =
          !end
              && i > start
              && Character.isUpperCase(c)
              && Character.isLowerCase(token.charAt(i - 1));
      if (separator || camel) {
        if (i > start) out.add(token.substring(start, i).toLowerCase(Locale.ROOT));
        start = separator ? i + 1 : i;
      }
    }
    return out;
  }

  /** Classifies one class or id token by its words; the last word is the head of the name. */
  static Kind classify(String token) {
    // BEM modifiers ("section--has-ads", "layout--left") describe a state, not the element.
    int modifier = token.indexOf("--");
    if (modifier > 0) token = token.substring(0, modifier);
    String last = "", previous = "";
    boolean strong = false, content = false;
    for (String word : nameWords(token)) {
      if (MODIFIERS.contains(previous)) {
        // "has-sidebar", "with-comments", "one-sidebar": a layout state, not the thing itself.
        previous = word;
        continue;
      }
      previous = word;
      if (!GENERIC_WORDS.contains(word) || last.isEmpty()) last = word;
      if (STRONG_WORDS.contains(word)) strong = true;
      if (CONTENT_WORDS.contains(word)) content = true;
    }
    if (WEAK_WORDS.contains(last) || strong) return Kind.FURNITURE;
    return content ? Kind.CONTENT : Kind.NEUTRAL;
  }
}
