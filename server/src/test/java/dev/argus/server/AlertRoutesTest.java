package dev.argus.server;

import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.alerts.Alerts;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class AlertRoutesTest {

  @TempDir Path data;

  private Alerts alerts;
  private ArgusServer server;
  private Fixtures.Client client;
  private String key;

  @BeforeEach
  void start() throws Exception {
    Fixtures.store(data);
    key = ApiKeys.in(data).create("tests", Instant.parse("2026-03-14T10:00:00Z"));
    start(false);
  }

  private void start(boolean allowPrivate) throws Exception {
    alerts = Alerts.open(data, Alerts.Settings.defaults());
    server = Fixtures.server(data, Fixtures.config(), AlertRoutes.of(alerts, allowPrivate));
    client = new Fixtures.Client(server.port());
  }

  /** Restarts the server with reads that need a key, and feed links that carry tokens. */
  private void restartWithKeyedReads() throws Exception {
    server.close();
    server =
        Fixtures.server(
            data,
            Fixtures.config().withRead(ServerConfig.ReadAccess.KEY),
            AlertRoutes.of(alerts, false, ApiKeys.in(data).feeds()));
    client = new Fixtures.Client(server.port());
  }

  private String feedLink(String id) {
    HttpResponse<String> r = client.get("/api/v1/alerts", "Authorization", "Bearer " + key);
    for (JsonNode a : json(r).get("alerts")) {
      if (a.get("id").asText().equals(id)) return a.get("feed").asText();
    }
    throw new AssertionError("no alert " + id + " in " + r.body());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    alerts.close();
  }

  private HttpResponse<String> write(String method, String path, String body) {
    return client.send(
        HttpRequest.newBuilder(client.uri(path))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static String alert(String name, String query, String channel) {
    return "{\"name\":\"%s\",\"query\":\"%s\",\"mode\":\"instant\",\"channels\":[%s]}"
        .formatted(name, query, channel);
  }

  private String create(String name) {
    HttpResponse<String> r =
        write("POST", "/api/v1/alerts", alert(name, "entity:Nexori", "{\"type\":\"atom\"}"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asText();
  }

  @Test
  void anAlertIsCreatedListedChangedAndDeleted() {
    String id = create("nexori");

    JsonNode list = json(client.get("/api/v1/alerts")).get("alerts");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("name").asText()).isEqualTo("nexori");
    assertThat(list.get(0).get("mode").asText()).isEqualTo("instant");
    assertThat(list.get(0).get("channels").get(0).get("type").asText()).isEqualTo("atom");

    HttpResponse<String> put =
        write(
            "PUT",
            "/api/v1/alerts/" + id,
            alert("nexori-fr", "entity:Nexori AND lang:fr", "{\"type\":\"atom\"}")
                .replace("instant", "daily"));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    JsonNode changed = json(client.get("/api/v1/alerts")).get("alerts").get(0);
    assertThat(changed.get("id").asText()).isEqualTo(id);
    assertThat(changed.get("name").asText()).isEqualTo("nexori-fr");
    assertThat(changed.get("query").asText()).isEqualTo("entity:Nexori AND lang:fr");
    assertThat(changed.get("mode").asText()).isEqualTo("daily");

    assertThat(write("DELETE", "/api/v1/alerts/" + id, null).statusCode()).isEqualTo(200);
    assertThat(json(client.get("/api/v1/alerts")).get("alerts")).isEmpty();
    assertThat(write("DELETE", "/api/v1/alerts/" + id, null).statusCode()).isEqualTo(404);
  }

  @Test
  void aTakenNameIsAConflict() {
    create("nexori");
    HttpResponse<String> r =
        write("POST", "/api/v1/alerts", alert("nexori", "Orbis", "{\"type\":\"atom\"}"));
    assertThat(r.statusCode()).isEqualTo(409);
  }

  @Test
  void testFiringRecordsDeliveriesNewestFirst() {
    String id = create("nexori");

    HttpResponse<String> fired = write("POST", "/api/v1/alerts/" + id + "/test", null);
    assertThat(fired.statusCode()).as(fired.body()).isEqualTo(200);
    assertThat(json(fired).get("deliveries").get(0).get("status").asText()).isEqualTo("OK");
    write("POST", "/api/v1/alerts/" + id + "/test", null);

    JsonNode log = json(client.get("/api/v1/alerts/" + id + "/deliveries")).get("deliveries");
    assertThat(log).hasSize(2);
    assertThat(log.get(0).get("kind").asText()).isEqualTo("TEST");
    assertThat(log.get(0).get("channel").asText()).isEqualTo("atom");
    assertThat(log.get(0).get("id").asLong()).isGreaterThan(log.get(1).get("id").asLong());
  }

  @Test
  void writesNeedAKey() {
    HttpResponse<String> r =
        client.post(
            "/api/v1/alerts", "application/json", alert("x", "Nexori", "{\"type\":\"atom\"}"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).get("error").asText()).contains("API key");
    assertThat(json(client.get("/api/v1/alerts")).get("alerts")).isEmpty();
  }

  @Test
  void aBadQueryIsA400WithItsPosition() {
    HttpResponse<String> r =
        write("POST", "/api/v1/alerts", alert("bad", "Nexori AND (", "{\"type\":\"atom\"}"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).startsWith("bad query");
    assertThat(json(r).has("position")).isTrue();
    assertThat(json(r).get("pointer").asText()).contains("^");
  }

  @Test
  void aWebhookToLoopbackIsRefusedUnlessTheServerAllowsIt() throws Exception {
    String hook =
        "{\"type\":\"webhook\",\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"s3cret\"}";
    HttpResponse<String> r = write("POST", "/api/v1/alerts", alert("hook", "Nexori", hook));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("webhook refused");

    stop();
    start(true);
    HttpResponse<String> allowed = write("POST", "/api/v1/alerts", alert("hook", "Nexori", hook));
    assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(201);
    assertThat(allowed.body()).doesNotContain("s3cret");
  }

  @Test
  void aChangeThatLeavesTheSecretEmptyKeepsIt() throws Exception {
    stop();
    start(true);
    String hook = "{\"type\":\"webhook\",\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"%s\"}";
    String id =
        json(write("POST", "/api/v1/alerts", alert("hook", "Nexori", hook.formatted("s3cret"))))
            .get("id")
            .asText();

    HttpResponse<String> put =
        write("PUT", "/api/v1/alerts/" + id, alert("hook", "Orbis", hook.formatted("")));

    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(alerts.byId(id).orElseThrow().channels().get(0))
        .hasFieldOrPropertyWithValue("secret", "s3cret");
  }

  @Test
  void aBodyOverTheLimitIsRefused() {
    String big = "x".repeat(AlertRoutes.MAX_BODY_BYTES);
    HttpResponse<String> r =
        write("POST", "/api/v1/alerts", alert("big", big, "{\"type\":\"atom\"}"));
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void tooManyChannelsAreRefused() {
    String atoms = String.join(",", java.util.Collections.nCopies(11, "{\"type\":\"atom\"}"));
    HttpResponse<String> r = write("POST", "/api/v1/alerts", alert("many", "Nexori", atoms));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("limit").asInt()).isEqualTo(AlertRoutes.MAX_CHANNELS);
  }

  @Test
  void theFeedParsesAsAtomWithTheTestEntry() throws Exception {
    String id = create("nexori");
    write("POST", "/api/v1/alerts/" + id + "/test", null);

    HttpResponse<String> r = client.get("/api/v1/alerts/" + id + "/feed.atom");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("application/atom+xml"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
        .isEqualTo(1);
  }

  @Test
  void withOpenReadsTheFeedLinkCarriesNoToken() {
    String id = create("nexori");

    assertThat(feedLink(id)).isEqualTo("/api/v1/alerts/" + id + "/feed.atom");
    assertThat(FeedTokens.in(data).file()).doesNotExist();
  }

  @Test
  void withKeyedReadsAFeedReaderGetsInByTheTokenOfTheFeedLink() throws Exception {
    String id = create("nexori");
    restartWithKeyedReads();

    String link = feedLink(id);

    assertThat(link).startsWith("/api/v1/alerts/" + id + "/feed.atom?token=");
    HttpResponse<String> r = client.get(link); // no key, as a feed reader
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("<feed");
  }

  @Test
  void withKeyedReadsAFeedWithoutKeyOrTokenIs401WithAHint() throws Exception {
    String id = create("nexori");
    restartWithKeyedReads();

    HttpResponse<String> r = client.get("/api/v1/alerts/" + id + "/feed.atom");

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).get("error").asText()).contains("feed's token").contains("?token=");
    assertThat(client.get("/api/v1/alerts/" + id + "/feed.atom", "X-Api-Key", key).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aFeedTokenOpensNoOtherFeedAndNoOtherRoute() throws Exception {
    String nexori = create("nexori");
    String other = create("other");
    restartWithKeyedReads();
    String token = feedLink(nexori).replaceAll(".*token=", "");

    assertThat(client.get("/api/v1/alerts/" + other + "/feed.atom?token=" + token).statusCode())
        .isEqualTo(401);
    assertThat(client.get("/api/v1/alerts/" + nexori + "/deliveries?token=" + token).statusCode())
        .isEqualTo(401);
    assertThat(client.get("/api/v1/alerts?token=" + token).statusCode()).isEqualTo(401);
  }

  @Test
  void withKeyedReadsTheOpenApiDocumentOffersTheFeedToken() throws Exception {
    restartWithKeyedReads();

    JsonNode doc = json(client.get("/api/v1/openapi.json"));

    assertThat(doc.at("/paths/~1api~1v1~1alerts~1{id}~1feed.atom/get/security").toString())
        .contains("feedToken");
    assertThat(doc.at("/paths/~1api~1v1~1alerts/get/security").toString())
        .doesNotContain("feedToken");
    assertThat(doc.at("/components/securitySchemes/feedToken/in").asText()).isEqualTo("query");
  }

  @Test
  void rotatedFeedTokensAreRefusedByTheRunningServer() throws Exception {
    String id = create("nexori");
    restartWithKeyedReads();
    String old = feedLink(id);

    FeedTokens.in(data).rotate();

    assertThat(client.get(old).statusCode()).isEqualTo(401);
    String fresh = feedLink(id);
    assertThat(fresh).isNotEqualTo(old);
    assertThat(client.get(fresh).statusCode()).isEqualTo(200);
  }

  @Test
  void anAlertIsSwitchedOffAndOnAgain() {
    String id = create("nexori");

    HttpResponse<String> off = write("POST", "/api/v1/alerts/" + id + "/disable", null);
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertThat(json(off).get("enabled").asBoolean()).isFalse();
    assertThat(json(client.get("/api/v1/alerts")).get("alerts").get(0).get("enabled").asBoolean())
        .isFalse();

    HttpResponse<String> on = write("POST", "/api/v1/alerts/" + id + "/enable", null);
    assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    assertThat(json(on).get("enabled").asBoolean()).isTrue();
    assertThat(alerts.byId(id).orElseThrow().enabled()).isTrue();
  }

  @Test
  void switchingAnAlertNeedsAKey() {
    String id = create("nexori");

    HttpResponse<String> r =
        client.post("/api/v1/alerts/" + id + "/disable", "application/json", "");

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(alerts.byId(id).orElseThrow().enabled()).isTrue();
  }

  @Test
  void switchingAnUnknownAlertIs404() {
    HttpResponse<String> r = write("POST", "/api/v1/alerts/nope/enable", null);

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asText()).contains("no alert with id nope");
  }

  @Test
  void anUnknownAlertIs404() {
    assertThat(client.get("/api/v1/alerts/nope/deliveries").statusCode()).isEqualTo(404);
    assertThat(client.get("/api/v1/alerts/nope/feed.atom").statusCode()).isEqualTo(404);
  }

  @Test
  void theOpenApiDocumentDescribesTheAlertRoutes() {
    JsonNode paths = json(client.get("/api/v1/openapi.json")).get("paths");
    assertThat(
            List.of(
                "/api/v1/alerts",
                "/api/v1/alerts/{id}",
                "/api/v1/alerts/{id}/enable",
                "/api/v1/alerts/{id}/disable",
                "/api/v1/alerts/{id}/feed.atom"))
        .allSatisfy(p -> assertThat(paths.has(p)).as(p).isTrue());
  }
}
