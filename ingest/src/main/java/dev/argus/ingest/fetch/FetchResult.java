package dev.argus.ingest.fetch;

import java.time.Duration;

/** What fetching one URL gave: a response, or a failure with its reason. Never an exception. */
public sealed interface FetchResult {

  String url();

  /** A 2xx response, or a 304 to a conditional request. */
  record Fetched(FetchResponse response) implements FetchResult {
    @Override
    public String url() {
      return response.requestedUrl();
    }
  }

  /**
   * The URL could not be fetched.
   *
   * @param url the URL asked for
   * @param kind the class of failure, for retry decisions and health reports
   * @param reason a message a user can act on
   * @param status the HTTP status when the server answered, else 0
   * @param retryAfter how long the server asked us to wait (429/503 Retry-After), or null
   */
  record Failed(String url, Kind kind, String reason, int status, Duration retryAfter)
      implements FetchResult {}

  enum Kind {
    /** robots.txt disallows the URL for our user agent. */
    ROBOTS_DISALLOWED,
    /** The host resolves to a loopback, private, link-local, multicast or metadata address. */
    BLOCKED_ADDRESS,
    /** Not an http(s) URL, or not a URL at all. */
    BAD_URL,
    /** The body is larger than the limit. */
    TOO_LARGE,
    /** Connect, read or total time ran out. */
    TIMEOUT,
    /** More redirects than the limit, or a redirect loop. */
    TOO_MANY_REDIRECTS,
    /** The server answered 429 or 503 (still so after the retries). */
    THROTTLED,
    /** Any other non-2xx status. */
    HTTP_STATUS,
    /** DNS, connection or TLS failure. */
    NETWORK,
    /** The body could not be decoded (bad gzip/deflate/br). */
    BAD_ENCODING
  }
}
