package dev.argus.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDetectorTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void detectsRssEvenWhenServedAsHtml() {
    String xml =
        """
        <?xml version="1.0"?>
        <!-- generated -->
        <rss version="2.0"><channel><title>Metro Daily</title><link>https://metro.example/</link>
          <description>d</description></channel></rss>
        """;
    assertThat(SourceDetector.detect("https://metro.example/feed", "text/html", utf8(xml)))
        .isEqualTo(new Detection(SourceKind.FEED, "Metro Daily", List.of()));
  }

  @Test
  void detectsRdf() {
    String xml =
        """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="https://valley.example/"><title>Valley Post</title>
            <link>https://valley.example/</link><description>d</description></channel>
        </rdf:RDF>
        """;
    assertThat(SourceDetector.detect("https://valley.example/index.rdf", null, utf8(xml)))
        .isEqualTo(new Detection(SourceKind.FEED, "Valley Post", List.of()));
  }

  @Test
  void detectsAtom() {
    String xml =
        """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Weekly</title><id>urn:x</id>
          <updated>2025-11-03T00:00:00Z</updated></feed>
        """;
    assertThat(SourceDetector.detect("https://coast.example/atom", "application/xml", utf8(xml)))
        .isEqualTo(new Detection(SourceKind.FEED, "Coast Weekly", List.of()));
  }

  @Test
  void detectsJsonFeed() {
    String json =
        "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"Orbit Notes\",\"items\":[]}";
    assertThat(
            SourceDetector.detect(
                "https://orbit.example/feed.json", "application/json", utf8(json)))
        .isEqualTo(new Detection(SourceKind.FEED, "Orbit Notes", List.of()));
  }

  @Test
  void otherJsonIsNotAFeed() {
    assertThat(SourceDetector.detect("https://api.example/", "application/json", utf8("{\"a\":1}")))
        .isEqualTo(new Detection(SourceKind.SITE, null, List.of()));
  }

  @Test
  void detectsSitemapsAndSitemapIndexes() throws Exception {
    String urlset =
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>https://port.example/a</loc></url></urlset>";
    String index =
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>https://port.example/s.xml</loc></sitemap></sitemapindex>";
    assertThat(SourceDetector.detect("https://port.example/s.xml", null, utf8(urlset)).kind())
        .isEqualTo(SourceKind.SITEMAP);
    assertThat(SourceDetector.detect("https://port.example/i.xml", null, utf8(index)).kind())
        .isEqualTo(SourceKind.SITEMAP);
    assertThat(
            SourceDetector.detect(
                    "https://port.example/s.xml.gz", null, SitemapsTest.gzip(utf8(urlset)))
                .kind())
        .isEqualTo(SourceKind.SITEMAP);
  }

  @Test
  void detectsATextSitemap() {
    String text = "https://port.example/a\nhttps://port.example/b\n";
    assertThat(SourceDetector.detect("https://port.example/urls.txt", "text/plain", utf8(text)))
        .isEqualTo(new Detection(SourceKind.SITEMAP, null, List.of()));
  }

  @Test
  void findsTheFeedsOfAHomePage() {
    String html =
        """
        <!DOCTYPE html>
        <html><head>
          <title>  Harbour   Gazette — Home </title>
          <link rel="stylesheet" href="/style.css" type="text/css">
          <link rel="alternate" type="application/rss+xml" title="All news" href="/rss.xml">
          <link rel="alternate" type="application/atom+xml" href="https://gazette.example/atom.xml">
          <link rel="alternate" type="application/rss+xml" href="/rss.xml">
          <link rel="alternate" hreflang="fr" href="/fr/">
          <link rel="alternate" type="application/feed+json" href="javascript:alert(1)">
        </head><body><p>Welcome</p></body></html>
        """;
    assertThat(
            SourceDetector.detect(
                "https://gazette.example/", "text/html; charset=utf-8", utf8(html)))
        .isEqualTo(
            new Detection(
                SourceKind.SITE,
                "Harbour Gazette — Home",
                List.of("https://gazette.example/rss.xml", "https://gazette.example/atom.xml")));
  }

  @Test
  void findsJsonFeedLinksAndHonoursBaseHref() {
    String html =
        """
        <html><head><base href="https://cdn.gazette.example/en/">
          <link rel="ALTERNATE home" type="application/feed+json; charset=utf-8" href="feed.json">
          <link rel="alternate" type="application/json" href="/api/feed.json">
        </head><body></body></html>
        """;
    assertThat(SourceDetector.detect("https://gazette.example/", null, utf8(html)).feeds())
        .containsExactly(
            "https://cdn.gazette.example/en/feed.json",
            "https://cdn.gazette.example/api/feed.json");
  }

  @Test
  void anEmptyBodyIsASiteWithNothingKnown() {
    assertThat(SourceDetector.detect("https://x.example/", null, new byte[0]))
        .isEqualTo(new Detection(SourceKind.SITE, null, List.of()));
  }

  @Test
  void readsSitemapsFromRobotsTxt() {
    String robots =
        """
        User-agent: *
        Disallow: /private/
        Sitemap: https://port.example/sitemap.xml
        sitemap: /news-sitemap.xml
        Sitemap: https://port.example/sitemap.xml

        User-agent: other
        Disallow: /
        """;
    assertThat(SourceDetector.sitemapsFromRobots(utf8(robots), "https://port.example/robots.txt"))
        .containsExactly(
            "https://port.example/sitemap.xml", "https://port.example/news-sitemap.xml");
  }
}
