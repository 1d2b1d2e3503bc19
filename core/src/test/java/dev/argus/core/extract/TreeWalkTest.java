package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/** {@link TreeWalk} visits what jsoup's NodeTraversor visits, in the same order and depths. */
class TreeWalkTest {

  private static final class Recorder extends TreeWalk implements NodeVisitor {
    final List<String> events = new ArrayList<>();

    @Override
    public void head(Node node, int depth) {
      events.add("head " + node.nodeName() + " " + depth);
    }

    @Override
    public void tail(Node node, int depth) {
      events.add("tail " + node.nodeName() + " " + depth);
    }
  }

  private static void sameAsJsoup(Node root) {
    Recorder ours = new Recorder();
    ours.walk(root);
    Recorder jsoups = new Recorder();
    NodeTraversor.traverse((NodeVisitor) jsoups, root);
    assertThat(ours.events).isEqualTo(jsoups.events).isNotEmpty();
  }

  @Test
  void walksAWholeDocumentAsJsoupDoes() {
    sameAsJsoup(
        Jsoup.parse(
            "<p>One <b>two <i>three</i></b> four</p><div><ul><li>a<li>b</ul></div><!-- c -->"
                + "<p></p>"));
  }

  @Test
  void stopsAtTheRootOfASubtree() {
    Document doc = Jsoup.parse("<div id=a><p>in</p></div><div id=b><p>after</p></div>");
    Element a = doc.getElementById("a");
    sameAsJsoup(a);
    Recorder ours = new Recorder();
    ours.walk(a);
    assertThat(ours.events).noneMatch(e -> e.contains("after")).last().isEqualTo("tail div 0");
  }

  @Test
  void walksALeafRoot() {
    Node text = Jsoup.parse("<p>only</p>").selectFirst("p").childNode(0);
    sameAsJsoup(text);
  }
}
