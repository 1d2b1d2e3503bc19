package dev.argus.server;

import static dev.argus.server.Fixtures.enc;
import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.ingest.pipeline.DataDir;
import dev.argus.store.LuceneStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read API over a small store of our own. */
class ReadApiTest {

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

  @Test
  void searchCountsFacetsAndAHistogram() {
    HttpResponse<String> r =
        client.get("/api/v1/search?q=nexori&facets=language,entity,tone&histogram=day");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode j = json(r);
    assertThat(j.get("total").asLong()).isEqualTo(3);
    assertThat(j.get("hits")).hasSize(3);
    assertThat(j.at("/facets/language/0/value").asText()).isEqualTo("en");
    assertThat(j.at("/facets/language/0/count").asLong()).isEqualTo(2);
    assertThat(j.at("/facets/entity/0/value").asText()).isEqualTo("Nexori");
    assertThat(j.at("/tone/positive").asLong()).isEqualTo(2);
    assertThat(j.at("/tone/negative").asLong()).isEqualTo(1);
    assertThat(j.get("histogram")).hasSize(2);
    assertThat(j.at("/histogram/0/label").asText()).isEqualTo("2026-03-14");
    assertThat(j.at("/histogram/0/count").asLong()).isEqualTo(2);
  }

  @Test
  void theSummaryViewGivesEachHitASnippetInsteadOfItsText() {
    JsonNode full = json(client.get("/api/v1/search?q=nexori&sort=date&facets=language"));
    HttpResponse<String> r =
        client.get("/api/v1/search?q=nexori&sort=date&facets=language&view=summary");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode summary = json(r);
    assertThat(summary.get("total")).isEqualTo(full.get("total"));
    assertThat(summary.get("hits")).hasSameSizeAs(full.get("hits"));
    for (int i = 0; i < full.get("hits").size(); i++) {
      JsonNode f = full.get("hits").get(i);
      JsonNode s = summary.get("hits").get(i);
      assertThat(s.get("id")).isEqualTo(f.get("id"));
      assertThat(s.at("/article/title")).isEqualTo(f.at("/article/title"));
      assertThat(s.at("/article/source")).isEqualTo(f.at("/article/source"));
      assertThat(s.at("/article/text").isMissingNode()).isTrue();
      assertThat(s.at("/article/snippet").asText()).isNotBlank();
    }
  }

  @Test
  void anUnknownViewIsA400() {
    HttpResponse<String> r = client.get("/api/v1/search?q=*&view=tiny");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("'view'");
  }

  @Test
  void aCursorPagesThroughTheResults() {
    JsonNode first = json(client.get("/api/v1/search?q=*&sort=date&limit=2"));
    JsonNode second =
        json(
            client.get(
                "/api/v1/search?q=*&sort=date&limit=2&cursor=" + first.get("next").asText()));
    JsonNode third =
        json(
            client.get(
                "/api/v1/search?q=*&sort=date&limit=2&cursor=" + second.get("next").asText()));

    List<String> ids = new ArrayList<>();
    for (JsonNode page : List.of(first, second, third)) {
      page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    }
    assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    assertThat(ids.get(0)).contains("echodeseine");
    assertThat(third.get("next").isNull()).isTrue();
  }

  @Test
  void aBadQueryIsA400WithItsPosition() {
    HttpResponse<String> r = client.get("/api/v1/search?q=" + enc("lang:fr AND (port"));

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode j = json(r);
    assertThat(j.get("error").asText()).contains("missing closing parenthesis");
    assertThat(j.get("position").asInt()).isEqualTo(17);
    assertThat(j.get("pointer").asText()).endsWith("(port\n                 ^");
    assertThat(j.get("status").asInt()).isEqualTo(400);
  }

