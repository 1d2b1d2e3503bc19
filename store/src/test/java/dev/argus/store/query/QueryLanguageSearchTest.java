package dev.argus.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Searches over {@link Articles}, indexed the way the store indexes articles. */
class QueryLanguageSearchTest {

  private static final TestIndex INDEX = new TestIndex(Articles.ALL);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-12T00:00:00Z"), ZoneOffset.UTC);

  private static Set<String> search(String query) {
    return INDEX.ids(QueryLanguage.parse(query).toLucene(CLOCK));
  }

  /** The query types the translation of {@code query} contains. */
  private static boolean contains(String query, Class<? extends Query> type) {
    boolean[] seen = {false};
    QueryLanguage.toLucene(query)
        .visit(
            new QueryVisitor() {
              @Override
              public QueryVisitor getSubVisitor(
                  org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
              }

              @Override
              public void consumeTerms(Query q, org.apache.lucene.index.Term... terms) {
                if (type.isInstance(q)) seen[0] = true;
              }

              @Override
              public void visitLeaf(Query q) {
                if (type.isInstance(q)) seen[0] = true;
              }
            });
    return seen[0];
  }

  // ---- words

  @Test
  void bareWordSearchesTitleAndText() {
    assertThat(search("xiaomi")).containsExactlyInAnyOrder("en-launch", "de-kamera", "en-fair");
  }

  @Test
  void caseDoesNotMatter() {
    assertThat(search("XiaoMI")).isEqualTo(search("xiaomi"));
  }

  @Test
  void frenchWordFindsTheFrenchArticleStemmedItsWay() {
    assertThat(search("photographie")).containsExactly("fr-expo");
  }

  @Test
  void accentsDoNotMatter() {
    assertThat(search("économie")).containsExactly("fr-eco");
    assertThat(search("ECONOMIE")).containsExactly("fr-eco");
    assertThat(search("kaufer")).containsExactly("de-kamera");
  }

  @Test
  void otherLanguagesStemmersFindInflectedForms() {
    assertThat(search("photographes")).containsExactly("fr-expo");
    assertThat(search("unveiled")).containsExactly("en-launch");
  }

  @Test
  void chineseWordIsFoundInChineseAndInEnglishText() {
    assertThat(search("小米")).containsExactlyInAnyOrder("zh-launch", "en-shares");
  }

  @Test
  void chineseRunBecomesAPhraseOfBigrams() {
    assertThat(search("小米手机")).containsExactly("zh-launch");
    assertThat(contains("小米手机", PhraseQuery.class)).isTrue();
  }

  @Test
  void chinesePhraseTypedWithASpaceFindsTheUnspacedText() {
    assertThat(search("\"小米 手机\"")).containsExactly("zh-launch");
  }

  @Test
  void hyphenatedWordBecomesAPhrase() {
    assertThat(search("wi-fi")).containsExactly("en-airport");
    assertThat(contains("wi-fi", PhraseQuery.class)).isTrue();
  }

  @Test
  void singleTokenWordIsATermQuery() {
    assertThat(contains("storm", TermQuery.class)).isTrue();
    assertThat(contains("storm", PhraseQuery.class)).isFalse();
  }

  @Test
  void titleMatchesAreBoosted() {
    assertThat(QueryLanguage.toLucene("storm").toString())
        .contains("(title:storm)^" + QueryLanguage.TITLE_BOOST)
        .contains("text:storm");
  }

  @Test
  void wordTitleMatchOutranksTextOnlyMatch() {
    // "camera" is in both en-launch's title and text but only in en-storm's text
    assertThat(INDEX.ranked(QueryLanguage.toLucene("camera")).indexOf("en-storm"))
        .isGreaterThan(INDEX.ranked(QueryLanguage.toLucene("camera")).indexOf("en-launch"));
  }

  // ---- boolean operators

  @Test
  void clausesSideBySideMustAllMatch() {
    assertThat(search("xiaomi camera")).containsExactlyInAnyOrder("en-launch", "en-fair");
  }

