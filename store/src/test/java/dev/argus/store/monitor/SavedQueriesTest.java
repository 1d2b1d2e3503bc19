package dev.argus.store.monitor;

import static dev.argus.store.monitor.Fixtures.ALL;
import static dev.argus.store.monitor.Fixtures.DE;
import static dev.argus.store.monitor.Fixtures.EN;
import static dev.argus.store.monitor.Fixtures.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.StoredArticle;
import dev.argus.store.monitor.SavedQueries.Options;
import dev.argus.store.monitor.SavedQueries.Presearch;
import dev.argus.store.query.QuerySyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SavedQueriesTest {

  /** Each query with the fixture articles it must match. */
  private static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("velmora", Set.of("en", "fr"));
    EXPECTED.put("\"velmora motors\" lang:en", Set.of("en"));
    EXPECTED.put("entity:\"velmora motors\" NOT lyon", Set.of("en"));
    EXPECTED.put("photographie", Set.of("fr"));
    EXPECTED.put("batter*", Set.of("en", "de"));
    EXPECTED.put("plant NEAR/3 battery", Set.of("en"));
    EXPECTED.put("(unions OR gewerkschaft) AND (wages OR lohn)", Set.of("en", "de"));
    EXPECTED.put("published:>=2026-02-01 tone:<0", Set.of("fr", "de"));
    EXPECTED.put("NOT velmora", Set.of("de"));
    EXPECTED.put("author:\"kim sample\" bremen", Set.of("de"));
    EXPECTED.put("harbour NEAR/2 jobs", Set.of());
  }

  private static List<SavedQuery> expectedQueries() {
    List<SavedQuery> out = new ArrayList<>();
    int i = 0;
    for (String q : EXPECTED.keySet()) out.add(new SavedQuery("q" + i++, q));
    return out;
  }

  /** query id → ids of the articles it matched. */
  private static Map<String, Set<String>> byQuery(BatchMatches m) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (MatchedArticle a : m.articles()) {
      for (String q : a.queryIds()) out.computeIfAbsent(q, k -> new TreeSet<>()).add(a.articleId());
    }
    return out;
  }

  private static Map<String, Set<String>> expectedById() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    int i = 0;
    for (Set<String> ids : EXPECTED.values()) {
      String id = "q" + i++;
      if (!ids.isEmpty()) out.put(id, new TreeSet<>(ids));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Presearch.class)
  void eachArticleGetsTheIdsOfTheQueriesItMatches(Presearch presearch) throws IOException {
    try (SavedQueries s =
        SavedQueries.inMemory(new Options(presearch, false, 100, SavedQueries.MAX_BATCH))) {
      s.registerAll(expectedQueries());
      BatchMatches m = s.match(ALL);
      assertThat(m.failures()).isEmpty();
      assertThat(m.articles())
          .extracting(MatchedArticle::articleId)
          .containsExactly("en", "fr", "de");
      assertThat(byQuery(m)).isEqualTo(expectedById());
    }
  }

  @Test
  void matchesWhatEachQueryFindsInTheArticleAlone() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.registerAll(expectedQueries());
      BatchMatches m = s.match(ALL);
      for (int i = 0; i < ALL.size(); i++) {
        StoredArticle a = ALL.get(i);
        MemoryIndex mi =
            MemoryIndex.fromDocument(
                SavedQueries.document(a, new PhrasePairs()), null, false, false);
        List<String> alone = new ArrayList<>();
        for (SavedQuery q : expectedQueries()) {
          Query lucene = SavedQueries.translate(q.query());
          if (mi.createSearcher().count(lucene) > 0) alone.add(q.id());
        }
        assertThat(m.articles().get(i).queryIds()).containsExactlyInAnyOrderElementsOf(alone);
      }
    }
  }

  @Test
  void registeringAnIdAgainReplacesItsQuery() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.register(new SavedQuery("alert", "velmora"));
      s.register(new SavedQuery("alert", "bremen", Map.of("owner", "kim")));
      assertThat(s.size()).isEqualTo(1);
      assertThat(s.get("alert"))
          .contains(new SavedQuery("alert", "bremen", Map.of("owner", "kim")));
      assertThat(byQuery(s.match(ALL))).isEqualTo(Map.of("alert", Set.of("de")));
    }
  }

  @Test
  void removedQueriesMatchNothing() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.registerAll(List.of(new SavedQuery("a", "velmora"), new SavedQuery("b", "bremen")));
      assertThat(s.remove("a")).isTrue();
      assertThat(s.remove("a")).isFalse();
      assertThat(s.size()).isEqualTo(1);
      assertThat(s.get("a")).isEmpty();
      assertThat(byQuery(s.match(ALL))).isEqualTo(Map.of("b", Set.of("de")));
    }
  }

  @Test
  void aQueryThatDoesNotParseIsRefusedAndNothingIsSaved() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.register(new SavedQuery("old", "velmora"));
      assertThatThrownBy(() -> s.register(new SavedQuery("old", "lnag:fr")))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("saved query 'old'")
          .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isZero());
      assertThatThrownBy(
              () ->
                  s.registerAll(
                      List.of(new SavedQuery("new", "bremen"), new SavedQuery("bad", "(velmora"))))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("saved query 'bad'");
      assertThat(s.size()).isEqualTo(1);
      assertThat(s.get("old").orElseThrow().query()).isEqualTo("velmora");
      assertThat(s.get("new")).isEmpty();
    }
  }

  @Test
  void relativeDatesAreRefusedWithTheirPosition() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      assertThatThrownBy(() -> s.register(new SavedQuery("r", "velmora published:>now-7d")))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("relative to now")
          .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(8));
      assertThatThrownBy(
              () -> s.register(new SavedQuery("r", "NOT (a OR published:[2026-01-01 TO now])")))
          .isInstanceOf(QuerySyntaxException.class);
      assertThat(s.size()).isZero();
      s.register(new SavedQuery("abs", "velmora published:[2026-01-01 TO 2026-01-31]"));
      assertThat(byQuery(s.match(ALL))).isEqualTo(Map.of("abs", Set.of("en")));
    }
  }

  @Test
  void savedQueriesSurviveARestart(@TempDir Path dir) throws IOException {
    try (SavedQueries s = SavedQueries.open(dir)) {
      s.registerAll(expectedQueries());
      s.register(new SavedQuery("meta", "lyon", Map.of("owner", "kim", "channel", "mail")));
      s.register(new SavedQuery("gone", "velmora"));
      s.remove("gone");
    }
    try (SavedQueries s = SavedQueries.open(dir)) {
      assertThat(s.size()).isEqualTo(EXPECTED.size() + 1);
      assertThat(s.get("meta"))
          .contains(new SavedQuery("meta", "lyon", Map.of("owner", "kim", "channel", "mail")));
      assertThat(s.get("gone")).isEmpty();
      Map<String, Set<String>> expected = expectedById();
      expected.put("meta", Set.of("fr"));
      assertThat(byQuery(s.match(ALL))).isEqualTo(expected);
    }
  }

  @Test
  void theNumberOfSavedQueriesIsLimited() throws IOException {
    try (SavedQueries s =
        SavedQueries.inMemory(new Options(Presearch.TERM_FILTERED, false, 2, 10))) {
      s.registerAll(List.of(new SavedQuery("a", "velmora"), new SavedQuery("b", "bremen")));
      assertThatThrownBy(() -> s.register(new SavedQuery("c", "lyon")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("limit of 2");
      s.register(new SavedQuery("b", "lyon")); // a replacement adds none
      assertThat(s.size()).isEqualTo(2);
      assertThat(s.get("c")).isEmpty();
    }
    assertThat(Options.defaults().maxQueries()).isEqualTo(SavedQueries.MAX_QUERIES);
  }

  @Test
  void batchesAreLimited() throws IOException {
    try (SavedQueries s =
        SavedQueries.inMemory(new Options(Presearch.TERM_FILTERED, false, 10, 2))) {
      s.register(new SavedQuery("a", "velmora"));
      assertThat(s.match(List.of(EN, FR)).matchCount()).isEqualTo(2);
      assertThatThrownBy(() -> s.match(ALL))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most 2");
      assertThat(s.match(List.of()).articles()).isEmpty();
    }
    assertThat(Options.defaults().maxBatch()).isEqualTo(SavedQueries.MAX_BATCH);
  }

  @ParameterizedTest
  @EnumSource(Presearch.class)
  void wildcardsRunOnlyOnBatchesWithTheirLiteralPrefix(Presearch presearch) throws IOException {
    try (SavedQueries s =
        SavedQueries.inMemory(new Options(presearch, false, 10, SavedQueries.MAX_BATCH))) {
      s.registerAll(
          List.of(
              new SavedQuery("prefix", "photograph*"),
              new SavedQuery("leading", "*otograph*"),
              new SavedQuery("keyword", "entity:velmora*")));
      BatchMatches de = s.match(List.of(DE));
      assertThat(de.matchCount()).isZero();
      assertThat(de.queriesRun()).isEqualTo(1); // the leading wildcard has no prefix to filter by
      assertThat(byQuery(s.match(ALL)))
          .isEqualTo(
              Map.of(
                  "prefix", Set.of("fr"), "leading", Set.of("fr"), "keyword", Set.of("en", "fr")));
    }
  }

  @Test
  void phrasesAndNearDoNotJoinTheEndOfTheTitleToTheText() throws IOException {
    StoredArticle a =
        Fixtures.article(
            "gap", "en", "2026-01-05T10:00:00Z", "Quiet harbour", "Strike talks ended today.");
    List<String> queries =
        List.of(
            "\"harbour strike\"",
            "harbour NEAR/3 strike",
            "\"harbour strike\"~5",
            "harbour strike");
    try (SavedQueries s = SavedQueries.inMemory()) {
      List<SavedQuery> saved = new ArrayList<>();
      for (String q : queries) saved.add(new SavedQuery(q, q));
      s.registerAll(saved);
      assertThat(s.match(List.of(a)).articles().get(0).queryIds())
          .containsExactly("harbour strike");
      // A batch of several articles is indexed differently (not a MemoryIndex): the same holds.
      assertThat(s.match(List.of(a, EN)).articles().get(0).queryIds())
          .containsExactly("harbour strike");
    }
  }

  @Test
  void candidatesAreTheQueriesThePresearcherLetsThrough() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.registerAll(List.of(new SavedQuery("v", "velmora"), new SavedQuery("b", "bremen")));
      assertThat(s.candidates(List.of(EN))).containsExactly("v");
      assertThat(s.candidates(ALL)).containsExactlyInAnyOrder("v", "b");
      assertThat(s.candidates(List.of())).isEmpty();
    }
  }

  @Test
  void withTermFrequenciesAConjunctionIsIndexedByItsRarestTerm() throws IOException {
    // "motors" is longer than "velm", and common in the sample. (With a slop: an exact phrase is
    // indexed by its pair of terms instead.)
    List<StoredArticle> sample = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sample.add(
          Fixtures.article(
              "s" + i, "en", "2026-01-05T10:00:00Z", "Motors", "Other motors company " + i));
    }
    StoredArticle motorsOnly =
        Fixtures.article("m", "en", "2026-01-05T10:00:00Z", "Motors", "Grelt motors grew.");
    String query = "\"velm motors\"~1";
    try (SavedQueries byLength = SavedQueries.inMemory()) {
      byLength.register(new SavedQuery("q", query));
      assertThat(byLength.candidates(List.of(motorsOnly))).containsExactly("q");
    }
    Options weighted = Options.defaults().withFrequencies(TermFrequencies.of(sample));
    try (SavedQueries byFrequency = SavedQueries.inMemory(weighted)) {
      byFrequency.register(new SavedQuery("q", query));
      assertThat(byFrequency.candidates(List.of(motorsOnly))).isEmpty();
      StoredArticle both =
          Fixtures.article("b", "en", "2026-01-05T10:00:00Z", "News", "Velm motors grew.");
      assertThat(byFrequency.match(List.of(motorsOnly, both)).articles())
          .extracting(MatchedArticle::queryIds)
          .containsExactly(List.of(), List.of("q"));
    }
  }

  @Test
  void anExactPhraseIsACandidateOnlyWhereTwoOfItsTermsAreAdjacent() throws IOException {
    StoredArticle apart =
        Fixtures.article(
            "apart", "en", "2026-01-05T10:00:00Z", "Plant news", "A battery maker opened.");
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.registerAll(
          List.of(
              new SavedQuery("phrase", "\"battery plants\""),
              new SavedQuery("sloppy", "\"battery plant\"~2")));
      // Both words, not side by side: only the phrase with a slop is run.
      assertThat(s.candidates(List.of(apart))).containsExactly("sloppy");
      assertThat(s.match(List.of(apart)).matchCount()).isZero();
      // "plants" stems to the English article's "plant": the pair is of analysed terms.
      assertThat(s.candidates(List.of(EN))).containsExactlyInAnyOrder("phrase", "sloppy");
      assertThat(byQuery(s.match(ALL)))
          .isEqualTo(Map.of("phrase", Set.of("en"), "sloppy", Set.of("en")));
    }
  }

  @Test
  void aPhraseIsMatchedAsBeforeInsideBooleanQueries() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.registerAll(
          List.of(
              new SavedQuery("and", "\"battery plant\" AND harbour"),
              new SavedQuery("or", "\"exposition de photographies\" OR \"higher wages\""),
              new SavedQuery("not", "velmora NOT \"battery plant\""),
              new SavedQuery("title", "title:\"opens a plant\"")));
      assertThat(byQuery(s.match(ALL)))
          .isEqualTo(
              Map.of(
                  "and", Set.of("en"),
                  "or", Set.of("en", "fr"),
                  "not", Set.of("fr"),
                  "title", Set.of("en")));
    }
  }

  @Test
  void titleAndTextAreSearchedOnTheirOwnOnceAQueryReadsThem() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.register(new SavedQuery("all", "batteriefabrik"));
      assertThat(byQuery(s.match(ALL))).isEqualTo(Map.of("all", Set.of("de")));
      s.registerAll(
          List.of(
              new SavedQuery("title", "title:batteriefabrik"),
              // Without the text field, the NOT would exclude nothing.
              new SavedQuery("not", "bremen NOT text:gewerkschaft")));
      assertThat(byQuery(s.match(ALL)))
          .isEqualTo(Map.of("all", Set.of("de"), "title", Set.of("de")));
    }
  }

  @Test
  void aLargeRegistrationIsSavedInPartsAndWhole() throws IOException {
    int n = SavedQueries.REGISTER_PART * 2 + 1;
    List<SavedQuery> many = new ArrayList<>();
    for (int i = 0; i < n - 1; i++) many.add(new SavedQuery("v" + i, "velmora"));
    many.add(new SavedQuery("b", "bremen"));
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.registerAll(many);
      assertThat(s.size()).isEqualTo(n);
      assertThat(s.match(List.of(EN)).matchCount()).isEqualTo(n - 1);
      assertThat(s.match(List.of(DE)).articles().get(0).queryIds()).containsExactly("b");
    }
    assertThat(SavedQueries.REGISTER_PART).isEqualTo(2_000);
  }

  @Test
  void idsAreRequiredAndBounded() {
    assertThatThrownBy(() -> new SavedQuery(" ", "velmora"))
        .isInstanceOf(IllegalArgumentException.class);
    String longId = "x".repeat(SavedQueries.MAX_ID_LENGTH + 1);
    assertThatThrownBy(() -> new SavedQuery(longId, "velmora"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than");
    assertThat(new SavedQuery("x".repeat(SavedQueries.MAX_ID_LENGTH), "velmora").id()).hasSize(256);
  }

  /** An English article: a query that reads the language under NOT must not match it. */
  private static final StoredArticle RECALL =
      Fixtures.article(
          "r", "en", "2026-01-05T10:00:00Z", "Velmora recall", "Velmora recalls a camera.");

  /**
   * Hooks into the window between analysing a batch and matching it: registers {@code "velmora NOT
   * lang:en"} under a new id in each window for which {@code when} holds, counting the windows in
   * {@code windows}.
   */
  private static void registerInWindow(
      SavedQueries s, AtomicInteger windows, java.util.function.IntPredicate when) {
    s.beforeMatch =
        () -> {
          int window = windows.incrementAndGet();
          if (!when.test(window)) return;
          try {
            s.register(new SavedQuery("q" + window, "velmora NOT lang:en"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
  }

  @Test
  void aQueryRegisteredWhileABatchIsAnalysedSeesTheFieldsItReads() throws IOException {
    // No saved query reads the language when the batch is analysed, so the batch leaves it out; the
    // query registered in that window reads it under NOT, and must not match through its absence.
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.register(new SavedQuery("any", "velmora"));
      AtomicInteger windows = new AtomicInteger();
      registerInWindow(s, windows, window -> window == 1);
      assertThat(s.match(List.of(RECALL)).articles().get(0).queryIds()).containsExactly("any");
      assertThat(windows).hasValue(2);
    }
  }

  @Test
  void aBatchThatKeepsMissingRegistrationsIsMatchedUnderTheRegistrationLock() throws IOException {
    try (SavedQueries s = SavedQueries.inMemory()) {
      s.register(new SavedQuery("any", "velmora"));
      AtomicInteger windows = new AtomicInteger();
      // A registration in every window but the last, which holds the lock.
      registerInWindow(s, windows, window -> window < SavedQueries.MATCH_TRIES);
      assertThat(s.match(List.of(RECALL)).articles().get(0).queryIds()).containsExactly("any");
      assertThat(windows).hasValue(SavedQueries.MATCH_TRIES);
    }
  }
}
