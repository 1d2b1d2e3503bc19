package dev.argus.server;

import java.util.List;

/**
 * How the server listens and whom it lets in. The defaults are the safe ones: loopback only, reads
 * open, writes with a key, CORS off, 120 requests a minute per caller.
 *
 * @param host the address to listen on
 * @param port the port (0 for any free one)
 * @param read whether reads need a key too
 * @param corsOrigins origins allowed to call the API from a browser (empty: CORS off)
 * @param ratePerMinute requests per minute per key, and per client address for anonymous calls (0:
 *     no limit)
 * @param answerCacheBytes most bytes of read answers kept for the store's current version ({@link
 *     AnswerCache}; 0: none)
 */
public record ServerConfig(
    String host,
    int port,
    ReadAccess read,
    List<String> corsOrigins,
    int ratePerMinute,
    long answerCacheBytes) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_RATE = 120;

  public ServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 to 65535");
    if (ratePerMinute < 0) throw new IllegalArgumentException("rate must be 0 (none) or more");
    if (answerCacheBytes < 0) {
      throw new IllegalArgumentException("the answer cache is 0 (none) or more bytes");
    }
    for (String o : corsOrigins) {
      if (!o.matches("https?://[^/\\s]+") && !o.equals("*")) {
        throw new IllegalArgumentException(
            "a CORS origin is scheme://host[:port] (or *), was '" + o + "'");
      }
    }
  }

  /** With the default answer cache ({@link AnswerCache#DEFAULT_BYTES}). */
  public ServerConfig(
      String host, int port, ReadAccess read, List<String> corsOrigins, int ratePerMinute) {
    this(host, port, read, corsOrigins, ratePerMinute, AnswerCache.DEFAULT_BYTES);
  }

  /** The defaults, on {@code port}. */
  public static ServerConfig defaults(int port) {
    return new ServerConfig(DEFAULT_HOST, port, ReadAccess.OPEN, List.of(), DEFAULT_RATE);
  }

  public ServerConfig withRead(ReadAccess r) {
    return new ServerConfig(host, port, r, corsOrigins, ratePerMinute, answerCacheBytes);
  }

  public ServerConfig withCors(List<String> origins) {
    return new ServerConfig(host, port, read, origins, ratePerMinute, answerCacheBytes);
  }

  public ServerConfig withRate(int perMinute) {
    return new ServerConfig(host, port, read, corsOrigins, perMinute, answerCacheBytes);
  }

  public ServerConfig withAnswerCache(long bytes) {
    return new ServerConfig(host, port, read, corsOrigins, ratePerMinute, bytes);
  }

  /** Whether reading needs a key. */
  public enum ReadAccess {
    OPEN,
    KEY
  }
}
