package dev.argus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestThreadsTest {

  @TempDir Path data;

  @Test
  void handlersRunOnVirtualThreadsFromJava24AndOnPlatformThreadsBefore() throws Exception {
    Fixtures.store(data);
    List<Boolean> virtual = new CopyOnWriteArrayList<>();
    Route probe =
        Route.get(
            "/api/v1/test-thread",
            "the kind of thread a handler runs on",
            ctx -> {
              virtual.add(Thread.currentThread().isVirtual());
              Json.ok(ctx, Map.of("ok", true));
            });
    try (ArgusServer server = Fixtures.server(data, Fixtures.config(), List.of(probe))) {
      Fixtures.Client client = new Fixtures.Client(server.port());
      assertThat(client.get("/api/v1/test-thread").statusCode()).isEqualTo(200);
      assertThat(client.get("/api/v1/search?q=Nexori").statusCode()).isEqualTo(200);
    }

    assertThat(virtual).containsExactly(Runtime.version().feature() >= 24);
  }
}
