package dev.argus.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.FetchResponse.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

class WarcArchiveTest {

  @TempDir Path dir;

  private static final Instant AT = Instant.parse("2026-11-26T03:00:00Z");

  private static FetchResponse exchange(String path, String body) {
    return new FetchResponse(
        "https://news.example" + path,
        "https://news.example" + path,
        List.of(),
        200,
        List.of(
            new Header("Host", "news.example"),
            new Header("User-Agent", "ArgusTest/1.0"),
            new Header("Accept-Encoding", "gzip, deflate, br")),
        List.of(
            new Header("Content-Type", "text/html; charset=utf-8"),
            new Header("Content-Encoding", "gzip"),
            new Header("Content-Length", "31"),
            new Header("ETag", "\"abc\"")),
        body.getBytes(StandardCharsets.UTF_8),
        AT,
        "93.184.216.34");
  }

  /**
   * What a test needs of one record, read while jwarc is positioned on it (a record's body can be
   * read only once, and not after the reader moves on).
   */
  record Read(
      WarcRecord record,
      String type,
      Optional<String> target,
      Optional<WarcDigest> payloadDigest,
      List<URI> concurrentTo,
      Optional<String> ip,
      MessageHeaders httpHeaders,
      String httpLine,
      byte[] httpBody) {}

