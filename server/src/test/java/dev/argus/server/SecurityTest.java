package dev.argus.server;

import static dev.argus.server.Fixtures.enc;
import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.fetch.FetchPolicy;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.ingest.state.SourceHealth;
import dev.argus.store.LuceneStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, read access, rate limits, CORS, request limits and errors. */
class SecurityTest {

  @TempDir static Path data;
  static String key;
  static ArgusServer open;

  /**
   * A client of its own per test: tests that send bodies past the limits leave the server closing
   * their connection, and a POST (never retried by the JDK client) must not meet such a connection
   * still in a shared pool.
   */
  Fixtures.Client client;

  static final String PAGE =
      "<html><head><title>Quay news</title></head><body><article><h1>Harbour opens</h1>"
          + "<p>The new harbour of Quayside opened on Monday after three years of building work,"
          + " the port authority said in a statement to the press.</p></article></body></html>";

  @BeforeAll
  static void start() throws Exception {
    Fixtures.store(data);
    key = ApiKeys.in(data).create("tester", Instant.now());
    open = Fixtures.server(data, Fixtures.config());
  }

  @BeforeEach
  void newClient() {
    client = new Fixtures.Client(open.port());
  }

  @AfterAll
  static void stop() {
    open.close();
  }

  private static HttpResponse<String> postPage(Fixtures.Client c, String... headers) {
    return c.post("/api/v1/extract", "text/html", PAGE, headers);
  }

  @Test
  void aPostWithoutAKeyIs401() {
    HttpResponse<String> r = postPage(client);

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(json(r).get("error").asText()).contains("needs an API key");
  }