  @Test
  void explicitAndMeansTheSame() {
    assertThat(search("xiaomi AND camera")).isEqualTo(search("xiaomi camera"));
    assertThat(search("xiaomi && camera")).isEqualTo(search("xiaomi camera"));
    assertThat(search("+xiaomi +camera")).isEqualTo(search("xiaomi camera"));
  }

  @Test
  void orMatchesEither() {
    assertThat(search("storm OR sindaco")).containsExactlyInAnyOrder("en-storm", "it-sindaco");
    assertThat(search("storm || sindaco")).isEqualTo(search("storm OR sindaco"));
  }

  @Test
  void lowerCaseOperatorsAreWords() {
    assertThat(search("storm or sindaco")).isEmpty();
  }

  @Test
  void notExcludes() {
    assertThat(search("xiaomi NOT camera")).containsExactly("de-kamera");
    assertThat(search("xiaomi -camera")).containsExactly("de-kamera");
  }

  @Test
  void notAloneMeansEverythingElse() {
    assertThat(search("NOT xiaomi")).hasSize(Articles.ALL.size() - 3).doesNotContain("en-fair");
    assertThat(search("-xiaomi -storm")).hasSize(Articles.ALL.size() - 4);
  }

  @Test
  void orWithANotBranch() {
    assertThat(search("storm OR NOT xiaomi")).hasSize(Articles.ALL.size() - 3);
  }

  @Test
  void andBindsTighterThanOr() {
    assertThat(search("sindaco OR xiaomi berlin"))
        .containsExactlyInAnyOrder("it-sindaco", "de-kamera");
    assertThat(search("(sindaco OR xiaomi) berlin")).containsExactly("de-kamera");
  }

  @Test
  void notBindsTighterThanAnd() {
    assertThat(search("NOT storm camera")).containsExactlyInAnyOrder("en-launch", "en-fair");
  }

  @Test
  void nearBindsTighterThanAndAndNotTighterThanNear() {
    Node n = QueryLanguage.parse("a b NEAR/2 c").root();
    assertThat(n).isInstanceOf(Node.And.class);
    assertThat(((Node.And) n).clauses().get(1)).isInstanceOf(Node.Near.class);
    assertThat(QueryLanguage.parse("a OR b NEAR/2 c d").root()).isInstanceOf(Node.Or.class);
  }

  @Test
  void nodesKnowWhereTheyCameFrom() {
    Node.And and = (Node.And) QueryLanguage.parse("lang:fr \"lei jun\"~2").root();
    assertThat(and.clauses().get(0)).isEqualTo(new Node.Word("language", "fr", 0, 7));
    assertThat(and.clauses().get(1)).isEqualTo(new Node.Phrase(null, "lei jun", 2, 8, 19));
  }

  // ---- phrases and proximity

  @Test
  void phraseNeedsTheWordsInOrder() {
    assertThat(search("\"lei jun\"")).containsExactly("en-launch");
  }

  @Test
  void sloppyPhraseTakesAnyOrderWithinTheSlop() {
    assertThat(search("\"lei jun\"~2")).containsExactlyInAnyOrder("en-launch", "fr-eco");
  }

  @Test
  void nearMatchesWithinTheDistance() {
    assertThat(search("xiaomi NEAR/5 camera")).containsExactly("en-launch");
    assertThat(search("xiaomi NEAR/4 camera")).isEmpty();
    assertThat(contains("xiaomi NEAR/5 camera", IntervalQuery.class)).isTrue();
  }

  @Test
  void nearTakesEitherOrder() {
    assertThat(search("camera NEAR/5 xiaomi")).containsExactly("en-launch");
    assertThat(search("kamera NEAR/1 xiaomi")).containsExactly("de-kamera");
  }

  @Test
  void nearTakesPhrasesAndOrGroups() {
    assertThat(search("\"lei jun\" NEAR/3 xiaomi")).containsExactly("en-launch");
    assertThat(search("\"lei jun\" NEAR/2 xiaomi")).isEmpty();
    assertThat(search("(huawei OR xiaomi) NEAR/5 (camera OR kamera)"))
        .containsExactlyInAnyOrder("en-launch", "de-kamera");
  }

