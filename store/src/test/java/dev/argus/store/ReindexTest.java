package dev.argus.store;

import static dev.argus.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Summaries;
import dev.argus.store.index.TextPairs;
import dev.argus.store.query.QueryLanguage;
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

/** {@link LuceneStore#reindex} brings documents an older version wrote up to date. */
class ReindexTest {

  @TempDir Path dir;

  private static final StoredArticle OLD_PLACED =
      article("https://a.example.com/1", "en", "2026-03-01", "Rates", "Interest rates rose.", 0.1);
  private static final StoredArticle OLD =
      article("https://a.example.com/2", "en", "2026-03-02", "Banks", "Interest rates held.", 0.0);
  private static final StoredArticle CURRENT =
      article("https://b.example.com/3", "en", "2026-03-03", "Rates", "Interest rates fell.", 0.0);

  /** A document as the version before pairs and summaries wrote it. */
  private static Document asBefore(Document d) {
    d.removeFields(TextPairs.MARKER_FIELD);
    d.removeFields(Summaries.FIELD);
    d.removeFields("_title_pairs");
    d.removeFields("_text_pairs");
    return d;
  }

  private void writeOldStore() throws IOException {
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.addDocument(asBefore(ArticleDocuments.toDocument(OLD_PLACED, 7, new byte[] {1, 2})));
      writer.addDocument(asBefore(ArticleDocuments.toDocument(OLD, 0, null)));
      writer.setLiveCommitData(Map.of("replayed", "7").entrySet());
      writer.commit();
    }
  }

  private static boolean paired(LuceneStore store) throws IOException {
    return store.withSearcher(s -> TextPairs.everyDocumentPaired(s.getIndexReader()));
  }

  /** How many documents carry a summary in doc values. */
  private static int summarised(LuceneStore store) throws IOException {
    return store.withSearcher(
        s -> {
          int n = 0;
          for (var leaf : s.getIndexReader().leaves()) {
            var values = leaf.reader().getBinaryDocValues(Summaries.FIELD);
            var live = leaf.reader().getLiveDocs();
            for (int d = 0; values != null && d < leaf.reader().maxDoc(); d++) {
              if ((live == null || live.get(d)) && values.advanceExact(d)) n++;
            }
          }
          return n;
        });
  }

  @Test
  void olderDocumentsAreRewrittenWithPairsAndSummariesAndKeepTheirOrigin() throws IOException {
    writeOldStore();
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(CURRENT);
      store.commit(Map.of("replayed", "7"));
      assertThat(paired(store)).isFalse();
      assertThat(store.outdated()).isEqualTo(2);
      Map<String, Object> before = store.get(OLD.id()).orElseThrow().fields();
      List<Long> progress = new ArrayList<>();

      LuceneStore.Reindexed r = store.reindex(progress::add);

      assertThat(r).isEqualTo(new LuceneStore.Reindexed(2, 3));
      assertThat(progress).containsExactly(1L, 2L);
      assertThat(store.count()).isEqualTo(3);
      assertThat(paired(store)).isTrue();
      assertThat(store.outdated()).isZero();
      assertThat(summarised(store)).isEqualTo(3);
      assertThat(store.committedData()).isEqualTo(Map.of("replayed", "7"));
      assertThat(store.get(OLD.id()).orElseThrow().fields()).isEqualTo(before);
      List<String> replayed = new ArrayList<>();
      store.replay(0, p -> replayed.add(p.article().id() + "@" + p.origin().seq()));
      assertThat(replayed).containsExactly(OLD_PLACED.id() + "@7");
      var hits =
          store
              .search(QueryLanguage.toLucene("\"interest rates\""), 10, Order.DATE, View.SUMMARY)
              .hits();
      assertThat(hits).hasSize(3);
    }
  }

  @Test
  void aCurrentStoreIsLeftAlone() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(CURRENT);
      store.commit(Map.of("replayed", "3"));

      assertThat(store.reindex(n -> {})).isEqualTo(new LuceneStore.Reindexed(0, 1));
      assertThat(store.committedData()).isEqualTo(Map.of("replayed", "3"));
      assertThat(paired(store)).isTrue();
    }
  }
}
