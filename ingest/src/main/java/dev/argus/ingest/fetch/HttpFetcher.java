package dev.argus.ingest.fetch;

/** The polite, safe HTTP fetcher (OkHttp underneath). */
public final class HttpFetcher implements Fetcher {

  public HttpFetcher(FetchPolicy policy, ResponseListener listener) {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public void close() {}
}
