package dev.argus.ingest.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A completed HTTP exchange (the last one after redirects), as the archive and the readers need it.
 * The body is already content-decoded (gzip, deflate, br); {@code responseHeaders} are the headers
 * as received.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL that answered, after redirects
 * @param redirects the URLs passed through, in order: each one answered with a redirect, the
 *     requested URL first (empty when none); {@code finalUrl} is not among them
 * @param status HTTP status code of the final response (2xx or 304 in a {@code Fetched} result; any
 *     status in what a {@link ResponseListener} sees)
 * @param requestHeaders the headers sent on the final request
 * @param responseHeaders the headers received on the final response
 * @param body decoded body (empty for 304)
 * @param fetchedAt when the final response arrived
 * @param ipAddress the address the final response came from, or null
 */
public record FetchResponse(
    String requestedUrl,
    String finalUrl,
    List<String> redirects,
    int status,
    List<Header> requestHeaders,
    List<Header> responseHeaders,
    byte[] body,
    Instant fetchedAt,
    String ipAddress) {

  public record Header(String name, String value) {}

  public FetchResponse {
    redirects = List.copyOf(redirects);
    requestHeaders = List.copyOf(requestHeaders);
    responseHeaders = List.copyOf(responseHeaders);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a response header, case-insensitively, or null. */
  public String header(String name) {
    for (Header h : responseHeaders) {
      if (h.name().equalsIgnoreCase(name)) return h.value();
    }
    return null;
  }

  public String contentType() {
    return header("Content-Type");
  }

  public String etag() {
    return header("ETag");
  }

  public String lastModified() {
    return header("Last-Modified");
  }

  public boolean notModified() {
    return status == 304;
  }

  /** True for HTML and XHTML content types (and a missing one, which may be anything). */
  public boolean isHtml() {
    String ct = contentType();
    if (ct == null) return true;
    String t = ct.toLowerCase(Locale.ROOT);
    return t.startsWith("text/html") || t.startsWith("application/xhtml");
  }
}
