package dev.argus.ingest.fetch;

import static dev.argus.ingest.fetch.Site.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Per-host delay and connection limits, and the overall limit, measured on the server side. The
 * margins are wide: these tests check the rules hold, not how fast the machine is.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PolitenessTest {

  private Site site;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    site = new Site();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** A page that takes its time, counting how many requests are being served at once. */
  private MockResponse slowPage(RecordedRequest request) {
    int now = inFlight.incrementAndGet();
    mostInFlight.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
    return ok("slow");
  }

  private static FetchPolicy policy(Duration delay, int perHost, int overall) {
    FetchPolicy p = Site.policy();
    return new FetchPolicy(
        p.userAgent(),
        p.maxBodyBytes(),
        p.connectTimeout(),
        p.readTimeout(),
        p.totalTimeout(),
        p.maxRedirects(),
        delay,
        perHost,
        overall,
        p.maxRetries(),
        p.maxRetryAfter(),
        true);
  }

  private void fetchAll(FetchPolicy policy, List<String> urls) throws Exception {
    try (HttpFetcher fetcher =
            new HttpFetcher(policy, ResponseListener.NONE, Site.dns(), Set.of(), Sleeper.REAL);
        ExecutorService pool = Executors.newFixedThreadPool(urls.size())) {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (String url : urls) results.add(pool.submit(() -> fetcher.fetch(FetchRequest.of(url))));
      for (Future<FetchResult> result : results) {
        assertThat(result.get()).isInstanceOf(FetchResult.Fetched.class);
      }
    }
  }

  @Test
  void requestsToOneHostStartAtLeastTheDelayApart() throws Exception {
    for (String path : List.of("/1", "/2", "/3", "/4")) site.on(path, ok(path));

    fetchAll(
        policy(Duration.ofMillis(300), 4, 8),
        List.of(site.url("/1"), site.url("/2"), site.url("/3"), site.url("/4")));

    List<Long> starts = site.hits.stream().map(Site.Hit::nanos).sorted().toList();
    assertThat(starts).hasSize(5); // robots.txt and the four pages
    for (int i = 1; i < starts.size(); i++) {
      assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1)))
          .isGreaterThan(Duration.ofMillis(250));
    }
  }

  @Test
  void atMostTheConnectionLimitPerHost() throws Exception {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      site.on("/p" + i, this::slowPage);
      urls.add(site.url("/p" + i));
    }

    fetchAll(policy(Duration.ZERO, 2, 16), urls);

    assertThat(mostInFlight.get()).isBetween(1, 2);
  }

  @Test
  void atMostTheOverallLimitAcrossHosts() throws Exception {
    List<String> urls = new ArrayList<>();
    for (String host : List.of("a.example", "b.example", "c.example")) {
      for (int i = 0; i < 2; i++) {
        site.on("/p" + i, this::slowPage);
        urls.add(site.url(host, "/p" + i));
      }
    }

    fetchAll(policy(Duration.ZERO, 4, 2), urls);

    assertThat(mostInFlight.get()).isBetween(1, 2);
  }

  @Test
  void hostGateWaitsRatherThanFailing() throws Exception {
    HostGate gate = new HostGate(1, Duration.ofMillis(100));
    java.util.concurrent.Semaphore overall = new java.util.concurrent.Semaphore(1);

    gate.enter(overall);
    gate.exit(overall);
    long waited = gate.enter(overall);
    gate.exit(overall);

    assertThat(Duration.ofNanos(waited)).isGreaterThan(Duration.ofMillis(80));
  }

  @Test
  void aGateCanBeForgottenOnlyWhenUnusedAndPastItsDelay() throws Exception {
    HostGate gate = new HostGate(1, Duration.ofSeconds(10));
    java.util.concurrent.Semaphore overall = new java.util.concurrent.Semaphore(1);
    long later = System.nanoTime() + Duration.ofSeconds(11).toNanos();

    gate.users = 1;
    gate.enter(overall);
    assertThat(gate.idle(later)).isFalse(); // in use
    gate.exit(overall);
    gate.users = 0;

    assertThat(gate.idle(System.nanoTime())).isFalse(); // the next start must still wait
    assertThat(gate.idle(later)).isTrue();
  }
}
