package dev.argus.core.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns a subtree into text blocks (paragraphs, headings, list items, quotes...) in page order. */
final class Blocks {

  enum Kind {
    PARAGRAPH,
    HEADING,
    ITEM,
    QUOTE,
    PRE,
    ROW,
    OTHER
  }

  /**
   * One block of text, with the share of it that sits inside links. {@code container} is the
   * innermost block-level element the text stood in.
   */
  record Block(
      String text, Kind kind, int chars, int linkChars, Element container, List<Anchor> anchors) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  /**
   * A link inside a block: the {@code <a>} element and the span of its text in the block's text.
   * The URL is resolved only for blocks that are kept, so furniture costs no URL parsing.
   */
  record Anchor(Element element, int start, int end) {}

  /** Tags that break text into separate blocks. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "caption",
          "figure",
          "form",
          "fieldset",
          "address",
          "center",
          "hr",
          "details",
          "summary",
          "body",
          "html",
          "nav",
          "menu",
          "hgroup");

  private Blocks() {}

  static Kind kindOf(String tag) {
    return switch (tag) {
      case "p" -> Kind.PARAGRAPH;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
      case "li", "dt", "dd" -> Kind.ITEM;
      case "blockquote" -> Kind.QUOTE;
      case "pre" -> Kind.PRE;
      case "tr" -> Kind.ROW;
      default -> null;
    };
  }

  static List<Block> collect(List<Element> roots) {
    List<Block> out = new ArrayList<>();
    for (Element root : roots) collect(root, out);
    return out;
  }

  private static void collect(Element root, List<Block> out) {
    new Collector(out).walk(root);
  }

  private static final class Collector extends TreeWalk {
    private final List<Block> out;
    private final StringBuilder sb = new StringBuilder();
    private final Deque<Kind> kinds = new ArrayDeque<>();
    private final Deque<Element> containers = new ArrayDeque<>();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private boolean pendingSpace;
    private Element anchor;
    private int anchorStart = -1;
    private List<Anchor> anchors;

    Collector(List<Block> out) {
      this.out = out;
    }

    @Override
    void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          containers.push(e);
          Kind k = kindOf(tag);
          if (k != null) kinds.push(k);
        }
        switch (tag) {
          case "a" -> {
            if (linkDepth++ == 0) {
              anchor = e;
              anchorStart = -1;
            }
          }
          case "pre" -> preDepth++;
          case "br" -> {
            if (!sb.isEmpty()) sb.append('\n');
            pendingSpace = false;
          }
          case "td", "th" -> pendingSpace = !sb.isEmpty();
          case "img" -> {}
          default -> {}
        }
      }
    }

    @Override
    void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "a" -> {
            if (--linkDepth == 0) {
              closeAnchor();
              anchor = null;
            }
          }
          case "pre" -> preDepth--;
          case "td", "th" -> pendingSpace = !sb.isEmpty();
          default -> {}
        }
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (!containers.isEmpty()) containers.pop();
          if (kindOf(tag) != null && !kinds.isEmpty()) kinds.pop();
        }
      }
    }

    private void append(String text) {
      if (preDepth > 0) {
        if (anchor != null && anchorStart < 0 && !text.isEmpty()) anchorStart = sb.length();
        sb.append(text);
        int n = countVisible(text);
        chars += n;
        if (linkDepth > 0) linkChars += n;
        return;
      }
      // Whitespace runs collapse into one pending space; the visible runs between them are
      // appended whole rather than char by char (this loop sees every character of the page).
      int n = text.length();
      int i = 0;
      while (i < n) {
        if (isSpace(text.charAt(i))) {
          pendingSpace = true;
          i++;
          continue;
        }
        int end = i + 1;
        while (end < n && !isSpace(text.charAt(end))) end++;
        if (pendingSpace && !sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') sb.append(' ');
        pendingSpace = false;
        if (anchor != null && anchorStart < 0) anchorStart = sb.length();
        sb.append(text, i, end);
        chars += end - i;
        if (linkDepth > 0) linkChars += end - i;
        i = end;
      }
    }

    /** The characters that separate words in a block: collapsed into one space. */
    private static boolean isSpace(char c) {
      // Printable ASCII is never a space: most characters skip the Unicode table.
      if (c > ' ' && c < 0x80) return false;
      return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
    }

    private static int countVisible(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if ((c > ' ' && c < 0x80) || !Character.isWhitespace(c)) n++;
      }
      return n;
    }

    /**
     * Ends the open anchor's span in this block; a link that spans blocks continues in the next.
     */
    private void closeAnchor() {
      if (anchor != null && anchorStart >= 0 && sb.length() > anchorStart) {
        if (anchors == null) anchors = new ArrayList<>(2);
        anchors.add(new Anchor(anchor, anchorStart, sb.length()));
      }
      anchorStart = -1;
    }

    private void flush() {
      closeAnchor();
      if (chars > 0) {
        String raw = sb.toString();
        String text = raw.strip();
        Kind k = kinds.isEmpty() ? Kind.OTHER : kinds.peek();
        List<Anchor> spans = List.of();
        if (anchors != null) {
          int lead = 0;
          while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
          List<Anchor> shifted = new ArrayList<>(anchors.size());
          for (Anchor a : anchors) {
            int s = Math.max(0, a.start() - lead);
            int e = Math.min(text.length(), a.end() - lead);
            if (e > s) shifted.add(new Anchor(a.element(), s, e));
          }
          spans = shifted;
        }
        out.add(new Block(text, k, chars, linkChars, containers.peek(), spans));
      }
      anchors = null;
      sb.setLength(0);
      chars = 0;
      linkChars = 0;
      pendingSpace = false;
    }
  }
}
