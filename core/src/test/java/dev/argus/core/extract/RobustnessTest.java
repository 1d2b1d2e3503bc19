package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.argus.core.model.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs: each yields an article or an {@link Extraction.Failed} with a clear reason,
 * in bounded time and memory, and no exception escapes {@link ArticleExtractor#extract}.
 *
 * <p>The timeouts are hang guards only (generous, for a loaded CI machine), not speed tests. Memory
 * is bounded by surefire's -Xmx2g and, where it matters, by checking the bytes the extracting
 * thread allocated (a cumulative figure, so an upper bound on what it can have held).
 */
class RobustnessTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final String URL = "https://example.org/news/2024/robust";

  private final ArticleExtractor extractor = ArticleExtractor.withDefaults();

  // ---- size -----------------------------------------------------------------------------------

  @Test
  void twentyMegabyteSingleLinePageIsExtracted() {
    StringBuilder sb = new StringBuilder(21 << 20);
    sb.append("<html><head><title>One long line</title></head><body><article><p>");
    String sentence = "Der Gemeinderat tagte bis spät in die Nacht über den Haushalt. ";
    while (sb.length() < 20 << 20) sb.append(sentence);
    sb.append("</p><p>Das ist das Ende der Sitzung.</p></article></body></html>");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).doesNotContain((byte) '\n');

    Extraction result = extract(extractor, bytes, null, 6L << 30);

    assertThat(result).isInstanceOf(Extraction.Ok.class);
    String text = ((Extraction.Ok) result).article().text();
    assertThat(text).startsWith("Der Gemeinderat").endsWith("Das ist das Ende der Sitzung.");
  }

  /** The size limit, {@link ArticleExtractor.Limits#maxBytes()}: just over it is refused. */
  @Test
  void pageOverTheSizeLimitIsRefusedWithAReason() {
    ArticleExtractor small =
        new ArticleExtractor(new ArticleExtractor.Limits(1 << 20, 512, 200_000));
    byte[] atLimit = page((1 << 20) - 200);
    byte[] overLimit = page((1 << 20) + 1);

    assertThat(extract(small, atLimit, null, 1L << 30)).isInstanceOf(Extraction.Ok.class);
    Extraction result = extract(small, overLimit, null, 1L << 30);
    assertThat(result).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) result).reason()).contains("too large").contains("limit");
  }

  /** The default limit is 32 MiB: a 40 MB page is refused before it is parsed. */
  @Test
  void pageOverTheDefaultSizeLimitIsRefusedCheaply() {
    byte[] big = page(40 << 20);
    Extraction result = extract(extractor, big, null, 256L << 20);
    assertThat(result).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) result).reason()).contains("too large");
  }

  /** The size limit applies after gunzip: a gzip bomb stops at the limit, not at the end. */
  @Test
  void gzipBombIsStoppedAtTheSizeLimit() throws IOException {
    ArticleExtractor small =
        new ArticleExtractor(new ArticleExtractor.Limits(1 << 20, 512, 200_000));
    byte[] bomb = gzip(page(200 << 20)); // 200 MB of markup, a few hundred KB compressed
    assertThat(bomb.length).isLessThan(2 << 20);

    // The instance's own limit (1 MiB) bounds the work, not the 32 MiB default.
    Extraction result = extract(small, bomb, null, 64L << 20);
    assertThat(result).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) result).reason()).contains("too large");

    Extraction withDefaults = extract(extractor, bomb, null, 512L << 20);
    assertThat(withDefaults).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) withDefaults).reason()).contains("too large");
  }

  /** The tag limit, {@link ArticleExtractor.Limits#maxTags()}: one start tag over it is refused. */
  @Test
  void pageWithMoreStartTagsThanTheLimitIsRefusedWithAReason() {
    ArticleExtractor few = new ArticleExtractor(new ArticleExtractor.Limits(1 << 20, 512, 2_000));
    // Each row is one start tag ("</p>" is an end tag, "< 3" no tag at all).
    String row = "<p>x < 3 y z</p>";
    String atLimit = "<html>" + row.repeat(1_999);
    String overLimit = "<html>" + row.repeat(2_000);

    assertThat(extract(few, atLimit.getBytes(StandardCharsets.UTF_8), null, 1L << 30))
        .isInstanceOf(Extraction.Ok.class);
    Extraction result = extract(few, overLimit.getBytes(StandardCharsets.UTF_8), null, 1L << 30);
    assertThat(result).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) result).reason())
        .isEqualTo("too many tags: more than the limit of 2000 start tags");
  }

  /**
   * 30 MB of tiny elements (2.7 million) is under the size limit, but its tree would take over a
   * gigabyte: the default tag limit refuses it before the parser builds anything.
   */
  @Test
  void thirtyMegabytesOfTinyElementsAreRefusedBeforeParsing() {
    StringBuilder sb = new StringBuilder(31 << 20).append("<html><body>");
    while (sb.length() < 30_000_000) sb.append("<span>x</span><b>y</b>");
    Extraction result =
        extract(extractor, sb.toString().getBytes(StandardCharsets.UTF_8), null, 256L << 20);
    assertThat(result).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) result).reason()).startsWith("too many tags");
  }

  // ---- depth ----------------------------------------------------------------------------------

  @Test
  void hundredThousandNestedDivsAreExtracted() {
    String html =
        "<html><body>" + "<div>".repeat(100_000) + "<p>deep text</p>" + "</div>".repeat(100_000);
    Extraction result = extract(extractor, html.getBytes(StandardCharsets.UTF_8), null, 2L << 30);
    assertThat(result).isInstanceOf(Extraction.Ok.class);
    assertThat(((Extraction.Ok) result).article().text()).contains("deep text");
  }

  /**
   * The depth limit, {@link ArticleExtractor.Limits#maxDepth()}: the parsed DOM never gets deeper,
   * so recursive stages downstream cannot overflow the stack.
   */
  @Test
  void parsedDomIsNoDeeperThanTheDepthLimit() {
    ArticleExtractor shallow =
        new ArticleExtractor(new ArticleExtractor.Limits(32 << 20, 64, 200_000));
    String html = "<html><body>" + "<div><span>".repeat(5_000) + "bottom";
    Document doc = shallow.parse(html, URL);
    assertThat(maxDepth(doc)).isLessThanOrEqualTo(64);
    assertThat(doc.text()).contains("bottom");

    Document deflt = extractor.parse("<div>".repeat(100_000), URL);
    assertThat(maxDepth(deflt)).isLessThanOrEqualTo(ArticleExtractor.Limits.DEFAULT.maxDepth());
  }

  @Test
  void deeplyNestedTablesAreExtracted() {
    String html =
        "<html><body>"
            + "<table><tr><td>".repeat(30_000)
            + "cell text"
            + "</td></tr></table>".repeat(30_000);
    Extraction result = extract(extractor, html.getBytes(StandardCharsets.UTF_8), null, 2L << 30);
    assertThat(result).isInstanceOf(Extraction.Ok.class);
    assertThat(((Extraction.Ok) result).article().text()).contains("cell text");
  }

  @Test
  void deeplyNestedListsAreExtracted() {
    String unclosed = "<html><body>" + "<ul><li>".repeat(50_000) + "list item";
    String closed =
        "<html><body>" + "<ol><li>x".repeat(30_000) + "last item" + "</li></ol>".repeat(30_000);
    for (String html : new String[] {unclosed, closed}) {
      Extraction result = extract(extractor, html.getBytes(StandardCharsets.UTF_8), null, 2L << 30);
      assertThat(result).isInstanceOf(Extraction.Ok.class);
      assertThat(((Extraction.Ok) result).article().text()).contains("item");
    }
  }

  /** Unclosed formatting elements drive the HTML5 "reconstruct the active formatting" step. */
  @Test
  void manyUnclosedFormattingElementsFinish() {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < 20_000; i++) sb.append("<b class=c").append(i).append("><i>w ");
    sb.append("<p>para</p>".repeat(200));
    Extraction result =
        extract(extractor, sb.toString().getBytes(StandardCharsets.UTF_8), null, 4L << 30);
    assertThat(result).isNotNull();
  }

  /** JSON-LD nesting is bounded by the parser's nesting limit; the page still extracts. */
  @Test
  void hugelyNestedJsonLdIsSkipped() {
    int n = 100_000;
    String arrays = "[".repeat(n) + "]".repeat(n);
    String objects = "{\"@graph\":".repeat(n) + "{}" + "}".repeat(n);
    String html =
        "<html><head><title>Nested JSON-LD</title>"
            + "<script type=\"application/ld+json\">"
            + arrays
            + "</script><script type=\"application/ld+json\">"
            + objects
            + "</script><script type=\"application/ld+json\">"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Still read\"}"
            + "</script></head><body><p>Body text survives.</p></body></html>";
    Extraction result = extract(extractor, html.getBytes(StandardCharsets.UTF_8), null, 2L << 30);
    assertThat(result).isInstanceOf(Extraction.Ok.class);
    assertThat(((Extraction.Ok) result).article().text()).contains("Body text survives.");
    // The well-formed block after the two nested ones is still read.
    assertThat(((Extraction.Ok) result).article().title()).isEqualTo("Still read");
  }

  // ---- bytes that are not (what they claim to be) -----------------------------------------------

  @Test
  void binaryGarbageIsRefused() {
    byte[] garbage = new byte[1 << 20];
    new Random(42).nextBytes(garbage);
    Extraction result = extract(extractor, garbage, null, 256L << 20);
    assertThat(result).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) result).reason()).contains("binary");
  }

  @Test
  void highBitGarbageWithoutControlBytesEndsCleanly() {
    byte[] garbage = new byte[1 << 20];
    Random r = new Random(7);
    for (int i = 0; i < garbage.length; i++) garbage[i] = (byte) (0x80 + r.nextInt(0x80));
    assertThat(extract(extractor, garbage, "text/html", 512L << 20)).isNotNull();
  }

  @Test
  void emptyFileIsRefused() {
    Extraction result = extract(extractor, new byte[0], null, 16L << 20);
    assertThat(result).isEqualTo(Extraction.failed("empty input"));
  }

  @Test
  void truncatedGzipIsRefused() throws IOException {
    byte[] whole = gzip(page(64 << 10));
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    Extraction result = extract(extractor, truncated, null, 64L << 20);
    assertThat(result).isInstanceOf(Extraction.Failed.class);
    assertThat(((Extraction.Failed) result).reason()).contains("gzip");

    Extraction headerOnly = extract(extractor, Arrays.copyOf(whole, 5), null, 16L << 20);
    assertThat(headerOnly).isInstanceOf(Extraction.Failed.class);
  }

  @Test
  void declaredUtf8ButWindows1252BytesIsDecodedAsWindows1252() {
    String body =
        "Die Straßenbahn fährt künftig öfter: Ab März gilt der neue Fahrplan für Köln. "
            + "Größere Wagen, bessere Anschlüsse – so die Verkehrsbetriebe. ";
    String html =
        "<html><head><meta charset=\"utf-8\"><title>Fahrplan</title></head><body><p>"
            + body.repeat(5)
            + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
    Extraction result = extract(extractor, bytes, null, 64L << 20);
    assertThat(result).isInstanceOf(Extraction.Ok.class);
    assertThat(((Extraction.Ok) result).article().text())
        .contains("Straßenbahn fährt künftig öfter")
        .contains("Anschlüsse – so")
        .doesNotContain("\uFFFD");
  }

  @Test
  void declaredUtf8ButGb2312BytesIsDecodedAsChinese() {
    String body = "中国新闻网北京五月二日电，国家统计局今天发布的数据显示，全国经济运行总体平稳。";
    String html =
        "<html><head><meta charset=\"utf-8\"><title>新闻</title></head><body><p>"
            + body.repeat(4)
            + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("GB2312"));
    Extraction result = extract(extractor, bytes, null, 64L << 20);
    assertThat(result).isInstanceOf(Extraction.Ok.class);
    assertThat(((Extraction.Ok) result).article().text()).contains("国家统计局今天发布的数据显示");
  }

  @Test
  void headerCharsetThatDoesNotExistIsIgnored() {
    byte[] bytes = "<p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
    Extraction result = extract(extractor, bytes, "text/html; charset=x-no-such-thing", 16L << 20);
    assertThat(result).isInstanceOf(Extraction.Ok.class);
    assertThat(((Extraction.Ok) result).article().text()).contains("Grüße");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /**
   * Extracts under the hang guard and checks the extracting thread allocated no more than {@code
   * maxAllocatedBytes} (cumulative allocation, generous; catches blow-ups, not regressions).
   */
  private static Extraction extract(
      ArticleExtractor extractor, byte[] body, String contentType, long maxAllocatedBytes) {
    RawPage page = new RawPage("robust.html", URL, body, contentType);
    long[] allocated = new long[1];
    Extraction result =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () -> {
              long before = allocatedBytes();
              Extraction e = extractor.extract(page);
              allocated[0] = allocatedBytes() - before;
              return e;
            });
    assertThat(result).isNotNull();
    if (result instanceof Extraction.Failed f) assertThat(f.reason()).isNotBlank();
    if (allocated[0] >= 0) assertThat(allocated[0]).isLessThan(maxAllocatedBytes);
    return result;
  }

  private static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported()) {
      return t.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }

  /** A plain article page of at least {@code size} bytes. */
  private static byte[] page(int size) {
    StringBuilder sb = new StringBuilder(size + 64);
    sb.append("<html><head><title>A page</title></head><body><article>");
    while (sb.length() < size - 30) sb.append("<p>Ein Absatz mit Text.</p>\n");
    sb.append("</article></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * The deepest element's depth, counting {@code <html>} as 1 (the Document node is not counted).
   */
  private static int maxDepth(Element root) {
    int max = 0;
    for (Element e : root.getAllElements()) {
      int d = 0;
      for (Element p = e; p != null && !(p instanceof Document); p = p.parent()) d++;
      max = Math.max(max, d);
    }
    return max;
  }
}
