package dev.argus.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.ingest.fetch.FetchPolicy;
import dev.argus.ingest.fetch.FetchRequest;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.fetch.Fetcher;
import dev.argus.ingest.fetch.HttpFetcher;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's loopback news sites and the fetcher that reads them under their own URLs. */
class DemoSiteTest {

  private static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream());

  private static Fetcher loopback() {
    return new HttpFetcher(
        FetchPolicy.defaults().withAllowPrivateNetwork(true).withHostDelay(Duration.ZERO), null);
  }

  /** A fetcher that must not be used: it records what it was asked. */
  private record Elsewhere(List<String> asked) implements Fetcher {
    @Override
    public FetchResult fetch(FetchRequest request) {
      asked.add(request.url());
      return new FetchResult.Failed(request.url(), FetchResult.Kind.NETWORK, "offline", 0, null);
    }

    @Override
    public void close() {}
  }

  @Test
  void aDemoPageIsFetchedFromTheLoopbackServerUnderItsOwnUrl() throws Exception {
    List<DemoCorpus.Page> pages = DemoCorpus.pages();
    DemoCorpus.Page page = pages.get(0);
    Elsewhere elsewhere = new Elsewhere(new ArrayList<>());
    try (DemoSite site = DemoSite.start(pages, List.of(), QUIET);
        Fetcher f = site.fetcher(loopback(), elsewhere)) {
      FetchResult r = f.fetch(FetchRequest.of(page.url()));

      assertThat(r).isInstanceOf(FetchResult.Fetched.class);
      var response = ((FetchResult.Fetched) r).response();
      assertThat(response.finalUrl()).isEqualTo(page.url());
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<html");
      assertThat(elsewhere.asked()).isEmpty();
    }
  }

  @Test
  void otherHostsGoToTheOrdinaryFetcher() throws Exception {
    Elsewhere elsewhere = new Elsewhere(new ArrayList<>());
    try (DemoSite site = DemoSite.start(DemoCorpus.pages(), List.of(), QUIET);
        Fetcher f = site.fetcher(loopback(), elsewhere)) {
      f.fetch(FetchRequest.of("https://news.example.org/a"));
      f.fetch(FetchRequest.of("http://127.0.0.1:1/"));

      assertThat(elsewhere.asked())
          .containsExactly("https://news.example.org/a", "http://127.0.0.1:1/");
    }
  }

  @Test
  void aHeldBackPageIsInItsFeedOnlyOncePublished() throws Exception {
    List<DemoCorpus.Page> pages = DemoCorpus.pages();
    DemoCorpus.Page held = pages.get(pages.size() - 1);
    String host = java.net.URI.create(held.url()).getHost();
    try (DemoSite site = DemoSite.start(pages, List.of(held), QUIET);
        Fetcher f = site.fetcher(loopback(), new Elsewhere(new ArrayList<>()))) {
      assertThat(feed(f, host)).doesNotContain(held.url());
      assertThat(f.fetch(FetchRequest.of(held.url()))).isInstanceOf(FetchResult.Failed.class);

      assertThat(site.publishNext()).isEqualTo(held);

      assertThat(feed(f, host)).contains("<link>" + held.url() + "</link>");
      assertThat(f.fetch(FetchRequest.of(held.url()))).isInstanceOf(FetchResult.Fetched.class);
      assertThat(site.publishNext()).isNull();
    }
  }

  private static String feed(Fetcher f, String host) {
    FetchResult r = f.fetch(FetchRequest.of(DemoSite.feedUrl(host)));
    return new String(((FetchResult.Fetched) r).response().body(), StandardCharsets.UTF_8);
  }
}
