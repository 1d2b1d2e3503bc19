package dev.argus.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error a handler answers with: an HTTP status, a message a person can act on, and optional
 * details (the position of a query error, the limit that was passed). Rendered as JSON {@code
 * {"error": message, ...details}} by the server; never carries a stack trace.
 */
public final class ApiError extends RuntimeException {

  private final int status;
  private final Map<String, Object> details;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public ApiError(int status, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.status = status;
    this.details = details == null ? Map.of() : new LinkedHashMap<>(details);
  }

  public ApiError(int status, String message) {
    this(status, message, Map.of());
  }

  /** 400: the request itself is wrong. */
  public static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  /** 404: nothing there. */
  public static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  /** This error with a response header (Retry-After, WWW-Authenticate). */
  public ApiError withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The response headers to send with it. */
  public Map<String, String> headers() {
    return Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  /** The JSON body: {@code error} first, then the details. */
  public Map<String, Object> body() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", getMessage());
    m.put("status", status);
    m.putAll(details);
    return m;
  }
}
