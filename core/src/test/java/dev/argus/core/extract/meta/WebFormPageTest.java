package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An ASP.NET WebForms page wraps everything into one form: it is the page, not boilerplate. */
class WebFormPageTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc));
  }

  @Test
  void pageFormUnderAWrapperIsRead() {
    String html =
        "<html><body><div id='wrapper'><form id='aspnetForm' method='post'>"
            + "<article><p class='date'>15 августа 2016, 13:43</p>"
            + "<h1>Команда завершила сезон</h1><p>Текст статьи.</p></article></form></div>"
            + "</body></html>";
    assertThat(meta(html, "https://sport.example.ua/news/1").published()).isEqualTo("2016-08-15");
  }

  @Test
  void pageFormKnownByItsViewState() {
    String html =
        "<html lang='de'><body><div class='page'><form method='post' action='./artikel'>"
            + "<div class='aspNetHidden'><input type='hidden' name='__VIEWSTATE' value='x'></div>"
            + "<h1>Der Verein feiert</h1><p class='datum'>3. Mai 2018</p><p>Text.</p></form></div>"
            + "</body></html>";
    assertThat(meta(html, "https://verein.example.de/artikel").published()).isEqualTo("2018-05-03");
  }

  @Test
  void searchFormStaysBoilerplate() {
    assertThat(
            PageScan.isWebForm(
                Jsoup.parse("<form id='search'><input name='q'></form>").selectFirst("form")))
        .isFalse();
  }
}
