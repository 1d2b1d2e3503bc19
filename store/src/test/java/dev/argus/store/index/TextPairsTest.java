package dev.argus.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class TextPairsTest {

  /** Each token of a field as "term@position". */
  private static List<String> tokens(Field field) throws IOException {
    TokenStream ts = field.tokenStream(null, null);
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

  @Test
  void theTextIsAnalysedByItsLanguageAndReplayedAsTermsAndPairs() throws IOException {
    AnalysedText text = AnalysedText.of(Analysis.forLanguage("en"), "Interest rates rose");

    assertThat(tokens(text.field(Schema.TEXT, TextField.TYPE_NOT_STORED)))
        .containsExactly("interest@0", "rate@1", "rose@2");
    assertThat(tokens(text.pairs("p", TextField.TYPE_NOT_STORED)))
        .containsExactly("interest rate@0", "rate rose@1");
  }

  @Test
  void noPairSpansAPositionGap() throws IOException {
    AnalysedText text = AnalysedText.of(new String[] {"a", "b", "c", "d"}, new int[] {1, 1, 2, 1});

    assertThat(tokens(text.pairs("p", TextField.TYPE_NOT_STORED)))
        .containsExactly("a b@0", "c d@3");
  }

  @Test
  void withCommonTermsOnlyThePairsOfTwoAreIndexedEachAtItsOwnPosition() throws IOException {
    AnalysedText text =
        AnalysedText.of(
            new String[] {"a", "of", "the", "b", "the", "of", "c"},
            new int[] {1, 1, 1, 1, 1, 1, 1});

    assertThat(tokens(text.pairs("p", TextField.TYPE_NOT_STORED, java.util.Set.of("of", "the"))))
        .containsExactly("of the@1", "the of@4");
    assertThat(tokens(text.pairs("p", TextField.TYPE_NOT_STORED, java.util.Set.of()))).isEmpty();
  }

  @Test
  void withCommonTermsAPhraseIsAnsweredFromPairsOnlyWhenAllItsTermsAreCommon() {
    java.util.Set<String> common = java.util.Set.of("of", "the", "bank");
    Query rare = new PhraseQuery(Schema.TEXT, "england", "rate");
    Query mixed = new PhraseQuery(Schema.TEXT, "bank", "of", "england");

    assertThat(TextPairs.viaPairs(rare, common)).isSameAs(rare);
    assertThat(TextPairs.viaPairs(mixed, common)).isSameAs(mixed);
    assertThat(TextPairs.viaPairs(new PhraseQuery(Schema.TEXT, "bank", "of", "the"), common))
        .isEqualTo(
            new PhraseQuery.Builder()
                .add(new Term("_text_pairs", "bank of"), 0)
                .add(new Term("_text_pairs", "of the"), 1)
                .build());
    assertThat(TextPairs.viaPairs(rare, null))
        .isEqualTo(new TermQuery(new Term("_text_pairs", "england rate")));
  }

  @Test
  void commonTermsAreThoseInTheShareOfTheSampleAndStayFixed() {
    CommonTerms c = CommonTerms.learning(new CommonTerms.Rule(3, 0.5));
    c.observe(AnalysedText.of(new String[] {"a", "b", "b"}, new int[] {1, 1, 1}));
    c.observe(AnalysedText.of(new String[] {"b", "c"}, new int[] {1, 1}));
    assertThat(c.fixed()).isNull();
    c.observe(AnalysedText.of(new String[] {"c", "d"}, new int[] {1, 1}));

    // In two of three at least: b and c; b counts once in the first, though written twice.
    assertThat(c.fixed()).containsExactlyInAnyOrder("b", "c");
    c.observe(AnalysedText.of(new String[] {"a", "d"}, new int[] {1, 1}));
    assertThat(c.fixed()).containsExactlyInAnyOrder("b", "c");
    assertThat(CommonTerms.decode(c.encode()).fixed()).isEqualTo(c.fixed());
  }

  @Test
  void documentsMarkedByEitherRuleArePairedAndOthersAreNot() throws IOException {
    try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
        var writer =
            new org.apache.lucene.index.IndexWriter(
                dir, new org.apache.lucene.index.IndexWriterConfig())) {
      var now = new org.apache.lucene.document.Document();
      now.add(TextPairs.marker());
      var earlier = new org.apache.lucene.document.Document();
      earlier.add(
          new org.apache.lucene.document.StringField(
              TextPairs.MARKER_FIELD, TextPairs.EARLIER_MARKER, Field.Store.NO));
      writer.addDocument(now);
      writer.addDocument(earlier);
      writer.commit();
      try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        assertThat(TextPairs.everyDocumentPaired(reader)).isTrue();
      }
      writer.addDocument(new org.apache.lucene.document.Document());
      writer.commit();
      try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        assertThat(TextPairs.everyDocumentPaired(reader)).isFalse();
      }
    }
  }

  @Test
  void stackedTermsPairWithEveryTermAtTheNextPosition() throws IOException {
    AnalysedText text = AnalysedText.of(new String[] {"a", "b", "b2", "c"}, new int[] {1, 1, 0, 1});

    assertThat(tokens(text.pairs("p", TextField.TYPE_NOT_STORED)))
        .containsExactly("a b@0", "a b2@0", "b c@1", "b2 c@1");
  }

  @Test
  void aTextOfOneWordHasNoPairs() throws IOException {
    AnalysedText text = AnalysedText.of(Analysis.forLanguage("fr"), "Bonjour");

    assertThat(tokens(text.pairs("p", TextField.TYPE_NOT_STORED))).isEmpty();
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
