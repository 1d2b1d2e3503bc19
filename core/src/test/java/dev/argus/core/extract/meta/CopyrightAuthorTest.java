package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The person a page's last copyright line names, as the author of last resort. */
class CopyrightAuthorTest {

  private static List<String> authors(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc)).authors();
  }

  @Test
  void personInTheFooterCopyrightOfAPersonalSite() {
    String html =
        "<html lang='en'><body><article><h1>Notes on caching</h1><p>Some text.</p></article>"
            + "<div id='footer'><p>Copyright (c) 2012- Jonah Example. All rights reserved.</p>"
            + "</div></body></html>";
    assertThat(authors(html, "https://jonah.example.com/caching")).containsExactly("Jonah Example");
  }

  @Test
  void copyrightSignBeforeTheHolderInAnotherElement() {
    String html =
        "<html lang='de'><body><h1>Über die Mühle</h1><p>Die Mühle steht seit 1820.</p>"
            + "<footer><p>© 2019 <a href='/'>Greta Beispiel</a></p></footer></body></html>";
    assertThat(authors(html, "https://muehle.example.de/")).containsExactly("Greta Beispiel");
  }

  @Test
  void firmsAndPictureCreditsAreNoAuthors() {
    String firm =
        "<html lang='de'><body><h1>Angebote</h1><p>Text.</p>"
            + "<footer>© 2020 Beispiel Handel GmbH</footer></body></html>";
    assertThat(authors(firm, "https://handel.example.de/")).isEmpty();
    String photo =
        "<html lang='fr'><body><h1>La vallée</h1><p>Texte.</p>"
            + "<div class='legend'>Photo © Jeanne Exemple</div></body></html>";
    assertThat(authors(photo, "https://vallee.example.fr/")).isEmpty();
    String paper =
        "<html lang='en'><body><article><h1>Tram vote</h1><p>Text.</p></article>"
            + "<footer>© 2026 Lakeside Evening Post</footer></body></html>";
    assertThat(authors(paper, "https://lakeside.example.com/tram")).isEmpty();
    String reserved =
        "<html lang='it'><body><h1>Il lago</h1><p>Testo.</p>"
            + "<footer>© RIPRODUZIONE RISERVATA</footer></body></html>";
    assertThat(authors(reserved, "https://lago.example.it/")).isEmpty();
  }

  @Test
  void aBylineBeatsTheCopyrightLine() {
    String html =
        "<html lang='en'><body><article><h1>Spring garden</h1>"
            + "<p class='byline'>By Mara Sample</p><p>Text.</p></article>"
            + "<footer>© 2021 Owen Owner</footer></body></html>";
    assertThat(authors(html, "https://garden.example.com/spring")).containsExactly("Mara Sample");
  }
}
