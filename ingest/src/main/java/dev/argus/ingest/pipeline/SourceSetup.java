package dev.argus.ingest.pipeline;

import dev.argus.ingest.fetch.FetchRequest;
import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.fetch.Fetcher;
import dev.argus.ingest.read.Detection;
import dev.argus.ingest.read.SourceDetector;
import dev.argus.ingest.read.SourceKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code argus sources add URL} does before storing a source: fetch the URL and tell what it
 * is. A feed or a sitemap is polled as is. A site home page is polled through the feeds it declares
 * ({@code <link rel=alternate>}), or, when it declares none, through the sitemaps its robots.txt
 * lists.
 */
public final class SourceSetup {
  private SourceSetup() {}

  /** The detected source: its kind, a name, and what to poll. */
  public record Found(SourceKind kind, String title, List<String> endpoints) {}

  /** Thrown with a message a user can act on. */
  public static final class SetupException extends Exception {
    public SetupException(String message) {
      super(message);
    }
  }

  public static Found detect(Fetcher fetcher, String url) throws SetupException {
    FetchResponse resp = fetchOk(fetcher, url);
    Detection d = SourceDetector.detect(resp.finalUrl(), resp.contentType(), resp.body());
    if (d.kind() != SourceKind.SITE) return new Found(d.kind(), d.title(), List.of(url));
    List<String> sitemaps = robotsSitemaps(fetcher, resp.finalUrl());
    List<String> news = sitemaps.stream().filter(SourceSetup::looksLikeNewsSitemap).toList();
    List<String> endpoints = new ArrayList<>(d.feeds());
    endpoints.addAll(d.feeds().isEmpty() && news.isEmpty() ? sitemaps : news);
    if (!endpoints.isEmpty()) return new Found(SourceKind.SITE, d.title(), endpoints);
    throw new SetupException(
        url
            + " is an HTML page that declares no feed (<link rel=alternate>) and whose"
            + " robots.txt lists no sitemap; add a feed or sitemap URL instead");
  }

  private static List<String> robotsSitemaps(Fetcher fetcher, String pageUrl) {
    String robots = URI.create(pageUrl).resolve("/robots.txt").toString();
    FetchResult r = fetcher.fetch(FetchRequest.of(robots));
    if (r instanceof FetchResult.Fetched f && f.response().status() == 200) {
      return SourceDetector.sitemapsFromRobots(f.response().body(), robots);
    }
    return List.of();
  }

  /**
   * News sitemaps (the Google News kind, which list the last two days) are worth polling beside the
   * feeds; a site's full sitemaps list its whole back catalogue, which is only polled when the site
   * has nothing else.
   */
  static boolean looksLikeNewsSitemap(String url) {
    return url.toLowerCase(java.util.Locale.ROOT).contains("news");
  }

  private static FetchResponse fetchOk(Fetcher fetcher, String url) throws SetupException {
    FetchResult r = fetcher.fetch(FetchRequest.of(url));
    if (r instanceof FetchResult.Failed f) {
      throw new SetupException("cannot fetch " + url + ": " + f.kind() + ": " + f.reason());
    }
    FetchResponse resp = ((FetchResult.Fetched) r).response();
    if (resp.status() != 200) {
      throw new SetupException("cannot fetch " + url + ": HTTP " + resp.status());
    }
    return resp;
  }
}
