package dev.argus.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {

  @Test
  void aServerInItsOwnJvmAnswersReportsItsFiguresAndStopsWithTheBench(@TempDir Path dir)
      throws Exception {
    // -Xlog:gc:stdout makes the child's JVM print on the protocol's stream before the server
    // does, as a flight recording's start does: such lines are not the protocol's.
    ServerProcess server =
        ServerProcess.start(
            dir.resolve("data"), 1 << 20, List.of("-Xlog:gc:stdout"), dir.resolve("server.log"));
    try (server;
        HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> status =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/api/v1/status"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(status.statusCode()).isEqualTo(200);

      ServerProcess.Stats stats = server.stats();
      assertThat(stats.cpuNanos()).isPositive();
      assertThat(stats.jitMillis()).isNotNegative();
      assertThat(stats.cache().hits() + stats.cache().misses()).isNotNegative();
      assertThat(server.stats().cpuNanos()).isGreaterThanOrEqualTo(stats.cpuNanos());
    }
    assertThat(server.alive()).isFalse();
  }
}
