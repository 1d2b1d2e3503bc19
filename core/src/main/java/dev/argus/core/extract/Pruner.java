package dev.argus.core.extract;

import dev.argus.core.text.WordPatterns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
              + " skiplinks author authors byline autor biography bio affiliate recirculation donation");

  /**
   * Words that mark furniture when they end a class name ("entry-meta", "article-tags",
   * "post-date"), but not elsewhere ("meta-content" may be anything).
   */
  static final Set<String> WEAK_WORDS =
      words(
          "meta postmeta tags tag caption credit credits copyright disclaimer search rating"
              + " ratings follow community feedback lang languages login print tools actions infobox"
              + " more links categories category utility extra about metadata postmetadata disclosure"
              + " legend legende bildunterschrift bilduntertitel figcaption textbox flyout");

  /**
   * Words that name a preview of another page when they end a class name ("c-teaser", "modTeaser")
   * : furniture when it links away, the story's own lead when it does not ("teaser-text").
   */
  static final Set<String> TEASER_WORDS = words("teaser teasers");

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

  /** The length of the longest of {@link #HIDDEN_CLASSES}. */
  private static final int MAX_HIDDEN_LENGTH =
      HIDDEN_CLASSES.stream().mapToInt(String::length).max().orElse(0);

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
    Measure m = new Measure(root);
    m.walk(root);
    List<Candidate> candidates = m.candidates;
    int total = Math.max(1, m.acc[0]);
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
    return new Pruned(total, m.markers, m.markerChars);
  }

  /**
   * The post-order pass of {@link #prune}: every element's visible and linked characters, whether
   * it holds an articleBody marker, and the elements a rule names.
   */
  private static final class Measure extends TreeWalk {
    private final Element root;
    final List<Candidate> candidates = new ArrayList<>();
    final List<Element> markers = new ArrayList<>();
    final Map<Element, Integer> markerChars = new IdentityHashMap<>();

    /** Per depth: visible characters, those inside links, first candidate inside, marker held. */
    int[] acc = new int[64];

    private int[] links = new int[64];
    private int[] firstInside = new int[64];
    private boolean[] marked = new boolean[64];
    private int linkDepth;

    /**
     * The depth of the junk element being walked (script, nav, svg...), or -1. Junk always goes,
     * and the walk back over the candidates jumps over everything inside a removed element: the
     * elements inside junk are measured but never asked whether they are furniture.
     */
    private int junkDepth = -1;

    Measure(Element root) {
      this.root = root;
    }

    @Override
    void head(Node node, int depth) {
      if (node instanceof Element e) {
        if (junkDepth < 0 && depth > 0 && JUNK_TAGS.contains(e.normalName())) junkDepth = depth;
        if (depth + 1 >= acc.length) {
          acc = Arrays.copyOf(acc, acc.length * 2);
          links = Arrays.copyOf(links, links.length * 2);
          firstInside = Arrays.copyOf(firstInside, firstInside.length * 2);
          marked = Arrays.copyOf(marked, marked.length * 2);
        }
        acc[depth] = 0;
        links[depth] = 0;
        if (e.nameIs("a")) linkDepth++;
        firstInside[depth] = candidates.size();
        marked[depth] = false;
      }
    }

    @Override
    void tail(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (depth > 0) {
          int n = visibleChars(t.getWholeText());
          acc[depth - 1] += n;
          if (linkDepth > 0) links[depth - 1] += n;
        }
      } else if (node instanceof Element e) {
        int chars = acc[depth];
        int linkChars = links[depth];
        boolean insideJunk = junkDepth >= 0 && depth > junkDepth;
        if (depth == junkDepth) junkDepth = -1;
        if (e.nameIs("a")) linkDepth--;
        // The attributes are read here once for both questions; most elements have none.
        Attributes attributes = e.attributesSize() > 0 ? e.attributes() : null;
        boolean own = attributes != null && isMarker(attributes);
        boolean marker = marked[depth] || own;
        if (own) {
          markers.add(e);
          markerChars.put(e, chars);
        }
        if (depth > 0) {
          acc[depth - 1] += chars;
          links[depth - 1] += linkChars;
          marked[depth - 1] |= marker;
        }
        if (e != root && !insideJunk && mayBeFurniture(e, attributes)) {
          candidates.add(new Candidate(e, chars, linkChars, marker, firstInside[depth]));
        }
      }
    }
  }

  static int visibleChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      // Printable ASCII is never whitespace: most characters skip the Unicode table.
      if ((ch > ' ' && ch < 0x80) || (!Character.isWhitespace(ch) && ch != '\u00a0')) n++;
    }
    return n;
  }

  /**
   * Whether the attributes mark the article's body. Here and in {@link #mayBeFurniture} they are
   * read by their keys as the parser wrote them, in lower case: the element's attr() and hasAttr()
   * would compare every key ignoring case, and look for an "abs:" prefix.
   */
  static boolean isMarker(Attributes attributes) {
    return attributes.get("itemprop").equalsIgnoreCase("articleBody");
  }

  /**
   * The rules that can name an element, before any size guard.
   *
   * @param attributes the element's attributes, or null when it has none
   */
  static boolean mayBeFurniture(Element e, Attributes attributes) {
    String tag = e.normalName();
    if (JUNK_TAGS.contains(tag) || tag.equals("noscript") || FURNITURE_TAGS.contains(tag)) {
      return true;
    }
    if (attributes == null) return false;
    if (attributes.hasKey("hidden")
        || attributes.hasKey("aria-hidden")
        || attributes.hasKey("style")
        || attributes.hasKey("role")
        || attributes.hasKey("itemprop")) {
      return true;
    }
    Kind k = nameKind(attributes.get("class"), attributes.get("id"));
    return k == Kind.HIDDEN || k == Kind.FURNITURE || k == Kind.TEASER;
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
    Kind named = nameKind(e);
    if (named == Kind.TEASER) {
      // A teaser links to the story it previews; one without a link is the article's own lead.
      return linkChars > 0;
    }
    if (named != Kind.FURNITURE && named != Kind.HIDDEN) return false;
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

  /** What the element's class and id say it is: the class decides first, then the id. */
  static Kind nameKind(Element e) {
    return nameKind(e.attr("class"), e.attr("id"));
  }

  static Kind nameKind(String cls, String id) {
    if (cls.isEmpty() && id.isEmpty()) return Kind.NEUTRAL;
    Kind c = cls.isEmpty() ? Kind.NEUTRAL : summary(cls);
    if (c == Kind.HIDDEN || c == Kind.CONTENT) return c;
    Kind i = id.isEmpty() ? Kind.NEUTRAL : summary(id);
    if (i == Kind.HIDDEN || i == Kind.CONTENT) return i;
    if (c == Kind.FURNITURE || i == Kind.FURNITURE) return Kind.FURNITURE;
    return c == Kind.TEASER || i == Kind.TEASER ? Kind.TEASER : Kind.NEUTRAL;
  }

  /**
   * One attribute value's verdict: the first hiding or content token decides; otherwise any
   * furniture token makes it furniture.
   */
  static Kind summary(String value) {
    boolean furniture = false, teaser = false;
    // Walks the tokens in place, split on whitespace, without building their list.
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(value.charAt(i))) i++;
      if (i == n) break;
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) i++;
      Kind k = classifyToken(value, start, i);
      if (k == Kind.HIDDEN || k == Kind.CONTENT) return k;
      if (k == Kind.FURNITURE) furniture = true;
      if (k == Kind.TEASER) teaser = true;
    }
    return furniture ? Kind.FURNITURE : teaser ? Kind.TEASER : Kind.NEUTRAL;
  }

  enum Kind {
    CONTENT,
    FURNITURE,
    /** A preview of another page: furniture when it links there, a lead paragraph otherwise. */
    TEASER,
    NEUTRAL,
    HIDDEN
  }

  /** One class or id token, with the hiding classes checked first. */
  static Kind classifyToken(String token) {
    return classifyToken(token, 0, token.length());
  }

  /** The token at {@code [from, to)} of a class or id value. */
  static Kind classifyToken(String value, int from, int to) {
    int length = to - from;
    if (!isAscii(value, from, to)) {
      String token = value.substring(from, to);
      boolean hidden =
          length <= MAX_HIDDEN_LENGTH && HIDDEN_CLASSES.contains(token.toLowerCase(Locale.ROOT));
      return hidden ? Kind.HIDDEN : classifyByWords(token);
    }
    if (length <= MAX_HIDDEN_LENGTH) {
      for (String h : HIDDEN_CLASSES) {
        if (h.length() == length && value.regionMatches(true, from, h, 0, length)) {
          return Kind.HIDDEN;
        }
      }
    }
    return classifyAscii(value, from, to);
  }

  private static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
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
    return isAscii(token, 0, token.length())
        ? classifyAscii(token, 0, token.length())
        : classifyByWords(token);
  }

  /**
   * {@link #classify} by the word lists themselves: the reference for {@link #classifyAscii}, and
   * the rule for tokens with other characters, whose case mapping and letter classes are Unicode's.
   */
  static Kind classifyByWords(String token) {
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
    if (TEASER_WORDS.contains(last)) return Kind.TEASER;
    return content ? Kind.CONTENT : Kind.NEUTRAL;
  }

  /**
   * {@link #classifyByWords} for a token of ASCII characters, at {@code [from, to)} of {@code s},
   * without building its words: each word's roles come from {@link #ROLES} by its range. Written by
   * hand because the word strings and their lower-cased copies cost more than the rules; every page
   * brings class names not seen before, so memoising them does not spare the work.
   */
  static Kind classifyAscii(String s, int from, int to) {
    // BEM modifiers ("section--has-ads", "layout--left") describe a state, not the element: the
    // token ends at its first "--", unless that opens it.
    int end = to;
    for (int i = from; i + 1 < to; i++) {
      if (s.charAt(i) == '-' && s.charAt(i + 1) == '-') {
        if (i > from) end = i;
        break;
      }
    }
    int previous = 0, last = 0;
    boolean hasLast = false, strong = false, content = false;
    int start = from;
    // The word's hash for the table, taken as its characters go by.
    int hash = 0;
    for (int i = from; i <= end; i++) {
      char c = i == end ? ' ' : s.charAt(i);
      boolean separator =
          !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
      boolean camel =
          !separator && i > start && c <= 'Z' && c >= 'A' && isLowerAscii(s.charAt(i - 1));
      if (separator || camel) {
        if (i > start) {
          int roles = ROLES.roles(s, start, i, hash);
          if ((previous & Words.MODIFIER) == 0) {
            // "has-sidebar", "with-comments": after a modifier a word is a state, not the thing.
            if ((roles & Words.GENERIC) == 0 || !hasLast) {
              last = roles;
              hasLast = true;
            }
            strong |= (roles & Words.STRONG) != 0;
            content |= (roles & Words.CONTENT) != 0;
          }
          previous = roles;
        }
        start = separator ? i + 1 : i;
        hash = 0;
      }
      if (!separator) hash = Words.step(hash, c);
    }
    if ((last & Words.WEAK) != 0 || strong) return Kind.FURNITURE;
    if ((last & Words.TEASER) != 0) return Kind.TEASER;
    return content ? Kind.CONTENT : Kind.NEUTRAL;
  }

  private static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** The roles of every word the rules name. */
  private static final Words ROLES =
      new Words()
          .add(STRONG_WORDS, Words.STRONG)
          .add(WEAK_WORDS, Words.WEAK)
          .add(TEASER_WORDS, Words.TEASER)
          .add(CONTENT_WORDS, Words.CONTENT)
          .add(GENERIC_WORDS, Words.GENERIC)
          .add(MODIFIERS, Words.MODIFIER);

  /**
   * Lower-case ASCII words with their roles (bit flags), looked up by a range of a string with
   * ASCII capitals folded on the fly: an open-addressed table, because a map would need the range
   * copied into a lower-cased string first.
   */
  static final class Words {
    static final int STRONG = 1, WEAK = 2, TEASER = 4, CONTENT = 8, GENERIC = 16, MODIFIER = 32;

    private String[] keys = new String[512];
    private int[] hashes = new int[512];
    private int[] roles = new int[512];
    private int longest;

    Words add(Set<String> words, int role) {
      for (String w : words) {
        if (!w.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
          throw new IllegalArgumentException("not a lower-case ASCII word: " + w);
        }
        int hash = 0;
        for (int k = 0; k < w.length(); k++) hash = step(hash, w.charAt(k));
        int i = slot(w, 0, w.length(), hash);
        if (keys[i] == null) {
          keys[i] = w;
          hashes[i] = hash;
        }
        roles[i] |= role;
        longest = Math.max(longest, w.length());
      }
      if (Arrays.stream(keys).filter(k -> k != null).count() * 2 > keys.length) {
        throw new IllegalStateException("word table too full");
      }
      return this;
    }

    /**
     * The roles of the word at {@code [from, to)} of {@code s}, any ASCII case, 0 if none, given
     * its {@link #step hash}.
     */
    int roles(String s, int from, int to, int hash) {
      if (to - from > longest) return 0;
      int i = slot(s, from, to, hash);
      return keys[i] == null ? 0 : roles[i];
    }

    /** The hash of a word so far, extended by one character, ASCII capitals folded. */
    static int step(int hash, char c) {
      return 31 * hash + WordPatterns.foldAsciiCase(c);
    }

    /** The slot that holds the word, or the empty slot where it would go. */
    private int slot(String s, int from, int to, int h) {
      int mask = keys.length - 1;
      int i = (h ^ (h >>> 16)) & mask;
      int length = to - from;
      // The stored hash turns away the other words in the probe sequence without a comparison.
      while (keys[i] != null
          && !(hashes[i] == h
              && keys[i].length() == length
              && keys[i].regionMatches(true, 0, s, from, length))) {
        i = (i + 1) & mask;
      }
      return i;
    }
  }
}
