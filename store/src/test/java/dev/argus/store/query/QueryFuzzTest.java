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

  private static final TestIndex INDEX = new TestIndex(Articles.ALL);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-12T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void randomPiecesFailOnlyWithSyntaxErrors() {
    Random random = new Random(20260126L);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder q = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int j = 0; j < n; j++) {
        q.append(PIECES.get(random.nextInt(PIECES.size())));
        if (random.nextInt(3) == 0) q.append(' ');
      }
      check(q.toString());
    }
  }

  @Test
  void randomCharactersFailOnlyWithSyntaxErrors() {
    Random random = new Random(7L);
    String alphabet = "ab小()\"[]{}:*?~-+/<>=&|!\\ \tTOANDRNEA0123456789.";
    for (int i = 0; i < 3_000; i++) {
      int n = random.nextInt(25);
      StringBuilder q = new StringBuilder();
      for (int j = 0; j < n; j++) {
        q.append(
            random.nextInt(10) == 0
                ? (char) random.nextInt(0x3000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      check(q.toString());
    }
  }

  private static void check(String query) {
    try {
      INDEX.ids(QueryLanguage.parse(query).toLucene(CLOCK));
    } catch (QuerySyntaxException e) {
      assertThat(e.position()).as(query).isBetween(0, query.length());
      assertThat(e.getMessage()).as(query).isNotBlank();
      assertThat(e.pointer()).as(query).contains("^");
    } catch (RuntimeException | StackOverflowError e) {
      fail("query <" + query + "> threw " + e, e);
    }
  }
}
