package dev.argus.ingest.fetch;

import java.time.Duration;

/**
 * Every limit and politeness setting of the fetcher, explicit and with defaults that work.
 *
 * @param userAgent sent with every request; carries a contact URL
 * @param maxBodyBytes largest body accepted, counted after content decoding (default 10 MB)
 * @param connectTimeout time to open a connection
 * @param readTimeout longest silence while reading
 * @param totalTimeout whole exchange, redirects included (stops slow-loris responses)
 * @param maxRedirects redirects followed, each one re-checked (robots, network safety)
 * @param hostDelay minimum time between two requests to the same host (robots Crawl-delay may raise
 *     it)
 * @param maxConnectionsPerHost concurrent requests per host
 * @param maxConcurrency concurrent requests overall
 * @param maxRetries retries of a failed request (network errors, 5xx, 429) before giving up
 * @param maxRetryAfter longest Retry-After honoured inside one fetch; longer ones are reported
 * @param allowPrivateNetwork lifts the network-safety check (tests with loopback servers)
 */
public record FetchPolicy(
    String userAgent,
    long maxBodyBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    int maxRedirects,
    Duration hostDelay,
    int maxConnectionsPerHost,
    int maxConcurrency,
    int maxRetries,
    Duration maxRetryAfter,
    boolean allowPrivateNetwork) {

  public static final String DEFAULT_USER_AGENT =
      "ArgusBot/0.1 (+https://github.com/argus-news/argus; news monitoring)";

  public static FetchPolicy defaults() {
    return new FetchPolicy(
        DEFAULT_USER_AGENT,
        10L << 20,
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        5,
        Duration.ofSeconds(1),
        1,
        16,
        3,
        Duration.ofSeconds(30),
        false);
  }

  public FetchPolicy withAllowPrivateNetwork(boolean allow) {
    return new FetchPolicy(
        userAgent,
        maxBodyBytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxRedirects,
        hostDelay,
        maxConnectionsPerHost,
        maxConcurrency,
        maxRetries,
        maxRetryAfter,
        allow);
  }

  public FetchPolicy withUserAgent(String agent) {
    return new FetchPolicy(
        agent,
        maxBodyBytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxRedirects,
        hostDelay,
        maxConnectionsPerHost,
        maxConcurrency,
        maxRetries,
        maxRetryAfter,
        allowPrivateNetwork);
  }

  public FetchPolicy withHostDelay(Duration delay) {
    return new FetchPolicy(
        userAgent,
        maxBodyBytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxRedirects,
        delay,
        maxConnectionsPerHost,
        maxConcurrency,
        maxRetries,
        maxRetryAfter,
        allowPrivateNetwork);
  }
}