  @Test
  void nearInOneField() {
    assertThat(search("title:(kamera NEAR/1 xiaomi)")).containsExactly("de-kamera");
    assertThat(search("text:(kamera NEAR/1 xiaomi)")).isEmpty();
  }

  // ---- wildcards

  @Test
  void wildcardMatchesWordStarts() {
    assertThat(search("photo*")).containsExactly("fr-expo");
    assertThat(search("PHOTO*")).containsExactly("fr-expo");
  }

  @Test
  void questionMarkIsOneCharacter() {
    assertThat(search("te?t")).containsExactly("en-airport");
  }

  @Test
  void wildcardOnAKeywordField() {
    assertThat(search("source:LeMonde.*")).containsExactlyInAnyOrder("fr-expo", "fr-eco");
  }

  @Test
  void wildcardInsideNear() {
    assertThat(search("xiao* NEAR/5 camera")).containsExactly("en-launch");
  }

  @Test
  void loneStarMatchesEverything() {
    assertThat(QueryLanguage.toLucene("*")).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(search("*")).hasSize(Articles.ALL.size());
  }

  @Test
  void fieldStarMeansTheFieldHasAValue() {
    assertThat(search("author:*")).containsExactlyInAnyOrder("en-launch", "en-airport", "en-storm");
  }

  // ---- fields

  @Test
  void languageFilterAndItsAliases() {
    assertThat(search("lang:fr")).containsExactlyInAnyOrder("fr-expo", "fr-eco");
    assertThat(search("LANG:FR")).isEqualTo(search("lang:fr"));
    assertThat(search("language:fr")).isEqualTo(search("lang:fr"));
  }

  @Test
  void sourceAndCountryAreExact() {
    assertThat(search("source:lemonde.fr")).containsExactlyInAnyOrder("fr-expo", "fr-eco");
    assertThat(search("source:lemonde")).isEmpty();
    assertThat(search("country:it")).containsExactly("it-sindaco");
  }

  @Test
  void keywordValuesAreNormalised() {
    assertThat(search("entity:\"Lei Jun\"")).containsExactly("en-launch");
    assertThat(search("entity:\"  lei   JUN \"")).containsExactly("en-launch");
    assertThat(search("by:\"ann example\"")).containsExactlyInAnyOrder("en-airport", "en-storm");
  }

  @Test
  void textFieldPrefixSearchesOnlyThatField() {
    assertThat(search("title:xiaomi")).containsExactlyInAnyOrder("en-launch", "de-kamera");
  }

  @Test
  void fieldAppliesToAGroup() {
    assertThat(search("title:(storm OR sindaco)"))
        .containsExactlyInAnyOrder("en-storm", "it-sindaco");
    assertThat(search("lang:(fr OR it)"))
        .containsExactlyInAnyOrder("fr-expo", "fr-eco", "it-sindaco");
  }

  @Test
  void filtersCombineWithWords() {
    assertThat(search("xiaomi country:de")).containsExactlyInAnyOrder("de-kamera", "en-fair");
  }

  // ---- dates

  @Test
  void inclusiveDateRangeTakesWholeEndDays() {
    assertThat(search("published:[2026-01-01 TO 2026-02-01]"))
        .containsExactlyInAnyOrder(
            "en-launch", "fr-expo", "en-airport", "en-storm", "it-sindaco", "en-fair", "fr-eco");
  }

  @Test
  void exclusiveDateRangeLeavesEndDaysOut() {
    assertThat(search("published:{2026-01-05 TO 2026-02-01}"))
        .containsExactlyInAnyOrder("fr-expo", "en-airport", "en-storm", "it-sindaco", "fr-eco");
  }

  @Test
  void openEndedDateRange() {
    assertThat(search("published:[* TO 2026-01-05]"))
        .containsExactlyInAnyOrder("en-shares", "en-launch");
    assertThat(search("published:[2026-02-03 TO *]"))
        .containsExactlyInAnyOrder("de-kamera", "zh-launch");
  }