  @Test
  void aBadQueryInsideAnEntityViewPointsIntoTheQueryAsWritten() {
    HttpResponse<String> r = client.get("/api/v1/entities/Nexori?q=" + enc("(camera"));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("query").asText()).isEqualTo("(camera");
  }

  @Test
  void aLimitAboveTheStoresMaximumIsA400() {
    HttpResponse<String> r = client.get("/api/v1/search?q=*&limit=10001");
    HttpResponse<String> past = client.get("/api/v1/search?q=*&limit=10000&offset=1");
    HttpResponse<String> word = client.get("/api/v1/search?q=*&limit=many");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("'limit'").contains("10000");
    assertThat(past.statusCode()).isEqualTo(400);
    assertThat(json(past).get("error").asText()).contains("export");
    assertThat(word.statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownFacetIsA400ThatListsTheFacets() {
    HttpResponse<String> r = client.get("/api/v1/search?q=*&facets=colour");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("colour").contains("language");
  }

  @Test
  void oneArticleById() {
    HttpResponse<String> r = client.get("/api/v1/article?id=" + enc(Fixtures.MIDLAND));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("title").asText()).isEqualTo("Phone maker Nexori bets on cameras");
    assertThat(json(r).get("id").asText()).isEqualTo(Fixtures.MIDLAND);
  }

  @Test
  void anUnknownArticleIsAJson404() {
    HttpResponse<String> r = client.get("/api/v1/article?id=" + enc("https://nowhere.example/x"));

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asText()).contains("no article");
  }

  @Test
  void aStoryTellsWhoBrokeItItsCopiesAndCitations() {
    HttpResponse<String> r = client.get("/api/v1/stories/s00000000");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode j = json(r);
    assertThat(j.get("size").asInt()).isEqualTo(3);
    assertThat(j.at("/first/source").asText()).isEqualTo("Midland Post");
    assertThat(j.get("timeline")).hasSize(3);
    assertThat(j.at("/syndicated/g1")).hasSize(2);
    assertThat(j.get("edges").toString()).contains("LINKS_MEMBER").contains("CPA");
    assertThat(j.at("/titles").toString()).contains("Nexori crée une division photo");
    assertThat(client.get("/api/v1/stories/s99").statusCode()).isEqualTo(404);
  }

  @Test
  void storiesListTheBiggestFirst() {
    JsonNode j = json(client.get("/api/v1/stories?limit=2&since=2026-03-01"));

    assertThat(j.get("stories")).hasSize(2);
    assertThat(j.at("/stories/0/id").asText()).isEqualTo("s00000000");
  }

  @Test
  void anEntityHasAttentionToneAndBreakdowns() {
    HttpResponse<String> r = client.get("/api/v1/entities/Nexori?interval=day");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode j = json(r);
    assertThat(j.get("articles").asLong()).isEqualTo(3);
    assertThat(j.get("attention")).hasSize(2);
    assertThat(j.at("/attention/0/count").asLong()).isEqualTo(2);
    assertThat(j.at("/toneOverTime/0/mean").asDouble()).isEqualTo(0.25);
    assertThat(j.at("/toneOverTime/1/negative").asLong()).isEqualTo(1);
    assertThat(j.at("/toneOverTime/1/mean").asDouble()).isEqualTo(-0.2);
    assertThat(j.at("/languages/0/value").asText()).isEqualTo("en");
    assertThat(j.get("countries")).isNotNull();
  }

  @Test
  void shareOfVoiceComparesAnEntityWithItsRivals() {
    HttpResponse<String> r =
        client.get("/api/v1/entities/Nexori/share-of-voice?rivals=Sony,Samsung&interval=month");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode march = json(r).at("/periods/1");
    assertThat(march.get("label").asText()).isEqualTo("2026-03");
    // Nexori: 2 mentions in the first article, 1 in each other; Sony 1, Samsung 1.
    assertThat(march.at("/mentions/Nexori").asLong()).isEqualTo(4);
    assertThat(march.at("/share/Nexori").asDouble()).isEqualTo(0.667);
    assertThat(client.get("/api/v1/entities/Nexori/share-of-voice").statusCode()).isEqualTo(400);
  }

  @Test
  void exportStreamsCsvAsAnAttachment() {
    HttpResponse<String> r = client.get("/api/v1/export?q=*&format=csv");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"argus-export.csv\"");
    List<String> lines = r.body().lines().toList();
    assertThat(lines.get(0)).startsWith("id,url,path,title");
    assertThat(lines).hasSize(6);
  }

  @Test
  void exportStreamsJsonLines() {
    HttpResponse<String> r =
        client.get("/api/v1/export?q=" + enc("lang:en AND nexori") + "&format=jsonl");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-ndjson");
    assertThat(r.headers().firstValue("X-Total-Count")).hasValue("2");
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("{\"id\":"));
  }

  @Test
  void exportWithABadQueryIsA400NotACutStream() {
    HttpResponse<String> r = client.get("/api/v1/export?q=" + enc("(nexori"));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).has("position")).isTrue();
  }

  @Test
  void sourcesAreEmptyWithoutACrawlState() {
    HttpResponse<String> r = client.get("/api/v1/sources");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("sources")).isEmpty();
  }

  @Test
  void statusCountsTheArticles() {
    JsonNode j = json(client.get("/api/v1/status"));

    assertThat(j.get("articles").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(j.get("commit").asLong()).isPositive();
    assertThat(j.get("lastCommit").asText()).matches("\\d{4}-.*Z");
  }

  @Test
  void aNewCommitOfTheWriterIsSeen() throws Exception {
    String url = "https://latecomer.example/news/zephyr";
    try (LuceneStore writer = LuceneStore.open(new DataDir(data).index())) {
      writer.put(
          Fixtures.article(
              url,
              "en",
              "2026-03-20T10:00:00Z",
              "Zephyr arrives late",
              "A late article about Zephyr.",
              0.0,
              "s00000009",
              "g9",
              "Latecomer",
              List.of()));
      writer.commit(Map.of());
    }

    JsonNode j = json(client.get("/api/v1/search?q=zephyr"));

    assertThat(j.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void anUnknownRouteIsAJson404() {
    HttpResponse<String> r = client.get("/api/v1/nothing-here");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(json(r).get("error").asText()).contains("no such endpoint");
  }
}
