package dev.argus.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.index.Schema;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/**
 * Under a language filter a word is analysed by that language's chain and the plain one only; the
 * monitor's translation searches one combined field for words without a field.
 */
class LanguageFilterAnalysisTest {

  /** The terms a query searches in {@code field}. */
  private static Set<String> terms(Query q, String field) {
    Set<String> out = new TreeSet<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) if (t.field().equals(field)) out.add(t.text());
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return out;
  }

  private static Set<String> textTerms(String query) {
    return terms(QueryLanguage.toLucene(query), Schema.TEXT);
  }

  @Test
  void aWordIsAnalysedByEveryLanguageWithoutAFilter() {
    // German stems Häuser to haus; the plain chain only folds it.
    assertThat(textTerms("häuser")).contains("haus", "hauser");
  }

  @Test
  void aLanguageFilterKeepsItsChainAndThePlainOne() {
    assertThat(textTerms("häuser lang:de")).containsExactlyInAnyOrder("haus", "hauser");
    assertThat(textTerms("häuser lang:en")).containsExactly("hauser");
    assertThat(textTerms("lang:EN-GB häuser")).containsExactly("hauser");
  }

  @Test
  void aFilterOnSeveralLanguagesKeepsEachOnesChain() {
    assertThat(textTerms("häuser lang:(en OR de)")).containsExactlyInAnyOrder("haus", "hauser");
  }

  @Test
  void theFilterReachesNestedClausesButNotAnAlternative() {
    assertThat(textTerms("lang:en (häuser OR (x NEAR/3 häuser))")).doesNotContain("haus");
    assertThat(textTerms("lang:en OR häuser")).contains("haus");
    assertThat(textTerms("(lang:en häuser) OR häuser")).contains("haus");
  }

  @Test
  void anUnstemmedLanguageKeepsThePlainChainOnly() {
    assertThat(textTerms("häuser lang:ja")).containsExactly("hauser");
  }

  @Test
  void theMonitorSearchesOneCombinedFieldForWordsWithoutAField() {
    Query q = QueryLanguage.parse("velmora title:plant").toMonitorLucene(Clock.systemUTC());
    assertThat(terms(q, Schema.ALL)).contains("velmora");
    assertThat(terms(q, Schema.TEXT)).isEmpty();
    assertThat(terms(q, Schema.TITLE)).contains("plant").doesNotContain("velmora");
  }

  @Test
  void analysesAreCachedUpToTheLimit() {
    assertThat(textTerms("häuser")).isEqualTo(textTerms("häuser")); // the second from the cache
    java.util.Map<String, Integer> cache = new java.util.HashMap<>();
    Translator.putBounded(cache, "a", 1, 2);
    Translator.putBounded(cache, "b", 2, 2);
    assertThat(cache).hasSize(2);
    Translator.putBounded(cache, "c", 3, 2); // full: emptied first
    assertThat(cache).containsExactly(java.util.Map.entry("c", 3));
    assertThat(Translator.MAX_CACHED).isEqualTo(100_000);
  }

  @Test
  void theTitleToTextGapIsWiderThanAnyPhraseOrNear() {
    // Nested NEARs add up their distances; a phrase spans at most its words.
    long widest =
        (long) QueryLanguage.MAX_DEPTH * QueryLanguage.MAX_DISTANCE
            + QueryLanguage.MAX_QUERY_LENGTH;
    assertThat((long) Schema.ALL_GAP).isGreaterThan(widest);
  }
}
