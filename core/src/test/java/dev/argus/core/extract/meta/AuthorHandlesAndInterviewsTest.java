package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** User names written as names, interview bylines, "written by" classes, site accounts. */
class AuthorHandlesAndInterviewsTest {

  private static List<String> authors(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc)).authors();
  }

  @Test
  void handleOfDottedNamesIsWrittenAsTheNames() {
    String html =
        "<html lang='es'><head><meta name='author' content='lucia.mendoza'></head>"
            + "<body><h1>El clásico</h1><p>Texto.</p></body></html>";
    assertThat(authors(html, "https://deportes.example.pe/clasico"))
        .containsExactly("Lucia Mendoza");
  }

  @Test
  void hostNamesAndShortHandlesStayAsTheyAre() {
    assertThat(AuthorFinder.humanised("beispiel.de")).isEqualTo("beispiel.de");
    assertThat(AuthorFinder.humanised("news.example.com")).isEqualTo("news.example.com");
    assertThat(AuthorFinder.humanised("luis_de_la_cruz")).isEqualTo("Luis De La Cruz");
    assertThat(AuthorFinder.humanised("Jane Roe")).isEqualTo("Jane Roe");
  }

  @Test
  void interviewBylineNamesBoth() {
    String html =
        "<html lang='de'><body><article><h1>Arbeit ohne Lohn?</h1>"
            + "<p class='author'>Lena Beispiel im Gespräch mit Tom Muster</p><p>Text.</p>"
            + "</article></body></html>";
    assertThat(authors(html, "https://radio.example.de/arbeit"))
        .containsExactly("Lena Beispiel", "Tom Muster");
    assertThat(AuthorFinder.names("Ana Ruiz en conversación con Pablo Gil"))
        .containsExactly("Ana Ruiz", "Pablo Gil");
  }

  @Test
  void writtenByClassIsAByline() {
    String html =
        "<html lang='en'><head><meta name='author' content='Jobs &amp; More'>"
            + "<meta property='og:site_name' content='Jobs &amp; More'></head><body><article>"
            + "<h1>Health at work</h1><div class='wrote_by'>By <a href='/r/1'>Jose de la Cruz</a>"
            + "</div><p>Text.</p></article></body></html>";
    assertThat(authors(html, "https://www.jobsandmore.example.com/a/1"))
        .containsExactly("Jose de la Cruz");
  }

  @Test
  void microdataAuthorNamedLikeTheSiteGivesWayToAByline() {
    String html =
        "<html lang='en'><head><meta property='og:site_name' content='The Green Gazette'></head>"
            + "<body><article><span itemprop='author' itemscope>"
            + "<meta itemprop='name' content='The Green Gazette'></span>"
            + "<h1>Forests and rights</h1><p>By Julia Sample</p><p>Text.</p>"
            + "</article></body></html>";
    assertThat(authors(html, "https://www.greengazette.example.com/forests"))
        .containsExactly("Julia Sample");
  }
}
