package dev.argus.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;

/**
 * A loopback web server that answers by path and records every request with the time it arrived,
 * reachable under made-up host names (all resolved to 127.0.0.1 by {@link #dns}). Without a route,
 * /robots.txt is a 404 (no robots.txt: all allowed) and anything else a 404.
 */
final class Site implements AutoCloseable {

  static final String AGENT = "ArgusTest/1.0 (+https://example.org/argus)";

  /** Small limits and delays so that the tests run fast. */
  static FetchPolicy policy() {
    return new FetchPolicy(
        AGENT,
        1 << 20,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(4),
        5,
        Duration.ofMillis(5),
        1,
        8,
        2,
        Duration.ofSeconds(2),
        true);
  }

  /** A hit on the server: the request and System.nanoTime() when its dispatch began. */
  record Hit(RecordedRequest request, long nanos) {
    String path() {
      return request.getTarget();
    }

    String host() {
      return request.getHeaders().get("Host");
    }
  }

  final MockWebServer server = new MockWebServer();
  final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final Map<String, Function<RecordedRequest, MockResponse>> routes =
      new ConcurrentHashMap<>();

  Site() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            hits.add(new Hit(request, System.nanoTime()));
            var route = routes.get(request.getTarget());
            return route != null
                ? route.apply(request)
                : new MockResponse.Builder().code(404).build();
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  Site on(String path, MockResponse response) {
    routes.put(path, r -> response);
    return this;
  }

  Site on(String path, Function<RecordedRequest, MockResponse> route) {
    routes.put(path, route);
    return this;
  }

  /** Answers with the given responses in turn, repeating the last one. */
  Site onSequence(String path, MockResponse... responses) {
    AtomicInteger next = new AtomicInteger();
    routes.put(path, r -> responses[Math.min(next.getAndIncrement(), responses.length - 1)]);
    return this;
  }

  String url(String host, String path) {
    return "http://" + host + ":" + server.getPort() + path;
  }

  String url(String path) {
    return url("news.example", path);
  }

  List<Hit> hits(String path) {
    List<Hit> matching = new ArrayList<>();
    for (Hit hit : hits) if (hit.path().equals(path)) matching.add(hit);
    return matching;
  }

  static MockResponse ok(String body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/html; charset=utf-8")
        .body(body)
        .build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).setHeader("Location", location).build();
  }

  /** Resolves every name under .example to 127.0.0.1, others as given. */
  static Dns dns(Map<String, List<InetAddress>> extra) {
    return host -> {
      if (extra.containsKey(host)) return extra.get(host);
      if (host.endsWith(".example")) return List.of(InetAddress.getByName("127.0.0.1"));
      throw new UnknownHostException(host);
    };
  }

  static Dns dns() {
    return dns(Map.of());
  }

  /** Records the waits asked for instead of sleeping. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
