package dev.argus.core.extract;

import org.jsoup.nodes.Node;

/**
 * A walk over every node under a root, each before and after its children, as jsoup's {@link
 * org.jsoup.select.NodeTraversor} walks a {@link org.jsoup.select.NodeVisitor} (the tree must not
 * change on the way). Written by hand because jsoup's loop calls its visitors through one interface
 * that jsoup's own walks ({@code text()} among them) share, so the JIT sees many kinds of visitor
 * there and cannot inline any; the passes of extraction, which visit every node of every page, are
 * the only subclasses here.
 */
abstract class TreeWalk {

  /** Called on entering a node, at its depth below the root (the root's is 0). */
  abstract void head(Node node, int depth);

  /** Called on leaving a node, after its children. */
  abstract void tail(Node node, int depth);

  final void walk(Node root) {
    Node node = root;
    int depth = 0;
    while (node != null) {
      head(node, depth);
      if (node.childNodeSize() > 0) {
        node = node.childNode(0);
        depth++;
        continue;
      }
      while (true) {
        tail(node, depth);
        if (node == root) return;
        Node next = node.nextSibling();
        if (next != null) {
          node = next;
          break;
        }
        node = node.parentNode();
        depth--;
      }
    }
  }
}
