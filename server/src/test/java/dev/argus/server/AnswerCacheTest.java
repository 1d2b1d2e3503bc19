package dev.argus.server;

import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.ingest.pipeline.DataDir;
import dev.argus.store.LuceneStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerCacheTest {

  @TempDir Path data;

  @Test
  void keepsAnswersUpToItsSizeDroppingTheLeastRecentlyUsed() {
    AnswerCache c = new AnswerCache(150, 60);
    c.put("a", new byte[60]);
    c.put("b", new byte[60]); // 120 bytes
    assertThat(c.get("a")).hasSize(60); // a is now the most recently used
    c.put("c", new byte[60]); // 180 > 150: b goes

    assertThat(c.get("b")).isNull();
    assertThat(c.get("a")).isNotNull();
    assertThat(c.get("c")).isNotNull();
    assertThat(c.stats()).isEqualTo(new AnswerCache.Stats(3, 1, 120, 2));
  }

  @Test
  void anAnswerOverItsShareOfTheCacheIsNotKept() {
    AnswerCache c = new AnswerCache(AnswerCache.MAX_ENTRY_SHARE * 10L); // 10 bytes an answer
    c.put("big", new byte[11]);
    c.put("small", new byte[10]);

    assertThat(c.get("big")).isNull();
    assertThat(c.get("small")).isNotNull();
    assertThat(c.stats().bytes()).isEqualTo(10);
  }

  @Test
  void sizeZeroKeepsNothingAndANegativeSizeIsRefused() {
    AnswerCache off = new AnswerCache(0);
    off.put("a", new byte[0]);
    assertThat(off.get("a")).isNull();
    assertThatThrownBy(() -> new AnswerCache(-1)).hasMessageContaining("0 (none)");
  }

  @Test
  void aSearchAskedTwiceIsAnsweredOnceUntilANewCommit() throws Exception {
    Fixtures.store(data);
    try (ArgusServer server = Fixtures.server(data, Fixtures.config())) {
      Fixtures.Client client = new Fixtures.Client(server.port());
      String search = "/api/v1/search?q=Nexori&facets=language";
      long first = json(client.get(search)).get("total").asLong();
      assertThat(json(client.get(search)).get("total").asLong()).isEqualTo(first);
      assertThat(server.answerCache().hits()).isEqualTo(1);

      try (LuceneStore s = LuceneStore.open(new DataDir(data).index())) {
        s.put(
            Fixtures.article(
                "https://new.example/nexori",
                "en",
                "2026-03-16T00:00:00Z",
                "Nexori again",
                "Nexori ships a camera.",
                0.1,
                "s00000009",
                "g9",
                "New",
                List.of(),
                "Nexori"));
        s.commit(Map.of());
      }

      assertThat(json(client.get(search)).get("total").asLong()).isEqualTo(first + 1);
      assertThat(server.answerCache().hits()).isEqualTo(1);
    }
  }

  @Test
  void anArticleAskedTwiceIsReadOnceAndAMissingOneIsNeverKept() throws Exception {
    Fixtures.store(data);
    try (ArgusServer server = Fixtures.server(data, Fixtures.config())) {
      Fixtures.Client client = new Fixtures.Client(server.port());
      String article = "/api/v1/article?id=" + Fixtures.enc(Fixtures.MIDLAND);
      String first = client.get(article).body();
      assertThat(client.get(article).body()).isEqualTo(first);
      String missing = "/api/v1/article?id=" + Fixtures.enc("https://nowhere.example/x");
      assertThat(client.get(missing).statusCode()).isEqualTo(404);
      assertThat(client.get(missing).statusCode()).isEqualTo(404);

      assertThat(server.answerCache().hits()).isEqualTo(1);
      assertThat(server.answerCache().entries()).isEqualTo(1);
    }
  }

  @Test
  void answersThatDependOnTheTimeAreNotKept() throws Exception {
    Fixtures.store(data);
    try (ArgusServer server = Fixtures.server(data, Fixtures.config())) {
      Fixtures.Client client = new Fixtures.Client(server.port());
      String search = "/api/v1/search?q=" + Fixtures.enc("published:>=now-30d");
      client.get(search);
      client.get(search);

      assertThat(server.answerCache().hits()).isZero();
      assertThat(server.answerCache().entries()).isZero();
    }
  }

  @Test
  void theServerCanRunWithoutTheCache() throws Exception {
    Fixtures.store(data);
    try (ArgusServer server = Fixtures.server(data, Fixtures.config().withAnswerCache(0))) {
      Fixtures.Client client = new Fixtures.Client(server.port());
      client.get("/api/v1/search?q=Nexori");
      assertThat(client.get("/api/v1/search?q=Nexori").statusCode()).isEqualTo(200);

      assertThat(server.answerCache().hits()).isZero();
    }
  }
}
