package dev.argus.ingest.fetch;

import static dev.argus.ingest.fetch.Site.ok;
import static dev.argus.ingest.fetch.Site.redirect;
import static dev.argus.ingest.fetch.Site.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.ingest.fetch.FetchResult.Failed;
import dev.argus.ingest.fetch.FetchResult.Fetched;
import dev.argus.ingest.fetch.FetchResult.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fetcher against a real HTTP server on loopback: one test per behaviour. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HttpFetcherTest {

  private Site site;
  private final List<FetchResponse> seen = new CopyOnWriteArrayList<>();
  private final Site.RecordingSleeper sleeper = new Site.RecordingSleeper();

  @BeforeEach
  void start() throws IOException {
    site = new Site();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private HttpFetcher fetcher(FetchPolicy policy) {
    return new HttpFetcher(policy, seen::add, Site.dns(), Set.of(), sleeper);
  }

  private FetchResult fetch(String path) {
    return fetch(Site.policy(), FetchRequest.of(site.url(path)));
  }

  private FetchResult fetch(FetchPolicy policy, FetchRequest request) {
    try (HttpFetcher fetcher = fetcher(policy)) {
      return fetcher.fetch(request);
    }
  }

  private static Failed failed(FetchResult result) {
    assertThat(result).isInstanceOf(Failed.class);
    return (Failed) result;
  }

  private static FetchResponse fetched(FetchResult result) {
    assertThat(result).as("%s", result).isInstanceOf(Fetched.class);
    return ((Fetched) result).response();
  }

  @Test
  void fetchesAPageWithItsHeadersAndAddress() {
    site.on("/news", ok("<p>hello</p>"));

    FetchResponse response = fetched(fetch("/news"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
    assertThat(response.requestedUrl()).isEqualTo(site.url("/news"));
    assertThat(response.finalUrl()).isEqualTo(site.url("/news"));
    assertThat(response.redirects()).isEmpty();
    assertThat(response.ipAddress()).isEqualTo("127.0.0.1");
    assertThat(response.requestHeaders())
        .contains(new FetchResponse.Header("User-Agent", Site.AGENT))
        .anyMatch(h -> h.name().equalsIgnoreCase("Host"));
    assertThat(seen).containsExactly(response);
  }

  @Test
  void sendsTheUserAgentOnEveryRequestRobotsIncluded() {
    site.on("/news", ok("x"));

    fetch("/news");

    assertThat(site.hits).extracting(h -> h.path()).containsExactly("/robots.txt", "/news");
    assertThat(site.hits)
        .allSatisfy(
            h -> assertThat(h.request().getHeaders().get("User-Agent")).isEqualTo(Site.AGENT));
  }

  @Test
  void returnsAnyContentTypeForTheCallerToJudge() {
    site.on(
        "/logo.png",
        new MockResponse.Builder().setHeader("Content-Type", "image/png").body("PNG...").build());

    FetchResponse response = fetched(fetch("/logo.png"));

    assertThat(response.contentType()).isEqualTo("image/png");
    assertThat(response.isHtml()).isFalse();
  }

  @Test
  void rejectsWhatIsNotAnHttpUrl() {
    assertThat(failed(fetch(Site.policy(), FetchRequest.of("ftp://news.example/a"))).kind())
        .isEqualTo(Kind.BAD_URL);
    assertThat(failed(fetch(Site.policy(), FetchRequest.of("not a url"))).kind())
        .isEqualTo(Kind.BAD_URL);
  }

  // --- robots.txt

  @Test
  void robotsDisallowStopsTheFetchBeforeAnyRequest() {
    site.on("/robots.txt", ok("User-agent: argustest\nDisallow: /private\n"))
        .on("/private/a", ok("secret"))
        .on("/public", ok("fine"));

    try (HttpFetcher fetcher = fetcher(Site.policy())) {
      Failed refused = failed(fetcher.fetch(FetchRequest.of(site.url("/private/a"))));
      FetchResult allowed = fetcher.fetch(FetchRequest.of(site.url("/public")));

      assertThat(refused.kind()).isEqualTo(Kind.ROBOTS_DISALLOWED);
      assertThat(refused.reason()).contains("robots.txt disallows");
      assertThat(allowed).isInstanceOf(Fetched.class);
    }
    assertThat(site.hits("/private/a")).isEmpty();
    assertThat(site.hits("/robots.txt")).hasSize(1); // cached for the second fetch
    assertThat(seen).extracting(FetchResponse::finalUrl).containsExactly(site.url("/public"));
  }

  @Test
  void robotsServerErrorMeansDisallowForAWhile() {
    site.on("/robots.txt", status(500)).on("/a", ok("a"));

    Failed refused = failed(fetch("/a"));

    assertThat(refused.kind()).isEqualTo(Kind.ROBOTS_DISALLOWED);
    assertThat(refused.reason()).contains("could not be read").contains("HTTP 500");
    assertThat(refused.retryAfter()).isPositive();
    assertThat(site.hits("/a")).isEmpty();
  }

  @Test
  void robotsNotFoundMeansAllowed() {
    site.on("/robots.txt", status(404)).on("/a", ok("a"));

    assertThat(fetch("/a")).isInstanceOf(Fetched.class);
  }

  @Test
  void robotsFetchGoesThroughTheNetworkChecksToo() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    site.on("/robots.txt", redirect(301, site.url("intranet.example", "/robots.txt")))
        .on("/a", ok("a"));
    FetchResult result;
    try (HttpFetcher fetcher =
        new HttpFetcher(
            Site.policy().withAllowPrivateNetwork(false),
            seen::add,
            Site.dns(Map.of("intranet.example", List.of(InetAddress.getByName("10.9.9.9")))),
            Set.of(loopback),
            sleeper)) {
      result = fetcher.fetch(FetchRequest.of(site.url("/a")));
    }

    // The redirect is not followed; with no robots.txt to read, the site is open (RFC 9309).
    assertThat(result).isInstanceOf(Fetched.class);
    assertThat(site.hits).extracting(Site.Hit::path).containsExactly("/robots.txt", "/a");
    assertThat(seen).extracting(FetchResponse::finalUrl).containsExactly(site.url("/a"));
  }

  @Test
  void crawlDelayRaisesTheHostDelay() {
    site.on("/robots.txt", ok("User-agent: *\nCrawl-delay: 1\n"))
        .on("/a", ok("a"))
        .on("/b", ok("b"));

    try (HttpFetcher fetcher = fetcher(Site.policy())) {
      fetcher.fetch(FetchRequest.of(site.url("/a")));
      fetcher.fetch(FetchRequest.of(site.url("/b")));
    }

    long gap = site.hits("/b").get(0).nanos() - site.hits("/a").get(0).nanos();
    assertThat(Duration.ofNanos(gap)).isGreaterThan(Duration.ofMillis(900));
  }

  // --- retries

  @Test
  void waitsForRetryAfterOn429ThenSucceeds() {
    site.onSequence(
        "/busy",
        new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build(),
        ok("done"));

    FetchResponse response = fetched(fetch("/busy"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
    assertThat(site.hits("/busy")).hasSize(2);
    assertThat(seen).extracting(FetchResponse::status).containsExactly(429, 200);
  }

  @Test
  void waitsForRetryAfterOn503ThenSucceeds() {
    site.onSequence(
        "/busy",
        new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build(),
        ok("done"));

    assertThat(fetched(fetch("/busy")).status()).isEqualTo(200);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterLongerThanTheLimitIsReportedAsThrottled() {
    site.on("/busy", new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());

    Failed throttled = failed(fetch("/busy"));

    assertThat(throttled.kind()).isEqualTo(Kind.THROTTLED);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(sleeper.waits).isEmpty();
    assertThat(site.hits("/busy")).hasSize(1);
  }

  @Test
  void stillThrottledAfterTheRetriesIsThrottled() {
    site.on("/busy", status(503));

    Failed throttled = failed(fetch("/busy"));

    assertThat(throttled.kind()).isEqualTo(Kind.THROTTLED);
    assertThat(throttled.status()).isEqualTo(503);
    assertThat(throttled.retryAfter()).isNull(); // the server named no time
    assertThat(site.hits("/busy")).hasSize(1 + Site.policy().maxRetries());
  }

  @Test
  void serverErrorIsRetriedWithBackoffThenSucceeds() {
    site.onSequence("/flaky", status(500), ok("ok"));

    assertThat(fetched(fetch("/flaky")).status()).isEqualTo(200);
    assertThat(sleeper.waits).hasSize(1);
    assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void persistentServerErrorGivesUpAfterTheRetries() {
    site.on("/down", status(502));

    Failed failure = failed(fetch("/down"));

    assertThat(failure.kind()).isEqualTo(Kind.HTTP_STATUS);
    assertThat(failure.status()).isEqualTo(502);
    assertThat(site.hits("/down")).hasSize(1 + Site.policy().maxRetries());
    // Exponential: the second wait is drawn from twice the range of the first.
    assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void retriesStopWhenTheTotalTimeoutCannotCoverTheNextWait() {
    FetchPolicy policy =
        new FetchPolicy(
            Site.AGENT,
            1 << 20,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofMillis(600),
            5,
            Duration.ofMillis(5),
            1,
            8,
            5,
            Duration.ofSeconds(2),
            true);
    site.on("/down", status(500));

    long start = System.nanoTime();
    Failed failure;
    try (HttpFetcher fetcher =
        new HttpFetcher(policy, seen::add, Site.dns(), Set.of(), Sleeper.REAL)) {
      failure = failed(fetcher.fetch(FetchRequest.of(site.url("/down"))));
    }

    // Back-off waits are 250-500 ms, then 500-1000 ms: the second never fits in 600 ms.
    assertThat(failure.kind()).isEqualTo(Kind.HTTP_STATUS);
    assertThat(failure.reason()).contains("no time left to retry");
    assertThat(site.hits("/down")).hasSizeBetween(1, 2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void networkErrorIsRetried() {
    // A fresh connection for /cut: on a pooled one OkHttp itself retries, taking the failure for
    // a connection the server had closed while idle.
    site.on(
        "/robots.txt",
        new MockResponse.Builder().code(404).setHeader("Connection", "close").build());
    site.onSequence(
        "/cut",
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(),
        ok("ok"));

    assertThat(fetched(fetch("/cut")).status()).isEqualTo(200);
    assertThat(sleeper.waits).hasSize(1);
    assertThat(site.hits("/cut")).hasSize(2);
  }

  @Test
  void aPooledConnectionFoundClosedIsRetriedAtOnce() {
    site.onSequence(
        "/cut",
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(),
        ok("ok"));

    // The robots.txt request leaves a pooled connection, which /cut then finds closed.
    assertThat(fetched(fetch("/cut")).status()).isEqualTo(200);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void notFoundIsNotRetried() {
    Failed failure = failed(fetch("/missing"));

    assertThat(failure.kind()).isEqualTo(Kind.HTTP_STATUS);
    assertThat(failure.status()).isEqualTo(404);
    assertThat(site.hits("/missing")).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
    assertThat(seen).extracting(FetchResponse::status).containsExactly(404);
  }

  @Test
  void aListenerFailureComesOutOfFetchUnchanged() {
    site.on("/a", ok("a"));
    IllegalStateException diskFull = new IllegalStateException("archive disk full");
    ResponseListener failing =
        r -> {
          throw diskFull;
        };

    try (HttpFetcher fetcher =
        new HttpFetcher(Site.policy(), failing, Site.dns(), Set.of(), sleeper)) {
      assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/a")))).isSameAs(diskFull);
    }
  }

  // --- conditional GET

  @Test
  void validatorsAreSentAndA304ComesBackEmpty() {
    site.on(
        "/feed",
        r ->
            "\"v1\"".equals(r.getHeaders().get("If-None-Match"))
                    && "Tue, 24 Nov 2026 10:00:00 GMT"
                        .equals(r.getHeaders().get("If-Modified-Since"))
                ? new MockResponse.Builder().code(304).setHeader("ETag", "\"v1\"").build()
                : ok("full"));

    FetchResponse response =
        fetched(
            fetch(
                Site.policy(),
                new FetchRequest(site.url("/feed"), "\"v1\"", "Tue, 24 Nov 2026 10:00:00 GMT")));

    assertThat(response.notModified()).isTrue();
    assertThat(response.body()).isEmpty();
    assertThat(response.etag()).isEqualTo("\"v1\"");
  }

  @Test
  void aValidatorThatCannotBeSentIsLeftOut() {
    site.on("/feed", ok("full"));

    FetchResponse response =
        fetched(fetch(Site.policy(), new FetchRequest(site.url("/feed"), "\"caf\u00e9\"", null)));

    assertThat(response.status()).isEqualTo(200);
    assertThat(site.hits("/feed").get(0).request().getHeaders().get("If-None-Match")).isNull();
  }

  // --- redirects

  @Test
  void followsARedirectChainAndRecordsIt() {
    site.on("/r1", redirect(302, "/r2"))
        .on("/r2", redirect(301, site.url("www.news.example", "/final")))
        .on("/final", ok("here"));

    FetchResponse response = fetched(fetch("/r1"));

    assertThat(response.finalUrl()).isEqualTo(site.url("www.news.example", "/final"));
    assertThat(response.redirects()).containsExactly(site.url("/r1"), site.url("/r2"));
    assertThat(seen).extracting(FetchResponse::status).containsExactly(302, 301, 200);
    // The new host gets its own robots.txt check.
    assertThat(site.hits("/robots.txt"))
        .extracting(Site.Hit::host)
        .containsExactly(
            "news.example:" + site.server.getPort(), "www.news.example:" + site.server.getPort());
  }

  @Test
  void endlessRedirectsStopAtTheLimit() {
    for (int i = 0; i < 20; i++) site.on("/hop/" + i, redirect(302, "/hop/" + (i + 1)));

    Failed failure = failed(fetch("/hop/0"));

    assertThat(failure.kind()).isEqualTo(Kind.TOO_MANY_REDIRECTS);
    assertThat(site.hits)
        .filteredOn(h -> h.path().startsWith("/hop/"))
        .hasSize(Site.policy().maxRedirects() + 1);
  }

  @Test
  void redirectLoopIsDetected() {
    site.on("/a", redirect(302, "/b")).on("/b", redirect(302, "/a"));

    Failed failure = failed(fetch("/a"));

    assertThat(failure.kind()).isEqualTo(Kind.TOO_MANY_REDIRECTS);
    assertThat(failure.reason()).contains("loop");
    assertThat(site.hits("/a")).hasSize(1);
  }

  @Test
  void redirectToAnotherSchemeIsRefused() {
    site.on("/a", redirect(302, "ftp://files.example/x"));

    assertThat(failed(fetch("/a")).kind()).isEqualTo(Kind.BAD_URL);
  }

  @Test
  void redirectToAPrivateAddressIsBlocked() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    InetAddress otherLoopback = InetAddress.getByName("127.0.0.2");
    // The site stands in for a public host (its address trusted); intranet.example is not.
    HttpFetcher fetcher =
        new HttpFetcher(
            Site.policy().withAllowPrivateNetwork(false),
            seen::add,
            Site.dns(Map.of("intranet.example", List.of(otherLoopback))),
            Set.of(loopback),
            sleeper);
    site.on("/go", redirect(302, site.url("intranet.example", "/admin")));

    Failed failure;
    try (fetcher) {
      failure = failed(fetcher.fetch(FetchRequest.of(site.url("/go"))));
    }

    assertThat(failure.kind()).isEqualTo(Kind.BLOCKED_ADDRESS);
    assertThat(failure.reason()).contains("intranet.example").contains("127.0.0.2");
    assertThat(site.hits("/go")).hasSize(1);
    assertThat(site.hits("/admin")).isEmpty();
  }

  // --- limits

  @Test
  void declaredLengthOverTheLimitIsTooLargeAtOnce() {
    site.on("/big", new MockResponse.Builder().body(zeros(20 << 20)).build());

    long start = System.nanoTime();
    Failed failure = failed(fetch("/big"));

    assertThat(failure.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(failure.reason()).contains("Content-Length");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(site.hits("/big")).hasSize(1); // not retried
  }

  @Test
  void chunkedBodyOverTheLimitIsTooLarge() {
    site.on("/big", new MockResponse.Builder().chunkedBody(zeros(20 << 20), 64 << 10).build());

    long start = System.nanoTime();
    Failed failure = failed(fetch("/big"));

    assertThat(failure.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void gzipBombIsTooLarge() throws IOException {
    byte[] bomb = gzip(new byte[50 << 20]); // 50 MB of zeros in about 50 KB
    assertThat((long) bomb.length).isLessThan(Site.policy().maxBodyBytes() / 4);
    site.on("/bomb", encoded("gzip", bomb));

    Failed failure = failed(fetch("/bomb"));

    assertThat(failure.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(failure.reason()).contains("gzip");
  }

  @Test
  void slowLorisIsCutAtTheTotalTimeout() {
    FetchPolicy policy =
        new FetchPolicy(
            Site.AGENT,
            1 << 20,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofMillis(1500),
            5,
            Duration.ofMillis(5),
            1,
            8,
            2,
            Duration.ofSeconds(2),
            true);
    // One byte every 200 ms never trips the read timeout, and would take 20 s in all.
    site.on(
        "/slow",
        new MockResponse.Builder()
            .body("x".repeat(100))
            .throttleBody(1, 200, TimeUnit.MILLISECONDS)
            .build());

    long start = System.nanoTime();
    Failed failure = failed(fetch(policy, FetchRequest.of(site.url("/slow"))));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(took).isLessThan(Duration.ofSeconds(4));
  }

  // --- content codings

  @Test
  void sendsItsOwnAcceptEncoding() {
    site.on("/a", ok("a"));

    fetch("/a");

    assertThat(site.hits("/a").get(0).request().getHeaders().get("Accept-Encoding"))
        .isEqualTo("gzip, deflate, br");
  }

  @Test
  void decodesMultiMemberGzip() throws IOException {
    byte[] twoMembers = concat(gzip(utf8("<p>first ")), gzip(utf8("second</p>")));
    site.on("/gz", encoded("gzip", twoMembers));

    FetchResponse response = fetched(fetch("/gz"));

    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo("<p>first second</p>");
    assertThat(response.header("Content-Encoding")).isEqualTo("gzip"); // headers as received
  }

  @Test
  void decodesZlibAndRawDeflate() throws IOException {
    site.on("/zlib", encoded("deflate", deflate(utf8("zlib body"), false)))
        .on("/raw", encoded("deflate", deflate(utf8("raw body"), true)));

    try (HttpFetcher fetcher = fetcher(Site.policy())) {
      assertThat(body(fetcher.fetch(FetchRequest.of(site.url("/zlib"))))).isEqualTo("zlib body");
      assertThat(body(fetcher.fetch(FetchRequest.of(site.url("/raw"))))).isEqualTo("raw body");
    }
  }

  @Test
  void decodesBrotli() {
    site.on("/br", encoded("br", BrotliFixture.HELLO));

    assertThat(body(fetch("/br"))).isEqualTo(BrotliFixture.HELLO_TEXT);
  }

  @Test
  void corruptGzipIsBadEncoding() {
    site.on("/bad", encoded("gzip", utf8("this is not gzip at all")));

    Failed failure = failed(fetch("/bad"));

    assertThat(failure.kind()).isEqualTo(Kind.BAD_ENCODING);
    assertThat(failure.reason()).contains("gzip");
  }

  // --- helpers

  private static String body(FetchResult result) {
    return new String(fetched(result).body(), StandardCharsets.UTF_8);
  }

  private static MockResponse encoded(String coding, byte[] body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "text/html")
        .setHeader("Content-Encoding", coding)
        .body(new Buffer().write(body))
        .build();
  }

  private static Buffer zeros(int size) {
    return new Buffer().write(new byte[size]);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(6, raw))) {
      z.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
