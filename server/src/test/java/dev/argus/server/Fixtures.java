package dev.argus.server;

import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.fetch.FetchPolicy;
import dev.argus.ingest.fetch.Fetcher;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.ingest.pipeline.DataDir;
import dev.argus.store.LuceneStore;
import dev.argus.store.StoredArticle;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small store of our own articles, and a client for the server under test. */
final class Fixtures {

  private Fixtures() {}

  static final String MIDLAND = "https://midlandpost.example/nexori-bets-on-cameras";

  /** Five articles: one story in three languages with a copy, two others, one without tone. */
  static List<StoredArticle> articles() {
    return List.of(
        article(
            MIDLAND,
            "en",
            "2026-03-14T00:00:00Z",
            "Phone maker Nexori bets on cameras",
            "Phone maker Nexori opens a camera division and hires a former Sony imaging chief.",
            0.3,
            "s00000000",
            "g1",
            "Midland Post",
            List.of(),
            "Nexori",
            "Sony",
            "Nexori"),
        article(
            "https://techbrief.example/nexori-camera-unit",
            "en",
            "2026-03-14T08:00:00Z",
            "Nexori launches a camera unit",
            "Phone maker Nexori opens a camera division and hires a former Sony imaging chief.",
            0.2,
            "s00000000",
            "g1",
            "techbrief.example",
            List.of(Map.of("name", "Midland Post", "url", MIDLAND, "kind", "via")),
            "Nexori"),
        article(
            "https://echodeseine.example/nexori-photo",
            "fr",
            "2026-03-15T13:20:00Z",
            "Nexori crée une division photo",
            "Le fabricant Nexori crée une division de photographie face à Samsung.",
            -0.2,
            "s00000000",
            "g2",
            "L'Écho de Seine",
            List.of(Map.of("name", "CPA", "kind", "according-to")),
            "Nexori",
            "Samsung"),
        article(
            "https://digitalbote.example/orbis-gewinn",
            "de",
            "2026-02-20T09:00:00Z",
            "Orbis Gewinn steigt kräftig",
            "Der Chiphersteller Orbis meldet einen kräftigen Gewinnsprung bei Servern.",
            -0.5,
            "s00000001",
            "g3",
            "Digitalbote",
            List.of(),
            "Orbis"),
        article(
            "https://eastbridge.example/rovers-semi-final",
            "en",
            "2026-03-02T18:00:00Z",
            "Rovers reach the cup semi-final",
            "The Rovers beat the holders and reach the semi-final of the cup.",
            null,
            "s00000002",
            "g4",
            "Eastbridge Gazette",
            List.of()));
  }

  static StoredArticle article(
      String url,
      String language,
      String published,
      String title,
      String text,
      Double tone,
      String story,
      String dupGroup,
      String source,
      List<Map<String, Object>> citations,
      String... entities) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("url", url);
    f.put("title", title);
    f.put("authors", List.of());
    f.put("published", published);
    f.put("language", language);
    f.put("text", text);
    f.put("tone", tone);
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (String e : entities) mentions.add(Map.of("entity", e, "type", "organization", "text", e));
    f.put("mentions", mentions);
    f.put("citations", citations);
    f.put("source", source);
    f.put("storyId", story);
    f.put("dupGroup", dupGroup);
    return new StoredArticle(url, f);
  }

  /** Writes {@link #articles()} into the index of data folder {@code data}. */
  static void store(Path data) throws IOException {
    try (LuceneStore s = LuceneStore.open(new DataDir(data).index())) {
      for (StoredArticle a : articles()) s.put(a);
      s.commit(Map.of());
    }
  }

  /** A server over data folder {@code data}, seeing every new commit at once. */
  static ArgusServer server(Path data, ServerConfig config) {
    return server(data, config, new HttpFetcher(FetchPolicy.defaults(), null));
  }

  static ArgusServer server(Path data, ServerConfig config, Fetcher fetcher) {
    return server(data, config, fetcher, List.of());
  }

  /** A server over {@code data} with the core routes and {@code extra} ones. */
  static ArgusServer server(Path data, ServerConfig config, List<Route> extra) {
    return server(data, config, new HttpFetcher(FetchPolicy.defaults(), null), extra);
  }

  private static ArgusServer server(
      Path data, ServerConfig config, Fetcher fetcher, List<Route> extra) {
    return ArgusServer.start(
        config,
        new ArgusServer.Services(
            new DataFolderStore(new DataDir(data), Duration.ZERO),
            ApiKeys.in(data),
            fetcher,
            ArticleExtractor.withDefaults()),
        extra);
  }

  /** Defaults on a free port, without a rate limit (tests of the limit set one). */
  static ServerConfig config() {
    return ServerConfig.defaults(0).withRate(0);
  }

  /** A client for one server. */
  record Client(int port, HttpClient http) {
    Client(int port) {
      this(port, HttpClient.newHttpClient());
    }

    URI uri(String pathAndQuery) {
      return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
      if (headers.length > 0) b.headers(headers);
      return send(b.build());
    }

    HttpResponse<String> post(
        String pathAndQuery, String contentType, String body, String... headers) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(uri(pathAndQuery))
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (headers.length > 0) b.headers(headers);
      return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static com.fasterxml.jackson.databind.JsonNode json(HttpResponse<String> r) {
    try {
      return Json.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }
}