  /** Every record of a file, read back with jwarc, checking each block digest on the way. */
  private static List<Read> readAll(Path file) throws IOException {
    List<Read> records = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      reader.calculateBlockDigest();
      for (WarcRecord record : reader) {
        MessageHeaders headers = null;
        String line = null;
        byte[] body = null;
        if (record instanceof WarcResponse response) {
          HttpResponse http = response.http();
          headers = http.headers();
          line = http.status() + " " + http.reason();
          body = http.body().stream().readAllBytes();
        } else if (record instanceof WarcRequest request) {
          HttpRequest http = request.http();
          headers = http.headers();
          line = http.method() + " " + http.target();
          body = http.body().stream().readAllBytes();
        } else {
          record.body().stream().readAllBytes();
        }
        assertThat(record.calculatedBlockDigest()).isEqualTo(record.blockDigest());
        boolean capture = record instanceof WarcCaptureRecord;
        records.add(
            new Read(
                record,
                record.type(),
                capture ? Optional.of(((WarcCaptureRecord) record).target()) : Optional.empty(),
                capture ? ((WarcCaptureRecord) record).payloadDigest() : Optional.empty(),
                capture ? ((WarcCaptureRecord) record).concurrentTo() : List.of(),
                capture
                    ? ((WarcCaptureRecord) record).ipAddress().map(InetAddress::getHostAddress)
                    : Optional.empty(),
                headers,
                line,
                body));
      }
    }
    return records;
  }

  private static WarcDigest sha1(byte[] bytes) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-1");
    digest.update(bytes);
    return new WarcDigest(digest);
  }

  @Test
  void writesLinkedRequestAndResponseRecordsThatJwarcReads() throws Exception {
    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      archive.write(exchange("/a", "<html>first</html>"));
      archive.write(exchange("/b", "<html>second</html>"));
    }

    List<Path> files = Files.list(dir).toList();
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getFileName().toString()).matches("argus-\\d{14}-00001\\.warc\\.gz");
    List<Read> records = readAll(files.get(0));
    assertThat(records)
        .extracting(Read::type)
        .containsExactly("warcinfo", "request", "response", "request", "response");

    Read request = records.get(1);
    Read response = records.get(2);
    assertThat(response.target()).hasValue("https://news.example/a");
    assertThat(response.record().date()).isEqualTo(AT);
    assertThat(response.ip()).hasValue("93.184.216.34");
    assertThat(request.concurrentTo()).containsExactly(response.record().id());
    assertThat(response.concurrentTo()).containsExactly(request.record().id());
    assertThat(request.httpLine()).isEqualTo("GET /a");
    assertThat(request.httpHeaders().first("User-Agent")).hasValue("ArgusTest/1.0");

    byte[] body = response.httpBody();
    assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("<html>first</html>");
    assertThat(response.httpLine()).isEqualTo("200 OK");
    assertThat(response.httpHeaders().first("Content-Encoding")).isEmpty();
    assertThat(response.httpHeaders().first("X-Archive-Orig-Content-Encoding")).hasValue("gzip");
    assertThat(response.httpHeaders().all("Content-Length"))
        .containsExactly(String.valueOf(body.length));
    assertThat(response.payloadDigest()).hasValue(sha1(body));
    assertThat(response.payloadDigest().get().toString()).startsWith("sha1:");
    assertThat(response.record().blockDigest()).isPresent();
    assertThat(((WarcCaptureRecord) response.record()).warcinfoID())
        .hasValue(records.get(0).record().id());
  }

  @Test
  void everyRecordIsItsOwnGzipMember() throws Exception {
    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      archive.write(exchange("/a", "one"));
      archive.write(exchange("/b", "two"));
    }
    Path file = archive(dir).get(0);
    byte[] bytes = Files.readAllBytes(file);

    try (WarcReader reader = new WarcReader(file)) {
      List<Long> starts = new ArrayList<>();
      for (WarcRecord record : reader) starts.add(reader.position());
      assertThat(starts).hasSize(5).doesNotHaveDuplicates();
      for (long start : starts) {
        assertThat(bytes[(int) start]).isEqualTo((byte) 0x1f);
        assertThat(bytes[(int) start + 1]).isEqualTo((byte) 0x8b);
      }
    }
  }

  @Test
  void rotatesPastTheSizeAndStartsEachFileWithWarcinfo() throws Exception {
    WarcArchive archive = WarcArchive.open(dir, 1); // every exchange fills a file
    try (archive) {
      for (int i = 0; i < 3; i++) archive.write(exchange("/" + i, "page " + i));
    }

    List<Path> files = archive.files();
    assertThat(files).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(files.get(i).getFileName().toString()).endsWith("-0000" + (i + 1) + ".warc.gz");
      List<Read> records = readAll(files.get(i));
      assertThat(records).extracting(Read::type).containsExactly("warcinfo", "request", "response");
      assertThat(records.get(2).target()).hasValue("https://news.example/" + i);
      assertThat(((WarcCaptureRecord) records.get(2).record()).warcinfoID())
          .hasValue(records.get(0).record().id());
    }
  }

  @Test
  void aTruncatedLastRecordIsCutOffOnOpenAndWritingGoesOnInANewFile() throws Exception {
    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      archive.write(exchange("/a", "one"));
      archive.write(exchange("/b", "two"));
    }
    Path file = archive(dir).get(0);
    long whole = Files.size(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(whole - 20); // a crash in the middle of the last response record
    }

    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      assertThat(archive.recoveredBytes()).isPositive();
      archive.write(exchange("/c", "three"));
      assertThat(archive.files()).hasSize(2).startsWith(file);
    }

    assertThat(readAll(file))
        .extracting(Read::type)
        .containsExactly("warcinfo", "request", "response", "request");
    assertThat(readAll(archive(dir).get(1)))
        .extracting(Read::type)
        .containsExactly("warcinfo", "request", "response");
  }

  @Test
  void halfAGzipMemberAppendedIsCutOff() throws Exception {
    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      archive.write(exchange("/a", "one"));
    }
    Path file = archive(dir).get(0);
    long intact = Files.size(file);
    byte[] member = gzip("WARC/1.1\r\nWARC-Type: response\r\n" + "x".repeat(500));
    byte[] half = Arrays.copyOf(member, member.length / 2);
    Files.write(file, half, StandardOpenOption.APPEND);

    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      assertThat(archive.recoveredBytes()).isEqualTo(half.length);
    }

    assertThat(Files.size(file)).isEqualTo(intact);
    assertThat(readAll(file)).hasSize(3);
  }

  @Test
  void anIntactArchiveIsLeftAlone() throws Exception {
    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      archive.write(exchange("/a", "one"));
    }
    long size = Files.size(archive(dir).get(0));

    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30)) {
      assertThat(archive.recoveredBytes()).isZero();
    }
    assertThat(Files.size(archive(dir).get(0))).isEqualTo(size);
  }

  @Test
  void concurrentWritersProduceWholeRecords() throws Exception {
    try (WarcArchive archive = WarcArchive.open(dir, 1L << 30);
        ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (int i = 0; i < 40; i++) {
        int n = i;
        pool.submit(() -> archive.onResponse(exchange("/" + n, "body " + n)));
      }
      pool.shutdown();
      pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
      archive.sync();
    }

    List<Read> records = readAll(archive(dir).get(0));
    assertThat(records).hasSize(1 + 80);
    assertThat(records).filteredOn(r -> r.target().isPresent()).hasSize(80);
  }

  @Test
  void writingAfterCloseFails() throws Exception {
    WarcArchive archive = WarcArchive.open(dir, 1L << 30);
    archive.close();

    assertThatThrownBy(() -> archive.write(exchange("/a", "x"))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> archive.onResponse(exchange("/a", "x")))
        .isInstanceOf(UncheckedIOException.class);
  }

  /** The files in the folder by name, without opening (and so repairing) the archive. */
  private static List<Path> archive(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }
}
