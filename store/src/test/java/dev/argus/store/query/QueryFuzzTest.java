package dev.argus.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random queries, built from the language's own pieces and from arbitrary characters, fail only
 * with {@link QuerySyntaxException} (parsing, translating and searching), at a position inside the
 * query.
 */
class QueryFuzzTest {

  private static final List<String> PIECES =
      List.of(
          "(",
          ")",
          "\"",
          "AND",
          "OR",
          "NOT",
          "NEAR/3",
          "NEAR",
          "NEAR/",
          "-",
          "+",
          "*",
          "?",
          "~",
          "~2",
          ":",
          "lang:",
          "tone:",
          "published:",
          "entity:",
          "title:",
          "lnag:",
          "[",
          "]",
          "{",
          "}",
          "TO",
          ">",
          ">=",
          "<",
          "<=",
          "&&",
          "||",
          "xiaomi",
          "小米手机",
          "wi-fi",
          "2026-01-05",
          "2026-13",
          "now-7d",
          "-0.5",
          "1e400",
          "ab*",
          "te?t",
          "\\",
          "'",
          "!!!",
          ":",
          "\t",
          " ",
          " ",
          " ",
          "\uD83D\uDE00",
          "\uD83D");

  private static final int COUNT = 1_000;

  private static final TestIndex INDEX = new TestIndex(Articles.ALL);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-12T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void randomPiecesFailOnlyWithSyntaxErrors() {
    Random random = new Random(20260126L);
    int[] outcomes = new int[2];
    for (int i = 0; i < COUNT; i++) {
      StringBuilder q = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int j = 0; j < n; j++) {
        q.append(PIECES.get(random.nextInt(PIECES.size())));
        if (random.nextInt(3) == 0) q.append(' ');
      }
      outcomes[check(q.toString()) ? 1 : 0]++;
    }
    assertThat(outcomes).as("rejected, accepted").doesNotContain(0);
  }

  @Test
  void randomCharactersFailOnlyWithSyntaxErrors() {
    Random random = new Random(7L);
    int[] outcomes = new int[2];
    String alphabet = "ab小()\"[]{}:*?~-+/<>=&|!\\ \tTOANDRNEA0123456789.";
    for (int i = 0; i < COUNT; i++) {
      int n = random.nextInt(25);
      StringBuilder q = new StringBuilder();
      for (int j = 0; j < n; j++) {
        q.append(
            random.nextInt(10) == 0
                ? (char) random.nextInt(0x3000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      outcomes[check(q.toString()) ? 1 : 0]++;
    }
    assertThat(outcomes).as("rejected, accepted").doesNotContain(0);
  }

  /** Whether {@code query} was accepted; fails the test on anything but a syntax error. */
  private static boolean check(String query) {
    try {
      INDEX.ids(QueryLanguage.parse(query).toLucene(CLOCK));
      return true;
    } catch (QuerySyntaxException e) {
      assertThat(e.position()).as(query).isBetween(0, query.length());
      assertThat(e.getMessage()).as(query).isNotBlank();
      assertThat(e.pointer()).as(query).contains("^");
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      return fail("query <" + query + "> threw " + e, e);
    }
  }
}
