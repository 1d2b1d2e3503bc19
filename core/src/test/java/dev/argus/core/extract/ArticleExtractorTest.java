package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.argus.core.model.Article;
import dev.argus.core.model.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The extraction stage's entry point: input handling (gzip, plain text, bad input). */
class ArticleExtractorTest {

  private static final String URL = "https://news.example.org/2024/03/museo";

  private static final String P1 =
      "Il museo civico riaprirà al pubblico a settembre dopo due anni di lavori, con un nuovo"
          + " percorso dedicato alla storia industriale della città.";
  private static final String P2 =
      "Il restauro ha interessato soprattutto le sale del piano nobile, dove sono stati recuperati"
          + " gli affreschi ottocenteschi danneggiati dall'umidità.";
  private static final String P3 =
      "L'assessore alla cultura ha annunciato che l'ingresso sarà gratuito per i residenti durante"
          + " il primo mese di apertura.";

  private static final String HTML =
      "<html><head><meta charset=\"utf-8\"><title>Il museo civico riapre</title></head><body>"
          + "<article><p>"
          + P1
          + "</p><p>"
          + P2
          + "</p><p>"
          + P3
          + "</p></article></body></html>";

  private final ArticleExtractor extractor = ArticleExtractor.withDefaults();

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private Extraction extract(String path, byte[] body, String contentType) {
    return extractor.extract(new RawPage(path, URL, body, contentType));
  }

  private static Article ok(Extraction e) {
    assertThat(e).isInstanceOf(Extraction.Ok.class);
    return ((Extraction.Ok) e).article();
  }

  private static String failure(Extraction e) {
    assertThat(e).isInstanceOf(Extraction.Failed.class);
    return ((Extraction.Failed) e).reason();
  }

  @Test
  void extractsHtmlPage() {
    Article a = ok(extract("museo.html", HTML.getBytes(StandardCharsets.UTF_8), "text/html"));

    assertThat(a.title()).isEqualTo("Il museo civico riapre");
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void gzipInputIsGunzipped() {
    byte[] gz = gzip(HTML.getBytes(StandardCharsets.UTF_8));

    Article a = ok(extract("museo.html.gz", gz, null));

    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void truncatedGzipFails() {
    byte[] gz = gzip(HTML.getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);

    assertThat(failure(extract("museo.html.gz", cut, null))).startsWith("truncated gzip");
  }

  @Test
  void emptyInputFails() {
    assertThat(failure(extract("empty.html", new byte[0], null))).isEqualTo("empty input");
  }

  @Test
  void nullBodyIsEmptyInput() {
    assertThat(failure(extract("empty.html", null, null))).isEqualTo("empty input");
  }

  @Test
  void binaryInputFails() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    assertThat(failure(extract("image.html", png, null))).startsWith("not text");
  }

  @Test
  void utf16PageWithByteOrderMarkIsNotBinary() {
    byte[] utf16 = HTML.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[utf16.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bytes, 2, utf16.length);

    Article a = ok(extract("museo.html", bytes, null));

    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void txtPathTakesThePlainTextPathWithFirstLineAsTitle() {
    String txt = "Il museo civico riapre\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n";

    Article a = ok(extract("scraped/museo.txt", txt.getBytes(StandardCharsets.UTF_8), null));

    assertThat(a.title()).isEqualTo("Il museo civico riapre");
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void txtPathIsNotParsedAsHtml() {
    String txt = "Il museo civico riapre\n\n" + P1 + " Si legge <b> nel testo.\n";

    Article a = ok(extract("museo.txt", txt.getBytes(StandardCharsets.UTF_8), null));

    assertThat(a.text()).contains("<b>");
  }

  @Test
  void gzippedTxtPathTakesThePlainTextPath() {
    String txt = "Il museo civico riapre\n\n" + P1 + "\n";

    Article a = ok(extract("museo.txt.gz", gzip(txt.getBytes(StandardCharsets.UTF_8)), null));

    assertThat(a.title()).isEqualTo("Il museo civico riapre");
    assertThat(a.text()).isEqualTo(P1);
  }

  @Test
  void textPlainContentTypeTakesThePlainTextPath() {
    String txt = "Il museo civico riapre\n\n" + P1 + "\n";

    Article a =
        ok(extract(null, txt.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8"));

    assertThat(a.title()).isEqualTo("Il museo civico riapre");
  }

  @Test
  void neverThrows() {
    Random random = new Random(42);
    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    byte[] printableNoise = new byte[4096];
    for (int i = 0; i < printableNoise.length; i++)
      printableNoise[i] = (byte) (32 + random.nextInt(200));
    byte[][] inputs = {
      noise,
      printableNoise,
      {(byte) 0x1f, (byte) 0x8b},
      {(byte) 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3},
      "<".getBytes(StandardCharsets.UTF_8),
      "<html><body><p>".repeat(2000).getBytes(StandardCharsets.UTF_8),
      "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":"
          .getBytes(StandardCharsets.UTF_8),
      {(byte) 0xFF, (byte) 0xFE, 'a'},
    };
    for (byte[] input : inputs) {
      for (String path : new String[] {null, "p.html", "p.txt"}) {
        assertThatCode(
                () -> {
                  Extraction e =
                      extractor.extract(new RawPage(path, null, input, "text/html; charset=bogus"));
                  assertThat(e).isNotNull();
                })
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void reportsEachStageOfAnHtmlPageInOrder() {
    List<ArticleExtractor.Stage> laps = new ArrayList<>();
    Extraction e =
        extractor.extract(
            new RawPage("p.html", URL, HTML.getBytes(StandardCharsets.UTF_8), null), laps::add);
    assertThat(ok(e).text()).contains(P1);
    assertThat(laps).containsExactly(ArticleExtractor.Stage.values());
  }

  @Test
  void reportsDecodeAndContentForPlainText() {
    List<ArticleExtractor.Stage> laps = new ArrayList<>();
    extractor.extract(
        new RawPage("p.txt", URL, (P1 + "\n\n" + P2).getBytes(StandardCharsets.UTF_8), null),
        laps::add);
    assertThat(laps).containsExactly(ArticleExtractor.Stage.DECODE, ArticleExtractor.Stage.CONTENT);
  }

  @Test
  void reportsNoStageAfterAFailure() {
    List<ArticleExtractor.Stage> laps = new ArrayList<>();
    Extraction e = extractor.extract(new RawPage("p.html", URL, new byte[0], null), laps::add);
    assertThat(e).isInstanceOf(Extraction.Failed.class);
    assertThat(laps).isEmpty();
  }
}
