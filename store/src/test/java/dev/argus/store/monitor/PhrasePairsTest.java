package dev.argus.store.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.index.AnalysedText;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;

class PhrasePairsTest {

  @Test
  void aBatchTextCarriesOnlyTheAdjacentPairsOfSavedPhrases() throws IOException {
    PhrasePairs pairs = new PhrasePairs();
    pairs.learn(
        PhrasePairs.mark(
            new BooleanQuery.Builder()
                .add(
                    new PhraseQuery(Schema.ALL, "interest", "rates", "rise"),
                    BooleanClause.Occur.MUST)
                .add(new PhraseQuery(Schema.TEXT, "rates", "fall"), BooleanClause.Occur.SHOULD)
                .build()));

    AnalysedText text =
        AnalysedText.of(
            new WhitespaceAnalyzer(), "interest rates rise as rates fall and interest cut");

    // "interest cut" has a known first term but no saved phrase; "rates rise" and "rates fall"
    // share their first term.
    assertThat(values(pairs.field(text)))
        .containsExactly("interest rates", "rates rise", "rates fall");
  }

  @Test
  void aPhraseWithASlopTeachesNoPairs() throws IOException {
    PhrasePairs pairs = new PhrasePairs();
    pairs.learn(PhrasePairs.mark(new PhraseQuery(2, Schema.ALL, "interest", "rates")));

    assertThat(values(pairs.field(AnalysedText.of(new WhitespaceAnalyzer(), "interest rates"))))
        .isEmpty();
  }

  private static List<String> values(Field f) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = f.tokenStream(new WhitespaceAnalyzer(), null)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}
