package dev.argus.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.quote.NameSpans.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures are written for these tests. */
class NameSpansTest {

  private static List<String> names(String text) {
    List<Span> spans = NameSpans.find(text);
    for (Span s : spans) assertThat(text.substring(s.start(), s.end())).isEqualTo(s.name());
    return spans.stream().map(Span::name).toList();
  }

  @Test
  void leadingFunctionWordsAreDroppedButArticlesOfOutletsKept() {
    assertThat(names("Recently, The Wall Street Journal wrote."))
        .containsExactly("The Wall Street Journal");
    assertThat(names("In this regard, He spoke.")).isEmpty();
  }

  @Test
  void connectorsJoinOnlyBetweenCapitals() {
    assertThat(names("Le Journal du Geek wrote of it")).containsExactly("Le Journal du Geek");
    assertThat(names("Anna Becker of the board")).containsExactly("Anna Becker");
  }

  @Test
  void possessiveEndsTheSpan() {
    assertThat(names("Lei Jun's interview")).containsExactly("Lei Jun");
  }

  @Test
  void elidedArticleIsNotPartOfTheName() {
    assertThat(names("la note d’Ana Lindqvist aux salariés")).containsExactly("Ana Lindqvist");
  }

  @Test
  void spansStopAtPunctuationAndLineBreaks() {
    assertThat(names("Lei Jun, Hugo Barra\nAnna Becker"))
        .containsExactly("Lei Jun", "Hugo Barra", "Anna Becker");
  }

  @Test
  void spanLengthIsCapped() {
    assertThat(names("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta"))
        .first()
        .satisfies(n -> assertThat(n.split(" ")).hasSize(NameSpans.MAX_TOKENS));
  }

  @Test
  void personNamesAreTitleCaseWordsThatNameNoOutletOrPlace() {
    assertThat(NameSpans.isPersonName("Lei Jun")).isTrue();
    assertThat(NameSpans.isPersonName("Jean-Pierre Dupont")).isTrue();
    assertThat(NameSpans.isPersonName("Alexander von Preen")).isTrue();
    assertThat(NameSpans.isPersonName("Xiaomi Fans Italia")).isFalse();
    assertThat(NameSpans.isPersonName("WIRED American")).isFalse();
    assertThat(NameSpans.isPersonName("Le Monde")).isFalse();
    assertThat(NameSpans.isPersonName("WeChat Pay")).isFalse();
    assertThat(NameSpans.isPersonName("Reuters")).isFalse();
  }

  @Test
  void rolesSplitASpanAndThePersonIsItsTail() {
    List<Span> pieces = NameSpans.splitAtRoles(NameSpans.find("Xiaomi CEO Lei Jun spoke"));
    assertThat(pieces).extracting(Span::name).containsExactly("Xiaomi", "CEO", "Lei Jun");
    Span tail = NameSpans.personTail(NameSpans.find("Commissioner Anna Becker").get(0));
    assertThat(tail.name()).isEqualTo("Anna Becker");
    assertThat(tail.start()).isEqualTo(13);
  }
}
