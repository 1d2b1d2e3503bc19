package dev.argus.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.meta.Metadata;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

  /** A paragraph shorter than this does not vote for its container. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "^(?:share|teilen|partager|compartir|condividi|compartilhar|udostępnij|tweet|twittern|"
              + "print|drucken|imprimer|imprimir|stampa|drukuj|e-?mail|read more|weiterlesen|"
              + "mehr lesen|mehr zum thema|lire la suite|lire aussi|leer más|lee también|"
              + "continua a leggere|leggi anche|czytaj (?:więcej|też|także)|advertisement|anzeige|"
              + "werbung|publicité|publicidad|pubblicità|reklama|tags?|schlagwörter|stichwörter|"
              + "related|verwandte artikel|ähnliche artikel|comments?|kommentare?|commentaires?|"
              + "comentarios?|commenti|komentarze|loading|skip to content|zum inhalt springen|"
              + "back to top|nach oben|top|like this|gefällt mir|follow us|folgen sie uns)"
              + "\\b.{0,40}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ContentExtractor() {}

  static String extract(Document doc, Metadata meta, JsonLd jsonLd) {
    Element body = doc.body();
    if (body == null) return "";
    Pruner.prune(body, TextStats.of(body));
    TextStats stats = TextStats.of(body);
    String title = meta == null ? null : meta.title();
    List<Blocks.Block> all = Blocks.collect(List.of(body));
    Element marker = articleBodyMarker(body, stats);
    Element root = marker != null ? marker : densest(body, all);
    String text = render(inside(all, root), title);

    String ld = articleBody(jsonLd);
    if (ld != null && ld.length() > 1.5 * text.length() + 200) text = ld;
    if (text.length() < 300) {
      String whole = render(Blocks.collect(List.of(body)), title);
      if (whole.length() > 2 * text.length() + 100 && text.length() < 100) text = whole;
    }
    return text;
  }

  /** Weight of furniture text against article text when choosing the container. */
  private static final double BAD_WEIGHT =
      Double.parseDouble(System.getProperty("argus.bad", "1.0"));

  /**
   * The container that holds the most article-like text and the least furniture-like text: each
   * block votes for all its ancestors, with its characters counted as good (long, few links,
   * sentence-like) or bad (link lists, short fragments), and the element with the highest good
   * minus weighted bad wins. This is a maximum-subtree search; unlike Readability's top node it
   * keeps an article whose paragraphs are spread over several sibling sections.
   */
  static Element densest(Element body, List<Blocks.Block> blocks) {
    Map<Element, double[]> votes = new IdentityHashMap<>();
    for (Blocks.Block b : blocks) {
      double v = vote(b);
      if (v == 0) continue;
      for (Element e = b.container(); e != null; e = e.parent()) {
        votes.computeIfAbsent(e, k -> new double[1])[0] += v;
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
    return best;
  }

  /** A block's vote: positive for article-like text, negative for furniture. */
  static double vote(Blocks.Block b) {
    double ld = b.linkDensity();
    int chars = b.chars();
    if (b.kind() == Blocks.Kind.HEADING) return 0;
    if (ld > 0.5) return -BAD_WEIGHT * chars;
    if (chars >= 80 && ld < 0.3) return chars * (1 - ld);
    if (endsSentence(b.text()) && ld < 0.2) return chars * 0.5;
    return -BAD_WEIGHT * chars * SHORT_WEIGHT;
  }

  private static final double SHORT_WEIGHT =
      Double.parseDouble(System.getProperty("argus.short", "0.25"));
  private static final double TIE = Double.parseDouble(System.getProperty("argus.tie", "1.0"));

  /** The blocks that stand inside the given element, in page order. */
  static List<Blocks.Block> inside(List<Blocks.Block> blocks, Element root) {
    List<Blocks.Block> out = new ArrayList<>();
    for (Blocks.Block b : blocks) {
      for (Element e = b.container(); e != null; e = e.parent()) {
        if (e == root) {
          out.add(b);
          break;
        }
      }
    }
    return out;
  }

  /** The best-scoring container and the siblings that belong with it, in page order. */
  static List<Element> chooseRoots(Element body, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (!isParagraphLike(e, stats)) continue;
      int chars = stats.chars(e);
      if (chars < MIN_PARAGRAPH_CHARS) continue;
      double score = 1 + stats.commas(e) + Math.min(chars / 100.0, 3);
      Element ancestor = e.parent();
      for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
        if (!scores.containsKey(ancestor)) scores.put(ancestor, initialScore(ancestor));
        scores.merge(ancestor, score / (level == 0 ? 1 : level * 2.0), Double::sum);
      }
    }
    Element top = null;
    double topScore = -1;
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      double s = en.getValue() * (1 - stats.linkDensity(en.getKey()));
      en.setValue(s);
      if (s > topScore) {
        topScore = s;
        top = en.getKey();
      }
    }
    Element marker = articleBodyMarker(body, stats);
    if (top == null) return List.of(marker != null ? marker : body);
    if (marker != null && stats.chars(marker) >= 0.5 * stats.chars(top)) return List.of(marker);
    return withSiblings(top, topScore, scores, stats);
  }

  private static Element articleBodyMarker(Element body, TextStats stats) {
    Element best = null;
    for (Element e : body.select("[itemprop=articleBody]")) {
      if (stats.chars(e) >= 200 && (best == null || stats.chars(e) > stats.chars(best))) best = e;
    }
    return best;
  }

  private static boolean isParagraphLike(Element e, TextStats stats) {
    String tag = e.normalName();
    switch (tag) {
      case "p", "pre", "td", "blockquote" -> {
        return true;
      }
      case "div", "section", "span" -> {
        // A container whose own text (not its children's blocks) reads as a paragraph.
        for (Element child : e.children()) {
          if (Blocks.BLOCK_TAGS.contains(child.normalName())) return false;
        }
        return !tag.equals("span") && stats.chars(e) >= MIN_PARAGRAPH_CHARS;
      }
      default -> {
        return false;
      }
    }
  }

  private static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return s + classWeight(e);
  }

  private static double classWeight(Element e) {
    double w = 0;
    for (String token : (e.className() + " " + e.id()).split("\\s+")) {
      if (token.isEmpty()) continue;
      switch (Pruner.classify(token)) {
        case CONTENT -> w = Math.max(w, 25);
        case FURNITURE -> w = Math.min(w, -25);
        case NEUTRAL -> {}
      }
    }
    return w;
  }

  private static List<Element> withSiblings(
      Element top, double topScore, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == top) {
        out.add(sib);
        continue;
      }
      Double s = scores.get(sib);
      if (s != null && s >= threshold) {
        out.add(sib);
        continue;
      }
      if (sib.normalName().equals("p")) {
        int chars = stats.chars(sib);
        double ld = stats.linkDensity(sib);
        if ((chars > 80 && ld < 0.25) || (chars > 0 && ld == 0 && endsSentence(sib.text())))
          out.add(sib);
      }
    }
    return out;
  }

  private static boolean endsSentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '"'
        || c == '”';
  }

  /** Renders blocks, dropping those that read as furniture. */
  static String render(List<Blocks.Block> blocks, String title) {
    String normTitle = title == null ? null : norm(title);
    boolean[] kept = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) kept[i] = keep(blocks.get(i), normTitle);
    if (TRIM) trimEdges(blocks, kept);
    dropOrphanHeadings(blocks, kept);
    StringBuilder sb = new StringBuilder();
    Blocks.Kind prev = null;
    for (int i = 0; i < blocks.size(); i++) {
      if (!kept[i]) continue;
      Blocks.Block b = blocks.get(i);
      if (!sb.isEmpty()) {
        sb.append(prev == Blocks.Kind.ITEM && b.kind() == Blocks.Kind.ITEM ? "\n" : "\n\n");
      }
      sb.append(b.text());
      prev = b.kind();
    }
    return sb.toString();
  }

  private static final boolean TRIM =
      Boolean.parseBoolean(System.getProperty("argus.trim", "true"));
  private static final int TRIM_MAX = Integer.getInteger("argus.trimmax", 40);

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

  /**
   * A heading whose section lost all its blocks (a "Related articles" heading over a dropped link
   * list) goes too.
   */
  static void dropOrphanHeadings(List<Blocks.Block> blocks, boolean[] kept) {
    boolean sectionHasText = false;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (blocks.get(i).kind() == Blocks.Kind.HEADING) {
        if (!sectionHasText) kept[i] = false;
        sectionHasText = false;
      } else if (kept[i]) {
        sectionHasText = true;
      }
    }
  }

  static boolean keep(Blocks.Block b, String normTitle) {
    if (normTitle != null && b.chars() < 300 && norm(b.text()).equals(normTitle)) return false;
    double ld = b.linkDensity();
    switch (b.kind()) {
      case PARAGRAPH, QUOTE, PRE -> {
        if (ld > 0.8 && b.chars() < 30) return false;
      }
      default -> {
        if (ld > 0.5) return false;
      }
    }
    if (b.chars() < 60 && BOILERPLATE_LINE.matcher(b.text()).find()) return false;
    if (b.chars() < 250 && ld > 0.2 && SEE_ALSO.matcher(b.text()).lookingAt()) return false;
    if (b.chars() < 160 && FURNITURE_SENTENCE.matcher(b.text()).find()) return false;
    if (b.chars() < 50 && isDateLine(b.text())) return false;
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
              + "potrebbe interessarti|you may also like|you might also like|more from)"
              + "\\b\\s*[:：-]?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Short lines that speak about the page rather than the story. */
  private static final Pattern FURNITURE_SENTENCE =
      Pattern.compile(
          "leave a (?:reply|comment)|schreibe einen kommentar|hinterlasse einen kommentar|"
              + "kommentar (?:schreiben|verfassen)|laisser un commentaire|laissez un commentaire|"
              + "deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) comentário|"
              + "have a correction|reproduction without permission|all rights reserved|"
              + "alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
              + "tutti i diritti riservati|sign up for|melden sie sich an|abonnieren sie|"
              + "subscribe to (?:our|the)|newsletter|cookies? (?:settings|policy)|"
              + "you must be logged in|sie müssen sich (?:einloggen|anmelden)|"
              + "click here|hier klicken|cliquez ici|haga clic aquí|clicca qui|"
              + "lade weitere|load more|mehr laden|weitere artikel|more articles|"
              + "^(?:foto|photo|bild|image|quelle|source|fuente|fonte|titelbild|credit)s?\\s*:|"
              + "^(?:das )?könnte (?:sie|dich) auch interessieren|^auch interessant|"
              + "^schon gelesen|^you (?:may|might) also like|^related (?:articles|posts|stories)|"
              + "^more stories|^vous aimerez aussi|^à lire aussi|^(?:también )?te puede interesar|"
              + "^(?:ti )?potrebbe interessarti|^czytaj (?:też|także)|^zobacz (?:też|także)|"
              + "^ähnliche (?:beiträge|artikel)|^weitere (?:beiträge|artikel)|^mehr zum thema|"
              + "war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)|"
              + "was this (?:article|page) helpful|artikel teilen|beitrag teilen|share this|"
              + "^(?:publicado|publié|published|veröffentlicht|pubblicato|posted|"
              + "aktualisiert|updated|actualizado|mis à jour)(?: (?:el|le|am|on|il))?\\s*:?$|"
              + "subscribe now|already a subscriber|first-time subscribers|hazte miembro|"
              + "suscríbete|abonnez-vous|jetzt abonnieren|para comentar debes|"
              + "um (?:zu )?kommentieren|pour commenter|to comment|"
              + "sie sind (?:aktuell )?nicht eingeloggt|you are not logged in",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "\\b(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|ene|abr|ago|"
              + "dic|gen|mag|giu|lug|set|ott|fév|fev|avr|juil|déc|janvier|février|mars|avril|juin|"
              + "juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|"
              + "august|september|oktober|november|dezember|january|february|march|april|june|july|"
              + "october|december|enero|febrero|marzo|mayo|junio|julio|agosto|septiembre|octubre|"
              + "noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
              + "ottobre|dicembre|uhr|am|um|on|at|le|el|il|de|del|von|updated|aktualisiert|"
              + "las|los|alle|ore|à|a|den|der|y|et|and|und|"
              + "veröffentlicht|published|publié|publicado|pubblicato|mis à jour|stand|posted|"
              + "geschrieben|by|h|pm|am|gmt|utc|cet|cest|mez|mesz)\\w*\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A line that is a date and little else ("23.10.2018", "Aktualisiert: 3. April 2020, 10:15"). */
  static boolean isDateLine(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) digits++;
    if (digits < 2) return false;
    String rest = DATE_WORDS.matcher(text).replaceAll("");
    int letters = 0;
    for (int i = 0; i < rest.length(); i++) if (Character.isLetter(rest.charAt(i))) letters++;
    return letters <= 2;
  }

  private static String articleBody(JsonLd jsonLd) {
    if (jsonLd == null) return null;
    for (JsonNode n : jsonLd.articles()) {
      String body = JsonLd.text(n, "articleBody");
      if (body != null && body.length() > 200) return body;
    }
    return null;
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
