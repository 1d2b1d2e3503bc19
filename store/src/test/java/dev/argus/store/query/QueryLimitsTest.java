package dev.argus.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.argus.store.query.TestIndex.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** Each limit of the query language, just inside and just past it. */
class QueryLimitsTest {

  private static QuerySyntaxException error(String query) {
    return catchThrowableOfType(
        QuerySyntaxException.class, () -> QueryLanguage.parse(query).toLucene());
  }

  @Test
  void queryLength() {
    String longest = "x".repeat(QueryLanguage.MAX_QUERY_LENGTH);
    assertThatCode(() -> QueryLanguage.toLucene(longest)).doesNotThrowAnyException();
    QuerySyntaxException e = error(longest + "x");
    assertThat(e.getMessage()).isEqualTo("query too long: 4,001 characters (the limit is 4,000)");
    assertThat(e.position()).isEqualTo(QueryLanguage.MAX_QUERY_LENGTH);
  }

  @Test
  void parenthesesDepth() {
    int max = QueryLanguage.MAX_DEPTH;
    assertThatCode(() -> QueryLanguage.toLucene("(".repeat(max) + "a" + ")".repeat(max)))
        .doesNotThrowAnyException();
    QuerySyntaxException e = error("(".repeat(max + 1) + "a" + ")".repeat(max + 1));
    assertThat(e.getMessage())
        .isEqualTo("too deeply nested: more than 32 levels of parentheses or NOT");
    assertThat(e.position()).isEqualTo(max);
  }

  @Test
  void notDepth() {
    int max = QueryLanguage.MAX_DEPTH;
    assertThatCode(() -> QueryLanguage.toLucene("NOT ".repeat(max) + "a"))
        .doesNotThrowAnyException();
    assertThat(error("-".repeat(max + 1) + "a").position()).isEqualTo(max);
  }

  /** Plain words like w12 analyse alike in every language: one term in title, one in text. */
  private static String words(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
  }

  @Test
  void clauseCountAfterExpansion() {
    int words = QueryLanguage.MAX_CLAUSES / 2;
    Query q = QueryLanguage.toLucene(words(words));
    // Lucene's own limit agrees: the biggest query we accept runs.
    assertThat(IndexSearcher.getMaxClauseCount()).isEqualTo(QueryLanguage.MAX_CLAUSES);
    TestIndex index = new TestIndex(Articles.ALL);
    assertThatCode(() -> index.ids(q)).doesNotThrowAnyException();

    String tooMany = words(words + 1);
    QuerySyntaxException e = error(tooMany);
    assertThat(e.getMessage()).startsWith("query too large: it expands to more than 1,024 clauses");
    assertThat(e.position()).isEqualTo(tooMany.lastIndexOf("w" + words));
  }

  @Test
  void wildcardExpansion() {
    int limit = QueryLanguage.MAX_WILDCARD_TERMS;
    List<Article> docs = new ArrayList<>();
    docs.add(article("few", IntStream.range(0, limit).mapToObj(i -> "zq" + i)));
    docs.add(article("many", IntStream.range(0, limit + 1).mapToObj(i -> "zx" + i)));
    TestIndex index = new TestIndex(docs);

    assertThat(index.ids(QueryLanguage.toLucene("zq*"))).containsExactly("few");
    QuerySyntaxException e =
        catchThrowableOfType(
            QuerySyntaxException.class, () -> index.ids(QueryLanguage.toLucene("a OR zx*")));
    assertThat(e.getMessage())
        .isEqualTo(
            "wildcard 'zx*' matches more than 1,024 different words; write more of the word");
    assertThat(e.position()).isEqualTo(5);
  }

  @Test
  void wildcardExpansionInsideNear() {
    int limit = QueryLanguage.MAX_WILDCARD_TERMS;
    TestIndex index =
        new TestIndex(
            List.of(
                article("few", IntStream.range(0, limit).mapToObj(i -> "zq" + i)),
                article("many", IntStream.range(0, limit + 1).mapToObj(i -> "zx" + i))));
    assertThat(index.ids(QueryLanguage.toLucene("zq* NEAR/1 zq1"))).containsExactly("few");
    QuerySyntaxException e =
        catchThrowableOfType(
            QuerySyntaxException.class, () -> index.ids(QueryLanguage.toLucene("zx1 NEAR/1 zx*")));
    assertThat(e.getMessage())
        .isEqualTo(
            "wildcard 'zx*' matches more than 1,024 different words; write more of the word");
    assertThat(e.position()).isEqualTo(11);
  }

  private static Article article(String id, java.util.stream.Stream<String> words) {
    return new Article(
        id,
        "en",
        "t",
        words.collect(Collectors.joining(" ")),
        null,
        null,
        List.of(),
        List.of(),
        null,
        null);
  }

  @Test
  void wildcardTooComplexToCompile() {
    String pattern = "*ab" + "?".repeat(20);
    assertThatCode(() -> QueryLanguage.toLucene("*ab" + "?".repeat(5))).doesNotThrowAnyException();
    QuerySyntaxException e = error("x " + pattern);
    assertThat(e.getMessage())
        .isEqualTo("wildcard '" + pattern + "' is too complex; use fewer * and ?");
    assertThat(e.position()).isEqualTo(2);
    assertThat(error("x NEAR/2 " + pattern).position()).isEqualTo(9);
  }

  @Test
  void nearDistance() {
    int max = QueryLanguage.MAX_DISTANCE;
    assertThatCode(() -> QueryLanguage.toLucene("a NEAR/" + max + " b")).doesNotThrowAnyException();
    QuerySyntaxException e = error("a NEAR/" + (max + 1) + " b");
    assertThat(e.getMessage()).isEqualTo("distance 1001 is too large (the limit is 1,000)");
    assertThat(e.position()).isEqualTo(7);
    assertThat(error("a NEAR/99999999999 b").position()).isEqualTo(7);
  }

  @Test
  void phraseSlop() {
    int max = QueryLanguage.MAX_DISTANCE;
    assertThatCode(() -> QueryLanguage.toLucene("\"a b\"~" + max)).doesNotThrowAnyException();
    assertThat(error("\"a b\"~" + (max + 1)).position()).isEqualTo(6);
  }
}
