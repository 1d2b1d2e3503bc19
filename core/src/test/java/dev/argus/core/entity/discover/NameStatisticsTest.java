package dev.argus.core.entity.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameStatisticsTest {

  private static List<NameSpan> find(String text, String language) {
    return NameFinder.standard().find(text, language);
  }

  private static List<String> surfaces(List<FoundName> names) {
    return names.stream().map(FoundName::surface).toList();
  }

  @Test
  void anUncuedNameNeedsASecondArticle() {
    NameStatistics stats = new NameStatistics();
    List<NameSpan> first = find("Yesterday the shops of Telvia were busy.", "en");
    stats.observe(first);
    assertThat(stats.accept(first)).isEmpty();
    List<NameSpan> second = find("Ayer las tiendas de Telvia estaban llenas.", "es");
    stats.observe(second);
    assertThat(surfaces(stats.accept(first))).containsExactly("Telvia");
    assertThat(surfaces(stats.accept(second))).containsExactly("Telvia");
    assertThat(stats.isName("telvia")).isTrue();
  }

  @Test
  void aStronglyCuedNameIsAcceptedFromOneArticle() {
    NameStatistics stats = new NameStatistics();
    List<NameSpan> spans =
        find("Yesterday Dr. Amara Okafor met staff of Kestrel Biotech Ltd.", "en");
    stats.observe(spans);
    assertThat(stats.accept(spans))
        .extracting(FoundName::surface, FoundName::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Amara Okafor", NameType.PERSON),
            org.assertj.core.groups.Tuple.tuple("Kestrel Biotech Ltd.", NameType.ORGANIZATION));
  }

  @Test
  void aCuedArticleCountsEvenIfNeverObserved() {
    assertThat(surfaces(new NameStatistics().accept(find("Gestern sprach Herr Jonas Falk.", "de"))))
        .containsExactly("Jonas Falk");
  }

  @Test
  void weakSpansAloneNeverMakeAName() {
    NameStatistics stats = new NameStatistics();
    for (int i = 0; i < 5; i++) {
      stats.observe(find("Der Vertrag wurde gestern unterzeichnet.", "de"));
    }
    assertThat(stats.isName("vertrag")).isFalse();
    assertThat(stats.accept(find("Der Vertrag wurde gestern unterzeichnet.", "de"))).isEmpty();
  }

  @Test
  void aWeakSpanIsAcceptedOnceAnotherArticleSawTheNameWithoutDoubt() {
    NameStatistics stats = new NameStatistics();
    List<NameSpan> german = find("Der Preis stieg. Nexori hat das bestätigt.", "de");
    stats.observe(german);
    stats.observe(find("Shares of the firm rose after Nexori said so.", "en"));
    assertThat(surfaces(stats.accept(german))).containsExactly("Nexori");
  }

  @Test
  void theCanonicalFormIsTheMostFrequentAcrossLanguages() {
    NameStatistics stats = new NameStatistics();
    List<NameSpan> german = find("Gestern meldete die Nexori AG Gewinne.", "de");
    stats.observe(german);
    stats.observe(find("Yesterday Nexori posted a profit.", "en"));
    stats.observe(find("Hier, Nexori a publié ses comptes.", "fr"));
    List<FoundName> names = stats.accept(german);
    assertThat(names).hasSize(1);
    assertThat(names.get(0).surface()).isEqualTo("Nexori");
    assertThat(names.get(0).key()).isEqualTo("nexori");
    assertThat(names.get(0).spans()).extracting(NameSpan::text).containsExactly("Nexori AG");
  }

  @Test
  void aFullNameLaterCalledByItsSurnameIsAPerson() {
    NameStatistics stats = new NameStatistics();
    List<NameSpan> spans =
        find("Yesterday Vincenzo Amato opened the port. Amato was pleased.", "en");
    stats.observe(spans);
    List<FoundName> names = stats.accept(spans);
    assertThat(names).hasSize(1);
    assertThat(names.get(0).type()).isEqualTo(NameType.PERSON);
    assertThat(names.get(0).spans())
        .extracting(NameSpan::text)
        .containsExactly("Vincenzo Amato", "Amato");
  }

  @Test
  void aShortFormBeforeTheFullNameIsNoCue() {
    NameStatistics stats = new NameStatistics();
    List<NameSpan> spans = find("The port that Amato opened is run by Vincenzo Amato.", "en");
    stats.observe(spans);
    assertThat(stats.accept(spans)).isEmpty();
  }

  @Test
  void trackedKeysStayWithinTheCapAndFrequentKeysSurvive() {
    NameStatistics stats = new NameStatistics(2, 10);
    for (int i = 0; i < 3; i++) {
      stats.observe(List.of(new NameSpan("Nexori", 0, 6, NameType.ORGANIZATION, false, false)));
    }
    for (int i = 0; i < 50; i++) {
      String name = "Name" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
      stats.observe(List.of(new NameSpan(name, 0, name.length(), NameType.UNKNOWN, false, false)));
      assertThat(stats.trackedKeys()).isLessThanOrEqualTo(10);
    }
    assertThat(stats.isName("nexori")).isTrue();
  }

  @Test
  void surfaceFormsPerKeyAreBounded() {
    NameStatistics stats = new NameStatistics();
    for (int i = 0; i < 20; i++) {
      String form =
          "NEXORI".substring(0, 1)
              + "exori".toUpperCase().substring(0, i % 5)
              + "exori".substring(i % 5);
      stats.observe(List.of(new NameSpan(form, 0, form.length(), NameType.UNKNOWN, false, false)));
    }
    assertThat(stats.snapshot().keys())
        .allSatisfy(k -> assertThat(k.forms()).hasSizeLessThanOrEqualTo(NameStatistics.MAX_FORMS));
  }

  @Test
  void aRestoredSnapshotGivesTheSameAnswers() {
    NameStatistics stats = new NameStatistics();
    List<NameSpan> first = find("Yesterday the shops of Telvia were busy.", "en");
    stats.observe(first);
    NameStatistics.Snapshot before = stats.snapshot();
    NameStatistics restored = NameStatistics.restore(before);
    List<NameSpan> second = find("Ayer las tiendas de Telvia estaban llenas.", "es");
    stats.observe(second);
    restored.observe(second);
    assertThat(restored.accept(first)).isEqualTo(stats.accept(first));
    assertThat(restored.snapshot()).isEqualTo(stats.snapshot());
    // The snapshot taken earlier did not move with the live statistics.
    assertThat(before.keys()).singleElement().satisfies(k -> assertThat(k.articles()).isEqualTo(1));
  }

  @Test
  void badInputGivesAnEmptyResultOrAClearError() {
    NameStatistics stats = new NameStatistics();
    stats.observe(null);
    stats.observe(List.of());
    assertThat(stats.accept(null)).isEmpty();
    assertThat(stats.trackedKeys()).isZero();
    assertThatThrownBy(() -> new NameStatistics(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NameStatistics(2, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
