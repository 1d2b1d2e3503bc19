package dev.argus.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcPagesTest {

  @TempDir Path dir;

  private static final Instant DATE = Instant.parse("2025-11-03T10:15:30Z");

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** An HTTP response as it travels on the wire: status line, headers, blank line, payload. */
  private static byte[] http(String statusLine, List<String> headers, byte[] payload) {
    StringBuilder head = new StringBuilder(statusLine).append("\r\n");
    for (String h : headers) {
      head.append(h).append("\r\n");
    }
    head.append("\r\n");
    return concat(bytes(head.toString()), payload);
  }

  private static byte[] html200(String html) {
    byte[] body = bytes(html);
    return http(
        "HTTP/1.1 200 OK",
        List.of("Content-Type: text/html; charset=utf-8", "Content-Length: " + body.length),
        body);
  }

  private static WarcResponse response(String url, byte[] httpBytes) {
    return new WarcResponse.Builder(URI.create(url))
        .date(DATE)
        .body(MediaType.HTTP_RESPONSE, httpBytes)
        .build();
  }

  private Path write(String name, WarcCompression compression, WarcRecord... records)
      throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      for (WarcRecord r : records) {
        writer.write(r);
      }
    }
    return file;
  }

  /** One of each: what is yielded and what is skipped. */
  private WarcRecord[] mixedRecords() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    return new WarcRecord[] {
      new Warcinfo.Builder().date(DATE).fields(Map.of("software", List.of("argus-test"))).build(),
      new WarcRequest.Builder(URI.create("https://news.example/a"))
          .date(DATE)
          .body(MediaType.HTTP_REQUEST, bytes("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"))
          .build(),
      response("https://news.example/a", html200("<html><title>A</title><p>Alpha</p></html>")),
      response(
          "https://news.example/logo.png",
          http(
              "HTTP/1.1 200 OK",
              List.of("Content-Type: image/png", "Content-Length: " + png.length),
              png)),
      response(
          "https://news.example/gone",
          http("HTTP/1.1 404 Not Found", List.of("Content-Type: text/html"), bytes("<p>no</p>"))),
      response(
          "https://news.example/untyped",
          http("HTTP/1.1 200 OK", List.of("Content-Length: 9"), bytes("<p>hm</p>"))),
      response(
          "https://news.example/x",
          http(
              "HTTP/1.1 200 OK",
              List.of("Content-Type: application/xhtml+xml"),
              bytes("<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>X</p></html>"))),
      new WarcResponse.Builder(URI.create("dns:news.example"))
          .date(DATE)
          .body(
              MediaType.parse("text/dns"),
              bytes("20251103101530\nnews.example. 300 IN A 192.0.2.1\n"))
          .build(),
    };
  }

  private static List<CapturedPage> readAll(PageReader reader) throws IOException {
    List<CapturedPage> pages = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(pages::add);
    }
    return pages;
  }

  @Test
  void yieldsHtmlResponsesAndCountsWhatItSkips() throws Exception {
    Path file = write("mixed.warc", WarcCompression.NONE, mixedRecords());
    PageReader reader = WarcPages.open(file);
    List<CapturedPage> pages = readAll(reader);

    assertThat(pages)
        .extracting(CapturedPage::url)
        .containsExactly(
            "https://news.example/a", "https://news.example/untyped", "https://news.example/x");
    CapturedPage a = pages.get(0);
    assertThat(a.failed()).isFalse();
    assertThat(a.capturedAt()).isEqualTo(DATE);
    assertThat(a.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(a.body(), StandardCharsets.UTF_8))
        .isEqualTo("<html><title>A</title><p>Alpha</p></html>");
    assertThat(a.text()).isNull();
    assertThat(pages.get(1).contentType()).isNull();

    ReadStats stats = reader.stats();
    assertThat(stats.records()).isEqualTo(8);
    assertThat(stats.pages()).isEqualTo(3);
    assertThat(stats.failures()).isZero();
    assertThat(stats.skipped())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "record type warcinfo", 1L,
                "record type request", 1L,
                "content type image/png", 1L,
                "status 404", 1L,
                "target scheme dns", 1L));
    assertThat(stats.records()).isEqualTo(stats.pages() + stats.failures() + stats.skippedTotal());
  }

  @Test
  void locatorsPointBackAtTheirRecordsInPlainAndGzipFiles() throws Exception {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path file =
          write(
              "loc-" + compression + ".warc" + (compression == WarcCompression.GZIP ? ".gz" : ""),
              compression,
              mixedRecords());
      List<CapturedPage> pages = readAll(WarcPages.open(file));
      assertThat(pages).hasSize(3);
      for (CapturedPage page : pages) {
        assertThat(page.locator()).startsWith(file + "@");
        long offset = offset(page);
        try (WarcReader again = new WarcReader(FileChannel.open(file))) {
          again.position(offset);
          WarcRecord record = again.next().orElseThrow();
          assertThat(((WarcTargetRecord) record).target()).isEqualTo(page.url());
        }
      }
    }
  }

  @Test
  void undoesChunkedTransferAndGzipContentEncoding() throws Exception {
    byte[] html = bytes("<html><p>Zipped and chunked</p></html>");
    byte[] zipped = gzip(html);
    int half = zipped.length / 2;
    byte[] chunked =
        concat(
            bytes(Integer.toHexString(half) + "\r\n"),
            Arrays.copyOfRange(zipped, 0, half),
            bytes("\r\n" + Integer.toHexString(zipped.length - half) + "\r\n"),
            Arrays.copyOfRange(zipped, half, zipped.length),
            bytes("\r\n0\r\n\r\n"));
    byte[] wire =
        http(
            "HTTP/1.1 200 OK",
            List.of(
                "Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"),
            chunked);
    Path file =
        write("cc-news.warc.gz", WarcCompression.GZIP, response("https://cc.example/z", wire));
    List<CapturedPage> pages = readAll(WarcPages.open(file));
    assertThat(pages).singleElement().satisfies(p -> assertThat(p.body()).isEqualTo(html));
  }

  @Test
  void takesDecodedBodiesAsTheyAre() throws Exception {
    byte[] html = bytes("<html><p>Already decoded</p></html>");
    Path file =
        write(
            "argus.warc.gz",
            WarcCompression.GZIP,
            // Argus's own archive: decoded body, Content-Encoding removed
            response(
                "https://own.example/1",
                http("HTTP/1.1 200 OK", List.of("Content-Type: text/html"), html)),
            // a writer that decoded the body but kept the header
            response(
                "https://own.example/2",
                http(
                    "HTTP/1.1 200 OK",
                    List.of("Content-Type: text/html", "Content-Encoding: gzip"),
                    html)),
            // deflate without the zlib wrapper, as many servers send it
            response(
                "https://own.example/3",
                http(
                    "HTTP/1.1 200 OK",
                    List.of("Content-Type: text/html", "Content-Encoding: deflate"),
                    rawDeflate(html))));
    List<CapturedPage> pages = readAll(WarcPages.open(file));
    assertThat(pages).hasSize(3).allSatisfy(p -> assertThat(p.body()).isEqualTo(html));
  }

  @Test
  void aRecordTruncatedByTheCrawlerKeepsWhatCanBeDecoded() throws Exception {
    // random words, so that half of the gzip stream still decodes to a good part of the page
    java.util.Random random = new java.util.Random(7);
    StringBuilder html = new StringBuilder("<html><p>");
    for (int i = 0; i < 3000; i++) {
      html.append(Long.toHexString(random.nextLong())).append(' ');
    }
    byte[] full = bytes(html.append("</p></html>").toString());
    byte[] zipped = gzip(full);
    byte[] cut = Arrays.copyOf(zipped, zipped.length / 2);
    WarcResponse truncated =
        new WarcResponse.Builder(URI.create("https://cut.example/long"))
            .date(DATE)
            .truncated(org.netpreserve.jwarc.WarcTruncationReason.LENGTH)
            .body(
                MediaType.HTTP_RESPONSE,
                http(
                    "HTTP/1.1 200 OK",
                    List.of("Content-Type: text/html", "Content-Encoding: gzip"),
                    cut))
            .build();
    Path file = write("cut.warc.gz", WarcCompression.GZIP, truncated);
    List<CapturedPage> pages = readAll(WarcPages.open(file));
    assertThat(pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.failed()).isFalse();
              assertThat(p.body().length).isGreaterThan(1000).isLessThan(full.length);
              assertThat(full).startsWith(p.body());
            });
  }

  private static byte[] rawDeflate(byte[] data) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
    deflater.setInput(data);
    deflater.finish();
    byte[] out = new byte[data.length + 64];
    int n = deflater.deflate(out);
    deflater.end();
    return Arrays.copyOf(out, n);
  }

  @Test
  void anUnparseableHttpPartIsAFailureAndReadingGoesOn() throws Exception {
    Path file =
        write(
            "bad-http.warc",
            WarcCompression.NONE,
            response("https://bad.example/1", bytes("this is not an HTTP response at all\r\n\r\n")),
            response("https://bad.example/2", html200("<p>fine</p>")));
    PageReader reader = WarcPages.open(file);
    List<CapturedPage> pages = readAll(reader);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).failed()).isTrue();
    assertThat(pages.get(0).url()).isEqualTo("https://bad.example/1");
    assertThat(pages.get(0).locator()).isEqualTo(file + "@0");
    assertThat(pages.get(0).error()).contains("unparseable HTTP response");
    assertThat(pages.get(1).failed()).isFalse();
    assertThat(reader.stats().failures()).isEqualTo(1);
  }

  @Test
  void bodiesOverTheLimitAreFailuresNeverLoaded() throws Exception {
    byte[] big = bytes("<p>" + "x".repeat(5000) + "</p>");
    byte[] bomb = gzip(bytes("<p>" + " ".repeat(200_000) + "</p>"));
    Path file =
        write(
            "big.warc.gz",
            WarcCompression.GZIP,
            response("https://big.example/raw", html200(new String(big, StandardCharsets.UTF_8))),
            response(
                "https://big.example/bomb",
                http(
                    "HTTP/1.1 200 OK",
                    List.of("Content-Type: text/html", "Content-Encoding: gzip"),
                    bomb)),
            response("https://big.example/small", html200("<p>small</p>")));
    assertThat(bomb.length).isLessThan(1000);
    List<CapturedPage> pages = readAll(WarcPages.open(file, 1000));
    assertThat(pages).extracting(CapturedPage::failed).containsExactly(true, true, false);
    assertThat(pages.get(0).error()).contains("larger than 1000 bytes");
    assertThat(pages.get(1).error()).contains("larger than 1000 bytes");
    assertThat(pages.get(2).url()).isEqualTo("https://big.example/small");
  }

  @Test
  void aTruncatedGzipFileEndsWithAFailureNotAnException() throws Exception {
    Path whole =
        write(
            "whole.warc.gz",
            WarcCompression.GZIP,
            response("https://t.example/1", html200("<p>one</p>")),
            response("https://t.example/2", html200("<p>two</p>")),
            response("https://t.example/3", html200("<p>three " + "y".repeat(4000) + "</p>")));
    byte[] all = Files.readAllBytes(whole);
    Path torn = Files.write(dir.resolve("torn.warc.gz"), Arrays.copyOf(all, all.length - 200));
    PageReader reader = WarcPages.open(torn);
    List<CapturedPage> pages = readAll(reader);
    assertThat(pages.subList(0, 2))
        .extracting(CapturedPage::url)
        .containsExactly("https://t.example/1", "https://t.example/2");
    assertThat(pages.subList(2, pages.size()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.failed()).isTrue());
    assertThat(reader.stats().failures()).isEqualTo(pages.size() - 2);
    // the failure points past the last good record, at the torn one
    assertThat(offset(pages.get(2))).isGreaterThan(offset(pages.get(1)));
  }

  private static long offset(CapturedPage page) {
    return Long.parseLong(page.locator().substring(page.locator().lastIndexOf('@') + 1));
  }

  @Test
  void aTruncatedPlainFileEndsWithAFailureNotAnException() throws Exception {
    Path whole =
        write(
            "whole.warc",
            WarcCompression.NONE,
            response("https://t.example/1", html200("<p>one</p>")),
            response("https://t.example/2", html200("<p>two " + "z".repeat(4000) + "</p>")));
    byte[] all = Files.readAllBytes(whole);
    Path torn = Files.write(dir.resolve("torn.warc"), Arrays.copyOf(all, all.length - 1000));
    List<CapturedPage> pages = readAll(WarcPages.open(torn));
    assertThat(pages.get(0).url()).isEqualTo("https://t.example/1");
    assertThat(pages.get(0).failed()).isFalse();
    assertThat(pages.subList(1, pages.size()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.failed()).isTrue());
  }

  @Test
  void readsArcFiles() throws Exception {
    String html = "<html><title>Old</title><p>From an ARC file</p></html>";
    String httpPart =
        "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + html.length()
            + "\r\n\r\n"
            + html;
    String image = "HTTP/1.0 200 OK\r\nContent-Type: image/gif\r\n\r\nGIF89a";
    String versionBlock =
        "1 0 Argus test\nURL IP-address Archive-date Content-type Archive-length\n";
    String arc =
        "filedesc://old.arc 0.0.0.0 20051103101530 text/plain "
            + versionBlock.length()
            + "\n"
            + versionBlock
            + "\n"
            + "http://old.example/story 192.0.2.7 20051103101531 text/html "
            + httpPart.length()
            + "\n"
            + httpPart
            + "\n"
            + "http://old.example/pic.gif 192.0.2.7 20051103101532 image/gif "
            + image.length()
            + "\n"
            + image
            + "\n";
    Path plain = Files.write(dir.resolve("old.arc"), arc.getBytes(StandardCharsets.ISO_8859_1));
    Path zipped =
        Files.write(dir.resolve("old.arc.gz"), gzip(arc.getBytes(StandardCharsets.ISO_8859_1)));
    for (Path file : List.of(plain, zipped)) {
      PageReader reader = WarcPages.open(file);
      List<CapturedPage> pages = readAll(reader);
      assertThat(pages)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.url()).isEqualTo("http://old.example/story");
                assertThat(p.capturedAt()).isEqualTo(Instant.parse("2005-11-03T10:15:31Z"));
                assertThat(new String(p.body(), StandardCharsets.ISO_8859_1)).isEqualTo(html);
              });
      assertThat(reader.stats().skipped())
          .containsEntry("content type image/gif", 1L)
          .containsEntry("record type warcinfo", 1L);
    }
  }

  @Test
  void streamsFiveThousandRecords() throws Exception {
    Path file = dir.resolve("many.warc.gz");
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      for (int i = 0; i < 5000; i++) {
        writer.write(response("https://many.example/" + i, html200("<p>page " + i + "</p>")));
      }
    }
    PageReader reader = WarcPages.open(file);
    long count = 0;
    long bodyBytes = 0;
    try (reader) {
      while (reader.hasNext()) {
        CapturedPage page = reader.next();
        assertThat(page.failed()).isFalse();
        assertThat(page.url()).isEqualTo("https://many.example/" + count);
        bodyBytes += page.body().length;
        count++;
      }
    }
    assertThat(count).isEqualTo(5000);
    assertThat(bodyBytes).isGreaterThan(5000L * 10);
    assertThat(reader.stats().pages()).isEqualTo(5000);
  }

  @Test
  void aFileWhoseOnlyRecordIsTornYieldsOneFailure() throws Exception {
    Path whole =
        write(
            "one.warc.gz",
            WarcCompression.GZIP,
            response("https://t.example/only", html200("<p>" + "w".repeat(4000) + "</p>")));
    byte[] all = Files.readAllBytes(whole);
    Path torn = Files.write(dir.resolve("one-torn.warc.gz"), Arrays.copyOf(all, all.length / 2));
    PageReader reader = WarcPages.open(torn);
    List<CapturedPage> pages = readAll(reader);
    assertThat(pages).singleElement().satisfies(p -> assertThat(p.failed()).isTrue());
    assertThat(reader.stats().failures()).isEqualTo(1);
  }

  @Test
  void aFileThatIsNotWarcFailsToOpen() throws Exception {
    Path file = Files.write(dir.resolve("notes.txt"), bytes("just some notes\nnothing more\n"));
    assertThatThrownBy(() -> WarcPages.open(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a readable WARC or ARC file");
  }

  @Test
  void anEmptyFileHasNoPages() throws Exception {
    Path file = Files.write(dir.resolve("empty.warc"), new byte[0]);
    PageReader reader = WarcPages.open(file);
    assertThat(readAll(reader)).isEmpty();
    assertThat(reader.stats()).isEqualTo(new ReadStats(0, 0, 0, Map.of()));
  }
}
