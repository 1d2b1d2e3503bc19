package dev.argus.server;

import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.ingest.pipeline.DataDir;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListRoutesTest {

  private static final String LIST =
      """
      entities:
        - name: Nexori
          type: organization
          aliases: [Nexori, ネクソリ]
        - name: Talvik Marine
          type: organization
      """;

  @TempDir Path data;

  private ArgusServer server;
  private Fixtures.Client client;
  private String key;

  @BeforeEach
  void start() throws Exception {
    Fixtures.store(data);
    key = ApiKeys.in(data).create("tests", Instant.parse("2026-03-14T10:00:00Z"));
    server = Fixtures.server(data, Fixtures.config(), WatchListRoutes.of(new DataDir(data)));
    client = new Fixtures.Client(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, byte[] body, boolean withKey) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(client.uri("/api/v1/watchlist"))
            .header("Content-Type", "application/yaml")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (withKey) b.header("Authorization", "Bearer " + key);
    return client.send(b.build());
  }

  private HttpResponse<String> put(String text) {
    return send("PUT", text.getBytes(StandardCharsets.UTF_8), true);
  }

  @Test
  void noWatchListYetIsAnEmptyOne() {
    JsonNode r = json(client.get("/api/v1/watchlist"));

    assertThat(r.get("entries")).isEmpty();
    assertThat(r.get("text").asText()).isEmpty();
  }

  @Test
  void aPutListIsStoredInTheDataFolderAndAnsweredBack() throws Exception {
    HttpResponse<String> r = put(LIST);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(Files.readString(new DataDir(data).watchList())).isEqualTo(LIST);
    JsonNode got = json(client.get("/api/v1/watchlist"));
    assertThat(got.get("entries")).hasSize(2);
    assertThat(got.get("entries").get(0).get("name").asText()).isEqualTo("Nexori");
    assertThat(got.get("entries").get(0).get("aliases").toString())
        .isEqualTo("[\"Nexori\",\"ネクソリ\"]");
    assertThat(got.get("entries").get(1).get("type").asText()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aWrongListIsRefusedAndTheOneInPlaceStays() throws Exception {
    put(LIST);

    HttpResponse<String> r = put("entities:\n  - name: Nexori\n    type: spaceship\n");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).startsWith("not a valid watch list:");
    assertThat(Files.readString(new DataDir(data).watchList())).isEqualTo(LIST);
  }

  @Test
  void writesNeedAKey() {
    HttpResponse<String> r = send("PUT", LIST.getBytes(StandardCharsets.UTF_8), false);

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(new DataDir(data).watchList()).doesNotExist();
  }

  @Test
  void aListOverTheLimitIs413() {
    byte[] big = new byte[WatchListRoutes.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');

    assertThat(send("PUT", big, true).statusCode()).isEqualTo(413);
  }

  @Test
  void anEmptyOrNonUtf8BodyIsABadRequest() {
    assertThat(put("  \n").statusCode()).isEqualTo(400);
    assertThat(send("PUT", new byte[] {(byte) 0xC3, (byte) 0x28}, true).statusCode())
        .isEqualTo(400);
  }

  @Test
  void deleteRemovesTheList() {
    put(LIST);

    HttpResponse<String> r = send("DELETE", null, true);

    assertThat(json(r).get("deleted").asBoolean()).isTrue();
    assertThat(new DataDir(data).watchList()).doesNotExist();
    assertThat(json(client.get("/api/v1/watchlist")).get("entries")).isEmpty();
  }
}
