package dev.argus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.ingest.pipeline.DataDir;
import dev.argus.store.LuceneStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export larger than the server's buffers goes out as it is read, not as one body. */
class ExportStreamingTest {

  @TempDir Path data;

  @Test
  void aLargeExportIsStreamedInChunks() throws Exception {
    int n = 3_000;
    try (LuceneStore s = LuceneStore.open(new DataDir(data).index())) {
      for (int i = 0; i < n; i++) {
        s.put(
            Fixtures.article(
                "https://wire.example/item/" + i,
                "en",
                "2026-03-14T00:00:00Z",
                "Item " + i,
                "Short wire item number " + i + " about harbour traffic.",
                null,
                "s" + i,
                "g" + i,
                "Wire",
                List.of()));
      }
      s.commit(Map.of());
    }
    try (ArgusServer server = Fixtures.server(data, Fixtures.config())) {
      HttpResponse<String> r =
          new Fixtures.Client(server.port()).get("/api/v1/export?q=*&format=jsonl");

      assertThat(r.statusCode()).isEqualTo(200);
      // Jetty sets a length only on a response it held whole; a stream has none.
      assertThat(r.headers().firstValue("Content-Length")).isEmpty();
      assertThat(r.body().lines()).hasSize(n);
    }
  }
}
