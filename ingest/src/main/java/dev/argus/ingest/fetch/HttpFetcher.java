package dev.argus.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.argus.ingest.fetch.ContentDecoder.BadEncodingException;
import dev.argus.ingest.fetch.ContentDecoder.TooLargeException;
import dev.argus.ingest.fetch.FetchResult.Failed;
import dev.argus.ingest.fetch.FetchResult.Kind;
import dev.argus.ingest.fetch.NetworkGuard.BlockedAddressException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Dns;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The polite, safe HTTP fetcher (OkHttp underneath).
 *
 * <p>Per URL: the host is checked for network safety, robots.txt is consulted, then the request
 * waits its turn at the host's gate (connection limit and delay) and the overall limit. Redirects
 * are followed by hand so that every hop goes through the same checks.
 *
 * <p>Policies, in short:
 *
 * <ul>
 *   <li>robots.txt: cached per origin for {@link #ROBOTS_TTL}. A 4xx (other than 429) means there
 *       is none: all allowed. A 429, a 5xx or a network failure means we cannot know, and RFC 9309
 *       asks crawlers to assume complete disallow; the origin stays off limits for {@link
 *       #ROBOTS_UNREACHABLE_TTL}, then robots.txt is tried again. Crawl-delay raises the host delay
 *       up to {@link #MAX_CRAWL_DELAY}.
 *   <li>Retries: 429 and 503 wait for Retry-After when it is at most {@code maxRetryAfter} (longer
 *       waits come back as THROTTLED with the wait, for the scheduler); network errors, timeouts
 *       and other 5xx back off exponentially from {@link #BACKOFF_BASE} with jitter. Other 4xx,
 *       unknown hosts and TLS failures are not retried: asking again would give the same answer.
 *   <li>The total timeout covers the exchanges and retry waits of one fetch, redirects included,
 *       but not the time spent queueing for politeness.
 * </ul>
 *
 * <p>{@code fetch} never throws for anything the network or the server does. An exception thrown by
 * the {@link ResponseListener} is the caller's own (the archive failing, say) and is passed on
 * unchanged so that it stops the caller rather than being mistaken for a bad page.
 */
public final class HttpFetcher implements Fetcher {

  static final Duration ROBOTS_TTL = Duration.ofHours(24);
  static final Duration ROBOTS_UNREACHABLE_TTL = Duration.ofMinutes(15);
  static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

  /** Google reads the first 500 KiB of a robots.txt; rules past that are ignored. */
  static final int ROBOTS_MAX_BYTES = 512 * 1024;

  /** RFC 9309 asks to follow at least five redirects for robots.txt. */
  static final int ROBOTS_MAX_REDIRECTS = 5;

  /** Host gates kept before idle ones are dropped. */
  static final int GATES_BEFORE_SWEEP = 10_000;

  static final Duration BACKOFF_BASE = Duration.ofMillis(500);
  static final Duration BACKOFF_MAX = Duration.ofSeconds(30);

  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final FetchPolicy policy;
  private final ResponseListener listener;
  private final NetworkGuard guard;
  private final Sleeper sleeper;
  private final Clock clock;
  private final OkHttpClient client;
  private final Semaphore overall;
  private final ConcurrentHashMap<String, HostGate> gates = new ConcurrentHashMap<>();
  private volatile int sweepAbove = GATES_BEFORE_SWEEP;
  private final RobotsCache robots;
  private final String robotName;

  public HttpFetcher(FetchPolicy policy, ResponseListener listener) {
    this(policy, listener, Dns.SYSTEM, Set.of(), Sleeper.REAL);
  }

  /**
   * For tests: a resolver that maps test names to chosen addresses, addresses trusted although
   * internal (a loopback server standing in for a public host), and a sleeper for retry waits.
   */
  HttpFetcher(
      FetchPolicy policy,
      ResponseListener listener,
      Dns resolver,
      Set<InetAddress> trusted,
      Sleeper sleeper) {
    this.policy = policy;
    this.listener = listener == null ? ResponseListener.NONE : listener;
    this.guard = new NetworkGuard(resolver, policy.allowPrivateNetwork(), trusted);
    this.sleeper = sleeper;
    this.clock = Clock.systemUTC();
    this.overall = new Semaphore(Math.max(1, policy.maxConcurrency()), true);
    this.robots = new RobotsCache(this::loadRobots);
    this.robotName = robotName(policy.userAgent());
    this.client =
        new OkHttpClient.Builder()
            .dns(guard)
            // A proxy would resolve names itself, out of the guard's sight.
            .proxy(Proxy.NO_PROXY)
            .connectTimeout(policy.connectTimeout())
            .readTimeout(policy.readTimeout())
            .writeTimeout(policy.readTimeout())
            .callTimeout(policy.totalTimeout())
            .followRedirects(false)
            .followSslRedirects(false)
            // OkHttp retries by itself only where the failure says nothing about the server: a
            // pooled connection the server had closed, or the next address of the same name (which
            // the guard has checked too). Everything else comes to our counted retries.
            .retryOnConnectionFailure(true)
            .addNetworkInterceptor(HttpFetcher::recordWire)
            .build();
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    String url = request == null ? null : request.url();
    try {
      if (url == null) return failed(null, Kind.BAD_URL, "no URL given", 0, null);
      return fetchChecked(request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(url, Kind.NETWORK, "interrupted while fetching", 0, null);
    } catch (ListenerFailure e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      return failed(url, Kind.NETWORK, "unexpected failure: " + e, 0, null);
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private FetchResult fetchChecked(FetchRequest request) throws InterruptedException {
    String asked = request.url();
    HttpUrl url = parseHttpUrl(asked);
    if (url == null) {
      return failed(asked, Kind.BAD_URL, "not an absolute http(s) URL: " + asked, 0, null);
    }
    Budget budget = new Budget(policy.totalTimeout());
    List<String> chain = new ArrayList<>();
    Set<HttpUrl> seen = new HashSet<>();
    seen.add(url);
    while (true) {
      long admitting = System.nanoTime();
      Failed refused = admit(asked, url);
      if (refused != null) return refused;
      // Fetching robots.txt (or waiting for another thread to) is not this page's slowness.
      budget.exclude(System.nanoTime() - admitting);
      Outcome outcome = withRetries(url, request, chain, budget);
      if (outcome instanceof Stop stop) {
        return failed(asked, stop.kind(), stop.reason(), stop.status(), stop.retryAfter());
      }
      FetchResponse response = ((Answer) outcome).response();
      int status = response.status();
      if (isRedirect(status)) {
        String location = response.header("Location");
        if (location == null) {
          return failed(
              asked, Kind.HTTP_STATUS, "HTTP " + status + " without a Location", status, null);
        }
        HttpUrl next = url.resolve(location);
        if (next == null) {
          return failed(
              asked, Kind.BAD_URL, url + " redirects to a non-http(s) URL: " + location, 0, null);
        }
        chain.add(url.toString());
        if (!seen.add(next)) {
          return failed(
              asked,
              Kind.TOO_MANY_REDIRECTS,
              "redirect loop: " + url + " leads back to " + next,
              status,
              null);
        }
        if (chain.size() > policy.maxRedirects()) {
          return failed(
              asked,
              Kind.TOO_MANY_REDIRECTS,
              "more than " + policy.maxRedirects() + " redirects (last to " + next + ")",
              status,
              null);
        }
        url = next;
        continue;
      }
      if (status / 100 == 2 || status == 304) return new FetchResult.Fetched(response);
      return failed(asked, Kind.HTTP_STATUS, "HTTP " + status + " from " + url, status, null);
    }
  }

  /** Network safety and robots.txt for one hop; null when the hop may be requested. */
  private Failed admit(String asked, HttpUrl url) throws InterruptedException {
    try {
      guard.check(url.host());
    } catch (BlockedAddressException e) {
      return failed(asked, Kind.BLOCKED_ADDRESS, "refused " + url + ": " + e.getMessage(), 0, null);
    } catch (UnknownHostException e) {
      return failed(asked, Kind.NETWORK, "unknown host " + url.host(), 0, null);
    }
    RobotsCache.Rules rules = robots.rulesFor(url);
    if (rules.unreachable() != null) {
      Duration left = rules.remaining(System.nanoTime());
      return failed(
          asked,
          Kind.ROBOTS_DISALLOWED,
          "robots.txt of "
              + url.host()
              + " could not be read ("
              + rules.unreachable()
              + "); the site counts as disallowed for another "
              + left.toSeconds()
              + " s",
          0,
          left);
    }
    if (!rules.rules().isAllowed(url.toString())) {
      return failed(
          asked,
          Kind.ROBOTS_DISALLOWED,
          "robots.txt disallows " + url + " for " + robotName,
          0,
          null);
    }
    return null;
  }

  /** One hop with its retries: an answer to act on, or why there is none. */
  private Outcome withRetries(HttpUrl url, FetchRequest request, List<String> chain, Budget budget)
      throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      Outcome outcome =
          exchange(
              url,
              request.etag(),
              request.lastModified(),
              policy.maxBodyBytes(),
              false,
              request.url(),
              chain,
              budget);
      Stop giveUp;
      Duration wait;
      if (outcome instanceof Answer answer) {
        notifyListener(answer.response());
        int status = answer.response().status();
        if (status == 429 || status == 503) {
          Duration asked =
              RetryAfter.parse(answer.response().header("Retry-After"), clock.instant());
          if (asked != null && asked.compareTo(policy.maxRetryAfter()) > 0) {
            return new Stop(
                Kind.THROTTLED,
                "HTTP "
                    + status
                    + " from "
                    + url
                    + " asks to wait "
                    + asked.toSeconds()
                    + " s, longer than the "
                    + policy.maxRetryAfter().toSeconds()
                    + " s we wait",
                status,
                asked,
                false);
          }
          giveUp =
              new Stop(
                  Kind.THROTTLED,
                  "HTTP " + status + " from " + url + " after " + (attempt + 1) + " attempts",
                  status,
                  asked,
                  false);
          wait = asked != null ? asked : backoff(attempt);
        } else if (status >= 500) {
          giveUp =
              new Stop(
                  Kind.HTTP_STATUS,
                  "HTTP " + status + " from " + url + " after " + (attempt + 1) + " attempts",
                  status,
                  null,
                  false);
          wait = backoff(attempt);
        } else {
          return outcome;
        }
      } else {
        giveUp = (Stop) outcome;
        if (!giveUp.retryable()) return giveUp;
        wait = backoff(attempt);
      }
      if (attempt >= policy.maxRetries()) return giveUp;
      if (wait.toNanos() >= budget.remaining()) {
        return giveUp.withReason(giveUp.reason() + "; no time left to retry");
      }
      sleeper.sleep(wait);
    }
  }

  /** 2^attempt times the base, between half and all of it so that clients do not retry in step. */
  private static Duration backoff(int attempt) {
    long full = BACKOFF_BASE.toMillis() << Math.min(attempt, 16);
    full = Math.min(full, BACKOFF_MAX.toMillis());
    long half = full / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /**
   * One HTTP request and its response, read and decoded within {@code limit} bytes. Waits at the
   * host's gate first; the gate time does not count against the budget.
   */
  private Outcome exchange(
      HttpUrl url,
      String etag,
      String lastModified,
      long limit,
      boolean truncate,
      String requestedUrl,
      List<String> chain,
      Budget budget)
      throws InterruptedException {
    HostGate gate = takeGate(url.host());
    try {
      return exchangeAtGate(
          gate, url, etag, lastModified, limit, truncate, requestedUrl, chain, budget);
    } finally {
      releaseGate(url.host(), gate);
    }
  }

  private Outcome exchangeAtGate(
      HostGate gate,
      HttpUrl url,
      String etag,
      String lastModified,
      long limit,
      boolean truncate,
      String requestedUrl,
      List<String> chain,
      Budget budget)
      throws InterruptedException {
    RobotsCache.Rules rules = robots.cached(url);
    gate.crawlDelay(rules == null ? null : rules.crawlDelay());
    budget.exclude(gate.enter(overall));
    try {
      long remaining = budget.remaining();
      if (remaining <= 0) {
        return new Stop(
            Kind.TIMEOUT,
            "the total timeout of " + policy.totalTimeout().toMillis() + " ms ran out",
            0,
            null,
            false);
      }
      Wire wire = new Wire();
      Request.Builder builder =
          new Request.Builder()
              .url(url)
              .header("User-Agent", policy.userAgent())
              .header("Accept", ACCEPT)
              // Set by us, so OkHttp leaves the body encoded and we decode it within the limits.
              .header("Accept-Encoding", ContentDecoder.ACCEPT_ENCODING)
              .tag(Wire.class, wire);
      // A validator that cannot go into a header (OkHttp refuses non-ASCII) just means no
      // conditional request, not a failed fetch.
      if (isHeaderSafe(etag)) builder.header("If-None-Match", etag);
      if (isHeaderSafe(lastModified)) builder.header("If-Modified-Since", lastModified);
      Request request = builder.build();
      Call call = client.newCall(request);
      call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
      try (Response response = call.execute()) {
        Instant at = clock.instant();
        byte[] body = readBody(response, limit, truncate);
        Headers sent = wire.requestHeaders != null ? wire.requestHeaders : request.headers();
        return new Answer(
            new FetchResponse(
                requestedUrl,
                url.toString(),
                chain,
                response.code(),
                headers(sent),
                headers(response.headers()),
                body,
                at,
                wire.ipAddress));
      }
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
      return trouble(url, e, budget);
    } finally {
      gate.exit(overall);
    }
  }

  private static byte[] readBody(Response response, long limit, boolean truncate)
      throws IOException {
    ResponseBody body = response.body();
    int status = response.code();
    long declared = body.contentLength();
    // A 304 may repeat the full entity's length although it has no body.
    if (!truncate && status != 304 && declared > limit) {
      throw new TooLargeException(
          "Content-Length " + declared + " is over the limit of " + limit + " bytes");
    }
    byte[] raw = ContentDecoder.readBounded(body.byteStream(), limit, truncate, null);
    return ContentDecoder.decode(raw, response.header("Content-Encoding"), limit, truncate);
  }

  private Stop trouble(HttpUrl url, IOException e, Budget budget) {
    if (causedBy(e, BlockedAddressException.class) != null) {
      return new Stop(
          Kind.BLOCKED_ADDRESS,
          "refused " + url + ": " + causedBy(e, BlockedAddressException.class).getMessage(),
          0,
          null,
          false);
    }
    if (e instanceof TooLargeException) {
      return new Stop(Kind.TOO_LARGE, e.getMessage() + " (" + url + ")", 0, null, false);
    }
    if (e instanceof BadEncodingException) {
      return new Stop(Kind.BAD_ENCODING, e.getMessage() + " (" + url + ")", 0, null, false);
    }
    if (e instanceof InterruptedIOException) {
      boolean spent = budget.remaining() <= 0;
      String what =
          spent
              ? "the total timeout of " + policy.totalTimeout().toMillis() + " ms ran out"
              : "timed out (" + e.getMessage() + ")";
      return new Stop(Kind.TIMEOUT, what + " fetching " + url, 0, null, !spent);
    }
    if (e instanceof UnknownHostException) {
      return new Stop(Kind.NETWORK, "unknown host " + url.host(), 0, null, false);
    }
    if (causedBy(e, SSLException.class) != null) {
      return new Stop(Kind.NETWORK, "TLS failure with " + url.host() + ": " + e, 0, null, false);
    }
    return new Stop(Kind.NETWORK, "network failure fetching " + url + ": " + e, 0, null, true);
  }

  private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return type.cast(t);
      for (Throwable s : t.getSuppressed()) {
        if (type.isInstance(s)) return type.cast(s);
      }
      if (t.getCause() == t) break;
    }
    return null;
  }

  private void notifyListener(FetchResponse response) {
    try {
      listener.onResponse(response);
    } catch (RuntimeException e) {
      throw new ListenerFailure(e);
    }
  }

  /** The host's gate, counted as in use so that it is not dropped meanwhile. */
  private HostGate takeGate(String host) {
    return gates.compute(
        host,
        (h, gate) -> {
          HostGate g =
              gate != null
                  ? gate
                  : new HostGate(policy.maxConnectionsPerHost(), policy.hostDelay());
          g.users++;
          return g;
        });
  }

  private void releaseGate(String host, HostGate gate) {
    gates.computeIfPresent(
        host,
        (h, g) -> {
          if (g == gate) g.users--;
          return g;
        });
    if (gates.size() > sweepAbove) sweepGates();
  }

  /**
   * Drops the gates of hosts with no request in flight and no delay left to keep, so a long crawl
   * over many hosts does not keep one per host forever. The threshold doubles past what a sweep
   * leaves, so sweeping stays rare even when many gates are busy.
   */
  private void sweepGates() {
    synchronized (gates) {
      if (gates.size() <= sweepAbove) return;
      long now = System.nanoTime();
      for (String host : gates.keySet()) {
        gates.computeIfPresent(host, (h, g) -> g.idle(now) ? null : g);
      }
      sweepAbove = Math.max(GATES_BEFORE_SWEEP, 2 * gates.size());
    }
  }

  /** Fetches and parses one origin's robots.txt; never throws for network or server trouble. */
  private RobotsCache.Rules loadRobots(HttpUrl origin) throws InterruptedException {
    HttpUrl url = origin.resolve("/robots.txt");
    Budget budget = new Budget(policy.totalTimeout());
    for (int hop = 0; hop <= ROBOTS_MAX_REDIRECTS && url != null; hop++) {
      try {
        guard.check(url.host());
      } catch (UnknownHostException e) {
        // Only a redirect can get here (the page's own host was checked): no usable robots.txt.
        return allowAll();
      }
      Outcome outcome =
          exchange(url, null, null, ROBOTS_MAX_BYTES, true, url.toString(), List.of(), budget);
      if (outcome instanceof Stop stop) {
        if (stop.kind() == Kind.BLOCKED_ADDRESS) return allowAll();
        return unreachable(stop.reason());
      }
      FetchResponse response = ((Answer) outcome).response();
      int status = response.status();
      if (status / 100 == 2) return parseRobots(url, response);
      if (status == 429 || status >= 500) return unreachable("HTTP " + status);
      if (isRedirect(status) && response.header("Location") != null) {
        url = url.resolve(response.header("Location"));
        continue;
      }
      return allowAll(); // 4xx and anything else: there is no robots.txt to follow
    }
    return allowAll(); // too many redirects: RFC 9309 lets us treat it as unavailable
  }

  private RobotsCache.Rules parseRobots(HttpUrl url, FetchResponse response) {
    // The parser's own cap turns a long Crawl-delay into "disallow all"; we cap it ourselves.
    SimpleRobotRulesParser parser =
        new SimpleRobotRulesParser(Long.MAX_VALUE, SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
    BaseRobotRules rules =
        parser.parseContent(
            url.toString(), response.body(), contentTypeOrText(response), List.of(robotName));
    long crawlDelayMs = rules.getCrawlDelay();
    Duration crawlDelay =
        crawlDelayMs > 0
            ? Duration.ofMillis(Math.min(crawlDelayMs, MAX_CRAWL_DELAY.toMillis()))
            : null;
    return new RobotsCache.Rules(rules, System.nanoTime() + ROBOTS_TTL.toNanos(), null, crawlDelay);
  }

  private static String contentTypeOrText(FetchResponse response) {
    String type = response.contentType();
    return type == null ? "text/plain" : type;
  }

  private static RobotsCache.Rules allowAll() {
    return new RobotsCache.Rules(
        new SimpleRobotRules(RobotRulesMode.ALLOW_ALL),
        System.nanoTime() + ROBOTS_TTL.toNanos(),
        null,
        null);
  }

  private static RobotsCache.Rules unreachable(String why) {
    return new RobotsCache.Rules(
        new SimpleRobotRules(RobotRulesMode.ALLOW_NONE),
        System.nanoTime() + ROBOTS_UNREACHABLE_TTL.toNanos(),
        why,
        null);
  }

  /** The robots.txt product token of a user agent: "ArgusBot/0.1 (+url)" gives "argusbot". */
  static String robotName(String userAgent) {
    String token = userAgent == null ? "" : userAgent.trim();
    int end = 0;
    while (end < token.length()) {
      char c = token.charAt(end);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) break;
      end++;
    }
    String name = token.substring(0, end).toLowerCase(Locale.ROOT);
    return name.isEmpty() ? "argusbot" : name;
  }

  private static HttpUrl parseHttpUrl(String url) {
    if (url == null) return null;
    HttpUrl parsed = HttpUrl.parse(url.trim());
    return parsed; // HttpUrl accepts http and https only
  }

  private static boolean isHeaderSafe(String value) {
    if (value == null || value.isEmpty()) return false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) return false;
    }
    return true;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static List<FetchResponse.Header> headers(Headers headers) {
    List<FetchResponse.Header> list = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      list.add(new FetchResponse.Header(headers.name(i), headers.value(i)));
    }
    return list;
  }

  private static Failed failed(
      String url, Kind kind, String reason, int status, Duration retryAfter) {
    return new Failed(url, kind, reason, status, retryAfter);
  }

  /** Records what went over the wire: the headers OkHttp really sent and the peer's address. */
  private static Response recordWire(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Wire wire = request.tag(Wire.class);
    if (wire != null) {
      wire.requestHeaders = request.headers();
      Connection connection = chain.connection();
      if (connection != null) {
        InetSocketAddress peer = connection.route().socketAddress();
        if (peer.getAddress() != null) wire.ipAddress = peer.getAddress().getHostAddress();
      }
    }
    return chain.proceed(request);
  }

  /** Filled in by the network interceptor for one request. */
  private static final class Wire {
    volatile Headers requestHeaders;
    volatile String ipAddress;
  }

  /**
   * The time one fetch may spend on exchanges and retry waits. Waiting at a host's gate is
   * politeness, not slowness of the server, so it is excluded. Used by one thread.
   */
  private static final class Budget {
    private final long total;
    private final long start = System.nanoTime();
    private long excluded;

    Budget(Duration total) {
      this.total = total.toNanos();
    }

    void exclude(long nanos) {
      excluded += nanos;
    }

    long remaining() {
      return total - (System.nanoTime() - start - excluded);
    }
  }

  private sealed interface Outcome permits Answer, Stop {}

  private record Answer(FetchResponse response) implements Outcome {}

  private record Stop(Kind kind, String reason, int status, Duration retryAfter, boolean retryable)
      implements Outcome {
    Stop withReason(String newReason) {
      return new Stop(kind, newReason, status, retryAfter, retryable);
    }
  }

  /** Carries a listener's exception past our catch-all, to be rethrown unchanged. */
  private static final class ListenerFailure extends RuntimeException {
    ListenerFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
