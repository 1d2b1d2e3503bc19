package dev.argus.server;

import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started before anything was ingested answers, and says why it has nothing. */
class NoStoreYetTest {

  @TempDir Path data;

  @Test
  void searchesAre503AndStatusCountsNothingUntilAStoreAppears() throws Exception {
    try (ArgusServer s = Fixtures.server(data, Fixtures.config())) {
      Fixtures.Client c = new Fixtures.Client(s.port());

      HttpResponse<String> search = c.get("/api/v1/search?q=*");
      HttpResponse<String> status = c.get("/api/v1/status");

      assertThat(search.statusCode()).isEqualTo(503);
      assertThat(json(search).get("error").asText()).contains("no articles");
      assertThat(json(status).get("articles").asLong()).isZero();

      Fixtures.store(data);

      assertThat(json(c.get("/api/v1/search?q=*")).get("total").asLong()).isEqualTo(5);
    }
  }
}
