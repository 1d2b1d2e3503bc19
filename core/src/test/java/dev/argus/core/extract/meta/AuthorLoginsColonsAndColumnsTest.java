package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Bylines labelled with a colon, Han credit lines, bodies' names split at "und", structured authors
 * that are logins, and the article's column named "sidebar".
 */
class AuthorLoginsColonsAndColumnsTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc));
  }

  private static String prose(int n) {
    return "<p>"
        + "Ein Absatz mit genug Text, damit die Seite wie ein Artikel aussieht. ".repeat(n)
        + "</p>";
  }

  @Test
  void bylineLabelEndingInAColon() {
    String html =
        "<html lang='de'><head><title>Windräder im Watt</title></head><body>"
            + "<h1>Windräder im Watt</h1>"
            + prose(30)
            + prose(30)
            + "<div class='info'><b>Von:</b><br><br>Karla Windmeister</div></body></html>";
    assertThat(meta(html, "https://energie.example.de/watt").authors())
        .containsExactly("Karla Windmeister");
  }

  @Test
  void writtenByWithAColon() {
    String html =
        "<html lang='en'><head><title>Forests and rivers</title></head><body>"
            + "<h1>Forests and rivers</h1><p><em>Courtesy of a partner site</em></p>"
            + "<p><em>Written by: <a href='https://partner.example.org/x'>Nora Creek</a></em></p>"
            + "<p>The text of the story.</p></body></html>";
    assertThat(meta(html, "https://press.example.com/forests").authors())
        .containsExactly("Nora Creek");
  }

  @Test
  void hanCreditLineBelowTheText() {
    String html =
        "<html lang='zh'><head><title>新闻标题</title></head><body><h1>新闻标题</h1>"
            + "<p>"
            + "这是一段很长的新闻正文。".repeat(300)
            + "</p><div class='foot'><span>责任编辑： 李明华 </span></div></body></html>";
    assertThat(meta(html, "https://news.example.cn/a/1").authors()).containsExactly("李明华");
  }

  @Test
  void weekdayBeforeTheDateEndsTheName() {
    assertThat(AuthorFinder.names("Ida Recht Do 9 Apr 2020")).containsExactly("Ida Recht");
    assertThat(AuthorFinder.names("Jane Roe Mon, 3 May 2021")).containsExactly("Jane Roe");
    assertThat(AuthorFinder.names("Lucia Di Maio")).containsExactly("Lucia Di Maio");
  }

  @Test
  void bodysNameSplitAtUndGivesNoNames() {
    assertThat(AuthorFinder.names("Landesamt für Boden und Gewässerkunde - LBG")).isEmpty();
    // Two people joined by "und" are still two names.
    assertThat(AuthorFinder.names("Anna Berg und Paul Tal"))
        .containsExactly("Anna Berg", "Paul Tal");
  }

  @Test
  void structuredLoginGivesWayToTheVisibleByline() {
    String html =
        "<html lang='de'><head><script type='application/ld+json'>{\"@context\":"
            + "\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Ein Dach aus"
            + " Holz\",\"author\":{\"@type\":\"Person\",\"name\":\"tilmanzimmerer\"}}</script>"
            + "</head><body><h1>Ein Dach aus Holz</h1><div class='post-header_author'><span>von"
            + "</span> <a href='/creator/tilman-zimmerer/'>Tilman Zimmerer</a></div>"
            + "<p>Text.</p></body></html>";
    assertThat(meta(html, "https://bau.example.de/dach").authors())
        .containsExactly("Tilman Zimmerer");
    assertThat(AuthorFinder.isLogin("tilmanzimmerer")).isTrue();
    assertThat(AuthorFinder.isLogin("Tilman Zimmerer")).isFalse();
  }

  @Test
  void structuredLoginStaysWithoutAByline() {
    String html =
        "<html lang='de'><head><script type='application/ld+json'>{\"@context\":"
            + "\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Ein Dach aus"
            + " Holz\",\"author\":{\"@type\":\"Person\",\"name\":\"tilmanzimmerer\"}}</script>"
            + "</head><body><h1>Ein Dach aus Holz</h1><p>Text.</p></body></html>";
    assertThat(meta(html, "https://bau.example.de/dach").authors())
        .containsExactly("tilmanzimmerer");
  }

  @Test
  void bylineInAnArticleColumnWithTheIdSidebar() {
    String html =
        "<html lang='de'><head><title>Recht in der Krise | Rechtsblog</title></head><body>"
            + "<article class='post'><div id='sidebar' class='content-area'>"
            + "<header><h1 class='entry-title'>Recht in der Krise</h1><div class='entry-meta'>"
            + "<span class='author vcard'><a class='url fn' rel='author'"
            + " href='/author/ida-recht/'>Ida Recht</a></span><br><span class='byline'><time"
            + " datetime='2020-04-09'>Do 9 Apr 2020</time></span></div></header>"
            + "<p>Text.</p></div></article></body></html>";
    assertThat(meta(html, "https://rechtsblog.example.de/krise").authors())
        .containsExactly("Ida Recht");
  }
}
