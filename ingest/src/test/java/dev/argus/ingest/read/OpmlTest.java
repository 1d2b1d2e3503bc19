package dev.argus.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpmlTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void flattensNestedOutlinesKeepingThoseWithUrls() throws Exception {
    String opml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>Subscriptions</title></head>
          <body>
            <outline text="Local">
              <outline type="rss" text="Harbour Gazette" xmlUrl="https://gazette.example/rss.xml"
                       htmlUrl="https://gazette.example/"/>
              <outline text="Nested folder">
                <outline type="rss" text="text only" title="Valley Post"
                         xmlurl="https://valley.example/index.rdf"/>
              </outline>
            </outline>
            <outline text="A site without a feed" htmlUrl="https://site.example/"/>
            <outline text="Just a note"/>
            <outline text="Relative, dropped" xmlUrl="/feed"/>
          </body>
        </opml>
        """;
    assertThat(Opml.parse(utf8(opml)))
        .containsExactly(
            new Opml.Outline(
                "Harbour Gazette", "https://gazette.example/rss.xml", "https://gazette.example/"),
            new Opml.Outline("Valley Post", "https://valley.example/index.rdf", null),
            new Opml.Outline("A site without a feed", null, "https://site.example/"));
  }

  @Test
  void readsOpml1WithHtmlEntities() throws Exception {
    String opml =
        """
        <opml version="1.0"><body>
          <outline title="Caf&eacute; &amp; Co" xmlUrl="https://cafe.example/feed?a=1&b=2"/>
        </body></opml>
        """;
    assertThat(Opml.parse(utf8(opml)))
        .containsExactly(new Opml.Outline("Café & Co", "https://cafe.example/feed?a=1&b=2", null));
  }

  @Test
  void externalEntitiesAreNeverRead() throws Exception {
    String opml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
        <opml version="2.0"><body>
          <outline title="&xxe;" xmlUrl="https://x.example/rss"/>
        </body></opml>
        """;
    assertThat(Opml.parse(utf8(opml)))
        .containsExactly(new Opml.Outline("&xxe;", "https://x.example/rss", null));
  }

  @Test
  void notOpmlIsAClearError() {
    assertThatThrownBy(() -> Opml.parse(utf8("<rss version=\"2.0\"/>")))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("not OPML");
    assertThatThrownBy(() -> Opml.parse(utf8("<opml><body><outline></body>")))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("not well-formed");
  }
}
