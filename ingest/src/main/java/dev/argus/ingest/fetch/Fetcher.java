package dev.argus.ingest.fetch;

/**
 * Fetches URLs politely and safely: robots.txt, per-host delay and connection limit, network
 * safety, redirects, conditional GET, content decoding, size and time limits, retries. Blocking and
 * thread-safe: callers run it on as many threads as they like; politeness holds across them.
 */
public interface Fetcher extends AutoCloseable {

  FetchResult fetch(FetchRequest request);

  @Override
  void close();
}
