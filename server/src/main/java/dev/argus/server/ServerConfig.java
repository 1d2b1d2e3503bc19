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
 */
public record ServerConfig(
    String host, int port, ReadAccess read, List<String> corsOrigins, int ratePerMinute) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_RATE = 120;

  public ServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 to 65535");
    if (ratePerMinute < 0) throw new IllegalArgumentException("rate must be 0 (none) or more");
    for (String o : corsOrigins) {
      if (!o.matches("https?://[^/\\s]+") && !o.equals("*")) {
        throw new IllegalArgumentException(
            "a CORS origin is scheme://host[:port] (or *), was '" + o + "'");
      }
    }
  }

  /** The defaults, on {@code port}. */
  public static ServerConfig defaults(int port) {
    return new ServerConfig(DEFAULT_HOST, port, ReadAccess.OPEN, List.of(), DEFAULT_RATE);
  }

  public ServerConfig withRead(ReadAccess r) {
    return new ServerConfig(host, port, r, corsOrigins, ratePerMinute);
  }

  public ServerConfig withCors(List<String> origins) {
    return new ServerConfig(host, port, read, origins, ratePerMinute);
  }

  public ServerConfig withRate(int perMinute) {
    return new ServerConfig(host, port, read, corsOrigins, perMinute);
  }

  /** Whether reading needs a key. */
  public enum ReadAccess {
    OPEN,
    KEY
  }
}