  @Test
  void dayMeansTheWholeUtcDay() {
    assertThat(search("published:2025-12-31")).containsExactly("en-shares");
    assertThat(search("date:2026-01-31")).containsExactly("en-storm");
  }

  @Test
  void monthAndYearAreWholeSpans() {
    assertThat(search("published:2026-02"))
        .containsExactlyInAnyOrder("de-kamera", "zh-launch", "en-fair");
    assertThat(search("published:2025")).containsExactly("en-shares");
  }

  @Test
  void dateComparisons() {
    assertThat(search("published:>=2026-02-01"))
        .containsExactlyInAnyOrder("de-kamera", "zh-launch", "en-fair");
    assertThat(search("published:>2026-02-01")).containsExactlyInAnyOrder("de-kamera", "zh-launch");
    assertThat(search("published:<2026-01-01")).containsExactly("en-shares");
    assertThat(search("published:<=2026-01-05"))
        .containsExactlyInAnyOrder("en-shares", "en-launch");
  }

  @Test
  void isoInstants() {
    assertThat(search("published:[2026-01-31T23:00:00Z TO 2026-02-01T00:00:00Z]"))
        .containsExactlyInAnyOrder("en-storm", "en-fair");
    assertThat(search("published:{2026-01-31T23:00:00Z TO 2026-02-01T00:00:00Z}"))
        .containsExactly("en-storm");
    assertThat(search("published:>=2026-02-01T01:00:00+01:00")).contains("en-fair");
    assertThat(search("published:2026-01-05T10:00")).containsExactly("en-launch");
  }

  @Test
  void openRangeOnBothSidesMeansTheFieldHasAValue() {
    assertThat(search("tone:[* TO *]")).hasSize(Articles.ALL.size());
    assertThat(search("published:*")).hasSize(Articles.ALL.size());
    assertThat(QueryLanguage.parse("tone:[* TO *]").root()).isInstanceOf(Node.Exists.class);
  }

  @Test
  void relativeDatesUseTheGivenClock() {
    assertThat(search("published:>now-7d")).containsExactly("zh-launch");
    assertThat(search("published:>now-2w"))
        .containsExactlyInAnyOrder("en-storm", "de-kamera", "zh-launch", "en-fair");
    assertThat(search("published:[now-264h TO now]"))
        .containsExactlyInAnyOrder("de-kamera", "zh-launch", "en-fair");
  }

  // ---- numbers

  @Test
  void toneComparisons() {
    assertThat(search("tone:<0"))
        .containsExactlyInAnyOrder("de-kamera", "en-shares", "en-storm", "it-sindaco", "fr-eco");
    assertThat(search("tone:>=0.3")).containsExactlyInAnyOrder("en-launch", "en-fair");
    assertThat(search("tone:>0")).doesNotContain("en-airport");
    assertThat(search("tone:0")).containsExactly("en-airport");
  }

  @Test
  void toneRange() {
    assertThat(search("tone:[-1 TO -0.2]"))
        .containsExactlyInAnyOrder("de-kamera", "en-shares", "en-storm", "it-sindaco");
    assertThat(search("tone:{-0.8 TO -0.2}")).containsExactlyInAnyOrder("de-kamera", "en-shares");
  }

  // ---- the translation

  @Test
  void translationUsesOnlyQueriesTheMonitorCanSee() {
    Query q =
        QueryLanguage.toLucene(
            "(xiaomi OR 小米手机) NOT storm lang:en \"lei jun\"~3 xiaomi NEAR/5 camera photo* tone:<0");
    assertThat(q).isInstanceOf(BooleanQuery.class);
    java.util.List<String> terms = new java.util.ArrayList<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query query, org.apache.lucene.index.Term... ts) {
            for (var t : ts) terms.add(t.toString());
          }
        });
    assertThat(terms).contains("text:xiaomi", "title:小米", "language:en", "text:lei", "text:camera");
  }
}