  @Test
  void aPostWithAWrongKeyIs401() {
    HttpResponse<String> r = postPage(client, "Authorization", "Bearer argus_not-a-key");

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).get("error").asText()).contains("invalid or revoked");
  }

  @Test
  void aPostWithAKeyInEitherHeaderGoesThrough() {
    assertThat(postPage(client, "Authorization", "Bearer " + key).statusCode()).isEqualTo(200);
    assertThat(postPage(client, "X-Api-Key", key).statusCode()).isEqualTo(200);
  }

  @Test
  void aRevokedKeyIs401AtOnce() throws IOException {
    ApiKeys keys = ApiKeys.in(data);
    String temp = keys.create("temporary", Instant.now());
    assertThat(postPage(client, "X-Api-Key", temp).statusCode()).isEqualTo(200);

    keys.revoke("temporary");

    assertThat(postPage(client, "X-Api-Key", temp).statusCode()).isEqualTo(401);
  }

  @Test
  void readsAreOpenByDefault() {
    assertThat(client.get("/api/v1/search?q=*").statusCode()).isEqualTo(200);
  }

  @Test
  void readKeyMakesReadsNeedAKeyButNotTheDescription() {
    try (ArgusServer s =
        Fixtures.server(data, Fixtures.config().withRead(ServerConfig.ReadAccess.KEY))) {
      Fixtures.Client c = new Fixtures.Client(s.port());

      assertThat(c.get("/api/v1/search?q=*").statusCode()).isEqualTo(401);
      assertThat(c.get("/api/v1/search?q=*", "Authorization", "Bearer " + key).statusCode())
          .isEqualTo(200);
      assertThat(c.get("/api/v1/openapi.json").statusCode()).isEqualTo(200);
      assertThat(c.get("/api").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void pastTheRateARequestIs429WithRetryAfter() {
    try (ArgusServer s = Fixtures.server(data, Fixtures.config().withRate(2))) {
      Fixtures.Client c = new Fixtures.Client(s.port());
      assertThat(c.get("/api/v1/status").statusCode()).isEqualTo(200);
      assertThat(c.get("/api/v1/status").statusCode()).isEqualTo(200);

      HttpResponse<String> r = c.get("/api/v1/status");

      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(json(r).get("retryAfterSeconds").asLong()).isEqualTo(30);
      assertThat(json(r).get("error").asText()).contains("too many requests");
      // A key has its own allowance.
      assertThat(c.get("/api/v1/status", "X-Api-Key", key).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void corsIsOffByDefault() {
    HttpResponse<String> r = client.get("/api/v1/status", "Origin", "https://newsroom.example");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void corsAllowsOnlyTheGivenOrigin() {
    try (ArgusServer s =
        Fixtures.server(data, Fixtures.config().withCors(List.of("https://newsroom.example")))) {
      Fixtures.Client c = new Fixtures.Client(s.port());

      HttpResponse<String> allowed = c.get("/api/v1/status", "Origin", "https://newsroom.example");
      HttpResponse<String> other = c.get("/api/v1/status", "Origin", "https://elsewhere.example");

      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://newsroom.example");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      HttpResponse<String> preflight =
          c.send(
              HttpRequest.newBuilder(c.uri("/api/v1/extract"))
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "https://newsroom.example")
                  .header("Access-Control-Request-Method", "POST")
                  .header("Access-Control-Request-Headers", "authorization,content-type")
                  .build());
      assertThat(preflight.statusCode()).isEqualTo(200);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://newsroom.example");
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
          .containsIgnoringCase("authorization");
    }
  }

  @Test
  void aHugeParameterIs400() {
    HttpResponse<String> r = client.get("/api/v1/search?q=" + "a".repeat(9_000));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("'q'").contains("8192");
  }

  @Test
  void aHugeQueryStringIs400() {
    String p = "x".repeat(6_000);
    HttpResponse<String> r = client.get("/api/v1/search?a=" + p + "&b=" + p + "&c=" + p);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("query string");
  }

  @Test
  void aRequestLineBeyondWhatJettyReadsIsStillJson() {
    HttpResponse<String> r = client.get("/api/v1/search?q=" + "a".repeat(70_000));

    assertThat(r.statusCode()).isEqualTo(414);
    assertThat(json(r).get("status").asInt()).isEqualTo(414);
  }

  @Test
  void tooManyParametersIs400() {
    StringBuilder q = new StringBuilder("/api/v1/search?q=*");
    for (int i = 0; i < 40; i++) q.append("&p").append(i).append("=1");

    HttpResponse<String> r = client.get(q.toString());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("more than 32");
  }

  @Test
  void aRepeatedParameterIs400() {
    HttpResponse<String> r = client.get("/api/v1/search?q=a&q=b");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("more than once");
  }

  @Test
  void aQueryLongerThanTheLanguageTakesIs400WithAPosition() {
    HttpResponse<String> r = client.get("/api/v1/search?q=" + enc("nexori ".repeat(700)));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("position").asInt()).isEqualTo(4_000);
  }

  @Test
  void badJsonIs400WithWhere() {
    HttpResponse<String> r =
        client.post("/api/v1/extract", "application/json", "{\"url\": ", "X-Api-Key", key);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).startsWith("the body is not valid JSON");
    assertThat(json(r).has("line")).isTrue();
  }

  @Test
  void jsonOfTheWrongShapeIs400() {
    assertThat(
            client
                .post("/api/v1/extract", "application/json", "[1, 2]", "X-Api-Key", key)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            client
                .post("/api/v1/extract", "application/json", "{\"link\": \"x\"}", "X-Api-Key", key)
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String big = "<p>" + "word ".repeat(CoreRoutes.MAX_EXTRACT_BYTES / 5 + 10) + "</p>";

    HttpResponse<String> r = client.post("/api/v1/extract", "text/html", big, "X-Api-Key", key);

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).get("limit").asInt()).isEqualTo(CoreRoutes.MAX_EXTRACT_BYTES);
  }

  /** A body sent without a length (chunked) is cut at the limit and answered 413 too. */
  @Test
  void aChunkedBodyOverTheLimitIs413() {
    byte[] big =
        ("<p>" + "word ".repeat(CoreRoutes.MAX_EXTRACT_BYTES / 5 + 10) + "</p>")
            .getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(client.uri("/api/v1/extract"))
            .header("Content-Type", "text/html")
            .header("X-Api-Key", key)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();

    HttpResponse<String> r = client.send(request);

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).get("limit").asInt()).isEqualTo(CoreRoutes.MAX_EXTRACT_BYTES);
  }

  @Test
  void anUnknownBodyTypeIs415() {
    HttpResponse<String> r = client.post("/api/v1/extract", "image/png", "x", "X-Api-Key", key);

    assertThat(r.statusCode()).isEqualTo(415);
  }

  @Test
  void anUnexpectedFailureIsA500WithoutAStackTrace() {
    StoreAccess broken =
        new StoreAccess() {
          @Override
          public LuceneStore store() {
            throw new IllegalStateException("secret internals at /var/lib/argus");
          }

          @Override
          public List<SourceHealth> health(Instant now) {
            throw new IllegalStateException("secret internals");
          }

          @Override
          public Status status() {
            throw new IllegalStateException("secret internals");
          }

          @Override
          public void close() {}
        };
    try (ArgusServer s =
        ArgusServer.start(
            Fixtures.config(),
            new ArgusServer.Services(
                broken,
                ApiKeys.in(data),
                new HttpFetcher(FetchPolicy.defaults(), null),
                ArticleExtractor.withDefaults()),
            List.of())) {
      HttpResponse<String> r = new Fixtures.Client(s.port()).get("/api/v1/search?q=*");

      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(json(r).get("error").asText()).contains("internal error");
      assertThat(json(r).get("incident").asText()).isNotBlank();
      assertThat(r.body()).doesNotContain("secret").doesNotContain("at dev.argus");
    }
  }
}
