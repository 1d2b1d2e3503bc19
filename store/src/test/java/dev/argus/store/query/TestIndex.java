package dev.argus.store.query;

import dev.argus.store.index.Analysis;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * A small in-memory index built the way the store indexes articles (text fields analysed with the
 * article language's chain, keywords normalised, dates and tone as points plus doc values), and
 * searches over it returning article ids.
 */
final class TestIndex {

  /** One article; null or empty values are left out of the document. */
  record Article(
      String id,
      String language,
      String title,
      String text,
      String source,
      String country,
      List<String> entities,
      List<String> authors,
      Instant published,
      Double tone) {}

  private final IndexSearcher searcher;

  TestIndex(List<Article> articles) {
    try {
      Directory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analysis.plain()))) {
        for (Article a : articles) w.addDocument(document(a));
      }
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document document(Article a) {
    Document d = new Document();
    keyword(d, Schema.ID, a.id());
    d.add(new StoredField("_id", a.id()));
    keyword(d, Schema.LANGUAGE, a.language());
    keyword(d, Schema.SOURCE, a.source());
    keyword(d, Schema.COUNTRY, a.country());
    for (String e : a.entities()) keyword(d, Schema.ENTITY, e);
    for (String au : a.authors()) keyword(d, Schema.AUTHOR, au);
    text(d, Schema.TITLE, a.language(), a.title());
    text(d, Schema.TEXT, a.language(), a.text());
    if (a.published() != null) {
      long ms = a.published().toEpochMilli();
      d.add(new LongPoint(Schema.PUBLISHED, ms));
      d.add(new NumericDocValuesField(Schema.PUBLISHED, ms));
    }
    if (a.tone() != null) {
      d.add(new DoublePoint(Schema.TONE, a.tone()));
      d.add(new DoubleDocValuesField(Schema.TONE, a.tone()));
    }
    return d;
  }

  private static void text(Document d, String field, String language, String value) {
    if (value == null) return;
    d.add(new TextField(field, perField(language).tokenStream(field, value)));
  }

  /**
   * The language's chain with one token stream per field. Analysis's chains use Lucene's default
   * global reuse strategy (one token stream per thread for every field), so taking the title's and
   * then the text's stream from the same chain before the document is indexed resets the first and
   * fails with "TokenStream contract violation"; the indexer has to work around it the same way.
   */
  private static Analyzer perField(String language) {
    return PER_FIELD.computeIfAbsent(
        String.valueOf(language),
        l ->
            new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
              @Override
              protected Analyzer getWrappedAnalyzer(String fieldName) {
                return Analysis.forLanguage(language);
              }
            });
  }

  private static final Map<String, Analyzer> PER_FIELD = new ConcurrentHashMap<>();

  private static void keyword(Document d, String field, String value) {
    if (value == null || value.isBlank()) return;
    d.add(new StringField(field, Schema.keyword(value), Field.Store.NO));
    d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The ids of the articles {@code query} matches, sorted. */
  Set<String> ids(Query query) {
    try {
      Set<String> out = new TreeSet<>();
      for (ScoreDoc sd : searcher.search(query, 1_000).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).get("_id"));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids in ranking order. */
  List<String> ranked(Query query) {
    try {
      List<String> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, 1_000).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).get("_id"));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
