package dev.argus.ingest.pipeline;

import dev.argus.ingest.fetch.FetchRequest;
import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.fetch.Fetcher;
import dev.argus.ingest.fetch.ResponseListener;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory web for pipeline tests: URL to response, and a count of fetches per URL. */
final class FakeFetcher implements Fetcher {
  private final Map<String, FetchResult> web = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
  private final ResponseListener listener;

  /** Fills the fake web. */
  @FunctionalInterface
  interface Setup {
    void apply(FakeFetcher f);
  }

  FakeFetcher(ResponseListener listener) {
    this.listener = listener;
  }

  FakeFetcher page(String url, String contentType, String body) {
    FetchResponse r =
        new FetchResponse(
            url,
            url,
            List.of(),
            200,
            List.of(new FetchResponse.Header("User-Agent", "test")),
            List.of(new FetchResponse.Header("Content-Type", contentType)),
            body.getBytes(StandardCharsets.UTF_8),
            Instant.parse("2026-11-26T10:00:00Z"),
            "192.0.2.1");
    web.put(url, new FetchResult.Fetched(r));
    return this;
  }

  FakeFetcher failure(String url, FetchResult.Kind kind, int status) {
    web.put(url, new FetchResult.Failed(url, kind, "test says " + kind, status, null));
    return this;
  }

  private final java.util.Set<String> exploding = ConcurrentHashMap.newKeySet();

  /** Fetching this URL throws, as a broken archive or a bug would. */
  FakeFetcher explode(String url) {
    exploding.add(url);
    return this;
  }

  int fetchCount(String url) {
    AtomicInteger n = fetches.get(url);
    return n == null ? 0 : n.get();
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    fetches.computeIfAbsent(request.url(), u -> new AtomicInteger()).incrementAndGet();
    if (exploding.contains(request.url())) throw new IllegalStateException("disk full");
    FetchResult r = web.get(request.url());
    if (r == null) {
      return new FetchResult.Failed(
          request.url(), FetchResult.Kind.HTTP_STATUS, "HTTP 404", 404, null);
    }
    if (r instanceof FetchResult.Fetched f) listener.onResponse(f.response());
    return r;
  }

  @Override
  public void close() {}
}
