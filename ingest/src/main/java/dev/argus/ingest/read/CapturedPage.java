package dev.argus.ingest.read;

import java.time.Instant;

/**
 * One document read from a local input (a WARC/ARC record, a JSON Lines row, a file), ready for
 * extraction, or a recorded failure to read it.
 *
 * @param locator where it came from, precise enough to find it again (e.g. {@code
 *     file.warc.gz@12345}, {@code file.jsonl:17})
 * @param url the page's URL, or null
 * @param capturedAt when it was fetched (WARC-Date), or null
 * @param contentType the HTTP Content-Type when known (may carry a charset), or null
 * @param body raw HTML bytes (as received, any charset), or null when {@code text} is given
 * @param text text a scraper already produced (JSON Lines {@code "text"}), or null
 * @param error why this record could not be read, or null
 */
public record CapturedPage(
    String locator,
    String url,
    Instant capturedAt,
    String contentType,
    byte[] body,
    String text,
    String error) {

  public static CapturedPage failed(String locator, String url, String error) {
    return new CapturedPage(locator, url, null, null, null, null, error);
  }

  public boolean failed() {
    return error != null;
  }
}
