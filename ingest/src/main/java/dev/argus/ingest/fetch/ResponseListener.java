package dev.argus.ingest.fetch;

/**
 * Sees every HTTP response the fetcher receives (redirects, errors and retried attempts included),
 * with the request that produced it. The WARC archive is one. Called on the fetching thread, after
 * the request has left the host's politeness gate.
 *
 * <p>Not seen: robots.txt fetches, and responses whose body could not be taken in whole (over the
 * size limit, undecodable, cut off by a timeout), since there is no body to record. An exception
 * thrown here comes out of {@link Fetcher#fetch} unchanged: it is the caller's failure, not the
 * page's.
 */
@FunctionalInterface
public interface ResponseListener {
  ResponseListener NONE = r -> {};

  void onResponse(FetchResponse exchange);
}
