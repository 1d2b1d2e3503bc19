package dev.argus.ingest.fetch;

/**
 * Sees every HTTP response the fetcher receives (redirects and errors included), with the request
 * that produced it. The WARC archive is one. Called on the fetching thread.
 */
@FunctionalInterface
public interface ResponseListener {
  ResponseListener NONE = r -> {};

  void onResponse(FetchResponse exchange);
}
