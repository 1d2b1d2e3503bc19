package dev.argus.store.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class BatchReaderTest {

  /** The fixture articles as the monitor indexes a batch of them. */
  private static LeafReader batch(ByteBuffersDirectory dir) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (var a : Fixtures.ALL) w.addDocument(SavedQueries.document(a, new PhrasePairs()));
      w.forceMerge(1);
    }
    return DirectoryReader.open(dir).leaves().get(0).reader();
  }

  @Test
  void findsWhatTheBatchIndexFinds() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      LeafReader plain = batch(dir);
      IndexSearcher direct = new IndexSearcher(plain);
      IndexSearcher arrays = new IndexSearcher(new BatchReader(plain));
      for (String q :
          List.of(
              "velmora",
              "\"velmora motors\" lang:en",
              "\"battery plant\" OR \"exposition de photographies\"",
              "batter* OR photo*",
              "plant NEAR/3 battery",
              "(unions OR gewerkschaft) AND (wages OR lohn)",
              "published:>=2026-02-01 tone:<0",
              "NOT velmora",
              "author:\"kim sample\" bremen",
              "title:\"opens a plant\"")) {
        var lucene = SavedQueries.monitorQuery(q);
        assertThat(arrays.count(lucene)).as(q).isEqualTo(direct.count(lucene));
      }
      direct.getIndexReader().close();
    }
  }

  @Test
  void seeksAndEnumeratesTermsInOrder() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      LeafReader plain = batch(dir);
      TermsEnum expected = plain.terms("_all").iterator();
      TermsEnum actual = new BatchReader(plain).terms("_all").iterator();
      for (BytesRef t = expected.next(); t != null; t = expected.next()) {
        assertThat(actual.next()).isEqualTo(t);
        assertThat(actual.docFreq()).isEqualTo(expected.docFreq());
      }
      assertThat(actual.next()).isNull();
      assertThat(actual.seekCeil(new BytesRef("velmo"))).isEqualTo(TermsEnum.SeekStatus.NOT_FOUND);
      assertThat(actual.term().utf8ToString()).isEqualTo("velmora");
      assertThat(actual.seekCeil(new BytesRef("velmora"))).isEqualTo(TermsEnum.SeekStatus.FOUND);
      assertThat(actual.seekCeil(new BytesRef("\uffff"))).isEqualTo(TermsEnum.SeekStatus.END);
      assertThat(actual.seekExact(new BytesRef("nowhere"))).isFalse();
      plain.close();
    }
  }
}
