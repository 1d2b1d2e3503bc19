package dev.argus.store;

import static dev.argus.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.Aggregations.Count;
import dev.argus.store.Aggregations.Interval;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregationsTest {

  @TempDir Path dir;
  LuceneStore store;

  @BeforeEach
  void fill() throws IOException {
    store = LuceneStore.open(dir);
    store.put(
        article(
            "https://a.example.fr/1", "fr", "2026-03-02", "A", "Texte.", 0.5, "Nexori", "Talvik"));
    store.put(article("https://a.example.fr/2", "fr", "2026-03-03", "B", "Texte.", -0.4, "Nexori"));
    store.put(article("https://b.example.it/3", "it", "2026-03-10", "C", "Testo.", 0.0, "Talvik"));
    store.put(article("https://c.example.com/4", "en", "2026-03-11", "D", "Text.", null));
    store.commit(Map.of());
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  @Test
  void facetsCountTheMatchingArticlesPerValue() throws IOException {
    Aggregations.Result r =
        store.withSearcher(
            s ->
                Aggregations.aggregate(
                    s,
                    LuceneStore.all(),
                    List.of(Schema.LANGUAGE, Schema.COUNTRY, Schema.ENTITY),
                    10,
                    null));

    assertThat(r.total()).isEqualTo(4);
    assertThat(r.facets().get(Schema.LANGUAGE))
        .containsExactly(new Count("fr", 2), new Count("en", 1), new Count("it", 1));
    assertThat(r.facets().get(Schema.COUNTRY))
        .containsExactly(new Count("FR", 2), new Count("IT", 1));
    assertThat(r.facets().get(Schema.ENTITY))
        .containsExactlyInAnyOrder(new Count("Nexori", 2), new Count("Talvik", 2));
  }

  @Test
  void aWeeklyHistogramHasEveryWeekBetweenTheFirstAndTheLast() throws IOException {
    Aggregations.Result r =
        store.withSearcher(
            s -> Aggregations.aggregate(s, LuceneStore.all(), List.of(), 10, Interval.WEEK));

    assertThat(r.histogram())
        .extracting(Aggregations.Bucket::label, Aggregations.Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-W10", 2L),
            org.assertj.core.groups.Tuple.tuple("2026-W11", 2L));
  }

  @Test
  void aDailyHistogramCutsDaysAtMidnightUtcBeforeAndAfter1970() throws IOException {
    store.put(article("https://d.example.com/5", "en", "1969-12-31T23:59:59Z", "E", "E.", null));
    store.put(article("https://d.example.com/6", "en", "1970-01-01T00:00:00Z", "F", "F.", null));
    store.put(article("https://d.example.com/7", "en", "1970-01-01T23:59:59Z", "G", "G.", null));
    store.commit(Map.of());

    Aggregations.Result r =
        store.withSearcher(
            s ->
                Aggregations.aggregate(
                    s,
                    dev.argus.store.query.QueryLanguage.toLucene("published:<1971-01-01"),
                    List.of(),
                    10,
                    Interval.DAY));

    assertThat(r.histogram())
        .extracting(Aggregations.Bucket::label, Aggregations.Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1969-12-31", 1L),
            org.assertj.core.groups.Tuple.tuple("1970-01-01", 2L));
  }

  @Test
  void toneBucketsSplitAroundTheNeutralBand() throws IOException {
    Aggregations.Result r =
        store.withSearcher(s -> Aggregations.aggregate(s, LuceneStore.all(), List.of(), 10, null));

    assertThat(r.tone()).isEqualTo(new Aggregations.Tone(1, 1, 1, 1));
  }

  @Test
  void aSlightlyNegativeToneIsNeutralNotNegative() throws IOException {
    store.put(article("https://d.example.de/5", "de", "2026-03-12", "E", "Text.", -0.05));
    store.commit(Map.of());
    Aggregations.Result r =
        store.withSearcher(s -> Aggregations.aggregate(s, LuceneStore.all(), List.of(), 10, null));

    assertThat(r.tone()).isEqualTo(new Aggregations.Tone(1, 2, 1, 1));
  }

  @Test
  void shareOfVoiceSplitsMentionsPerPeriod() throws IOException {
    List<Aggregations.Share> sov =
        store.withSearcher(
            s ->
                Aggregations.shareOfVoice(
                    s, LuceneStore.all(), List.of("Nexori", "Talvik"), Interval.WEEK));

    assertThat(sov).hasSize(2);
    assertThat(sov.get(0).mentions()).containsEntry("Nexori", 2L).containsEntry("Talvik", 1L);
    assertThat(sov.get(0).share().get("Nexori")).isEqualTo(0.667);
    assertThat(sov.get(1).share()).containsEntry("Talvik", 1.0);
  }

  @Test
  void anUnknownFacetFieldIsAClearError() {
    assertThatThrownBy(
            () ->
                store.withSearcher(
                    s -> Aggregations.aggregate(s, LuceneStore.all(), List.of("text"), 10, null)))
        .hasMessageContaining("no facet for field 'text'");
  }

  @Test
  void tooManyBucketsIsAClearError() throws IOException {
    store.put(article("https://old.example/0", "en", "1990-01-01", "Old", "Text.", null));
    store.commit(Map.of());
    assertThatThrownBy(
            () ->
                store.withSearcher(
                    s -> Aggregations.aggregate(s, LuceneStore.all(), List.of(), 10, Interval.DAY)))
        .hasMessageContaining("coarser interval");
  }
}
