package dev.argus.ingest.fetch;

/**
 * One URL to fetch, with the validators from the last time (for a conditional GET).
 *
 * @param url absolute http(s) URL
 * @param etag the ETag seen last time, or null
 * @param lastModified the Last-Modified seen last time, or null
 */
public record FetchRequest(String url, String etag, String lastModified) {
  public static FetchRequest of(String url) {
    return new FetchRequest(url, null, null);
  }
}
