package dev.argus.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedsTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsRss091WithItsNetscapeDoctype() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91">
          <channel>
            <title>Harbour Gazette</title>
            <link>https://gazette.example/</link>
            <description>Local news</description>
            <language>en</language>
            <item>
              <title>Ferry timetable changes</title>
              <link>https://gazette.example/ferry</link>
            </item>
          </channel>
        </rss>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://gazette.example/rss.xml");
    assertThat(feed.format()).startsWith("rss_0.91");
    assertThat(feed.title()).isEqualTo("Harbour Gazette");
    assertThat(feed.siteUrl()).isEqualTo("https://gazette.example/");
    assertThat(feed.items())
        .containsExactly(
            new FeedItem("https://gazette.example/ferry", "Ferry timetable changes", null));
  }

  @Test
  void readsRss10RdfWithDublinCoreDates() throws Exception {
    String xml =
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://valley.example/">
            <title>Valley Post</title>
            <link>https://valley.example/</link>
            <description>News</description>
            <items><rdf:Seq><rdf:li rdf:resource="https://valley.example/a"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://valley.example/a">
            <title>Bridge reopens</title>
            <link>https://valley.example/a</link>
            <dc:date>2025-11-03T09:30:00+01:00</dc:date>
          </item>
        </rdf:RDF>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://valley.example/index.rdf");
    assertThat(feed.format()).isEqualTo("rss_1.0");
    assertThat(feed.title()).isEqualTo("Valley Post");
    assertThat(feed.items())
        .containsExactly(
            new FeedItem(
                "https://valley.example/a",
                "Bridge reopens",
                Instant.parse("2025-11-03T08:30:00Z")));
  }

  @Test
  void readsRss20ItemsInOrder() throws Exception {
    String xml =
        """
        <rss version="2.0"><channel>
          <title>Metro Daily</title><link>https://metro.example/</link><description>d</description>
          <item><title>First</title><link>https://metro.example/1</link>
            <pubDate>Mon, 03 Nov 2025 10:15:00 GMT</pubDate></item>
          <item><title>Second</title><link>https://metro.example/2</link>
            <pubDate>Mon, 03 Nov 2025 11:00:00 +0100</pubDate></item>
          <item><title>Third, by guid</title>
            <guid isPermaLink="true">https://metro.example/3</guid></item>
        </channel></rss>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://metro.example/feed");
    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.items())
        .containsExactly(
            new FeedItem("https://metro.example/1", "First", Instant.parse("2025-11-03T10:15:00Z")),
            new FeedItem(
                "https://metro.example/2", "Second", Instant.parse("2025-11-03T10:00:00Z")),
            new FeedItem("https://metro.example/3", "Third, by guid", null));
    assertThat(feed.skipped()).isEmpty();
  }

  @Test
  void readsAtomWithAlternateLinksAndHtmlTitles() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Coast Weekly</title>
          <link rel="alternate" href="https://coast.example/"/>
          <link rel="self" href="https://coast.example/atom.xml"/>
          <id>urn:uuid:1</id><updated>2025-11-03T12:00:00Z</updated>
          <entry>
            <title type="html">Storm &lt;em&gt;warning&lt;/em&gt; issued</title>
            <link rel="alternate" type="text/html" href="https://coast.example/storm"/>
            <link rel="edit" href="https://coast.example/edit/storm"/>
            <id>urn:uuid:2</id>
            <published>2025-11-02T08:00:00Z</published>
            <updated>2025-11-03T08:00:00Z</updated>
          </entry>
          <entry>
            <title>Only updated</title>
            <link href="https://coast.example/tide"/>
            <id>urn:uuid:3</id>
            <updated>2025-11-03T09:00:00+02:00</updated>
          </entry>
        </feed>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://coast.example/atom.xml");
    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.title()).isEqualTo("Coast Weekly");
    assertThat(feed.siteUrl()).isEqualTo("https://coast.example/");
    assertThat(feed.items())
        .containsExactly(
            new FeedItem(
                "https://coast.example/storm",
                "Storm warning issued",
                Instant.parse("2025-11-02T08:00:00Z")),
            new FeedItem(
                "https://coast.example/tide",
                "Only updated",
                Instant.parse("2025-11-03T07:00:00Z")));
  }

  @Test
  void readsJsonFeed() throws Exception {
    String json =
        """
        {"version": "https://jsonfeed.org/version/1.1",
         "title": "Orbit Notes", "home_page_url": "https://orbit.example/",
         "items": [
           {"id": "1", "url": "https://orbit.example/launch", "title": "Launch delayed",
            "date_published": "2025-11-03T06:00:00-05:00"},
           {"id": "2", "url": "/relative", "title": "Relative"},
           {"id": "https://orbit.example/by-id", "title": "Id only"},
           {"id": "4", "title": "No link at all"}
         ]}
        """;
    Feed feed = Feeds.parse(utf8(json), "https://orbit.example/feed.json");
    assertThat(feed.format()).isEqualTo("json_feed");
    assertThat(feed.title()).isEqualTo("Orbit Notes");
    assertThat(feed.siteUrl()).isEqualTo("https://orbit.example/");
    assertThat(feed.items())
        .containsExactly(
            new FeedItem(
                "https://orbit.example/launch",
                "Launch delayed",
                Instant.parse("2025-11-03T11:00:00Z")),
            new FeedItem("https://orbit.example/relative", "Relative", null),
            new FeedItem("https://orbit.example/by-id", "Id only", null));
    assertThat(feed.skipped()).singleElement().asString().contains("entry 4", "no link");
  }

  @Test
  void rejectsJsonThatIsNotAJsonFeed() {
    assertThatThrownBy(() -> Feeds.parse(utf8("{\"items\": []}"), "https://x.example/f"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("jsonfeed.org version");
  }

  @Test
  void resolvesRelativeLinksAgainstTheFeedUrl() throws Exception {
    String xml =
        """
        <rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
          <item><title>Root relative</title><link>/news/a.html</link></item>
          <item><title>Path relative</title><link>b.html</link></item>
          <item><title>Scheme relative</title><link>//cdn.town.example/c</link></item>
          <item><title>Spaces</title><link> https://town.example/with space </link></item>
        </channel></rss>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://town.example/feeds/main.xml");
    assertThat(feed.siteUrl()).isEqualTo("https://town.example/");
    assertThat(feed.items())
        .extracting(FeedItem::url)
        .containsExactly(
            "https://town.example/news/a.html",
            "https://town.example/feeds/b.html",
            "https://cdn.town.example/c",
            "https://town.example/with%20space");
  }

  @Test
  void entriesWithoutAUsableLinkAreSkippedWithAReason() throws Exception {
    String xml =
        """
        <rss version="2.0"><channel><title>t</title><link>https://s.example/</link>
          <description>d</description>
          <item><title>No link</title><description>text only</description></item>
          <item><title>Script</title><link>javascript:void(0)</link></item>
          <item><title>Mail</title><link>mailto:desk@s.example</link></item>
          <item><title>Good</title><link>https://s.example/good</link></item>
        </channel></rss>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://s.example/rss");
    assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://s.example/good");
    assertThat(feed.skipped())
        .hasSize(3)
        .satisfiesExactly(
            s -> assertThat(s).contains("entry 1", "No link", "no link"),
            s -> assertThat(s).contains("entry 2", "not an http(s) link: javascript:void(0)"),
            s -> assertThat(s).contains("entry 3", "not an http(s) link"));
  }

  @Test
  void badDatesFallBackToALenientParseOrNull() throws Exception {
    String xml =
        """
        <rss version="2.0"><channel><title>t</title><link>https://d.example/</link>
          <description>d</description>
          <item><link>https://d.example/1</link><pubDate>2025-11-03 10:15:00</pubDate></item>
          <item><link>https://d.example/2</link><pubDate>Monday, November 3, 2025 4:30 PM EST</pubDate></item>
          <item><link>https://d.example/3</link><pubDate>03 Nov 2025 10:15 CEST</pubDate></item>
          <item><link>https://d.example/4</link><pubDate>yesterday</pubDate></item>
          <item><link>https://d.example/5</link><pubDate>2025-13-45 10:00</pubDate></item>
          <item><link>https://d.example/6</link><pubDate></pubDate></item>
        </channel></rss>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://d.example/rss");
    assertThat(feed.items())
        .extracting(FeedItem::published)
        .containsExactly(
            Instant.parse("2025-11-03T10:15:00Z"),
            Instant.parse("2025-11-03T21:30:00Z"),
            Instant.parse("2025-11-03T08:15:00Z"),
            null,
            null,
            null);
  }

  @Test
  void brokenXmlIsAClearError() {
    String xml = "<rss version=\"2.0\"><channel><title>t</title><item><link>x</item></channel>";
    assertThatThrownBy(() -> Feeds.parse(utf8(xml), "https://b.example/rss"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("https://b.example/rss")
        .hasMessageContaining("not well-formed XML")
        .hasMessageContaining("line 1");
  }

  @Test
  void htmlIsNotAFeed() {
    String html = "<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>";
    assertThatThrownBy(() -> Feeds.parse(utf8(html), "https://h.example/"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("not a feed")
        .hasMessageContaining("HTML page");
  }

  @Test
  void emptyBodyIsAnError() {
    assertThatThrownBy(() -> Feeds.parse(new byte[0], "https://e.example/rss"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("empty feed");
  }

  @Test
  void undefinedHtmlEntitiesAndBareAmpersandsStillParse() throws Exception {
    String xml =
        """
        <rss version="2.0"><channel><title>Caf&eacute;&nbsp;News</title>
          <link>https://cafe.example/</link><description>d</description>
          <item><title>AT&T &amp; friends &hellip; &bogus; <![CDATA[&copy; kept]]></title>
            <link>https://cafe.example/a?x=1&y=2</link></item>
        </channel></rss>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://cafe.example/rss");
    assertThat(feed.title()).isEqualTo("Café News");
    assertThat(feed.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.url()).isEqualTo("https://cafe.example/a?x=1&y=2");
              assertThat(item.title()).isEqualTo("AT&T & friends … &bogus; © kept");
            });
  }

  @Test
  void externalEntitiesAreNeverRead() throws Exception {
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY xxe SYSTEM "file:///etc/passwd">
          <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;
        ]>
        <rss version="2.0"><channel><title>Leak &xxe;</title><link>https://x.example/</link>
          <description>d</description>
          <item><title>&xxe;</title><link>https://x.example/a</link></item>
        </channel></rss>
        """;
    Feed feed = Feeds.parse(utf8(xml), "https://x.example/rss");
    assertThat(feed.title()).isEqualTo("Leak &xxe;");
    assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo("&xxe;");
  }

  @Test
  void charsetComesFromTheXmlProlog() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <rss version="2.0"><channel><title>Gazette de Sète</title><link>https://sete.example/</link>
          <description>d</description></channel></rss>
        """;
    Feed feed = Feeds.parse(xml.getBytes(StandardCharsets.ISO_8859_1), "https://sete.example/rss");
    assertThat(feed.title()).isEqualTo("Gazette de Sète");
  }

  @Test
  void charsetComesFromTheByteOrderMark() throws Exception {
    String xml =
        "\uFEFF<rss version=\"2.0\"><channel><title>Ελληνικά νέα</title>"
            + "<link>https://gr.example/</link><description>d</description></channel></rss>";
    Feed feed = Feeds.parse(xml.getBytes(StandardCharsets.UTF_16BE), "https://gr.example/rss");
    assertThat(feed.title()).isEqualTo("Ελληνικά νέα");
  }
}
