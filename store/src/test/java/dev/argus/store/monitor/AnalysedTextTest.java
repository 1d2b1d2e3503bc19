package dev.argus.store.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.StoredArticle;
import dev.argus.store.index.AnalysedText;
import dev.argus.store.index.Analysis;
import dev.argus.store.index.LanguageTextField;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

  private static final Analyzer GAP = SavedQueries.ANALYZER;

  /** Each field's terms, with each position and offsets, and the norm, as text. */
  private static List<String> postings(Document d, List<String> fields) throws IOException {
    List<String> out = new ArrayList<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(GAP))) {
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        for (String f : fields) {
          Terms terms = leaf.terms(f);
          TermsEnum te = terms.iterator();
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            PostingsEnum p = te.postings(null, PostingsEnum.ALL);
            while (p.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
              StringBuilder s = new StringBuilder(f + ":" + t.utf8ToString());
              for (int i = 0; i < p.freq(); i++) s.append(' ').append(p.nextPosition());
              out.add(s.toString());
            }
          }
          NumericDocValues norms = leaf.getNormValues(f);
          if (norms != null && norms.advanceExact(0)) out.add(f + " norm " + norms.longValue());
        }
      }
    }
    return out;
  }

  @Test
  void fieldsIndexTheTokensAsTheLanguageChainWould() throws IOException {
    for (StoredArticle a : Fixtures.ALL) {
      String language = a.text("language");
      Document chain = new Document();
      for (String f : Schema.DEFAULT_FIELDS)
        chain.add(new LanguageTextField(f, a.text(f), language));
      for (String f : Schema.DEFAULT_FIELDS) {
        chain.add(new LanguageTextField(Schema.ALL, a.text(f), language));
      }
      Document replayed = new Document();
      List<AnalysedText> texts = new ArrayList<>();
      for (String f : Schema.DEFAULT_FIELDS) {
        AnalysedText t = AnalysedText.of(Analysis.forLanguage(language), a.text(f));
        texts.add(t);
        replayed.add(t.field(f, org.apache.lucene.document.TextField.TYPE_NOT_STORED));
      }
      for (AnalysedText t : texts) {
        replayed.add(t.field(Schema.ALL, org.apache.lucene.document.TextField.TYPE_NOT_STORED));
      }
      List<String> fields = List.of(Schema.TITLE, Schema.TEXT, Schema.ALL);
      assertThat(postings(replayed, fields)).as(a.id()).isEqualTo(postings(chain, fields));
    }
  }

  @Test
  void aBatchDocumentLeavesOutTheFieldsNoSavedQueryReads() {
    Set<String> read = Set.of(Schema.ALL, Schema.ENTITY);
    Document d = SavedQueries.document(Fixtures.EN, new PhrasePairs(), read::contains);
    Set<String> names = new java.util.TreeSet<>();
    for (IndexableField f : d) names.add(f.name());
    assertThat(names).containsExactlyInAnyOrder(Schema.ALL, Schema.ENTITY, PhrasePairs.FIELD);
  }
}
