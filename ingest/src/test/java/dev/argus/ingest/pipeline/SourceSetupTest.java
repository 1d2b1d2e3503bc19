package dev.argus.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.ingest.fetch.ResponseListener;
import dev.argus.ingest.read.SourceKind;
import org.junit.jupiter.api.Test;

class SourceSetupTest {
  private static final String BASE = "https://quay.example";
  private static final String HOME =
      "<html><head><title>Quay Post</title>"
          + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head><body></body></html>";
  private static final String BARE_HOME =
      "<html><head><title>Quay Post</title></head><body></body></html>";
  private static final String ROBOTS =
      "User-agent: *\nDisallow: /search\nSitemap: "
          + BASE
          + "/sitemap-news.xml\nSitemap: "
          + BASE
          + "/sitemap-archive.xml\n";

  @Test
  void aFeedIsPolledAsItIs() throws Exception {
    FakeFetcher web =
        new FakeFetcher(ResponseListener.NONE)
            .page(BASE + "/rss", "application/rss+xml", Pages.rss(BASE, 1));
    SourceSetup.Found found = SourceSetup.detect(web, BASE + "/rss");
    assertThat(found.kind()).isEqualTo(SourceKind.FEED);
    assertThat(found.endpoints()).containsExactly(BASE + "/rss");
  }

  @Test
  void aHomePageIsPolledThroughItsFeedsAndNewsSitemaps() throws Exception {
    FakeFetcher web =
        new FakeFetcher(ResponseListener.NONE)
            .page(BASE + "/", "text/html", HOME)
            .page(BASE + "/robots.txt", "text/plain", ROBOTS);
    SourceSetup.Found found = SourceSetup.detect(web, BASE + "/");
    assertThat(found.kind()).isEqualTo(SourceKind.SITE);
    assertThat(found.title()).isEqualTo("Quay Post");
    assertThat(found.endpoints()).containsExactly(BASE + "/rss", BASE + "/sitemap-news.xml");
  }

  @Test
  void aHomePageWithoutFeedsFallsBackToAllItsSitemaps() throws Exception {
    String robots = "User-agent: *\nSitemap: " + BASE + "/sitemap.xml\n";
    FakeFetcher web =
        new FakeFetcher(ResponseListener.NONE)
            .page(BASE + "/", "text/html", BARE_HOME)
            .page(BASE + "/robots.txt", "text/plain", robots);
    assertThat(SourceSetup.detect(web, BASE + "/").endpoints())
        .containsExactly(BASE + "/sitemap.xml");
  }

  @Test
  void aPageWithNothingToPollIsRefusedWithAReason() {
    FakeFetcher web =
        new FakeFetcher(ResponseListener.NONE).page(BASE + "/", "text/html", BARE_HOME);
    assertThatThrownBy(() -> SourceSetup.detect(web, BASE + "/"))
        .isInstanceOf(SourceSetup.SetupException.class)
        .hasMessageContaining("declares no feed");
  }

  @Test
  void anUnreachableUrlIsRefusedWithTheFetchersReason() {
    FakeFetcher web = new FakeFetcher(ResponseListener.NONE);
    assertThatThrownBy(() -> SourceSetup.detect(web, BASE + "/gone"))
        .isInstanceOf(SourceSetup.SetupException.class)
        .hasMessageContaining("404");
  }
}
