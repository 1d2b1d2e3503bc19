package dev.argus.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
          "meta postmeta tags tag caption credit credits copyright disclaimer search rating"
              + " ratings follow community feedback lang languages login print tools actions infobox"
              + " more links categories category utility extra about");

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
              + " open closed below above after before under beside near non");

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

  /**
   * What pruning learnt on its way: the page's visible characters and the {@code
   * itemprop=articleBody} elements with their sizes.
   */
  record Pruned(int total, List<Element> markers, Map<Element, Integer> markerChars) {}

  /** An element that a rule may remove, with what the size guards need to know about it. */
  private record Candidate(
      Element element, int chars, int linkChars, boolean holdsMarker, int firstInside) {}

  /**
   * Removes furniture from the tree under {@code root}. One post-order pass measures every
   * element's visible text and notes the elements a rule names; the size guards are applied at the
   * end, when the page's total is known.
   */
  static Pruned prune(Element root) {
    List<Candidate> candidates = new ArrayList<>();
    List<Element> markers = new ArrayList<>();
    Map<Element, Integer> markerChars = new IdentityHashMap<>();
    int[][] acc = {new int[64]};
    int[][] links = {new int[64]};
    int[] linkDepth = {0};
    int[][] firstInside = {new int[64]};
    boolean[][] marked = {new boolean[64]};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element) {
              if (depth + 1 >= acc[0].length) {
                acc[0] = Arrays.copyOf(acc[0], acc[0].length * 2);
                links[0] = Arrays.copyOf(links[0], links[0].length * 2);
                firstInside[0] = Arrays.copyOf(firstInside[0], firstInside[0].length * 2);
                marked[0] = Arrays.copyOf(marked[0], marked[0].length * 2);
              }
              acc[0][depth] = 0;
              links[0][depth] = 0;
              if (((Element) node).nameIs("a")) linkDepth[0]++;
              firstInside[0][depth] = candidates.size();
              marked[0][depth] = false;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof TextNode t) {
              if (depth > 0) {
                int n = visibleChars(t.getWholeText());
                acc[0][depth - 1] += n;
                if (linkDepth[0] > 0) links[0][depth - 1] += n;
              }
            } else if (node instanceof Element e) {
              int chars = acc[0][depth];
              int linkChars = links[0][depth];
              if (e.nameIs("a")) linkDepth[0]--;
              boolean attributes = e.attributesSize() > 0;
              boolean isMarker = attributes && isMarker(e);
              if (isMarker) {
                markers.add(e);
                markerChars.put(e, chars);
              }
              boolean marker = marked[0][depth] || isMarker;
              if (depth > 0) {
                acc[0][depth - 1] += chars;
                links[0][depth - 1] += linkChars;
                marked[0][depth - 1] |= marker;
              }
              // An element without visible text changes no block when it stays: naming it costs
              // more than it saves (pages hold thousands of empty icons, spacers and scripts).
              if (chars > 0 && e != root && mayBeFurniture(e, attributes)) {
                candidates.add(new Candidate(e, chars, linkChars, marker, firstInside[0][depth]));
              }
            }
          }
        },
        root);
    int total = Math.max(1, acc[0][0]);
    // Post-order puts an element right after the candidates inside it: walking backwards, a
    // removed element lets the walk jump over everything it contained.
    for (int i = candidates.size() - 1; i >= 0; ) {
      Candidate c = candidates.get(i);
      if (decide(c.element(), c.chars(), c.linkChars(), c.holdsMarker(), total)) {
        c.element().remove();
        i = c.firstInside() - 1;
      } else {
        i--;
      }
    }
    return new Pruned(total, markers, markerChars);
  }

  static int visibleChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!Character.isWhitespace(ch) && ch != '\u00a0') n++;
    }
    return n;
  }

  static boolean isMarker(Element e) {
    return e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** The rules that can name an element, before any size guard. */
  static boolean mayBeFurniture(Element e) {
    return mayBeFurniture(e, e.attributesSize() > 0);
  }

  private static boolean mayBeFurniture(Element e, boolean attributes) {
    String tag = e.normalName();
    if (JUNK_TAGS.contains(tag) || tag.equals("noscript") || FURNITURE_TAGS.contains(tag)) {
      return true;
    }
    if (!attributes) return false;
    if (e.hasAttr("hidden") || e.hasAttr("aria-hidden") || e.hasAttr("style")) return true;
    if (e.hasAttr("role") || e.hasAttr("itemprop")) return true;
    return isFurnitureNamed(e);
  }

  /**
   * Whether a named element goes, given its size: page furniture that holds most of the page (a
   * body with class "has-sidebar") stays.
   */
  static boolean decide(Element e, int chars, int linkChars, boolean holdsMarker, int total) {
    String tag = e.normalName();
    if (JUNK_TAGS.contains(tag)) return true;
    if (tag.equals("noscript")) {
      // Some blogs put the whole article into noscript for readers without JavaScript.
      return chars < 0.3 * total;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && chars < 200) return true;
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
    boolean big = chars > 0.5 * total || holdsMarker;
    if (big) return false;
    if (FURNITURE_TAGS.contains(tag)) {
      // A form wrapping the whole page (ASP.NET) is not furniture; a search box is.
      return !tag.equals("form") || chars < 400;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (FURNITURE_ROLES.contains(role)) return true;
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("comment") || itemprop.equalsIgnoreCase("author")) return true;
    // An <article> or <main> holding a good share of the page is the content, whatever its class.
    if ((tag.equals("article") || tag.equals("main")) && chars > 0.25 * total) return false;
    if (!isFurnitureNamed(e)) return false;
    return !isMisnamedProse(e, chars, linkChars, total);
  }

  /** A furniture-named element is prose when it holds this share of the page... */
  static final double PROSE_SHARE = 0.1;

  /** ...at least this many visible characters... */
  static final int PROSE_MIN = 600;

  /** ...and at most this share of them inside links. */
  static final double PROSE_LINKS = 0.15;

  /**
   * Whether a class-named element is a misnamed wrapper of the article: sites wrap the story in a
   * "sharing container", a "sticky sidebar" or a "banner placeholder". Real furniture of that size
   * is a link list; long link-free text under such a name is the article. Comment sections are long
   * prose too, so their names never qualify.
   */
  static boolean isMisnamedProse(Element e, int chars, int linkChars, int total) {
    if (chars < PROSE_MIN || chars < PROSE_SHARE * total || linkChars > PROSE_LINKS * chars) {
      return false;
    }
    String name = (e.attr("class") + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : DISCUSSION_WORDS) if (name.contains(word)) return false;
    return true;
  }

  private static final List<String> DISCUSSION_WORDS =
      List.of(
          "comment",
          "disqus",
          "respond",
          "reply",
          "discussion",
          "forum",
          "related",
          "recommend",
          "trending",
          "popular",
          "mostread",
          "teaser");

  static final Set<String> FURNITURE_ROLES =
      words("navigation banner contentinfo complementary search dialog alert menu menubar");

  static boolean isFurnitureNamed(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) return false;
    Kind c = cls.isEmpty() ? Kind.NEUTRAL : summary(cls);
    if (c == Kind.HIDDEN) return true;
    if (c == Kind.CONTENT) return false;
    Kind i = id.isEmpty() ? Kind.NEUTRAL : summary(id);
    if (i == Kind.HIDDEN) return true;
    if (i == Kind.CONTENT) return false;
    return c == Kind.FURNITURE || i == Kind.FURNITURE;
  }

  /**
   * One attribute value's verdict: the first hiding or content token decides; otherwise any
   * furniture token makes it furniture.
   */
  static Kind summary(String value) {
    boolean furniture = false;
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      boolean space = i == value.length() || Character.isWhitespace(value.charAt(i));
      if (!space && start < 0) start = i;
      if (space && start >= 0) {
        Kind k = classify(value, start, i);
        if (k == Kind.HIDDEN || k == Kind.CONTENT) return k;
        if (k == Kind.FURNITURE) furniture = true;
        start = -1;
      }
    }
    return furniture ? Kind.FURNITURE : Kind.NEUTRAL;
  }

  enum Kind {
    CONTENT,
    FURNITURE,
    NEUTRAL,
    HIDDEN
  }

  /** Classifies one class or id token. */
  static Kind classify(String token) {
    return classify(token, 0, token.length());
  }

  /**
   * Classifies the class or id token {@code s[start, end)} by its words; the last word is the head
   * of the name. Words are split on punctuation and at lower-to-upper case changes ("commentList"
   * is "comment" and "list") and matched without letter case.
   *
   * <p>Written by hand, allocation-free: every element with a class or id passes here, class values
   * and ids are mostly unique across pages (so a cache thrashes), and substrings, lower-cased
   * copies or a regex split cost more than the rest of the pruning.
   */
  static Kind classify(String s, int start, int end) {
    if (isHiddenClass(s, start, end)) return Kind.HIDDEN;
    // BEM modifiers ("section--has-ads", "layout--left") describe a state, not the element.
    int modifier = s.indexOf("--", start);
    if (modifier > start && modifier < end) end = modifier;
    int previous = 0, last = 0;
    boolean hasLast = false, strong = false, content = false;
    int wordStart = start;
    for (int i = start; i <= end; i++) {
      boolean atEnd = i == end;
      char c = atEnd ? ' ' : s.charAt(i);
      boolean separator = !Character.isLetterOrDigit(c);
      boolean camel =
          !atEnd
              && i > wordStart
              && Character.isUpperCase(c)
              && Character.isLowerCase(s.charAt(i - 1));
      if (!separator && !camel) continue;
      if (i > wordStart) {
        int word = wordFlags(s, wordStart, i);
        if ((previous & MODIFIER) != 0) {
          // "has-sidebar", "with-comments", "one-sidebar": a layout state, not the thing itself.
          previous = word;
        } else {
          previous = word;
          if ((word & GENERIC) == 0 || !hasLast) {
            last = word;
            hasLast = true;
          }
          strong |= (word & STRONG) != 0;
          content |= (word & CONTENT) != 0;
        }
      }
      wordStart = separator ? i + 1 : i;
    }
    if ((last & WEAK) != 0 || strong) return Kind.FURNITURE;
    return content ? Kind.CONTENT : Kind.NEUTRAL;
  }

  private static boolean isHiddenClass(String s, int start, int end) {
    int length = end - start;
    for (String h : HIDDEN_CLASSES) {
      if (h.length() == length && h.regionMatches(true, 0, s, start, length)) return true;
    }
    return false;
  }

  /** What a known word is; a word may be several (none is today, but the table allows it). */
  private static final int STRONG = 1, WEAK = 2, CONTENT = 4, GENERIC = 8, MODIFIER = 16;

  /** The known words (lower-case ASCII) in an open-addressing table keyed by their hash code. */
  private static final String[] WORD_KEYS = new String[1024];

  private static final byte[] WORD_FLAGS = new byte[WORD_KEYS.length];

  static {
    addWords(STRONG_WORDS, STRONG);
    addWords(WEAK_WORDS, WEAK);
    addWords(CONTENT_WORDS, CONTENT);
    addWords(GENERIC_WORDS, GENERIC);
    addWords(MODIFIERS, MODIFIER);
  }

  private static void addWords(Set<String> words, int flag) {
    int mask = WORD_KEYS.length - 1;
    for (String w : words) {
      int i = w.hashCode() & mask;
      while (WORD_KEYS[i] != null && !WORD_KEYS[i].equals(w)) i = (i + 1) & mask;
      WORD_KEYS[i] = w;
      WORD_FLAGS[i] |= (byte) flag;
    }
  }

  /**
   * The flags of the word {@code s[start, end)}, matched ignoring ASCII letter case, or 0 when it
   * is not a known word. The hash is that of the lower-cased word, computed without making it.
   */
  private static int wordFlags(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) return 0; // all known words are ASCII
      if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
      h = 31 * h + c;
    }
    int mask = WORD_KEYS.length - 1;
    int length = end - start;
    for (int i = h & mask; WORD_KEYS[i] != null; i = (i + 1) & mask) {
      String k = WORD_KEYS[i];
      if (k.length() == length && k.regionMatches(true, 0, s, start, length)) return WORD_FLAGS[i];
    }
    return 0;
  }
}
