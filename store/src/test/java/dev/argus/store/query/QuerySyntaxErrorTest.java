package dev.argus.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Bad queries fail with a short message and the position of the problem. */
class QuerySyntaxErrorTest {

  private static QuerySyntaxException error(String query) {
    QuerySyntaxException e =
        catchThrowableOfType(
            QuerySyntaxException.class, () -> QueryLanguage.parse(query).toLucene());
    assertThat(e).as("no error for %s", query).isNotNull();
    return e;
  }

  private static void assertError(String query, int position, String message) {
    QuerySyntaxException e = error(query);
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.position()).isEqualTo(position);
  }

  @Test
  void isAnIllegalArgumentException() {
    assertThat(error("(")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyQuery() {
    assertError("", 0, "empty query");
    assertError("   ", 0, "empty query");
    assertThat(catchThrowableOfType(QuerySyntaxException.class, () -> QueryLanguage.parse(null)))
        .hasMessage("empty query");
  }

  @Test
  void missingClosingParenthesis() {
    assertError("camera (xiaomi OR huawei", 24, "missing closing parenthesis for '(' at 7");
  }

  @Test
  void pointerShowsTheQueryAndACaret() {
    assertThat(error("camera (xiaomi OR huawei").pointer())
        .isEqualTo("camera (xiaomi OR huawei\n                        ^");
  }

  @Test
  void unexpectedClosingParenthesis() {
    assertError("xiaomi) camera", 6, "unexpected ')' without a '(' before it");
  }

  @Test
  void emptyParentheses() {
    assertError("xiaomi ()", 7, "empty parentheses");
  }

  @Test
  void unknownFieldWithASuggestion() {
    QuerySyntaxException e = error("xiaomi lnag:fr");
    assertThat(e.getMessage()).isEqualTo("unknown field 'lnag' (did you mean 'lang'?)");
    assertThat(e.pointer()).isEqualTo("xiaomi lnag:fr\n       ^");
    assertThat(error("publised:2026").getMessage()).contains("did you mean 'published'?");
  }

  @Test
  void unknownFieldWithoutASuggestion() {
    assertThat(error("zzzz:1").getMessage())
        .isEqualTo("unknown field 'zzzz' (to search for the text, put it in quotes: \"zzzz:...\")");
  }

  @Test
  void missingFieldValue() {
    assertError("lang: fr", 5, "missing a value after 'lang:'");
  }

  @Test
  void nearWithoutANumber() {
    assertError("xiaomi NEAR camera", 7, "NEAR needs a number, as in NEAR/5");
    assertError("xiaomi NEAR/x camera", 7, "NEAR needs a number, as in NEAR/5");
    assertError("xiaomi NEAR/5x camera", 7, "NEAR needs a number, as in NEAR/5");
  }

  @Test
  void nearOnlyJoinsWordsAndPhrases() {
    assertError(
        "(a AND b) NEAR/3 c",
        1,
        "NEAR joins words, phrases or OR groups of them; not an AND group");
    assertError(
        "lang:fr NEAR/3 xiaomi", 0, "NEAR works on text fields; 'language' holds exact values");
    assertError("-a NEAR/3 b", 0, "NEAR cannot take a NOT");
  }

  @Test
  void nearSidesInOneField() {
    assertError(
        "title:xiaomi NEAR/3 camera",
        13,
        "both sides of NEAR must search the same field, as in title:(xiaomi NEAR/5 camera)");
  }

  @Test
  void unterminatedPhrase() {
    assertError("xiaomi \"lei jun", 7, "unterminated phrase");
    assertThat(error("xiaomi \"lei jun").pointer()).isEqualTo("xiaomi \"lei jun\n       ^");
  }

  @Test
  void emptyPhrase() {
    assertError("a \"  \"", 2, "empty phrase");
  }

  @Test
  void slopWithoutANumber() {
    assertError("\"lei jun\"~ x", 9, "~ needs a number, as in \"lei jun\"~5");
  }

  @Test
  void slopOnAKeywordField() {
    assertError("entity:\"Lei Jun\"~2", 16, "~ needs a text field; 'entity' holds exact values");
  }

  @Test
  void wildcardNeedsTwoLiteralCharacters() {
    String message = "a wildcard needs at least 2 characters besides * and ?, as in photo*";
    assertError("xiaomi p*", 7, message);
    assertError("*a", 0, message);
    assertError("?", 0, message);
    assertError("title:a?*", 6, message);
    assertThat(QueryLanguage.parse("ab*").root()).isInstanceOf(Node.Wildcard.class);
  }

  @Test
  void operatorWithoutATermAfterIt() {
    assertError("xiaomi AND", 7, "missing a term after AND");
    assertError("xiaomi OR )", 7, "missing a term after OR");
    assertError("xiaomi NOT", 7, "missing a term after NOT");
    assertError("a NEAR/3", 2, "missing a term after NEAR/3");
    assertError("a || ", 2, "missing a term after ||");
  }

  @Test
  void operatorWithoutATermBeforeIt() {
    assertError("AND xiaomi", 0, "AND needs a term before it");
    assertError("(OR xiaomi)", 1, "OR needs a term before it");
    assertError("a AND OR b", 2, "missing a term after AND");
  }

  @Test
  void danglingMinus() {
    assertError("xiaomi - camera", 7, "'-' must be followed by a term, as in -word");
  }

  @Test
  void rangeNeedsADateOrNumberField() {
    assertError(
        "title:[a TO b]",
        6,
        "ranges and comparisons need a date or number field; 'title' is a text field");
    assertError("[a TO b]", 0, "a range needs a field, as in published:[2026-01-01 TO 2026-02-01]");
    assertError("<0", 0, "a comparison needs a field, as in tone:<0");
  }

  @Test
  void rangeSyntax() {
    assertError(
        "published:[2026-01-01 2026-02-01]",
        22,
        "missing 'TO' in the range, as in [2026-01-01 TO 2026-02-01]");
    assertError(
        "published:[2026-01-01 TO 2026-02-01",
        35,
        "missing ']' or '}' to close the range opened at 10");
    assertError("tone:[ TO 1]", 7, "missing the start of the range");
    assertError("tone:[0 TO ]", 11, "missing the end of the range");
  }

  @Test
  void rangeEndingBeforeItStarts() {
    assertError("tone:[1 TO -1]", 11, "the range ends before it starts");
    assertError("published:[2026-02 TO 2026-01-31]", 22, "the range ends before it starts");
    assertError("published:[now-1d TO now-2d]", 21, "the range ends before it starts");
    assertThat(QueryLanguage.parse("published:[2026-01 TO 2026-01-31]").root())
        .isInstanceOf(Node.DateRange.class);
  }

  @Test
  void badDate() {
    assertError(
        "published:2026-13-01",
        10,
        "'2026-13-01' is not a date; write 2026-01-05, 2026-01, 2026-01-05T10:00:00Z or now-7d");
    assertError(
        "published:[2026-01-01 TO yesterday]",
        25,
        "'yesterday' is not a date; write 2026-01-05, 2026-01, 2026-01-05T10:00:00Z or now-7d");
  }

  @Test
  void badNumber() {
    assertError("tone:<abc", 6, "'abc' is not a number; write 0.3, -1 or 2");
    assertError("tone:>=", 7, "missing a value after '>='");
  }

  @Test
  void dateOrNumberFieldTakesNoGroup() {
    assertError("tone:(1 OR 2)", 5, "'tone' takes a value, a comparison or a range, as in tone:<0");
  }

  @Test
  void wordWithNothingToSearch() {
    assertError("xiaomi !!!", 7, "nothing to search in '!!!': no letters or digits");
  }

  @Test
  void pointerCountsWideCharactersTwice() {
    assertThat(error("小米 lnag:fr").pointer()).isEqualTo("小米 lnag:fr\n     ^");
  }

  @Test
  void pointerShowsControlCharactersAsSpaces() {
    assertThat(error("a\tlnag:fr").pointer()).isEqualTo("a lnag:fr\n  ^");
  }

  @Test
  void pointerShowsAWindowOfALongQuery() {
    String query = "word ".repeat(40) + "lnag:fr" + " word".repeat(40);
    String pointer = error(query).pointer();
    String[] lines = pointer.split("\n");
    assertThat(lines[0]).startsWith("...").endsWith("...").contains("lnag:fr");
    assertThat(lines[0].charAt(lines[1].length() - 1)).isEqualTo('l');
    assertThat(lines[1].trim()).isEqualTo("^");
  }
}
