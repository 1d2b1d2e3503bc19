package dev.argus.core.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Per-element text measures, computed in one pass over the tree so that no decision needs a
 * quadratic {@code text()} call: visible characters, characters inside links, and whether the
 * element holds an explicit article-body marker ({@code itemprop=articleBody}).
 */
final class TextStats {

  private static final class Counts {
    int chars;
    int linkChars;
    int commas;
    boolean marker;
  }

  private final Map<Element, Counts> counts = new IdentityHashMap<>();
  private final List<Element> markers = new ArrayList<>();

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats s = new TextStats();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int linkDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.nameIs("a")) linkDepth++;
              Counts c = new Counts();
              c.marker = isMarker(e);
              if (c.marker) s.markers.add(e);
              s.counts.put(e, c);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof TextNode t) {
              int n = 0, commas = 0;
              String text = t.getWholeText();
              for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (!Character.isWhitespace(ch) && ch != '\u00a0') n++;
                if (ch == ',' || ch == '，' || ch == '、' || ch == '،') commas++;
              }
              if (n == 0) return;
              Element parent = t.parent() instanceof Element p ? p : null;
              if (parent == null) return;
              Counts c = s.counts.get(parent);
              if (c == null) return;
              c.chars += n;
              c.commas += commas;
              if (linkDepth > 0) c.linkChars += n;
            } else if (node instanceof Element e && e.parent() != null) {
              if (e.nameIs("a")) linkDepth--;
              Counts c = s.counts.get(e);
              Counts p = s.counts.get(e.parent());
              if (c != null && p != null) {
                p.chars += c.chars;
                p.linkChars += c.linkChars;
                p.commas += c.commas;
                p.marker |= c.marker;
              }
            }
          }
        },
        root);
    return s;
  }

  static boolean isMarker(Element e) {
    if (e.attributesSize() == 0) return false;
    String itemprop = e.attr("itemprop");
    return itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text");
  }

  /** The {@code itemprop=articleBody} elements, in page order. */
  List<Element> markers() {
    return markers;
  }

  int chars(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.chars;
  }

  int linkChars(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.linkChars;
  }

  int commas(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.commas;
  }

  double linkDensity(Element e) {
    int n = chars(e);
    return n == 0 ? 0 : (double) linkChars(e) / n;
  }

  /** True when the element is, or contains, an {@code itemprop=articleBody} marker. */
  boolean holdsArticleMarker(Element e) {
    Counts c = counts.get(e);
    return c != null && c.marker;
  }
}
