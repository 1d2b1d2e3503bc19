package dev.argus.ingest.archive;

import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.ResponseListener;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The archive of every response fetched: WARC files in a folder, one gzip member per record,
 * rotating at a size limit. Opening it repairs a torn last record left by a crash.
 *
 * <p>Files are named {@code argus-YYYYMMDDHHMMSS-NNNNN.warc.gz} (UTC time the file was started, and
 * a sequence number that orders them) and start with a {@code warcinfo} record. Each exchange
 * becomes a {@code request} record and a {@code response} record that point at each other with
 * WARC-Concurrent-To. The response block holds the decoded body, so its Content-Encoding,
 * Transfer-Encoding and Content-Length headers are renamed to {@code X-Archive-Orig-*} and a
 * Content-Length for the stored body is added: replay tools then read the block as it is.
 *
 * <p>Each exchange is written with one write call and reaches the operating system at once; it
 * reaches the disk at {@link #sync()} (which the pipeline calls at its commit points, as fsync is
 * too slow to do per record) or at rotation and close.
 */
public final class WarcArchive implements Closeable, ResponseListener {

  private static final Pattern FILE_NAME = Pattern.compile("argus-(\\d{14})-(\\d{5,})\\.warc\\.gz");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final byte[] CRLF = {'\r', '\n'};

  private final Path dir;
  private final long rotateBytes;
  private final long recoveredBytes;
  private long nextSequence;
  private FileChannel current;
  private URI currentInfoId;
  private boolean closed;

  private WarcArchive(Path dir, long rotateBytes, long recoveredBytes, long nextSequence) {
    this.dir = dir;
    this.rotateBytes = rotateBytes;
    this.recoveredBytes = recoveredBytes;
    this.nextSequence = nextSequence;
  }

