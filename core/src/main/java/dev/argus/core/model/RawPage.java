package dev.argus.core.model;

/**
 * A page as it arrived: raw bytes in whatever charset, with what we know about where it came from.
 *
 * @param path where it was read from (a file path or archive locator), for reporting; may be null
 * @param url the page's URL when known; may be null
 * @param body the raw bytes, possibly gzip-compressed
 * @param contentType the HTTP Content-Type header when known (it may carry a charset); may be null
 */
public record RawPage(String path, String url, byte[] body, String contentType) {
  public RawPage {
    body = body == null ? new byte[0] : body;
  }
}
