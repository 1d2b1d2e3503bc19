package dev.argus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.query.QueryLanguage;
import dev.argus.store.query.QuerySyntaxException;
import org.junit.jupiter.api.Test;

class ParsedQueriesTest {

  private final ParsedQueries queries = new ParsedQueries();

  @Test
  void aTextAskedAgainGetsTheQueryParsedTheFirstTime() {
    String text = "entity:\"Nexori\" AND \"paper mill\" published:[2026-03-01 TO 2026-03-14]";

    var first = queries.parse(text);

    assertThat(first).isEqualTo(QueryLanguage.toLucene(text));
    assertThat(queries.parse(text)).isSameAs(first);
    assertThat(queries.size()).isEqualTo(1);
  }

  @Test
  void aTextWithADateRelativeToNowIsNeverKept() {
    assertThat(queries.parse("published:>=now-7d")).isNotNull();
    assertThat(queries.parse("mill AND published:>NOW-1d")).isNotNull();

    assertThat(queries.size()).isZero();
  }

  @Test
  void aTextLongerThanTheLimitIsParsedButNotKept() {
    String text = "mill " + "x".repeat(ParsedQueries.MAX_KEPT_CHARS);

    assertThat(queries.parse(text)).isEqualTo(QueryLanguage.toLucene(text));
    assertThat(queries.size()).isZero();
  }

  @Test
  void theLeastRecentlyAskedGoBeyondTheLimit() {
    var first = queries.parse("word0");
    for (int i = 1; i <= ParsedQueries.MAX_ENTRIES; i++) queries.parse("word" + i);

    assertThat(queries.size()).isEqualTo(ParsedQueries.MAX_ENTRIES);
    assertThat(queries.parse("word0")).isNotSameAs(first); // it went, and was parsed again
  }

  @Test
  void aBadTextFailsEachTimeAndIsNotKept() {
    assertThatThrownBy(() -> queries.parse("(mill")).isInstanceOf(QuerySyntaxException.class);
    assertThatThrownBy(() -> queries.parse("(mill")).isInstanceOf(QuerySyntaxException.class);
    assertThat(queries.size()).isZero();
  }
}
