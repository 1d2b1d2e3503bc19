package dev.argus.server;

import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.ingest.fetch.FetchRequest;
import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.fetch.Fetcher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/v1/extract}: HTML in, article out; URLs only to public hosts. */
class ExtractTest {

  @TempDir static Path data;
  static String key;
  static ArgusServer server;
  static Fixtures.Client client;

  @BeforeAll
  static void start() throws Exception {
    Fixtures.store(data);
    key = ApiKeys.in(data).create("developer", Instant.now());
    server = Fixtures.server(data, Fixtures.config());
    client = new Fixtures.Client(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anHtmlBodyGivesItsArticle() {
    HttpResponse<String> r =
        client.post(
            "/api/v1/extract?url=https://quayside.example/news/harbour",
            "text/html; charset=utf-8",
            SecurityTest.PAGE,
            "X-Api-Key",
            key);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("title").asText()).isEqualTo("Harbour opens");
    assertThat(json(r).get("text").asText()).contains("The new harbour of Quayside opened");
    assertThat(json(r).get("url").asText()).isEqualTo("https://quayside.example/news/harbour");
    assertThat(json(r).get("words").asInt()).isGreaterThan(20);
  }

  @Test
  void htmlInJsonGivesItsArticle() throws Exception {
    String body = Json.MAPPER.writeValueAsString(java.util.Map.of("html", SecurityTest.PAGE));

    HttpResponse<String> r =
        client.post("/api/v1/extract", "application/json", body, "X-Api-Key", key);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("title").asText()).isEqualTo("Harbour opens");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/admin",
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost/",
        "http://[::1]/",
        "http://192.168.0.1/"
      })
  void aUrlToAnInternalAddressIsRefused(String url) {
    HttpResponse<String> r =
        client.post(
            "/api/v1/extract", "application/json", "{\"url\": \"" + url + "\"}", "X-Api-Key", key);

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).get("error").asText()).contains("network-safety check");
    assertThat(json(r).get("reason").asText()).isEqualTo("blocked-address");
  }

  @Test
  void aUrlThatIsNotHttpIs400() {
    HttpResponse<String> r =
        client.post(
            "/api/v1/extract",
            "application/json",
            "{\"url\": \"file:///etc/passwd\"}",
            "X-Api-Key",
            key);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("http(s)");
  }

  @Test
  void aFetchedPageGivesItsArticleAndWhereItCameFrom() {
    Fetcher stub =
        new Fetcher() {
          @Override
          public FetchResult fetch(FetchRequest request) {
            return new FetchResult.Fetched(
                new FetchResponse(
                    request.url(),
                    "https://quayside.example/news/harbour",
                    List.of(request.url()),
                    200,
                    List.of(),
                    List.of(new FetchResponse.Header("Content-Type", "text/html")),
                    SecurityTest.PAGE.getBytes(StandardCharsets.UTF_8),
                    Instant.parse("2026-03-14T10:00:00Z"),
                    "203.0.113.7"));
          }

          @Override
          public void close() {}
        };
    try (ArgusServer s = Fixtures.server(data, Fixtures.config(), stub)) {
      HttpResponse<String> r =
          new Fixtures.Client(s.port())
              .post(
                  "/api/v1/extract",
                  "application/json",
                  "{\"url\": \"https://quayside.example/h\"}",
                  "X-Api-Key",
                  key);

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(json(r).get("title").asText()).isEqualTo("Harbour opens");
      assertThat(json(r).at("/fetched/url").asText())
          .isEqualTo("https://quayside.example/news/harbour");
    }
  }
}
