package dev.argus.store;

import static dev.argus.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.CommonTerms;
import dev.argus.store.index.TextPairs;
import dev.argus.store.query.QueryLanguage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhrasesViaPairsTest {

  @TempDir Path dir;

  private static final List<StoredArticle> ARTICLES =
      List.of(
          article(
              "https://a.example.com/1",
              "en",
              "2026-03-01",
              "Rates",
              "Interest rates rose again.",
              0.0),
          article(
              "https://a.example.com/2",
              "en",
              "2026-03-02",
              "Rates",
              "Rates of interest rose.",
              0.0),
          article(
              "https://a.example.com/3",
              "en",
              "2026-03-03",
              "Rates rose at the central bank",
              "The central bank rate held; interest. Rates fell.",
              0.0),
          article(
              "https://a.example.com/4",
              "fr",
              "2026-03-04",
              "Taux",
              "La banque centrale relève l'intérêt. Les taux d'intérêt montent.",
              0.0),
          article("https://a.example.com/5", "zh", "2026-03-05", "小米", "小米手机发布新款相机。", 0.0),
          article(
              "https://a.example.com/6",
              "en",
              "2026-03-06",
              "Echo",
              "bla bla bla the central bank bank rate",
              0.0),
          article("https://a.example.com/7", "en", "2026-03-07", "Empty", "", 0.0));

  private static final List<String> PHRASES =
      List.of(
          "\"interest rates\"",
          "\"rates rose\"",
          "\"interest rose\"",
          "\"central bank rate\"",
          "\"bank rate\"",
          "\"bank bank\"",
          "\"bla bla\"",
          "\"bla bla bla the\"",
          "\"taux d'intérêt\"",
          "\"banque centrale\"",
          "\"小米手机\"",
          "\"手机 发布\"",
          "\"interest rates\" OR \"bank rate\"",
          "\"interest rates\" AND NOT \"rates rose\"",
          "\"interest rates\"~3");

  /** What the query finds, through the store (pairs) and through positions alone. */
  private static Set<String> ids(LuceneStore store, Query q) throws IOException {
    Set<String> out = new TreeSet<>();
    for (SearchResult.Hit h : store.search(q, 100, Order.DATE).hits()) out.add(h.article().id());
    return out;
  }

  private static Set<String> byPositions(LuceneStore store, Query q) throws IOException {
    return store.withSearcher(
        s -> {
          Set<String> out = new TreeSet<>();
          for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
            out.add(s.storedFields().document(sd.doc).get(ArticleDocuments.KEY));
          }
          return out;
        });
  }

  private static boolean paired(LuceneStore store) throws IOException {
    return store.withSearcher(s -> TextPairs.everyDocumentPaired(s.getIndexReader()));
  }

  @Test
  void everyPhraseFindsThroughPairsWhatItFindsThroughPositions() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (StoredArticle a : ARTICLES) store.put(a);
      store.commit(Map.of());
      assertThat(paired(store)).isTrue();

      for (String phrase : PHRASES) {
        Query q = QueryLanguage.toLucene(phrase);
        assertThat(ids(store, q)).as(phrase).isEqualTo(byPositions(store, q));
      }
      // As with positions, punctuation does not part two words ("interest. Rates" in 3).
      assertThat(ids(store, QueryLanguage.toLucene("\"interest rates\"")))
          .containsExactly("https://a.example.com/1", "https://a.example.com/3");
      assertThat(ids(store, QueryLanguage.toLucene("\"bank rate\"")))
          .containsExactly("https://a.example.com/3", "https://a.example.com/6");
    }
  }

  /** Common terms fixed from the first three articles: those in two of them at least. */
  private static final CommonTerms.Rule FIRST_THREE = new CommonTerms.Rule(3, 0.5);

  /** The pair terms of the texts in the index. */
  private static Set<String> textPairs(LuceneStore store) throws IOException {
    return store.withSearcher(
        s -> {
          Set<String> out = new TreeSet<>();
          for (var leaf : s.getIndexReader().leaves()) {
            var terms = leaf.reader().terms("_text_pairs");
            if (terms == null) continue;
            var te = terms.iterator();
            for (var t = te.next(); t != null; t = te.next()) out.add(t.utf8ToString());
          }
          return out;
        });
  }

  private static void assertEveryPhraseAsByPositions(LuceneStore store) throws IOException {
    for (String phrase : PHRASES) {
      Query q = QueryLanguage.toLucene(phrase);
      assertThat(ids(store, q)).as(phrase).isEqualTo(byPositions(store, q));
    }
  }

  @Test
  void withPairsOnlyAroundCommonTermsEveryPhraseFindsWhatPositionsFind() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir, FIRST_THREE)) {
      for (StoredArticle a : ARTICLES) store.put(a);
      store.commit(Map.of());

      assertThat(paired(store)).isTrue();
      assertThat(
              CommonTerms.decode(store.committedData().get(LuceneStore.COMMON_TERMS_KEY)).fixed())
          .contains("interest", "rate")
          .doesNotContain("bla", "bank");
      // Article 6, indexed after: none of its pairs, as none is of two common terms.
      assertThat(textPairs(store)).doesNotContain("bla bla", "bank bank");
      assertEveryPhraseAsByPositions(store);
      assertThat(ids(store, QueryLanguage.toLucene("\"bla bla\"")))
          .containsExactly("https://a.example.com/6");

      // An article with two common terms side by side: their pair, and only theirs.
      store.put(
          article(
              "https://a.example.com/8",
              "en",
              "2026-03-08",
              "Later",
              "Interest rates rose sharply.",
              0.0));
      store.commit(Map.of());
      assertThat(textPairs(store))
          .contains("interest rate", "rate rose")
          .noneMatch(p -> p.contains("sharp"));
      assertEveryPhraseAsByPositions(store);
    }
  }

  @Test
  void commonTermsOnceFixedStayWithTheStoreAndItsReaders() throws IOException {
    String fixed;
    try (LuceneStore store = LuceneStore.open(dir, FIRST_THREE)) {
      for (StoredArticle a : ARTICLES.subList(0, 3)) store.put(a);
      store.commit(Map.of());
      fixed = store.committedData().get(LuceneStore.COMMON_TERMS_KEY);
      assertThat(fixed).isNotNull();
    }
    // Another rule does not learn them again: articles indexed since have only the kept pairs.
    try (LuceneStore store = LuceneStore.open(dir, new CommonTerms.Rule(1, 1.0))) {
      for (StoredArticle a : ARTICLES.subList(3, ARTICLES.size())) store.put(a);
      store.commit(Map.of("other", "data"));
      assertThat(store.committedData()).containsEntry(LuceneStore.COMMON_TERMS_KEY, fixed);
      assertThat(textPairs(store)).doesNotContain("bla bla");
      assertEveryPhraseAsByPositions(store);
    }
    try (LuceneStore store = LuceneStore.openReadOnly(dir)) {
      assertEveryPhraseAsByPositions(store);
    }
  }

  @Test
  void aStoreWithArticlesIndexedBeforePairsAnswersPhrasesByPositions() throws IOException {
    // One article as an older version indexed it (no pairs, no mark), one as this one does.
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.addDocument(ArticleDocuments.toDocument(ARTICLES.get(0)));
      writer.commit();
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(
          article(
              "https://b.example.com/8", "en", "2026-03-08", "Rates", "Interest rates fell.", 0.0));
      store.commit(Map.of());

      assertThat(paired(store)).isFalse();
      assertThat(ids(store, QueryLanguage.toLucene("\"interest rates\"")))
          .containsExactly("https://a.example.com/1", "https://b.example.com/8");
    }
  }
}
