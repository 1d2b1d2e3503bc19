package dev.argus.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class TextPairsTest {

  /** Each token as "term@position". */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    int position = -1;
    ts.reset();
    while (ts.incrementToken()) {
      position += inc.getPositionIncrement();
      out.add(term + "@" + position);
    }
    ts.end();
    ts.close();
    return out;
  }

  /** A tape of terms with the given position increments. */
  private static TextPairs.Tape tape(String[] terms, int[] increments) {
    StringBuilder chars = new StringBuilder();
    int[] ends = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      chars.append(terms[i]);
      ends[i] = chars.length();
    }
    return new TextPairs.Tape(chars.toString().toCharArray(), ends, increments, terms.length);
  }

  @Test
  void theTextIsAnalysedByItsLanguageAndReplayedAsTermsAndPairs() throws IOException {
    TextPairs.Tape tape =
        TextPairs.Tape.of(Analysis.forLanguage("en"), Schema.TEXT, "Interest rates rose");

    assertThat(tokens(tape.terms())).containsExactly("interest@0", "rate@1", "rose@2");
    assertThat(tokens(tape.pairs())).containsExactly("interest rate@0", "rate rose@1");
  }

  @Test
  void noPairSpansAPositionGap() throws IOException {
    TextPairs.Tape tape = tape(new String[] {"a", "b", "c", "d"}, new int[] {1, 1, 2, 1});

    assertThat(tokens(tape.pairs())).containsExactly("a b@0", "c d@3");
  }

  @Test
  void stackedTermsPairWithEveryTermAtTheNextPosition() throws IOException {
    TextPairs.Tape tape = tape(new String[] {"a", "b", "b2", "c"}, new int[] {1, 1, 0, 1});

    assertThat(tokens(tape.pairs())).containsExactly("a b@0", "a b2@0", "b c@1", "b2 c@1");
  }

  @Test
  void aTextOfOneWordHasNoPairs() throws IOException {
    TextPairs.Tape tape = TextPairs.Tape.of(Analysis.forLanguage("fr"), Schema.TEXT, "Bonjour");

    assertThat(tokens(tape.pairs())).isEmpty();
  }

  @Test
  void aTwoWordPhraseInTheTextBecomesATermQueryOnItsPair() {
    Query q = new PhraseQuery(Schema.TEXT, "interest", "rate");

    assertThat(TextPairs.viaPairs(q))
        .isEqualTo(new TermQuery(new Term("_text_pairs", "interest rate")));
  }

  @Test
  void aTitlePhraseUsesTheTitlesPairs() {
    Query q = new PhraseQuery(Schema.TITLE, "interest", "rate");

    assertThat(TextPairs.viaPairs(q))
        .isEqualTo(new TermQuery(new Term("_title_pairs", "interest rate")));
  }

  @Test
  void aLongerPhraseBecomesAPhraseOverItsPairs() {
    Query q = new PhraseQuery(Schema.TEXT, "central", "bank", "rate");

    assertThat(TextPairs.viaPairs(q))
        .isEqualTo(new PhraseQuery("_text_pairs", "central bank", "bank rate"));
  }

  @Test
  void phrasesWithASlopAGapOrAnotherFieldAreLeftAlone() {
    Query slop = new PhraseQuery(2, Schema.TEXT, "interest", "rate");
    Query gap =
        new PhraseQuery.Builder()
            .add(new Term(Schema.TEXT, "interest"), 0)
            .add(new Term(Schema.TEXT, "rate"), 2)
            .build();
    Query url = new PhraseQuery(Schema.URL, "interest", "rate");

    assertThat(TextPairs.viaPairs(slop)).isSameAs(slop);
    assertThat(TextPairs.viaPairs(gap)).isSameAs(gap);
    assertThat(TextPairs.viaPairs(url)).isSameAs(url);
  }

  @Test
  void phrasesInsideBooleanAndBoostQueriesAreRewritten() {
    Query q =
        new BooleanQuery.Builder()
            .add(new BoostQuery(new PhraseQuery(Schema.TEXT, "a", "b"), 2f), Occur.SHOULD)
            .add(new TermQuery(new Term(Schema.LANGUAGE, "en")), Occur.FILTER)
            .build();

    Query expected =
        new BooleanQuery.Builder()
            .add(new BoostQuery(new TermQuery(new Term("_text_pairs", "a b")), 2f), Occur.SHOULD)
            .add(new TermQuery(new Term(Schema.LANGUAGE, "en")), Occur.FILTER)
            .build();
    assertThat(TextPairs.viaPairs(q)).isEqualTo(expected);
  }
}
