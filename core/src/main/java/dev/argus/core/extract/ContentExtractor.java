package dev.argus.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.meta.Metadata;
import dev.argus.core.model.Link;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the main text of a page. The mechanism, in order:
 *
 * <ol>
 *   <li>prune what is never article text ({@link Pruner});
 *   <li>score containers by the paragraphs they hold (text length, commas, link density, class
 *       names), as Readability does, and take the best one with its related siblings;
 *   <li>prefer an explicit article-body marker ({@code itemprop=articleBody}) when it holds enough;
 *   <li>render the chosen subtree as blocks and drop the blocks that read as furniture (link lists,
 *       share and "read more" lines, the headline repeated);
 *   <li>fall back to JSON-LD {@code articleBody}, then to the whole pruned body, when the result is
 *       much shorter than what the page evidently holds.
 * </ol>
 *
 * The scoring is our own code: no maintained Java library does main-text extraction at this level
 * (boilerpipe is unmaintained, Readability4J is a slow port), and the ideas come from Readability's
 * and Trafilatura's documented heuristics.
 */
final class ContentExtractor {

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "(?:share|teilen|partager|compartir|condividi|compartilhar|udostępnij|tweet|twittern|"
              + "print|drucken|imprimer|imprimir|stampa|drukuj|e-?mail|read more|weiterlesen|"
              + "mehr lesen|mehr zum thema|lire la suite|lire aussi|leer más|lee también|"
              + "continua a leggere|leggi anche|czytaj (?:więcej|też|także)|advertisement|anzeige|"
              + "werbung|publicité|publicidad|pubblicità|reklama|tags?|schlagwörter|stichwörter|"
              + "related|verwandte artikel|ähnliche artikel|comments?|kommentare?|commentaires?|"
              + "comentarios?|commenti|komentarze|loading|skip to content|zum inhalt springen|"
              + "back to top|nach oben|top|like this|gefällt mir|follow us|folgen sie uns)"
              + "(?![\\p{L}\\p{N}]).{0,40}$",
          0);

  private ContentExtractor() {}

  /** The main text and the links inside it, with offsets into the text. */
  record Content(String text, List<Link> links) {
    static final Content EMPTY = new Content("", List.of());
  }

  static Content extract(Document doc, Metadata meta, JsonLd jsonLd) {
    Element body = doc.body();
    if (body == null) return Content.EMPTY;
    Pruner.Pruned pruned = Pruner.prune(body);
    String title = meta == null ? null : meta.title();
    List<Blocks.Block> all = Blocks.collect(List.of(body));
    Element marker = articleBodyMarker(pruned);
    List<Element> roots = withLead(marker != null ? withDescription(marker) : densest(body, all));
    Content content = render(inside(all, roots), title);

    String ld = articleBody(jsonLd);
    if (ld != null && ld.length() > 1.5 * content.text().length() + 200) {
      content = new Content(ld, relocate(content.links(), ld));
    }
    if (content.text().length() < 300) {
      Content whole = render(all, title);
      int length = content.text().length();
      if (whole.text().length() > 2 * length + 100 && length < 100) content = whole;
    }
    return content;
  }

  /**
   * Places links found in the rendered page in a text that came from elsewhere (JSON-LD {@code
   * articleBody}): each anchor text is looked up after the previous one. A link whose anchor text
   * is not there is kept without a position, since it was still in the article's markup.
   */
  static List<Link> relocate(List<Link> links, String text) {
    List<Link> out = new ArrayList<>(links.size());
    int from = 0;
    for (Link l : links) {
      int at = text.indexOf(l.text(), from);
      if (at < 0) {
        out.add(new Link(l.url(), l.text(), -1, -1));
      } else {
        out.add(new Link(l.url(), l.text(), at, at + l.text().length()));
        from = at + l.text().length();
      }
    }
    return out;
  }

  /** Weight of furniture text against article text when choosing the container. */
  private static final double BAD_WEIGHT = 1.0;

  /**
   * The container that holds the most article-like text and the least furniture-like text: each
   * block votes for all its ancestors, with its characters counted as good (long, few links,
   * sentence-like) or bad (link lists, short fragments), and the element with the highest good
   * minus weighted bad wins. This is a maximum-subtree search; unlike Readability's top node it
   * keeps an article whose paragraphs are spread over several sibling sections.
   */
  static List<Element> densest(Element body, List<Blocks.Block> blocks) {
    // Per element: [0] good minus weighted bad, [1] good, [2] bad.
    Map<Element, double[]> votes = new IdentityHashMap<>();
    for (Blocks.Block b : blocks) {
      double v = vote(b);
      if (v == 0) continue;
      for (Element e = b.container(); e != null; e = e.parent()) {
        double[] t = votes.computeIfAbsent(e, k -> new double[3]);
        t[0] += v;
        t[v > 0 ? 1 : 2] += Math.abs(v);
        if (e == body) break;
      }
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> en : votes.entrySet()) {
      double score = en.getValue()[0];
      if (score > bestScore) {
        bestScore = score;
        best = en.getKey();
      }
    }
    // A near tie between a container and its ancestor goes to the ancestor: it loses little
    // and keeps the stray paragraphs that sit beside the best one.
    for (Element e = best.parent(); e != null && best != body; e = e.parent()) {
      double[] v = votes.get(e);
      if (v != null && v[0] >= TIE * bestScore) best = e;
      if (e == body) break;
    }
    // A paragraph or a list is never a whole article: its container is.
    while (best != body && best.parent() != null && LEAF_CONTAINERS.contains(best.normalName())) {
      best = best.parent();
    }
    best = narrowToArticle(best, votes, blocks);
    return withSiblings(best, votes);
  }

  /** An article element inside the winner takes over when it holds this share of its text. */
  private static final double NARROW_SHARE = 0.8;

  /** Article-like characters above the article element that make them a lead, not furniture. */
  private static final double LEAD_MAX = 50;

  /**
   * An {@code <article>} element inside the winning container that holds nearly all of its article
   * text is the story; what the winner adds after it is an unnamed writer's profile, a note about
   * the site or a next-story preview, whose prose tipped the vote to the wrapper. Prose above the
   * article element is a lead paragraph that belongs to the story, so the wrapper stays.
   */
  static Element narrowToArticle(
      Element best, Map<Element, double[]> votes, List<Blocks.Block> blocks) {
    double[] own = votes.get(best);
    if (own == null) return best;
    // Only elements that hold voting text can qualify, so the votes name the candidates: no walk
    // of the winner's subtree is needed.
    Element found = null;
    int foundDepth = -1;
    for (Map.Entry<Element, double[]> en : votes.entrySet()) {
      Element e = en.getKey();
      double[] v = en.getValue();
      if (e == best || !e.nameIs("article")) continue;
      if (v[1] < NARROW_SHARE * own[1] || v[0] < NARROW_SHARE * own[0] || !within(e, best)) {
        continue;
      }
      // Nested article elements that all qualify: the innermost is the story itself.
      int d = depth(e);
      if (d > foundDepth) {
        found = e;
        foundDepth = d;
      }
    }
    if (found == null) return best;
    double before = 0;
    for (Blocks.Block b : blocks) {
      if (within(b.container(), found)) break;
      if (within(b.container(), best)) before += Math.max(0, vote(b));
    }
    return before > LEAD_MAX ? best : found;
  }

  private static boolean within(Element e, Element root) {
    for (Element x = e; x != null; x = x.parent()) if (x == root) return true;
    return false;
  }

  private static final java.util.Set<String> LEAF_CONTAINERS =
      java.util.Set.of(
          "p",
          "li",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "blockquote",
          "pre",
          "td",
          "tr",
          "tbody",
          "table",
          "span",
          "font",
          "b",
          "i",
          "em",
          "strong",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6");

  /** A sibling joins when it holds at least this share of the best container's article text... */
  private static final double SIBLING_MIN = 0.02;

  /** ...and at least this share of its own text is article-like. */
  private static final double SIBLING_SHARE = 0.8;

  /**
   * The best container with the siblings that are mostly article text themselves: an article split
   * into sections with a share bar or an ad between them keeps all its sections.
   */
  static List<Element> withSiblings(Element best, Map<Element, double[]> votes) {
    Element parent = best.parent();
    double[] own = votes.get(best);
    if (parent == null || own == null) return List.of(best);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      double[] v = votes.get(sibling);
      if (v == null || v[1] < 80) continue;
      if (v[1] >= SIBLING_SHARE * (v[1] + v[2]) && v[1] >= SIBLING_MIN * own[1]) out.add(sibling);
    }
    return out;
  }

  /** A block's vote: positive for article-like text, negative for furniture. */
  static double vote(Blocks.Block b) {
    double ld = b.linkDensity();
    int chars = b.chars();
    // A heading neither helps nor hurts its container, unless it is long enough to be prose that
    // a page builder set in heading tags.
    if (b.kind() == Blocks.Kind.HEADING && chars < PROSE_HEADING) return 0;
    if (ld > 0.5) return -BAD_WEIGHT * chars;
    if (chars >= 80 && ld < 0.3) return chars * (1 - ld);
    if (endsSentence(b.text()) && ld < 0.2) return chars * 0.5;
    return -BAD_WEIGHT * chars * SHORT_WEIGHT;
  }

  /** Headings at least this long vote as prose. */
  private static final int PROSE_HEADING = 150;

  /** Short fragments that are not sentences count against their container at this weight. */
  private static final double SHORT_WEIGHT = 0.25;

  /** An ancestor that scores at least this share of the best container wins over it. */
  private static final double TIE = 1.0;

  /** The blocks that stand inside one of the given elements, in page order. */
  static List<Blocks.Block> inside(List<Blocks.Block> blocks, List<Element> roots) {
    List<Blocks.Block> out = new ArrayList<>();
    for (Blocks.Block b : blocks) {
      for (Element e = b.container(); e != null; e = e.parent()) {
        if (roots.contains(e)) {
          out.add(b);
          break;
        }
      }
    }
    return out;
  }

  /** The largest {@code itemprop=articleBody} element that survived pruning, if it holds text. */
  private static Element articleBodyMarker(Pruner.Pruned pruned) {
    Element best = null;
    int bestChars = 0;
    for (Element e : pruned.markers()) {
      int chars = pruned.markerChars().get(e);
      if (chars >= 200 && chars > bestChars && attached(e)) {
        best = e;
        bestChars = chars;
      }
    }
    return best;
  }

  /** How far up from the article-body marker its item scope is looked for. */
  static final int SCOPE_DEPTH = 12;

  /** A description shorter than this (visible characters) is a label, not a lead paragraph. */
  static final int LEAD_MIN = 40;

  /**
   * The article-body marker with the lead paragraph its article item puts before it: CMS templates
   * (TYPO3's news, many schema.org themes) mark the standfirst {@code itemprop=description} and the
   * rest {@code itemprop=articleBody}, so the marker alone loses the lead. Only an element of the
   * same item scope that comes before the body and holds text counts; a {@code <meta>} description
   * holds none.
   */
  static List<Element> withDescription(Element marker) {
    Element scope = marker.parent();
    for (int d = 0; scope != null && d < SCOPE_DEPTH && !scope.hasAttr("itemscope"); d++) {
      scope = scope.parent();
    }
    if (scope == null || !scope.hasAttr("itemscope")) return List.of(marker);
    for (Element e : scope.getElementsByAttributeValue("itemprop", "description")) {
      if (e == marker || within(e, marker) || within(marker, e)) continue;
      if (!precedes(e, marker) || nearestScope(e) != scope) continue;
      if (Pruner.visibleChars(e.text()) < LEAD_MIN) continue;
      return List.of(e, marker);
    }
    return List.of(marker);
  }

  /** How many levels above the chosen container a lead paragraph is looked for. */
  static final int LEAD_LEVELS = 4;

  /** Last words of a class name that name a lead paragraph ("article-lead", "entry-excerpt"). */
  static final java.util.Set<String> LEAD_WORDS =
      Pruner.words(
          "lead intro excerpt summary standfirst subtitle subheadline subhead dek teaser abstract");

  /**
   * The chosen container with the lead paragraph that the page sets apart above it, in the
   * article's header: a link-free element whose class names it a lead, the last one before the
   * container within {@link #LEAD_LEVELS} levels above it. Teasers of other stories link to them,
   * and pruning has removed those already.
   */
  static List<Element> withLead(List<Element> roots) {
    Element first = roots.get(0);
    Element scope = first;
    for (int d = 0; d < LEAD_LEVELS && scope.parent() != null; d++) {
      if (scope.nameIs("body")) break;
      scope = scope.parent();
    }
    Element lead = null;
    List<Element> firstPath = path(first); // once, not once per element of the scope
    for (Element e : scope.getElementsByAttribute("class")) {
      if (e == first || within(first, e)) continue;
      if (!precedes(path(e), firstPath)) break;
      if (lead != null && within(e, lead)) continue;
      if (isLeadNamed(e.className()) && isLinkFreeProse(e)) lead = e;
    }
    if (lead == null) return roots;
    for (Element r : roots) if (within(lead, r)) return roots;
    List<Element> out = new ArrayList<>(roots.size() + 1);
    out.add(lead);
    out.addAll(roots);
    return out;
  }

  private static boolean isLeadNamed(String cls) {
    for (String token : WHITESPACE.split(cls)) {
      String head = "";
      for (String w : Pruner.nameWords(token)) {
        if (!Pruner.GENERIC_WORDS.contains(w) || head.isEmpty()) head = w;
      }
      if (LEAD_WORDS.contains(head)) return true;
    }
    return false;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static boolean isLinkFreeProse(Element e) {
    String text = e.text();
    if (Pruner.visibleChars(text) < LEAD_MIN) return false;
    for (Element a : e.getElementsByTag("a")) if (!a.text().isBlank()) return false;
    return true;
  }

  private static Element nearestScope(Element e) {
    Element x = e.parent();
    while (x != null && !x.hasAttr("itemscope")) x = x.parent();
    return x;
  }

  /** Whether {@code a} starts before {@code b} in document order (neither inside the other). */
  private static boolean precedes(Element a, Element b) {
    return precedes(path(a), path(b));
  }

  /** {@link #precedes(Element, Element)} over the elements' {@link #path}s. */
  private static boolean precedes(List<Element> pa, List<Element> pb) {
    // The paths from the root differ first at a pair of siblings; their order decides.
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) i++;
    if (i == pa.size() || i == pb.size()) return false;
    return pa.get(i).elementSiblingIndex() < pb.get(i).elementSiblingIndex();
  }

  /** The elements from the root down to {@code e}. */
  private static List<Element> path(Element e) {
    List<Element> out = new ArrayList<>();
    for (Element x = e; x != null; x = x.parent()) out.add(x);
    java.util.Collections.reverse(out);
    return out;
  }

  /** False for an element that pruning removed (or that sits inside a removed one). */
  private static boolean attached(Element e) {
    Element x = e;
    while (x.parent() != null) x = x.parent();
    return x instanceof Document;
  }

  private static boolean endsSentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '"'
        || c == '”';
  }

  /** Renders blocks, dropping those that read as furniture. */
  static Content render(List<Blocks.Block> blocks, String title) {
    String normTitle = title == null ? null : norm(title);
    boolean[] kept = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) kept[i] = keep(blocks.get(i), normTitle);
    trimEdges(blocks, kept);
    Furniture.trimTail(blocks, kept);
    dropTailOutsideColumn(blocks, kept);
    dropOrphanHeadings(blocks, kept);
    StringBuilder sb = new StringBuilder();
    List<Link> links = new ArrayList<>();
    Blocks.Kind prev = null;
    BaseUrl resolver = new BaseUrl();
    for (int i = 0; i < blocks.size(); i++) {
      if (!kept[i]) continue;
      Blocks.Block b = blocks.get(i);
      if (!sb.isEmpty()) {
        sb.append(prev == Blocks.Kind.ITEM && b.kind() == Blocks.Kind.ITEM ? "\n" : "\n\n");
      }
      int base = sb.length();
      sb.append(b.text());
      for (Blocks.Anchor a : b.anchors()) {
        String url = resolver.absUrl(a.element(), "href");
        if (!url.startsWith("http://") && !url.startsWith("https://")) continue;
        if (withoutFragment(url).equals(withoutFragment(a.element().baseUri()))) continue;
        links.add(
            new Link(
                url, b.text().substring(a.start(), a.end()), base + a.start(), base + a.end()));
      }
      prev = b.kind();
    }
    return new Content(sb.toString(), links);
  }

  /** A link to a place on the same page ("3 comments", "top") is not a link to another text. */
  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** Fragments shorter than this before the first or after the last article block are dropped. */
  private static final int TRIM_MAX = 40;

  /**
   * Before the first and after the last article-like block, short fragments are page furniture that
   * the container happened to hold: bylines, dates, kickers, tag lists, "Share" lines.
   */
  static void trimEdges(List<Blocks.Block> blocks, boolean[] kept) {
    int first = -1, last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (kept[i] && vote(blocks.get(i)) > 0) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first < 0) return;
    for (int i = 0; i < first; i++) {
      if (blocks.get(i).chars() < TRIM_MAX && blocks.get(i).kind() != Blocks.Kind.HEADING)
        kept[i] = false;
    }
    for (int i = last + 1; i < blocks.size(); i++) {
      if (blocks.get(i).chars() < TRIM_MAX) kept[i] = false;
    }
  }

  /** The text column is the deepest element holding this share of the article-like text. */
  static final double COLUMN_SHARE = 0.9;

  /**
   * After the story's text column ends, what follows outside it is furniture the container held: a
   * writer's profile, a "support us" appeal, a disclaimer in a box of its own. The column is the
   * deepest element holding nearly all article-like text; an article split over sibling sections
   * has their common parent as its column, so no section is cut.
   */
  static void dropTailOutsideColumn(List<Blocks.Block> blocks, boolean[] kept) {
    Map<Element, Double> good = new IdentityHashMap<>();
    double total = 0;
    for (int i = 0; i < blocks.size(); i++) {
      double v = vote(blocks.get(i));
      if (!kept[i] || v <= 0) continue;
      total += v;
      for (Element e = blocks.get(i).container(); e != null; e = e.parent()) {
        good.merge(e, v, Double::sum);
      }
    }
    if (total == 0) return;
    Element column = null;
    int columnDepth = -1;
    for (Map.Entry<Element, Double> en : good.entrySet()) {
      // A paragraph holding nearly all the text is not a column: its container is.
      if (en.getValue() < COLUMN_SHARE * total
          || LEAF_CONTAINERS.contains(en.getKey().normalName())) {
        continue;
      }
      int depth = depth(en.getKey());
      if (depth > columnDepth) {
        column = en.getKey();
        columnDepth = depth;
      }
    }
    if (column == null) return;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (!kept[i]) continue;
      if (within(blocks.get(i).container(), column)) break;
      kept[i] = false;
    }
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element x = e.parent(); x != null; x = x.parent()) d++;
    return d;
  }

  /**
   * A heading whose section lost all its blocks (a "Related articles" heading over a dropped link
   * list) goes too.
   */
  static void dropOrphanHeadings(List<Blocks.Block> blocks, boolean[] kept) {
    boolean sectionHasText = false;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Blocks.Block b = blocks.get(i);
      if (b.kind() == Blocks.Kind.HEADING && b.chars() < PROSE_HEADING) {
        if (!sectionHasText) kept[i] = false;
        sectionHasText = false;
      } else if (kept[i]) {
        sectionHasText = true;
      }
    }
  }

  /** Link share above which a paragraph is a cross-link rather than prose. */
  static final double LINKED_PARAGRAPH = 0.9;

  /**
   * Whether a block reads as article text on its own: not a link list, a share or "read more" line,
   * a caption credit ({@link Furniture#isCredit}) or a bare section label ({@link
   * Furniture#isLabel}).
   */
  static boolean keep(Blocks.Block b, String normTitle) {
    // The patterns below are written in lower case and run on a lower-cased copy of short blocks
    // only: case-insensitive matching costs more than the lower-casing.
    String lower = b.chars() < 300 ? b.text().toLowerCase(Locale.ROOT) : null;
    if (normTitle != null
        && lower != null
        && Math.abs(lower.length() - normTitle.length()) < 8
        && norm(lower).equals(normTitle)) {
      return false;
    }
    double ld = b.linkDensity();
    switch (b.kind()) {
      case PARAGRAPH, QUOTE, PRE -> {
        if (ld > 0.8 && b.chars() < 30) return false;
        // A paragraph that is one link is a cross-link to another page ("Read: <headline>"),
        // unless it is a bare address the story gives (a URL, an e-mail).
        if (ld >= LINKED_PARAGRAPH && b.text().indexOf(' ') >= 0) return false;
      }
      default -> {
        if (ld > 0.5) return false;
      }
    }
    if (lower == null) return true;
    if (b.chars() < 60 && BOILERPLATE_LINE.matcher(lower).lookingAt()) return false;
    if (b.chars() < 250 && ld > 0.2 && SEE_ALSO.matcher(lower).lookingAt()) return false;
    if (b.chars() < 160 && isFurnitureSentence(lower)) return false;
    if (isFigureCaption(lower)) return false;
    if (isSeparatedRow(lower)) return false;
    if (b.chars() < 50 && isDateLine(lower)) return false;
    if (Furniture.isLabel(lower) || Furniture.isCredit(lower)) return false;
    return true;
  }

  /** "Read more: <link>", "Lea también: <link>": a cross-link set inside the article. */
  private static final Pattern SEE_ALSO =
      Pattern.compile(
          "^\\W{0,3}(?:read (?:more|also)|see also|related|more on this|lesen sie (?:auch|mehr|hier)|"
              + "mehr (?:dazu|zum thema)|auch interessant|siehe auch|lire (?:aussi|également)|"
              + "à lire|voir aussi|lea (?:también|más)|lee (?:también|más)|vea también|ver también|"
              + "leggi anche|vedi anche|leia (?:também|mais)|veja também|czytaj (?:też|także|więcej)|"
              + "zobacz (?:też|także)|lea|ler mais|también lea|te puede interesar|"
              + "también te puede interesar|das könnte (?:sie|dich) auch interessieren|"
              + "schon gelesen|auch lesen|vous aimerez aussi|ti potrebbe interessare|"
              + "potrebbe interessarti|you may also like|you might also like|more from|"
              + "le puede interesar|puedes ver|mira también|ver también|veja também)"
              + "(?![\\p{L}\\p{N}])\\s*[:：-]?",
          0);

  /**
   * Phrases that, anywhere in a short block, mark it as talk about the page rather than the story.
   * Plain substrings: a regex alternation tried at every offset costs more than the whole
   * extraction.
   */
  private static final List<String> FURNITURE_PHRASES =
      List.of(
          "leave a reply",
          "leave a comment",
          "schreibe einen kommentar",
          "hinterlasse einen kommentar",
          "kommentar schreiben",
          "kommentar verfassen",
          "laisser un commentaire",
          "laissez un commentaire",
          "deja un comentario",
          "deja tu comentario",
          "lascia un commento",
          "deixe um comentário",
          "deixe seu comentário",
          "have a correction",
          "reproduction without permission",
          "all rights reserved",
          "alle rechte vorbehalten",
          "tous droits réservés",
          "todos los derechos reservados",
          "tutti i diritti riservati",
          "sign up for",
          "melden sie sich an",
          "abonnieren sie",
          "subscribe to our",
          "subscribe to the",
          "newsletter",
          "cookie settings",
          "cookie policy",
          "cookies settings",
          "cookies policy",
          "you must be logged in",
          "sie müssen sich einloggen",
          "sie müssen sich anmelden",
          "click here",
          "hier klicken",
          "cliquez ici",
          "haga clic aquí",
          "clicca qui",
          "lade weitere",
          "load more",
          "mehr laden",
          "weitere artikel",
          "more articles",
          "war der artikel nützlich",
          "war dieser artikel nützlich",
          "war der beitrag hilfreich",
          "war dieser beitrag hilfreich",
          "was this article helpful",
          "was this page helpful",
          "artikel teilen",
          "beitrag teilen",
          "share this",
          "subscribe now",
          "already a subscriber",
          "first-time subscribers",
          "hazte miembro",
          "suscríbete",
          "abonnez-vous",
          "jetzt abonnieren",
          "para comentar debes",
          "um zu kommentieren",
          "um kommentieren",
          "pour commenter",
          "to comment",
          "nicht eingeloggt",
          "you are not logged in",
          "be sociable, share",
          "like it? share it",
          "rezept drucken",
          "print recipe",
          "imprimer la recette",
          "bild anzeigen",
          "dowiedz się więcej",
          "noch keine bewertungen",
          "no ratings yet",
          "vorschau auf den nächsten artikel",
          "der beitrag wurde am",
          "dieser beitrag wurde am",
          "dieser text wurde veröffentlicht",
          "wird benötigt und nicht veröffentlicht",
          "will not be published",
          "ne sera pas publiée",
          "no será publicada",
          "non sarà pubblicato",
          "durch die weitere nutzung der seite",
          "by continuing to use this site",
          "en poursuivant votre navigation",
          "sofern nicht anders ausgewiesen",
          "pour accéder en illimité",
          "zapraszamy też do subskrypcji",
          "thank you for your support",
          "missed the main event",
          "kostenlos testen",
          "jetzt testen",
          "try it free",
          "start your free trial",
          "essai gratuit",
          "essayez gratuitement",
          "prueba gratis",
          "prova gratis",
          "síguenos en",
          "siguenos en",
          "follow us on",
          "suivez-nous",
          "seguici su",
          "siga-nos",
          "folgen sie uns auf",
          "nuestro canal de youtube",
          "nuestro canal de telegram",
          "tenemos canal de telegram",
          "our telegram channel");

  private static final Needles FURNITURE_PHRASE_SET =
      new Needles().add(FURNITURE_PHRASES, 1, false);

  /** Openings that mark a short block as furniture: captions, credits, related-list headings. */
  private static final Pattern FURNITURE_START =
      Pattern.compile(
          "(?:foto|photo|bild|image|quelle|source|fuente|fonte|titelbild|credit)s?\\s*:|"
              + "(?:das )?könnte (?:sie|dich) auch interessieren|auch interessant|"
              + "schon gelesen|you (?:may|might) also like|related (?:articles|posts|stories)|"
              + "more stories|vous aimerez aussi|à lire aussi|(?:también )?te puede interesar|"
              + "(?:ti )?potrebbe interessarti|czytaj (?:też|także)|zobacz (?:też|także)|"
              + "le puede interesar|puedes ver:|"
              + "ähnliche (?:beiträge|artikel)|weitere (?:beiträge|artikel)|mehr zum thema|"
              + "(?:publicado|publié|published|veröffentlicht|pubblicato|posted|"
              + "aktualisiert|updated|actualizado|mis à jour)(?: (?:el|le|am|on|il))?\\s*:?$|"
              + "(?:warning|notice|deprecated|fatal error|parse error): .* on line \\d+|"
              + "erstellt am |quellenangaben\\s*:?$|originalpublikation\\s*:?$");

  /**
   * A numbered or labelled figure caption ("Abbildung 3: …", "Fig. 2. …", "Figure: …"): the label
   * with its colon opens the block, which a caption's sentence may make longer than a credit.
   */
  private static final Pattern FIGURE_CAPTION =
      Pattern.compile(
          "\\W{0,3}(?:abbildung|abb\\.|schaubild|figure|fig\\.|figura|rysunek|ryc\\.)"
              + "\\s*(?:\\d+[a-z]?)?\\s*[:：.]\\s");

  /** Captions longer than this are prose that happens to open with a figure label. */
  static final int CAPTION_MAX = 300;

  /** True when the (lower-case) block is a figure caption: a figure label opens it. */
  static boolean isFigureCaption(String lower) {
    return lower.length() <= CAPTION_MAX
        && mayOpenWithFigureLabel(lower)
        && FIGURE_CAPTION.matcher(lower).lookingAt();
  }

  /**
   * Whether the first word character (ASCII, as the pattern's {@code \\w}) stands within the first
   * four and starts a figure label: a, f, r or s. Most blocks fail this, and the test costs far
   * less than the pattern.
   */
  private static boolean mayOpenWithFigureLabel(String lower) {
    int n = Math.min(lower.length(), 4);
    for (int i = 0; i < n; i++) {
      char c = lower.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (word || c == '_') return c == 'a' || c == 'f' || c == 'r' || c == 's';
    }
    return false;
  }

  /** A row of at least this many items split by bars is a menu or a meta line... */
  static final int ROW_MIN_ITEMS = 3;

  /** ...when every item is at most this long... */
  static final int ROW_ITEM_MAX = 40;

  /** ...and the row at most this long. */
  static final int ROW_MAX = 200;

  private static final Pattern ROW_SEPARATOR = Pattern.compile("\\s[|·]\\s");

  /**
   * A line of short items split by bars ("Kommentarfeed | Trackback-URL | Drucken", "Views: 12 |
   * Tags: …"): a menu, a footer or a post's meta line. Prose uses a bar seldom, and never between
   * three short fragments.
   */
  static boolean isSeparatedRow(String text) {
    if (text.length() > ROW_MAX || text.indexOf('|') < 0 && text.indexOf('·') < 0) return false;
    String[] items = ROW_SEPARATOR.split(text.strip());
    if (items.length < ROW_MIN_ITEMS) return false;
    for (String item : items) if (item.strip().length() > ROW_ITEM_MAX) return false;
    return true;
  }

  static boolean isFurnitureSentence(String lower) {
    if (FURNITURE_START.matcher(lower).lookingAt()) return true;
    return FURNITURE_PHRASE_SET.any(lower);
  }

  /**
   * Words that stand in a date line besides its figures: months, weekdays' and times' words,
   * prepositions and labels, lower case. Each matches the start of a word (not after a letter or
   * digit) and takes the ASCII word characters after it ("mär" takes "märz", "jan" takes "januar");
   * the first in this order that fits wins. (The regex this list replaced took a full stop after
   * the word too; a full stop is no letter, so the count of letters left is the same without it.)
   */
  static final List<String> DATE_WORDS =
      List.of(
          ("jan feb mär mar apr mai may jun jul aug sep okt oct nov dez dec ene abr ago dic gen mag"
                  + " giu lug set ott fév fev avr juil déc janvier février mars avril juin juillet"
                  + " août septembre octobre novembre décembre januar februar märz juni juli august"
                  + " september oktober november dezember january february march april june july"
                  + " october december enero febrero marzo mayo junio julio agosto septiembre"
                  + " octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio"
                  + " settembre ottobre dicembre uhr am um on at le el il de del von updated"
                  + " aktualisiert las los alle ore à a den der y et and und veröffentlicht"
                  + " published publié publicado pubblicato mis_à_jour stand posted geschrieben by h"
                  + " pm am gmt utc cet cest mez mesz")
              .replace('_', ' ')
              .split(" "));

  /** {@link #DATE_WORDS} by their first character, in their order (ASCII; the rest at 128). */
  private static final String[][] DATE_WORDS_BY_FIRST = byFirst(DATE_WORDS);

  private static String[][] byFirst(List<String> words) {
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i <= 128; i++) lists.add(new ArrayList<>());
    for (String w : words) lists.get(Math.min(128, (int) w.charAt(0))).add(w);
    String[][] out = new String[129][];
    for (int i = 0; i <= 128; i++) out[i] = lists.get(i).toArray(String[]::new);
    return out;
  }

  /**
   * A line that is a date and little else ("23.10.2018", "aktualisiert: 3. april 2020, 10:15"); the
   * text must be lower case.
   */
  static boolean isDateLine(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) digits++;
    if (digits < 2) return false;
    int allLetters = 0;
    for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) allLetters++;
    if (allLetters <= 2) return true;
    if (allLetters > 30) return false;
    return lettersOutsideDateWords(text) <= 2;
  }

  /**
   * The letters of {@code text} outside its {@link #DATE_WORDS}. Written by hand: as one regex
   * alternation of the words, tried at every position, it took over 40 % of the time of a page of
   * result tables (thousands of short date-and-time cells).
   */
  static int lettersOutsideDateWords(String text) {
    int letters = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (i == 0 || !isLetterOrNumber(text.codePointBefore(i))) {
        int end = dateWordEnd(text, i);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (Character.isLetter(text.charAt(i))) letters++;
      i++;
    }
    return letters;
  }

  /** Where the date word starting at {@code i} ends, its trailing word characters included; -1. */
  private static int dateWordEnd(String text, int i) {
    for (String w : DATE_WORDS_BY_FIRST[Math.min(128, (int) text.charAt(i))]) {
      if (text.startsWith(w, i)) {
        int end = i + w.length();
        while (end < text.length() && isAsciiWordChar(text.charAt(end))) end++;
        return end;
      }
    }
    return -1;
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** A letter or any number (what a regex's {@code [\p{L}\p{N}]} matches). */
  private static boolean isLetterOrNumber(int c) {
    if (Character.isLetter(c)) return true;
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static String articleBody(JsonLd jsonLd) {
    if (jsonLd == null) return null;
    for (JsonNode n : jsonLd.articles()) {
      String body = JsonLd.text(n, "articleBody");
      if (body != null && body.length() > 200) return plainText(body);
    }
    return null;
  }

  /** Entity levels undone in a JSON-LD body: some sites escape their markup twice. */
  static final int UNESCAPE_ROUNDS = 2;

  private static final Pattern MARKUP =
      Pattern.compile(
          "</?(?:p|br|div|span|strong|em|b|i|a|h[1-6]|ul|ol|li|blockquote|figure)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);

  /**
   * A JSON-LD {@code articleBody} as plain text: some CMSs put the article's HTML there, escaped
   * once or twice ("&lt;p&gt;…", "repert&amp;oacute;rio"), where the field should hold text. The
   * entities are undone and markup is rendered as blocks, with the same furniture rules as the
   * page.
   */
  static String plainText(String body) {
    String s = body;
    for (int i = 0; i < UNESCAPE_ROUNDS && (s.contains("&lt;") || s.contains("&amp;")); i++) {
      s = Parser.unescapeEntities(s, false);
    }
    if (!MARKUP.matcher(s).find()) return s;
    Element fragment = Jsoup.parseBodyFragment(s).body();
    return render(Blocks.collect(List.of(fragment)), null).text();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String norm(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
