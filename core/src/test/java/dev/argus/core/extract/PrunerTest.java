package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The pruning rules: class-name classification, name splitting, and what prune() removes. */
class PrunerTest {

  // ---- classify ---------------------------------------------------------------------------------

  @Test
  void commentsAreaIsFurniture() {
    assertThat(Pruner.classify("comments-area")).isEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void entryContentIsContent() {
    assertThat(Pruner.classify("entry-content")).isEqualTo(Pruner.Kind.CONTENT);
  }

  @Test
  void entryMetaIsFurnitureByItsLastWord() {
    assertThat(Pruner.classify("entry-meta")).isEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void weakWordAtTheStartDoesNotMakeFurniture() {
    assertThat(Pruner.classify("meta-content")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void hasSidebarIsALayoutStateNotASidebar() {
    assertThat(Pruner.classify("has-sidebar")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void withSidebarRightIsALayoutStateNotASidebar() {
    assertThat(Pruner.classify("with-sidebar-right")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void bemModifierIsNotFurniture() {
    assertThat(Pruner.classify("section--has-ads")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void commentaryIsNeutral() {
    assertThat(Pruner.classify("commentary")).isEqualTo(Pruner.Kind.NEUTRAL);
  }

  @Test
  void camelCaseCommentListIsFurniture() {
    assertThat(Pruner.classify("commentList")).isEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void affiliateNoticeIsFurnitureEvenBesideAContentWord() {
    // An affiliate disclosure is furniture wherever the word stands ("affiliate-text").
    assertThat(Pruner.classify("affiliate-text")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("affiliation")).isEqualTo(Pruner.Kind.NEUTRAL);
  }

  @Test
  void postMetadataIsFurnitureByItsLastWord() {
    assertThat(Pruner.classify("postmetadata")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("editorial-disclosure")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("metadata-content")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void inlineTextboxIsFurnitureByItsLastWord() {
    assertThat(Pruner.classify("inlineTextbox")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("a-inline-textbox")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("textbox-content")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void flyoutPanelIsFurnitureByItsLastWord() {
    assertThat(Pruner.classify("c-flyout")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("flyout-body")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void pictureLegendIsFurnitureByItsLastWord() {
    assertThat(Pruner.classify("image-legend")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("bildunterschrift")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("legend-text")).isNotEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void screenReaderClassIsHidden() {
    assertThat(Pruner.classifyToken("sr-only")).isEqualTo(Pruner.Kind.HIDDEN);
  }

  @Test
  void nonAsciiTokenIsClassifiedByItsWords() {
    assertThat(Pruner.classify("menü-sidebar")).isEqualTo(Pruner.Kind.FURNITURE);
    assertThat(Pruner.classify("Kommentarе")).isEqualTo(Pruner.Kind.NEUTRAL);
    assertThat(Pruner.summary("größe sidebar-wrap")).isEqualTo(Pruner.Kind.FURNITURE);
  }

  @Test
  void asciiPathAgreesWithTheWordListsOnGeneratedTokens() {
    // The fast path classifies ASCII tokens without building their words; the word-list rule is
    // the reference. Tokens are built from the rules' own words, near-misses and filler, joined
    // the ways pages join them (hyphens, underscores, camelCase, BEM modifiers, capitals).
    List<String> vocabulary = new ArrayList<>();
    for (Set<String> set :
        List.of(
            Pruner.STRONG_WORDS,
            Pruner.WEAK_WORDS,
            Pruner.TEASER_WORDS,
            Pruner.CONTENT_WORDS,
            Pruner.GENERIC_WORDS,
            Pruner.MODIFIERS)) {
      for (String w : set) {
        vocabulary.add(w);
        vocabulary.add(w + "s");
        vocabulary.add(w.substring(0, w.length() - 1));
      }
    }
    vocabulary.addAll(List.of("x", "foo", "l2", "2col", "", "widget", "hero"));
    String[] joins = {"-", "_", "--", ".", "", "camel", ":", "/"};
    Random random = new Random(42);
    int checked = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder token = new StringBuilder();
      int words = 1 + random.nextInt(4);
      for (int w = 0; w < words; w++) {
        String word = vocabulary.get(random.nextInt(vocabulary.size()));
        if (random.nextInt(6) == 0) word = word.toUpperCase(Locale.ROOT);
        if (w > 0) {
          String join = joins[random.nextInt(joins.length)];
          if (join.equals("camel") && !word.isEmpty()) {
            word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
          } else if (!join.equals("camel")) {
            token.append(join);
          }
        }
        token.append(word);
      }
      String t = token.toString();
      assertThat(Pruner.classify(t)).as(t).isEqualTo(Pruner.classifyByWords(t));
      checked++;
    }
    assertThat(checked).isEqualTo(50_000);
  }

  @Test
  void wordTableFindsEveryRuleWordInAnyCaseAndNothingElse() {
    for (String w : Pruner.STRONG_WORDS) {
      String padded = "x-" + w.toUpperCase(Locale.ROOT) + "-y";
      assertThat(Pruner.classify(w)).as(w).isEqualTo(Pruner.Kind.FURNITURE);
      assertThat(Pruner.classify(padded)).as(padded).isEqualTo(Pruner.Kind.FURNITURE);
      assertThat(Pruner.classify(w + "q")).as(w + "q").isEqualTo(Pruner.classifyByWords(w + "q"));
    }
  }

  // ---- nameWords --------------------------------------------------------------------------------

  @Test
  void nameWordsSplitsCamelCase() {
    assertThat(Pruner.nameWords("commentList")).containsExactly("comment", "list");
  }

  @Test
  void nameWordsSplitsOnPunctuation() {
    assertThat(Pruner.nameWords("post_meta-data.box"))
        .containsExactly("post", "meta", "data", "box");
  }

  @Test
  void nameWordsSplitsMixedSeparatorsAndLowerCases() {
    assertThat(Pruner.nameWords("articleBody--wideLayout"))
        .containsExactly("article", "body", "wide", "layout");
  }

  @Test
  void nameWordsKeepsUpperCaseRunsTogether() {
    assertThat(Pruner.nameWords("GDPRBanner")).containsExactly("gdprbanner");
  }

  // ---- prune ------------------------------------------------------------------------------------

  private static Element pruned(String bodyHtml) {
    Document doc = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>");
    Element body = doc.body();
    Pruner.prune(body);
    return body;
  }

  @Test
  void pruneRemovesJunkWithEverythingInsideIt() {
    Element body =
        pruned(
            "<nav><div class='entry-content'><p>Home</p></div></nav>"
                + "<p>The story itself, long enough to be the page.</p>");
    assertThat(body.select("nav")).isEmpty();
    assertThat(body.text()).isEqualTo("The story itself, long enough to be the page.");
  }

  @Test
  void pruneOfAJunkRootStillJudgesWhatIsInside() {
    // Inside junk the walk asks nothing (the junk goes whole), but a root is never removed, so
    // what it holds is still judged.
    Document doc =
        Jsoup.parse(
            "<nav id='root'><div class='share-bar'><a href='/x'>Share</a></div>"
                + "<p>A paragraph of the root's own text that stays where it is.</p></nav>");
    Element root = doc.getElementById("root");
    Pruner.prune(root);
    assertThat(root.select(".share-bar")).isEmpty();
    assertThat(root.text()).isEqualTo("A paragraph of the root's own text that stays where it is.");
  }

  @Test
  void pruneRemovesFurnitureNamedBlock() {
    Element body =
        pruned(
            "<div class='entry-content'><p>Die Gemeinde erhält einen neuen Kindergarten mit vier"
                + " Gruppen und einem großen Garten hinter dem Rathaus.</p></div>"
                + "<div class='post-comments'><p>Endlich!</p></div>");

    assertThat(body.select(".post-comments")).isEmpty();
    assertThat(body.select(".entry-content")).hasSize(1);
  }

  @Test
  void teaserIsATeaserByItsLastWord() {
    assertThat(Pruner.classify("c-teaser")).isEqualTo(Pruner.Kind.TEASER);
    assertThat(Pruner.classify("modTeaser")).isEqualTo(Pruner.Kind.TEASER);
    assertThat(Pruner.classify("teaser-text")).isEqualTo(Pruner.Kind.CONTENT);
  }

  @Test
  void pruneRemovesTeaserThatLinksAway() {
    Element body =
        pruned(
            "<div class='entry-content'><p>Die Gemeinde erhält einen neuen Kindergarten mit vier"
                + " Gruppen und einem großen Garten hinter dem Rathaus.</p></div>"
                + "<div class='c-teaser'><h3><a href='/schule'>Neue Schule</a></h3>"
                + "<p>Auch die Grundschule wird erweitert.</p></div>");

    assertThat(body.select(".c-teaser")).isEmpty();
  }

  @Test
  void pruneKeepsTeaserWithoutLinkAsTheLead() {
    Element body =
        pruned(
            "<div class='article-teaser'><p>Der Kindergarten kommt.</p></div>"
                + "<div class='entry-content'><p>Die Gemeinde erhält einen neuen Kindergarten mit"
                + " vier Gruppen und einem großen Garten hinter dem Rathaus.</p></div>");

    assertThat(body.select(".article-teaser")).hasSize(1);
  }

  @Test
  void pruneKeepsFurnitureNamedBlockHoldingMostOfThePage() {
    Element body =
        pruned(
            "<div class='sidebar-layout'><p>Die Gemeinde erhält einen neuen Kindergarten mit vier"
                + " Gruppen und einem großen Garten hinter dem Rathaus.</p></div>"
                + "<p>Kurz notiert.</p>");

    assertThat(body.select(".sidebar-layout")).hasSize(1);
  }

  @Test
  void pruneRemovesScriptsAndForms() {
    Element body =
        pruned(
            "<p>Die Gemeinde erhält einen neuen Kindergarten mit vier Gruppen und einem großen"
                + " Garten hinter dem Rathaus, der im Herbst eröffnet werden soll.</p>"
                + "<script>track()</script><form><label>Suche</label></form>");

    assertThat(body.select("script, form")).isEmpty();
    assertThat(body.select("p")).hasSize(1);
  }

  @Test
  void pruneKeepsLinkFreeProseInAWrapperNamedAsFurniture() {
    String prose =
        "<p>Le conseil municipal a voté mardi un budget révisé qui maintient les lignes de bus du"
            + " nord de la ville jusqu'à la fin de l'année.</p>";
    String nav = "<a href='/x'>Rubrique régionale</a> ".repeat(40);
    Element body =
        pruned("<div class='share-wrapper'>" + prose.repeat(6) + "</div><div>" + nav + "</div>");

    assertThat(body.select(".share-wrapper")).hasSize(1);
  }

  @Test
  void pruneRemovesLinkListNamedAsFurnitureWhateverItsSize() {
    String links = "<a href='/x'>Rubrique régionale et actualités locales</a> ".repeat(30);
    String prose =
        "<p>Le conseil municipal a voté mardi un budget révisé qui maintient les lignes de bus du"
            + " nord de la ville jusqu'à la fin de l'année.</p>";
    Element body = pruned("<div class='sidebar'>" + links + "</div>" + prose.repeat(12));

    assertThat(body.select(".sidebar")).isEmpty();
  }
}
