package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** BaseUrl gives what jsoup's absUrl gives, parsing the base once. */
class BaseUrlTest {

  private static final String LINKS =
      "<a href='b.html'>1</a><a href='../c/d'>2</a><a href='/e?x=1#top'>3</a>"
          + "<a href='?q=2'>4</a><a href='//cdn.example.org/f'>5</a><a href='#frag'>6</a>"
          + "<a href='mailto:jane@example.org'>7</a><a href='tel:+49123'>8</a>"
          + "<a href='https://other.example.com/g'>9</a><a href='h\ti.html'>10</a>"
          + "<a href='  spaced.html  '>11</a><a href='x:y'>12</a><a href=''>13</a><a>14</a>";

  @Test
  void resolvesEveryLinkAsJsoupDoes() {
    Document doc = Jsoup.parse(LINKS, "https://example.org/news/2024/a.html");
    BaseUrl base = new BaseUrl();
    for (Element a : doc.select("a")) {
      assertThat(base.absUrl(a, "href")).as(a.outerHtml()).isEqualTo(a.absUrl("href"));
    }
  }

  @Test
  void anUnparsableBaseFallsBackToJsoup() {
    Document doc = Jsoup.parse(LINKS, "not a base");
    BaseUrl base = new BaseUrl();
    for (Element a : doc.select("a")) {
      assertThat(base.absUrl(a, "href")).as(a.outerHtml()).isEqualTo(a.absUrl("href"));
    }
  }

  @Test
  void aMissingAttributeGivesEmpty() {
    Document doc = Jsoup.parse("<a>x</a>", "https://example.org/");
    assertThat(new BaseUrl().absUrl(doc.selectFirst("a"), "href")).isEmpty();
  }

  @Test
  void controlCharactersOfTheBaseAreRemovedAsJsoupDoes() {
    assertThat(BaseUrl.withoutControlChars("https://exa\tmple.org/\na"))
        .isEqualTo("https://example.org/a");
  }
}
