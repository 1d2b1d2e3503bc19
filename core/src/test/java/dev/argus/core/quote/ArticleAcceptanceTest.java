package dev.argus.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.cite.CitationFinder;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Citation.Kind;
import dev.argus.core.model.Link;
import dev.argus.core.model.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole articles written for this test (fictional people and outlets) that show the phenomena of
 * real scraped pages: an interview with an outlet, first-person statements that lost their
 * quotation marks after colon lines naming or referring to the CEO, a caption line in between, a
 * person who "reported" something, the author's own "our", and a bare "via | Outlet" line; and a
 * French article citing the outlet that revealed an internal memo.
 */
class ArticleAcceptanceTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ArticleAcceptanceTest.class.getResourceAsStream("/quote/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Quote unmarked(String text, String paragraphStart, String speaker) {
    int s = text.indexOf(paragraphStart);
    int e = text.indexOf("\n", s);
    return new Quote(text.substring(s, e), speaker, s, e, false);
  }

  private static Link link(String text, String anchor, String url) {
    int at = text.indexOf(anchor);
    return new Link(url, anchor, at, at + anchor.length());
  }

  @Test
  void englishInterviewWithUnmarkedStatements() throws IOException {
    String t = resource("interview-en.txt");

    assertThat(QuoteFinder.find(t, "en"))
        .containsExactly(
            unmarked(t, "I am convinced", "Ana Lindqvist"),
            unmarked(t, "Think of Nordwind", "Ana Lindqvist"),
            unmarked(t, "There is far more", "Ana Lindqvist"));

    List<Link> links =
        List.of(
            link(t, "TECHWIRE American", "https://www.techwire.example/story/ana-lindqvist-plan"),
            link(t, "Nordwind", "https://www.nordictoday.example/tag/nordwind"),
            link(t, "Rui Tavares", "https://www.facebook.com/sharer/sharer.php?u=x"));
    assertThat(
            CitationFinder.find(
                t, "en", links, "https://www.nordictoday.example/ana-lindqvist-techwire/"))
        .containsExactly(
            new Citation(
                "TECHWIRE",
                "https://www.techwire.example/story/ana-lindqvist-plan",
                Kind.INTERVIEW),
            new Citation("Mobile Fans Portugal", null, Kind.VIA));
  }

  @Test
  void frenchArticleCitingTheOutletThatRevealedAMemo() throws IOException {
    String t = resource("photo-division-fr.txt");
    String said =
        "Nous voulons que nos appareils photo soient les meilleurs d’Europe d’ici deux ans";
    int s = t.indexOf(said);

    assertThat(QuoteFinder.find(t, "fr"))
        .containsExactly(new Quote(said, "Ana Lindqvist", s, s + said.length(), true));

    List<Link> links =
        List.of(
            link(t, "PhoneMag", "https://www.phonemag.example/nordwind-division-photo"),
            link(t, "Nordwind", "https://www.techno-fr.example/marque/nordwind"));
    assertThat(CitationFinder.find(t, "fr", links, "https://www.techno-fr.example/nordwind-photo/"))
        .containsExactly(
            new Citation(
                "PhoneMag", "https://www.phonemag.example/nordwind-division-photo", Kind.REPORTED),
            new Citation("Le Journal du Geek Nordique", null, Kind.ACCORDING_TO));
  }
}
