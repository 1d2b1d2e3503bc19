package dev.argus.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapsTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static final String URLSET =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://port.example/news/first</loc><lastmod>2025-11-03T10:00:00+00:00</lastmod></url>
        <url><loc>https://port.example/news/second</loc></url>
        <url><loc>https://www.port.example/elsewhere</loc><lastmod>2025-11-02</lastmod></url>
      </urlset>
      """;

  @Test
  void readsASitemapIndex() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://port.example/sitemap-news.xml</loc></sitemap>
          <sitemap><loc>https://port.example/sitemap-2025-11.xml.gz</loc>
            <lastmod>2025-11-03</lastmod></sitemap>
        </sitemapindex>
        """;
    Sitemap sitemap =
        Sitemaps.parse(utf8(xml), "application/xml", "https://port.example/sitemap.xml");
    assertThat(sitemap)
        .isEqualTo(
            new Sitemap.Index(
                java.util.List.of(
                    "https://port.example/sitemap-news.xml",
                    "https://port.example/sitemap-2025-11.xml.gz")));
  }

  @Test
  void readsAUrlSetKeepingUrlsOutsideTheSitemapFolder() throws Exception {
    Sitemap sitemap =
        Sitemaps.parse(utf8(URLSET), "text/xml", "https://port.example/sitemaps/pages.xml");
    assertThat(sitemap).isInstanceOf(Sitemap.UrlSet.class);
    assertThat(((Sitemap.UrlSet) sitemap).items())
        .containsExactlyInAnyOrder(
            new FeedItem(
                "https://port.example/news/first", null, Instant.parse("2025-11-03T10:00:00Z")),
            new FeedItem("https://port.example/news/second", null, null),
            new FeedItem(
                "https://www.port.example/elsewhere", null, Instant.parse("2025-11-02T00:00:00Z")));
  }

  @Test
  void readsGoogleNewsTitlesAndPublicationDates() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url>
            <loc>https://port.example/2025/11/03/harbour-strike</loc>
            <lastmod>2025-11-03T12:00:00Z</lastmod>
            <news:news>
              <news:publication><news:name>Port Times</news:name><news:language>en</news:language></news:publication>
              <news:publication_date>2025-11-03T07:45:00+01:00</news:publication_date>
              <news:title>Dock workers strike over new rota</news:title>
            </news:news>
          </url>
        </urlset>
        """;
    Sitemap.UrlSet set =
        (Sitemap.UrlSet) Sitemaps.parse(utf8(xml), null, "https://port.example/news-sitemap.xml");
    assertThat(set.items())
        .containsExactly(
            new FeedItem(
                "https://port.example/2025/11/03/harbour-strike",
                "Dock workers strike over new rota",
                Instant.parse("2025-11-03T06:45:00Z")));
  }

  @Test
  void readsAGzipSitemapWhateverTheContentType() throws Exception {
    Sitemap sitemap =
        Sitemaps.parse(
            gzip(utf8(URLSET)), "application/octet-stream", "https://port.example/pages.xml.gz");
    assertThat(((Sitemap.UrlSet) sitemap).items()).hasSize(3);
  }

  @Test
  void readsATextSitemap() throws Exception {
    String text =
        """
        https://port.example/a
        https://port.example/b

        not a url
        https://port.example/c
        """;
    Sitemap sitemap = Sitemaps.parse(utf8(text), "text/plain", "https://port.example/sitemap.txt");
    assertThat(((Sitemap.UrlSet) sitemap).items())
        .extracting(FeedItem::url)
        .containsExactly(
            "https://port.example/a", "https://port.example/b", "https://port.example/c");
  }

  @Test
  void externalEntitiesAreNeverRead() {
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://port.example/&xxe;</loc></url>
        </urlset>
        """;
    assertThatThrownBy(() -> Sitemaps.parse(utf8(xml), null, "https://port.example/s.xml"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("not a sitemap");
  }

  @Test
  void somethingElseIsAClearError() {
    assertThatThrownBy(
            () ->
                Sitemaps.parse(
                    utf8("<html><body>hello</body></html>"), "text/html", "https://x.example/"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("not a sitemap")
        .hasMessageContaining("https://x.example/");
  }
}
