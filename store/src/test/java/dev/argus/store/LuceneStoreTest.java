package dev.argus.store;

import static dev.argus.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {

  @TempDir Path dir;

  private static final StoredArticle PORT =
      article(
          "https://harbour.example.fr/terminal",
          "fr",
          "2026-03-02",
          "Le port de Westmere agrandit son terminal",
          "La photographie aérienne montre le nouveau quai.",
          0.4,
          "Westmere Port");
  private static final StoredArticle MILL =
      article(
          "https://news.example.com/mill",
          "en",
          "2026-03-05T10:00:00Z",
          "Mill closes",
          "The paper mill in Oakridge closed on Friday.",
          -0.5);

  @Test
  void anArticlePutTwiceIsStoredOnce() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(MILL);
      store.put(Articles.with(MILL, "title", "Mill closes for good"));
      store.commit(Map.of());

      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get(MILL.id()).orElseThrow().text("title"))
          .isEqualTo("Mill closes for good");
    }
  }

  @Test
  void mergeLeavesOneSegmentWithTheSameArticlesAndCommitData() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(MILL);
      store.commit(Map.of("corpus", "1"));
      store.put(PORT);
      store.commit(Map.of("corpus", "2"));
      store.put(Articles.with(MILL, "title", "Mill closes for good"));
      store.commit(Map.of("corpus", "3"));
      SearchResult before = store.search(LuceneStore.all(), 10, Order.DATE);
      assertThat(store.segments()).isGreaterThan(1);

      assertThat(store.merge(1)).isGreaterThan(1);

      assertThat(store.segments()).isEqualTo(1);
      assertThat(store.search(LuceneStore.all(), 10, Order.DATE)).isEqualTo(before);
      assertThat(store.committedData()).containsEntry("corpus", "3");
    }
    try (LuceneStore store = LuceneStore.openReadOnly(dir)) {
      assertThat(store.segments()).isEqualTo(1);
      assertThat(store.committedData()).containsEntry("corpus", "3");
      assertThat(store.count()).isEqualTo(2);
      assertThat(store.get(MILL.id()).orElseThrow().text("title"))
          .isEqualTo("Mill closes for good");
    }
  }

  @Test
  void mergeSegmentsAreBounded() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThatThrownBy(() -> store.merge(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.merge(LuceneStore.MAX_MERGED_SEGMENTS + 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("segments must be 1 to");
    }
  }

  @Test
  void aReadOnlyStoreCannotBeMerged() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(MILL);
      store.commit(Map.of());
    }
    try (LuceneStore store = LuceneStore.openReadOnly(dir)) {
      assertThatThrownBy(() -> store.merge(1)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void onlyCommittedWorkSurvivesAReopen() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(MILL);
      store.commit(Map.of("corpus", "1"));
      store.put(PORT);
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get(PORT.id())).isEmpty();
      assertThat(store.committedData()).containsEntry("corpus", "1");
    }
  }

  @Test
  void keywordFieldsMatchFoldedValuesAndCountryComesFromTheDomain() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(PORT);
      store.put(MILL);
      store.commit(Map.of());

      assertThat(ids(store, new TermQuery(new Term(Schema.COUNTRY, "fr"))))
          .containsExactly(PORT.id());
      assertThat(ids(store, new TermQuery(new Term(Schema.ENTITY, "westmere port"))))
          .containsExactly(PORT.id());
      assertThat(ids(store, new TermQuery(new Term(Schema.DOMAIN, "example.com"))))
          .containsExactly(MILL.id());
    }
  }

  @Test
  void textIsStemmedAndFoldedByTheArticlesLanguage() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(PORT);
      store.commit(Map.of());
      // French light stemming and folding: "aérienne" indexes as "aerien".
      assertThat(ids(store, new TermQuery(new Term(Schema.TEXT, "aerien"))))
          .containsExactly(PORT.id());
    }
  }

  @Test
  void dateOrderPutsTheNewestFirst() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(PORT);
      store.put(MILL);
      store.put(article("https://x.example/undated", "en", null, "No date", "Text.", null));
      store.commit(Map.of());

      SearchResult r = store.search(LuceneStore.all(), 10, Order.DATE);
      assertThat(r.total()).isEqualTo(3);
      assertThat(r.hits())
          .extracting(h -> h.article().id())
          .containsExactly(MILL.id(), PORT.id(), "https://x.example/undated");
    }
  }

  @Test
  void aLimitAboveTheMaximumIsRefused() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThatThrownBy(
              () -> store.search(LuceneStore.all(), LuceneStore.MAX_LIMIT + 1, Order.DATE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit");
    }
  }

  @Test
  void exportPagesThroughEveryMatch() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      int n = LuceneStore.EXPORT_PAGE * 2 + 7;
      for (int i = 0; i < n; i++) {
        store.put(
            article(
                "https://x.example/" + i,
                "en",
                String.format("2026-01-%02d", 1 + i % 28),
                "T" + i,
                "Body " + i,
                null));
      }
      store.commit(Map.of());
      List<String> seen = new ArrayList<>();
      long exported = store.export(LuceneStore.all(), Order.DATE, a -> seen.add(a.id()));

      assertThat(exported).isEqualTo(n);
      assertThat(seen).doesNotHaveDuplicates().hasSize(n);
    }
  }

  private static List<String> ids(LuceneStore store, org.apache.lucene.search.Query q)
      throws IOException {
    return store.search(q, 10, Order.DATE).hits().stream().map(h -> h.article().id()).toList();
  }

  @Test
  void aReadOnlyStoreSeesTheWritersCommitsAfterARefresh() throws IOException {
    try (LuceneStore writer = LuceneStore.open(dir)) {
      writer.put(MILL);
      writer.commit(Map.of());
      try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
        writer.put(PORT);
        writer.commit(Map.of());
        assertThat(reader.count()).isEqualTo(1);
        reader.refresh();
        assertThat(reader.count()).isEqualTo(2);
        assertThatThrownBy(() -> reader.put(MILL)).hasMessageContaining("read-only");
      }
    }
  }

  @Test
  void aReadOnlyStoreNeedsAnIndex() {
    assertThatThrownBy(() -> LuceneStore.openReadOnly(dir.resolve("none")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
