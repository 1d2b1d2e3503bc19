package dev.argus.store;

import static dev.argus.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.Aggregations.Interval;
import dev.argus.store.index.Schema;
import dev.argus.store.query.QueryLanguage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndCountTest {

  static final List<String> FACETS = List.of(Schema.LANGUAGE, Schema.COUNTRY, Schema.ENTITY);

  @TempDir Path dir;
  LuceneStore store;

  @BeforeEach
  void fill() throws IOException {
    store = LuceneStore.open(dir);
    store.put(
        article(
            "https://a.example.fr/1",
            "fr",
            "2026-03-02",
            "Nexori ouvre",
            "Nexori ouvre une usine.",
            0.5,
            "Nexori",
            "Talvik"));
    store.put(
        article(
            "https://a.example.fr/2",
            "fr",
            "2026-03-03",
            "Usine",
            "Une usine ferme.",
            -0.4,
            "Nexori"));
    store.commit(Map.of()); // two segments, so that facet states map ordinals across them
    store.put(
        article(
            "https://b.example.it/3",
            "it",
            "2026-03-10",
            "Talvik",
            "Talvik apre una fabbrica.",
            0.0,
            "Talvik"));
    store.put(
        article("https://c.example.com/4", "en", "2026-03-11", "Nexori", "Nexori opens.", null));
    store.commit(Map.of());
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  @Test
  void onePassGivesTheSamePageAndCountsAsSearchThenAggregate() throws IOException {
    for (String q : List.of("*", "nexori", "usine", "\"nexori ouvre\"", "lang:fr", "absentword")) {
      Query query = QueryLanguage.toLucene(q);
      for (Order order : Order.values()) {
        for (int limit : new int[] {0, 1, 3, 10}) {
          SearchResult plain = store.search(query, limit, order);
          Aggregations.Result counts =
              store.withSearcher(s -> Aggregations.aggregate(s, query, FACETS, 10, Interval.DAY));

          LuceneStore.Counted both =
              store.searchAndCount(query, limit, order, FACETS, 10, Interval.DAY);

          String what = q + " " + order + " " + limit;
          assertThat(both.result().total()).as(what).isEqualTo(plain.total());
          assertThat(both.result().hits())
              .as(what)
              .extracting(h -> h.article().id(), SearchResult.Hit::score)
              .containsExactlyElementsOf(
                  plain.hits().stream()
                      .map(h -> org.assertj.core.groups.Tuple.tuple(h.article().id(), h.score()))
                      .toList());
          assertThat(both.counts()).as(what).isEqualTo(counts);
        }
      }
    }
  }

  @Test
  void toneIsCountedOnlyWhenAsked() throws IOException {
    Query query = QueryLanguage.toLucene("*");
    LuceneStore.Counted with =
        store.searchAndCount(query, 2, Order.DATE, FACETS, 10, Interval.DAY, true, View.SUMMARY);
    LuceneStore.Counted without =
        store.searchAndCount(query, 2, Order.DATE, FACETS, 10, Interval.DAY, false, View.SUMMARY);

    assertThat(with.counts().tone()).isEqualTo(new Aggregations.Tone(1, 1, 1, 1));
    assertThat(without.counts().tone()).isNull();
    // Everything else is the same.
    assertThat(without.counts().total()).isEqualTo(with.counts().total());
    assertThat(without.counts().facets()).isEqualTo(with.counts().facets());
    assertThat(without.counts().histogram()).isEqualTo(with.counts().histogram());
    assertThat(without.result().hits()).isEqualTo(with.result().hits());
  }

  @Test
  void facetCountsFollowARefresh() throws IOException {
    Query lang = QueryLanguage.toLucene("lang:fr");
    assertThat(
            store
                .searchAndCount(lang, 0, Order.DATE, FACETS, 10, null)
                .counts()
                .facets()
                .get(Schema.LANGUAGE))
        .containsExactly(new Aggregations.Count("fr", 2));

    store.put(article("https://a.example.fr/5", "fr", "2026-03-12", "Encore", "Encore.", null));
    store.commit(Map.of());

    assertThat(
            store
                .searchAndCount(lang, 0, Order.DATE, FACETS, 10, null)
                .counts()
                .facets()
                .get(Schema.LANGUAGE))
        .containsExactly(new Aggregations.Count("fr", 3));
  }

  @Test
  void facetStatesOfClosedReadersAreDropped() throws IOException {
    int before = FacetStates.cachedReaders();
    for (int i = 0; i < 5; i++) {
      store.put(article("https://d.example.com/" + i, "en", "2026-03-12", "T", "T.", null));
      store.commit(Map.of());
      store.searchAndCount(LuceneStore.all(), 1, Order.DATE, FACETS, 10, null);
    }
    // The searcher manager closes each replaced reader: at most the latest stays cached.
    assertThat(FacetStates.cachedReaders()).isLessThanOrEqualTo(before + 1);
  }

  @Test
  void anUnknownFacetFieldIsRefused() {
    assertThatThrownBy(
            () -> store.searchAndCount(LuceneStore.all(), 1, Order.DATE, List.of("nope"), 10, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no facet for field 'nope'");
  }

  @Test
  void theLimitIsBounded() {
    assertThatThrownBy(
            () ->
                store.searchAndCount(
                    LuceneStore.all(), LuceneStore.MAX_LIMIT + 1, Order.DATE, FACETS, 10, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
