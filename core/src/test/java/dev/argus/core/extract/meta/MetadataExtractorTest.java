package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private static Metadata meta(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    return MetadataExtractor.extract(doc, url, JsonLd.of(doc));
  }

  @Test
  void doesNotChangeTheDocument() {
    String html =
        "<html lang='en'><head><title>A walk | Site</title></head><body><article><h1>A walk</h1>"
            + "<p class='byline'>By Jane Roe</p><time datetime='2021-04-02'>2 April</time>"
            + "<p>Text.</p></article><footer>Footer</footer></body></html>";
    Document doc = Jsoup.parse(html, "https://example.org/a");
    String before = doc.outerHtml();
    MetadataExtractor.extract(doc, "https://example.org/a", JsonLd.of(doc));
    assertThat(doc.outerHtml()).isEqualTo(before);
  }

  @Test
  void englishPageWithJsonLdAndResolvedAuthorReference() {
    String html =
        "<html lang='en-GB'><head><title>Rivers rise again - The Daily Example</title>"
            + "<meta property='og:site_name' content='The Daily Example'>"
            + "<meta property='og:image' content='/img/river.jpg'>"
            + "<link rel='canonical' href='/news/rivers'>"
            + "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Rivers rise again\",\"datePublished\":\"2021-03-14T08:30:00+01:00\","
            + "\"dateModified\":\"2021-03-15T10:00:00+01:00\",\"author\":{\"@id\":\"#p1\"}},"
            + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Mary Example\"}]}</script>"
            + "</head><body><h1>Rivers rise again</h1><p>Body.</p></body></html>";
    Metadata m = meta(html, "https://news.example.com/x");
    assertThat(m.title()).isEqualTo("Rivers rise again");
    assertThat(m.authors()).containsExactly("Mary Example");
    assertThat(m.published()).isEqualTo("2021-03-14T08:30:00+01:00");
    assertThat(m.modified()).isEqualTo("2021-03-15T10:00:00+01:00");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.siteName()).isEqualTo("The Daily Example");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/news/rivers");
    assertThat(m.image()).isEqualTo("https://news.example.com/img/river.jpg");
  }

  @Test
  void germanBlogWithBylineAndWrittenDate() {
    String html =
        "<html lang='de-AT'><head><title>Neues vom Garten &raquo; Mein Gartenblog</title></head>"
            + "<body><header class='site-header'><h1 class='site-title'>Mein Gartenblog</h1></header>"
            + "<article><h2 class='entry-title'>Neues vom Garten</h2>"
            + "<div class='entry-meta'>Veröffentlicht am 14. März 2021 von Hans Gärtner</div>"
            + "<p>Die Tomaten wachsen.</p></article></body></html>";
    Metadata m = meta(html, "https://gartenblog.example.de/neues");
    assertThat(m.title()).isEqualTo("Neues vom Garten");
    assertThat(m.published()).isEqualTo("2021-03-14");
    assertThat(m.language()).isEqualTo("de");
  }

  @Test
  void germanVisibleBylineWithTwoNames() {
    String html =
        "<html lang='de'><body><article><h1>Streit um die Brücke</h1>"
            + "<p class='author'>Von Anna Schmidt und Peter Müller</p><p>Text.</p></article>"
            + "</body></html>";
    Metadata m = meta(html, "https://zeitung.example.de/a");
    assertThat(m.authors()).containsExactly("Anna Schmidt", "Peter Müller");
  }

  @Test
  void frenchPageStripsSitePrefixAndReadsMetaDates() {
    String html =
        "<html><head><meta property='og:locale' content='fr_FR'>"
            + "<meta property='og:site_name' content='Le Journal'>"
            + "<meta property='og:title' content='Le Journal : La grève continue'>"
            + "<meta property='article:published_time' content='2020-12-05T09:00:00Z'>"
            + "<meta name='author' content='Claire Dupont'></head><body><p>x</p></body></html>";
    Metadata m = meta(html, "https://lejournal.example.fr/greve");
    assertThat(m.title()).isEqualTo("La grève continue");
    assertThat(m.authors()).containsExactly("Claire Dupont");
    assertThat(m.published()).isEqualTo("2020-12-05T10:00:00+01:00");
    assertThat(m.language()).isEqualTo("fr");
  }

  @Test
  void spanishDateInTextAndPorByline() {
    String html =
        "<html lang='es'><head><title>La lluvia vuelve | Diario Ejemplo</title></head><body>"
            + "<article><h1>La lluvia vuelve</h1><p>Por Luis García</p>"
            + "<p>Publicado el 14 de marzo de 2021</p><p>Texto.</p></article></body></html>";
    Metadata m = meta(html, "https://diario.example.es/lluvia");
    assertThat(m.title()).isEqualTo("La lluvia vuelve");
    assertThat(m.authors()).containsExactly("Luis García");
    assertThat(m.published()).isEqualTo("2021-03-14");
  }

  @Test
  void italianDateFromUrlAndTimeElement() {
    String html =
        "<html lang='it-IT'><head><title>Il treno è in ritardo - Notizie</title></head><body>"
            + "<article><h1>Il treno è in ritardo</h1><p>Di Marco Rossi</p><p>Testo.</p></article>"
            + "</body></html>";
    Metadata m = meta(html, "https://notizie.example.it/2019/07/22/treno/");
    assertThat(m.published()).isEqualTo("2019-07-22");
    assertThat(m.authors()).containsExactly("Marco Rossi");
    assertThat(m.language()).isEqualTo("it");
  }

  @Test
  void chinesePageWithCjkSeparatorAndAuthorLabel() {
    String html =
        "<html lang='zh-CN'><head><title>春天来了-新华网</title></head><body>"
            + "<h1>春天来了</h1><div class='info'>2020年3月14日 作者：王小明</div><p>正文。</p></body></html>";
    Metadata m = meta(html, "http://www.xinhua.example.cn/a.htm");
    assertThat(m.title()).isEqualTo("春天来了");
    assertThat(m.published()).isEqualTo("2020-03-14");
    assertThat(m.authors()).containsExactly("王小明");
    assertThat(m.language()).isEqualTo("zh");
  }

  @Test
  void prefersMarkedTimeOverSidebarTimes() {
    String html =
        "<html><body><aside class='widget'><time datetime='2021-05-01'>1 May</time></aside>"
            + "<article><h1>Post</h1><time class='entry-date published' datetime='2020-01-10T10:00:00+00:00'>"
            + "10 Jan</time><time class='updated' datetime='2020-02-01T10:00:00+00:00'>1 Feb</time>"
            + "</article></body></html>";
    Metadata m = meta(html, "https://blog.example.com/post");
    assertThat(m.published()).isEqualTo("2020-01-10T10:00:00Z");
  }

  @Test
  void prefersTheEarliestStructuredPublicationDate() {
    String html =
        "<html><head><meta property='article:published_time' content='2020-05-02'>"
            + "<meta name='date' content='2020-05-01'></head><body><h1>T</h1></body></html>";
    assertThat(meta(html, "https://e.example.com/").published()).isEqualTo("2020-05-01");
  }

  @Test
  void headingWithKickerUsesTheTitlePart() {
    String html =
        "<html><head><meta property='og:title' content='Klima: Bohren, bis es heiß wird'>"
            + "</head><body><h1><span class='kicker'>Klima</span><span class='title'>"
            + "Bohren, bis es heiß wird</span></h1></body></html>";
    assertThat(meta(html, "https://z.example.de/a").title()).isEqualTo("Bohren, bis es heiß wird");
  }

  @Test
  void siteLikeMetaAuthorGivesWayToVisibleByline() {
    String html =
        "<html><head><meta name='author' content='Beispiel Verlag GmbH'></head><body><article>"
            + "<h1>Titel</h1><span class='byline'>Von Eva Kurz, Redakteurin</span></article>"
            + "</body></html>";
    assertThat(meta(html, "https://beispiel.example.de/a").authors()).containsExactly("Eva Kurz");
  }

  @Test
  void declaredLanguageIsNullWhenMissing() {
    assertThat(meta("<html><body><p>x</p></body></html>", "https://e.example.com/").language())
        .isNull();
  }

  @Test
  void rubyReadingsAreNoPartOfTheTitle() {
    String html =
        "<html lang='ja'><head><title>ミナト新聞|<ruby>港<rt>みなと</rt></ruby>に新しい橋ができる</title>"
            + "<meta property='og:title' content='ミナト新聞|港に新しい橋ができる'></head><body>"
            + "<h1><ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby>に<ruby>新<rt>あたら</rt></ruby>しい"
            + "<ruby>橋<rt>はし</rt></ruby>ができる</h1><p>本文。</p></body></html>";
    assertThat(meta(html, "https://minato.example.jp/news/1").title()).isEqualTo("港に新しい橋ができる");
  }

  @Test
  void composedAndDecomposedLettersGiveOneTitle() {
    // "Café" with a combining accent, as some editors write it.
    String html =
        "<html lang='fr'><head><meta property='og:title' content='Le Cafe\u0301 du port'></head>"
            + "<body><p>Texte.</p></body></html>";
    assertThat(meta(html, "https://port.example.fr/cafe").title())
        .isEqualTo("Le Caf\u00e9 du port");
  }
}
