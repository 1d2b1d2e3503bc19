package dev.argus.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesPagesTest {

  @TempDir Path dir;

  private static final String LINES =
      """
      {"url": "https://jl.example/1", "html": "<html><p>Caf\\u00e9 \u00e0 Paris</p></html>"}
      {"url": "https://jl.example/2", "text": "Plain text\\nfrom a scraper"}

      {"url": "https://jl.example/3", "html": "<p>broken"
      [1, 2, 3]
      {"url": "https://jl.example/5", "title": "neither"}
      {"html": "<p>no url</p>"}\r
      """;

  private static List<CapturedPage> readAll(PageReader reader) throws IOException {
    List<CapturedPage> pages = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(pages::add);
    }
    return pages;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void readsHtmlAndTextRowsAndLocatesBadLines() throws Exception {
    Path file = Files.writeString(dir.resolve("pages.jsonl"), LINES, StandardCharsets.UTF_8);
    PageReader reader = JsonLinesPages.open(file);
    List<CapturedPage> pages = readAll(reader);

    assertThat(pages).hasSize(6);
    CapturedPage html = pages.get(0);
    assertThat(html.locator()).isEqualTo(file + ":1");
    assertThat(html.url()).isEqualTo("https://jl.example/1");
    assertThat(html.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(html.body(), StandardCharsets.UTF_8))
        .isEqualTo("<html><p>Café à Paris</p></html>");
    assertThat(html.text()).isNull();

    CapturedPage text = pages.get(1);
    assertThat(text.text()).isEqualTo("Plain text\nfrom a scraper");
    assertThat(text.body()).isNull();
    assertThat(text.locator()).isEqualTo(file + ":2");

    assertThat(pages.get(2).locator()).isEqualTo(file + ":4");
    assertThat(pages.get(2).error()).startsWith("bad JSON");
    assertThat(pages.get(3).locator()).isEqualTo(file + ":5");
    assertThat(pages.get(3).error()).isEqualTo("not a JSON object");
    assertThat(pages.get(4).locator()).isEqualTo(file + ":6");
    assertThat(pages.get(4).url()).isEqualTo("https://jl.example/5");
    assertThat(pages.get(4).error()).contains("neither");
    assertThat(pages.get(5).failed()).isFalse();
    assertThat(pages.get(5).url()).isNull();
    assertThat(pages.get(5).locator()).isEqualTo(file + ":7");

    assertThat(reader.stats())
        .isEqualTo(new ReadStats(7, 3, 3, java.util.Map.of("blank line", 1L)));
  }

  @Test
  void readsGzipFilesByTheirMagicBytes() throws Exception {
    Path file =
        Files.write(dir.resolve("pages.jsonl.gz"), gzip(LINES.getBytes(StandardCharsets.UTF_8)));
    List<CapturedPage> pages = readAll(JsonLinesPages.open(file));
    assertThat(pages).hasSize(6);
    assertThat(pages.get(0).url()).isEqualTo("https://jl.example/1");
    assertThat(pages.get(0).locator()).isEqualTo(file + ":1");
  }

  @Test
  void aLineOverTheLimitIsAFailureAndTheNextLineIsRead() throws Exception {
    String lines =
        "{\"url\":\"https://jl.example/big\",\"html\":\""
            + "x".repeat(5000)
            + "\"}\n{\"url\":\"https://jl.example/ok\",\"text\":\"fine\"}\n";
    Path file = Files.writeString(dir.resolve("big.jsonl"), lines);
    List<CapturedPage> pages = readAll(JsonLinesPages.open(file, 1000));
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).error()).isEqualTo("line longer than 1000 bytes");
    assertThat(pages.get(0).locator()).isEqualTo(file + ":1");
    assertThat(pages.get(1).text()).isEqualTo("fine");
    assertThat(pages.get(1).locator()).isEqualTo(file + ":2");
  }

  @Test
  void longLinesAcrossReadBuffersStayWhole() throws Exception {
    String html = "<p>" + "long line ".repeat(30_000) + "</p>";
    String lines =
        "{\"url\":\"https://jl.example/long\",\"html\":\""
            + html
            + "\"}\r\n"
            + "{\"url\":\"https://jl.example/last\",\"text\":\"no newline at the end\"}";
    Path file = Files.writeString(dir.resolve("long.jsonl"), lines);
    List<CapturedPage> pages = readAll(JsonLinesPages.open(file));
    assertThat(pages).hasSize(2);
    assertThat(new String(pages.get(0).body(), StandardCharsets.UTF_8)).isEqualTo(html);
    assertThat(pages.get(1).text()).isEqualTo("no newline at the end");
  }

  @Test
  void aTruncatedGzipFileEndsWithAFailure() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      lines
          .append("{\"url\":\"https://jl.example/")
          .append(i)
          .append("\",\"text\":\"row ")
          .append(i)
          .append(" ")
          .append(Integer.toHexString(i * 7919))
          .append("\"}\n");
    }
    byte[] zipped = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    Path file =
        Files.write(dir.resolve("torn.jsonl.gz"), Arrays.copyOf(zipped, zipped.length - 20));
    List<CapturedPage> pages = readAll(JsonLinesPages.open(file));
    assertThat(pages).isNotEmpty();
    CapturedPage last = pages.get(pages.size() - 1);
    assertThat(last.failed()).isTrue();
    assertThat(last.error()).contains("truncated or corrupt");
    assertThat(pages.subList(0, pages.size() - 1))
        .allSatisfy(p -> assertThat(p.failed()).isFalse());
  }

  @Test
  void aByteOrderMarkOnTheFirstLineIsIgnored() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] line =
        "{\"url\":\"https://jl.example/b\",\"text\":\"t\"}".getBytes(StandardCharsets.UTF_8);
    byte[] data = new byte[bom.length + line.length];
    System.arraycopy(bom, 0, data, 0, 3);
    System.arraycopy(line, 0, data, 3, line.length);
    Path file = Files.write(dir.resolve("bom.jsonl"), data);
    assertThat(readAll(JsonLinesPages.open(file)))
        .singleElement()
        .satisfies(p -> assertThat(p.text()).isEqualTo("t"));
  }
}
