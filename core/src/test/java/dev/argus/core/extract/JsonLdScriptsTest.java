package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** JsonLd.scripts finds the script elements that getElementsByTag finds, in the same order. */
class JsonLdScriptsTest {

  @Test
  void findsScriptsEverywhereInDocumentOrder() {
    Document doc =
        Jsoup.parse(
            "<html><head><script>a</script></head><body><div><p>x<script>b</script></p>"
                + "<noscript><script>c</script></noscript></div><template><script>d</script>"
                + "</template><svg><script>e</script></svg><script>f</script></body></html>");
    assertThat(JsonLd.scripts(doc)).containsExactlyElementsOf(doc.getElementsByTag("script"));
    assertThat(JsonLd.scripts(doc)).hasSize(6);
  }

  @Test
  void aPageWithoutScriptsHasNone() {
    assertThat(JsonLd.scripts(Jsoup.parse("<p>text</p>"))).isEmpty();
  }
}
