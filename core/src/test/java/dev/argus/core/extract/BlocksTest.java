package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Rendering a subtree into text blocks: kinds, text normalisation, link share, containers. */
class BlocksTest {

  private static List<Blocks.Block> blocks(String bodyHtml) {
    Element body = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body();
    return Blocks.collect(List.of(body));
  }

  private static List<String> texts(List<Blocks.Block> blocks) {
    return blocks.stream().map(Blocks.Block::text).toList();
  }

  @Test
  void eachParagraphIsOneBlock() {
    List<Blocks.Block> b = blocks("<p>Der Rat tagt heute.</p><p>Die Sitzung ist öffentlich.</p>");

    assertThat(texts(b)).containsExactly("Der Rat tagt heute.", "Die Sitzung ist öffentlich.");
    assertThat(b).extracting(Blocks.Block::kind).containsOnly(Blocks.Kind.PARAGRAPH);
  }

  @Test
  void blockKindsFollowTheirTags() {
    List<Blocks.Block> b =
        blocks(
            "<h2>Subtitle</h2><ul><li>One item</li></ul><blockquote>A quote</blockquote>"
                + "<pre>code</pre><table><tr><td>cell</td></tr></table>");

    assertThat(b)
        .extracting(Blocks.Block::kind)
        .containsExactly(
            Blocks.Kind.HEADING,
            Blocks.Kind.ITEM,
            Blocks.Kind.QUOTE,
            Blocks.Kind.PRE,
            Blocks.Kind.ROW);
  }

  @Test
  void looseTextInADivIsOther() {
    assertThat(blocks("<div>Texte libre</div>"))
        .extracting(Blocks.Block::kind)
        .containsExactly(Blocks.Kind.OTHER);
  }

  @Test
  void inlineElementsDoNotSplitABlock() {
    assertThat(texts(blocks("<p>Il <b>museo</b> riapre a <em>settembre</em>.</p>")))
        .containsExactly("Il museo riapre a settembre.");
  }

  @Test
  void whitespaceIsCollapsed() {
    assertThat(texts(blocks("<p>  El   agua\n\t escasea&nbsp; en   verano. </p>")))
        .containsExactly("El agua escasea en verano.");
  }

  @Test
  void lineBreakStaysInsideTheBlock() {
    assertThat(texts(blocks("<p>Stadtwerke Musterstadt<br>Hafenstraße 12</p>")))
        .containsExactly("Stadtwerke Musterstadt\nHafenstraße 12");
  }

  @Test
  void preformattedTextKeepsItsWhitespace() {
    assertThat(texts(blocks("<pre>a  =  1\nb  =  2</pre>"))).containsExactly("a  =  1\nb  =  2");
  }

  @Test
  void tableCellsAreSeparatedBySpaces() {
    assertThat(texts(blocks("<table><tr><td>Route 12</td><td>Northgate</td></tr></table>")))
        .containsExactly("Route 12 Northgate");
  }

  @Test
  void countsCharactersInsideLinks() {
    Blocks.Block b = blocks("<p>Read more: <a href='/x'>budget</a></p>").get(0);

    assertThat(b.chars()).isEqualTo("Readmore:budget".length());
    assertThat(b.linkChars()).isEqualTo("budget".length());
    assertThat(b.linkDensity()).isEqualTo(6.0 / 15.0);
  }

  @Test
  void containerIsTheInnermostBlockElement() {
    Blocks.Block b =
        blocks("<div class='story'><section id='s1'><p>Texte.</p></section></div>").get(0);

    assertThat(b.container().normalName()).isEqualTo("p");
    assertThat(b.container().parent().id()).isEqualTo("s1");
  }

  @Test
  void textAfterANestedBlockIsItsOwnBlock() {
    assertThat(texts(blocks("<div>Avant<p>Milieu.</p>Après</div>")))
        .containsExactly("Avant", "Milieu.", "Après");
  }

  @Test
  void emptyBlocksAreSkipped() {
    assertThat(blocks("<div><p> </p><p></p><hr></div>")).isEmpty();
  }
}
