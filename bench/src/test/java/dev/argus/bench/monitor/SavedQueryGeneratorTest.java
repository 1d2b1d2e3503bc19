package dev.argus.bench.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.StoredArticle;
import dev.argus.store.monitor.SavedQueries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedQueryGeneratorTest {

  @Test
  void queriesAreReproducibleMixedAndAllTranslate() {
    Vocabulary v = Vocabulary.generated(500, 200, 1);
    List<String> queries = SavedQueryGenerator.queries(v, 2_000, 2);
    assertThat(SavedQueryGenerator.queries(Vocabulary.generated(500, 200, 1), 2_000, 2))
        .isEqualTo(queries);
    String all = String.join("\n", queries);
    assertThat(all)
        .contains(
            " NEAR/", " AND ", " OR ", " NOT ", "entity:\"", "lang:", "tone:<", "published:>=")
        .contains("*");
    for (String q : queries) SavedQueries.translate(q); // throws on any bad one
  }

  @Test
  void everyKindIsGeneratedInItsShare() {
    assertThat(
            java.util.Arrays.stream(SavedQueryGenerator.Kind.values())
                .mapToInt(k -> k.perMille)
                .sum())
        .isEqualTo(1_000);
    List<SavedQueryGenerator.Generated> g =
        SavedQueryGenerator.generate(Vocabulary.generated(500, 200, 1), 10_000, 2);
    Map<SavedQueryGenerator.Kind, Long> counts =
        g.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    SavedQueryGenerator.Generated::kind, java.util.stream.Collectors.counting()));
    for (SavedQueryGenerator.Kind k : SavedQueryGenerator.Kind.values()) {
      assertThat(counts.get(k))
          .isCloseTo(k.perMille * 10L, org.assertj.core.data.Percentage.withPercentage(25));
    }
  }

  @Test
  void onlyKeywordQueriesAreALoneWord() {
    for (SavedQueryGenerator.Generated g :
        SavedQueryGenerator.generate(Vocabulary.generated(500, 200, 1), 2_000, 2)) {
      if (g.kind() != SavedQueryGenerator.Kind.KEYWORD) {
        assertThat(g.query()).as(g.kind().name()).matches(".*[\" (:].*");
      }
    }
  }

  @Test
  void articlesMentionEntitiesInTextAndFields() {
    Vocabulary v = Vocabulary.generated(500, 200, 1);
    List<StoredArticle> articles = SavedQueryGenerator.articles(v, 50, 200, 3);
    assertThat(articles).hasSize(50);
    assertThat(articles.stream().map(StoredArticle::id).distinct()).hasSize(50);
    assertThat(articles)
        .anySatisfy(
            a -> {
              List<?> mentions = (List<?>) a.fields().get("mentions");
              assertThat(mentions).isNotEmpty();
              String entity = (String) ((Map<?, ?>) mentions.get(0)).get("entity");
              assertThat(a.text("title")).contains(entity);
            });
    assertThat(articles)
        .allSatisfy(a -> assertThat(a.text("text").split(" ")).hasSizeGreaterThan(150));
  }

  @Test
  void realTextsGiveWordsCollocationsAndNames() {
    Vocabulary v =
        Vocabulary.fromTexts(
            Map.of(
                "en",
                List.of(
                    "Harbour workers met Mara Velt on Monday. The harbour strike ended.",
                    "Mara Velt praised harbour workers after the strike talks.",
                    "Weather was calm on Monday.")));
    assertThat(v.entities()).extracting(Vocabulary.Entity::name).contains("Mara Velt");
    assertThat(v.words().get("en")).contains("harbour", "workers");
    assertThat(v.collocations().get("en")).contains("harbour workers");
  }
}