  /**
   * Opens (creating if needed) the archive folder. If the newest file ends in a torn record, it is
   * cut back to its last whole record; writing always continues in a new file.
   */
  public static WarcArchive open(Path dir, long rotateBytes) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = listFiles(dir);
    long recovered = 0;
    long next = 1;
    if (!files.isEmpty()) {
      Path newest = files.get(files.size() - 1);
      next = sequence(newest) + 1;
      recovered = repair(newest);
    }
    return new WarcArchive(dir, rotateBytes, recovered, next);
  }

  /** How many bytes of a torn last record were cut off the newest file when the archive opened. */
  public long recoveredBytes() {
    return recoveredBytes;
  }

  /** Writes the request and response records of one exchange, and flushes them. */
  public synchronized void write(FetchResponse exchange) throws IOException {
    if (closed) throw new IOException("the WARC archive in " + dir + " is closed");
    if (current == null) startFile();
    byte[] records = encode(exchange);
    writeFully(current, records);
    if (current.size() >= rotateBytes) finishFile();
  }

  @Override
  public void onResponse(FetchResponse exchange) {
    try {
      write(exchange);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forces what was written so far to the disk. */
  public synchronized void sync() throws IOException {
    if (current != null) current.force(false);
  }

  /** The archive's WARC files, oldest first. */
  public List<Path> files() throws IOException {
    return listFiles(dir);
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) return;
    closed = true;
    finishFile();
  }

  // --- files

  private static List<Path> listFiles(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
          .sorted(
              Comparator.comparingLong(WarcArchive::sequence)
                  .thenComparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  private static long sequence(Path file) {
    Matcher m = FILE_NAME.matcher(file.getFileName().toString());
    if (!m.matches()) return -1;
    try {
      return Long.parseLong(m.group(2));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Cuts a torn tail off {@code file}; returns the bytes removed. An emptied file is deleted. */
  private static long repair(Path file) throws IOException {
    long removed;
    long kept;
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      kept = GzipMembers.intactLength(channel);
      removed = size - kept;
      if (removed > 0) {
        channel.truncate(kept);
        channel.force(true);
      }
    }
    if (kept == 0) Files.deleteIfExists(file);
    return removed;
  }

  private void startFile() throws IOException {
    Instant now = Instant.now();
    String name =
        String.format(Locale.ROOT, "argus-%s-%05d.warc.gz", STAMP.format(now), nextSequence++);
    current =
        FileChannel.open(
            dir.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("Argus ingest (https://github.com/argus-news/argus)"));
    // jwarc writes WARC/1.0 records, the version every replay and indexing tool reads.
    fields.put("format", List.of("WARC File Format 1.0"));
    fields.put(
        "conformsTo", List.of("http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf"));
    fields.put("robots", List.of("obey"));
    Warcinfo info = new Warcinfo.Builder().date(now).filename(name).fields(fields).build();
    currentInfoId = info.id();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      writer.write(info);
    }
    writeFully(current, out.toByteArray());
  }

  private void finishFile() throws IOException {
    if (current == null) return;
    try {
      current.force(true);
    } finally {
      current.close();
      current = null;
    }
  }

  private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) channel.write(buffer);
  }

  // --- records

  /** Both records of an exchange, each its own gzip member, ready to append in one write. */
  private byte[] encode(FetchResponse exchange) throws IOException {
    byte[] body = exchange.body();
    byte[] responseBlock = responseBlock(exchange);
    byte[] requestBlock = requestBlock(exchange);
    URI requestId = URI.create("urn:uuid:" + UUID.randomUUID());
    URI responseId = URI.create("urn:uuid:" + UUID.randomUUID());
    InetAddress ip = ipAddress(exchange.ipAddress());

    WarcRequest.Builder request =
        new WarcRequest.Builder(exchange.finalUrl())
            .recordId(requestId)
            .date(exchange.fetchedAt())
            .body(MediaType.HTTP_REQUEST, requestBlock)
            .blockDigest(sha1(requestBlock))
            .concurrentTo(responseId);
    WarcResponse.Builder response =
        new WarcResponse.Builder(exchange.finalUrl())
            .recordId(responseId)
            .date(exchange.fetchedAt())
            .body(MediaType.HTTP_RESPONSE, responseBlock)
            .blockDigest(sha1(responseBlock))
            .payloadDigest(sha1(body))
            .concurrentTo(requestId);
    if (currentInfoId != null) {
      request.warcinfoId(currentInfoId);
      response.warcinfoId(currentInfoId);
    }
    if (ip != null) {
      request.ipAddress(ip);
      response.ipAddress(ip);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 4096);
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      writer.write(request.build());
      writer.write(response.build());
    }
    return out.toByteArray();
  }

  private static byte[] requestBlock(FetchResponse exchange) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    URI uri = uri(exchange.finalUrl());
    String target = "/";
    String host = null;
    if (uri != null) {
      target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) target += "?" + uri.getRawQuery();
      host = uri.getRawAuthority();
    }
    line(out, "GET " + target + " HTTP/1.1");
    boolean hasHost = false;
    for (FetchResponse.Header h : exchange.requestHeaders()) {
      hasHost |= h.name().equalsIgnoreCase("Host");
      line(out, h.name() + ": " + clean(h.value()));
    }
    if (!hasHost && host != null) line(out, "Host: " + host);
    out.writeBytes(CRLF);
    return out.toByteArray();
  }

  private static byte[] responseBlock(FetchResponse exchange) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(exchange.body().length + 1024);
    line(out, "HTTP/1.1 " + exchange.status() + " " + reason(exchange.status()));
    for (FetchResponse.Header h : exchange.responseHeaders()) {
      String name = h.name().toLowerCase(Locale.ROOT);
      boolean transport =
          name.equals("content-encoding")
              || name.equals("transfer-encoding")
              || name.equals("content-length");
      // The stored body is decoded: these described the bytes on the wire, not the ones here.
      line(out, (transport ? "X-Archive-Orig-" : "") + h.name() + ": " + clean(h.value()));
    }
    line(out, "Content-Length: " + exchange.body().length);
    out.writeBytes(CRLF);
    out.writeBytes(exchange.body());
    return out.toByteArray();
  }

  private static void line(ByteArrayOutputStream out, String line) {
    // Header bytes are Latin-1 on the wire; UTF-8 would change their length and the digests.
    out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(CRLF);
  }

  /** A line break inside a value would end the header block early when the record is read. */
  private static String clean(String value) {
    return value.replace('\r', ' ').replace('\n', ' ');
  }

  private static URI uri(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static InetAddress ipAddress(String literal) {
    if (literal == null || literal.isBlank()) return null;
    // Only literals reach here (the fetcher records the peer's address), so nothing is resolved.
    boolean v4 = literal.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    boolean v6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]+(%\\w+)?");
    if (!v4 && !v6) return null;
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static WarcDigest sha1(byte[] bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      digest.update(bytes);
      return new WarcDigest(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 203 -> "Non-Authoritative Information";
      case 204 -> "No Content";
      case 206 -> "Partial Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 408 -> "Request Timeout";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 451 -> "Unavailable For Legal Reasons";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Status";
    };
  }
}
