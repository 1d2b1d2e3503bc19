package dev.argus.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load's HTTP client, against a JDK server on loopback. */
class ServeClientTest {

  private HttpServer server;
  private final List<String> encodings = new CopyOnWriteArrayList<>();
  private final List<Integer> ports = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          encodings.add(String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")));
          ports.add(ex.getRemoteAddress().getPort());
          boolean found = ex.getRequestURI().getPath().startsWith("/api/v1/search");
          byte[] body =
              (found ? "{\"total\":0}" : "{\"error\":\"no such article\"}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(found ? 200 : 404, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static ServePlan.Request search() {
    return new ServePlan.Request(
        ServePlan.Kind.PHRASE, "\"a b\"", false, List.of("language"), null, null);
  }

  @Test
  void aTwoHundredIsASuccessWithItsSizeAndAnythingElseAnErrorWithItsBody() throws IOException {
    try (CloseableHttpClient client = ServeBench.client(2)) {
      LoadLoop.Outcome ok = ServeBench.http(client, root(), search());
      LoadLoop.Outcome missing =
          ServeBench.http(
              client,
              root(),
              new ServePlan.Request(ServePlan.Kind.ARTICLE, null, false, List.of(), null, "x"));

      assertThat(ok.succeeded()).isTrue();
      assertThat(ok.bytes()).isEqualTo("{\"total\":0}".length());
      assertThat(missing.succeeded()).isFalse();
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.error()).contains("no such article");
    }
  }

  @Test
  void requestsAskForNoCompressionAndReuseTheirConnection() throws IOException {
    try (CloseableHttpClient client = ServeBench.client(1)) {
      for (int i = 0; i < 5; i++) ServeBench.http(client, root(), search());
    }

    assertThat(encodings).hasSize(5).containsOnly("null");
    assertThat(ports).hasSize(5).containsOnly(ports.get(0));
  }
}
