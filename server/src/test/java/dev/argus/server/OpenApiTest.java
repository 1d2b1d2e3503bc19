package dev.argus.server;

import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes every route the server has, and only those; the page. */
class OpenApiTest {

  @TempDir static Path data;
  static ArgusServer server;
  static Fixtures.Client client;

  @BeforeAll
  static void start() throws Exception {
    Fixtures.store(data);
    server = Fixtures.server(data, Fixtures.config());
    client = new Fixtures.Client(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Set<String> described(JsonNode doc) {
    Set<String> ops = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(m -> ops.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    return ops;
  }

  @Test
  void everyRouteIsDescribedAndNothingElse() {
    JsonNode doc = json(client.get("/api/v1/openapi.json"));
    Set<String> registered = new HashSet<>();
    for (Route r : server.routes()) registered.add(r.method() + " " + r.path());

    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(described(doc)).isEqualTo(registered);
    assertThat(described(doc)).isEqualTo(server.servedEndpoints());
  }

  @Test
  void everyDescribedOperationIsServed() {
    JsonNode doc = json(client.get("/api/v1/openapi.json"));

    for (String op : described(doc)) {
      String method = op.substring(0, op.indexOf(' '));
      String path = op.substring(op.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
      HttpRequest.Builder b = HttpRequest.newBuilder(client.uri(path));
      b.method(method, HttpRequest.BodyPublishers.noBody());
      HttpResponse<String> r = client.send(b.build());

      assertThat(r.body()).as(op).doesNotContain("no such endpoint");
      assertThat(r.statusCode()).as(op).isLessThan(500);
    }
  }

  @Test
  void writesAreDescribedAsNeedingAKey() {
    JsonNode doc = json(client.get("/api/v1/openapi.json"));

    assertThat(doc.at("/paths/~1api~1v1~1extract/post/security")).isNotEmpty();
    assertThat(doc.at("/paths/~1api~1v1~1search/get/security")).isEmpty();
    assertThat(doc.at("/paths/~1api~1v1~1search/get/parameters/0/name").asText()).isEqualTo("q");
  }

  @Test
  void thePageReadsTheDescriptionAndLoadsNothingFromElsewhere() {
    HttpResponse<String> r = client.get("/api");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains("/api/v1/openapi.json").contains("<script>");
    assertThat(r.body()).doesNotContainPattern("(src|href)\\s*=\\s*\"(https?:)?//");
    assertThat(r.body()).doesNotContainPattern("@import|<link ");
  }
}
