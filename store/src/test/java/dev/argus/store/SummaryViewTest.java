package dev.argus.store;

import static dev.argus.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Summaries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryViewTest {

  @TempDir Path dir;

  private static List<StoredArticle> articles() {
    List<StoredArticle> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      out.add(
          article(
              "https://news.example.com/mill-" + i,
              i % 2 == 0 ? "en" : "fr",
              "2026-03-%02dT10:00:00Z".formatted(i + 1),
              "Mill story " + i,
              "The paper mill in Oakridge, part " + i + ", closed on Friday.",
              0.1 * i));
    }
    return out;
  }

  @Test
  void summaryHitsComeInTheOrderOfTheFullOnesAndHoldTheirSummaries() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      // Several segments, and a page ordered newest first, so hits are not in document order.
      for (StoredArticle a : articles()) {
        store.put(a);
        store.commit(Map.of());
      }
      SearchResult full = store.search(LuceneStore.all(), 10, Order.DATE, View.FULL);
      SearchResult summary = store.search(LuceneStore.all(), 10, Order.DATE, View.SUMMARY);

      assertThat(summary.total()).isEqualTo(full.total());
      assertThat(summary.hits()).hasSameSizeAs(full.hits());
      for (int i = 0; i < full.hits().size(); i++) {
        StoredArticle f = full.hits().get(i).article();
        StoredArticle s = summary.hits().get(i).article();
        assertThat(s.id()).isEqualTo(f.id());
        assertThat(s.fields()).isEqualTo(Summaries.of(f.fields())).doesNotContainKey("text");
        assertThat(Summaries.fields(summary.hits().get(i).json())).isEqualTo(s.fields());
        assertThat(full.hits().get(i).json()).isNull();
        assertThat(
                java.nio.charset.StandardCharsets.UTF_8
                    .decode(summary.hits().get(i).jsonUtf8())
                    .toString())
            .isEqualTo(summary.hits().get(i).json());
        assertThat(summary.hits().get(i).jsonUtf8().isReadOnly()).isTrue();
        assertThat(full.hits().get(i).jsonUtf8()).isNull();
      }
    }
  }

  @Test
  void searchAndCountGivesTheSameSummaries() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (StoredArticle a : articles()) store.put(a);
      store.commit(Map.of());

      var counted =
          store.searchAndCount(
              LuceneStore.all(),
              5,
              Order.RELEVANCE,
              List.of("language"),
              5,
              null,
              true,
              View.SUMMARY);

      assertThat(counted.result().total()).isEqualTo(12);
      assertThat(counted.result().hits())
          .allSatisfy(h -> assertThat(h.article().fields()).containsKey("snippet"));
    }
  }

  @Test
  void anArticleIndexedBeforeSummariesIsSummarisedFromItsStoredArticle() throws IOException {
    StoredArticle old = articles().get(0);
    // As an older version wrote it: the same document without the summary doc values.
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document d = ArticleDocuments.toDocument(old);
      d.removeField(Summaries.FIELD);
      writer.addDocument(d);
      writer.commit();
    }
    try (LuceneStore store = LuceneStore.openReadOnly(dir)) {
      StoredArticle full = store.get(old.id()).orElseThrow();

      SearchResult r = store.search(LuceneStore.all(), 10, Order.DATE, View.SUMMARY);

      assertThat(r.hits()).hasSize(1);
      assertThat(r.hits().get(0).article().id()).isEqualTo(old.id());
      assertThat(r.hits().get(0).article().fields()).isEqualTo(Summaries.of(full.fields()));
    }
  }
}
