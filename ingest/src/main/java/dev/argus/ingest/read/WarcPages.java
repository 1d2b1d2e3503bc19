package dev.argus.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTML responses of a WARC or ARC file (plain or gzip, multi-member) with jwarc.
 *
 * <p>Yields the {@code response} records of http(s) URLs with status 200 and an HTML content type
 * ({@code text/html}, {@code application/xhtml+xml}, or none). Every other record is skipped and
 * counted in {@link PageReader#stats()} by reason: {@code record type request}, {@code status 404},
 * {@code content type image/png}, {@code target scheme dns}. Records truncated by the crawler
 * ({@code WARC-Truncated}) are still yielded: their beginning usually holds the article.
 *
 * <p>The body is the HTTP payload with its Transfer-Encoding (chunked) and Content-Encoding (gzip,
 * deflate, br) undone, so it works both for CC-NEWS, which keeps the original encoding, and for
 * Argus's own archive, which stores decoded bodies without the header. A body whose
 * Content-Encoding cannot be undone but is already markup is taken as it is.
 *
 * <p>Failures, which reading survives: an HTTP part that cannot be parsed, a body larger than the
 * limit (raw or decoded; it is never held whole), an encoding that cannot be undone. A torn or
 * corrupt record (a truncated gzip member at the end of a file being written) ends the file with
 * one failure.
 */
public final class WarcPages {
  private WarcPages() {}

  /** The default per-record body limit: 10 MB, far above any article page. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L << 20;

  public static PageReader open(Path file) throws IOException {
    return open(file, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Opens a WARC or ARC file with a per-record body limit.
   *
   * @throws IOException when the file cannot be opened or does not start as a WARC or ARC file
   */
  public static PageReader open(Path file, long maxBodyBytes) throws IOException {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    WarcReader reader = new WarcReader(file);
    Reader pages = new Reader(file.toString(), reader, maxBodyBytes);
    try {
      reader.setLenient(true);
      pages.pending = reader.next().orElse(null);
    } catch (IOException | RuntimeException e) {
      if (!startsLikeWarcOrArc(file)) {
        reader.close();
        throw new IOException(
            file + " is not a readable WARC or ARC file: " + StreamingReader.message(e), e);
      }
      // A WARC whose only record is torn (a file still being written): a failure, not an error.
      pages.pendingFailure =
          CapturedPage.failed(file + "@0", null, Reader.TORN + StreamingReader.message(e));
    }
    return pages;
  }

  /** Whether the file (decompressed when gzip) starts with a WARC or ARC header line. */
  static boolean startsLikeWarcOrArc(Path file) {
    byte[] head;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(2);
      boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
      in.reset();
      InputStream plain = gzip ? new GZIPInputStream(in) : in;
      head = plain.readNBytes(16);
    } catch (IOException e) {
      return false;
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
    return start.startsWith("WARC/") || start.startsWith("filedesc://");
  }

  private static final class Reader extends StreamingReader {
    private final String name;
    private final WarcReader reader;
    private final long maxBodyBytes;
    private WarcRecord pending;
    private CapturedPage pendingFailure;
    private boolean started;
    private boolean finished;
    private long lastPosition = -1;

    static final String TORN = "unreadable record, rest of file skipped (truncated or corrupt): ";

    Reader(String name, WarcReader reader, long maxBodyBytes) {
      this.name = name;
      this.reader = reader;
      this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    CapturedPage readNext() {
      if (pendingFailure != null) {
        finished = true;
        countRecord();
        CapturedPage failure = pendingFailure;
        pendingFailure = null;
        return failure;
      }
      while (!finished) {
        WarcRecord record;
        if (!started) {
          started = true;
          record = pending;
          pending = null;
        } else {
          long at = reader.position();
          try {
            record = reader.next().orElse(null);
          } catch (IOException | RuntimeException e) {
            finished = true;
            countRecord();
            // jwarc has moved to the torn record's start by the time it fails inside it
            long after = reader.position();
            return CapturedPage.failed(
                name + "@" + (after > lastPosition ? after : at), null, TORN + message(e));
          }
        }
        if (record == null) {
          finished = true;
          return null;
        }
        countRecord();
        lastPosition = record.position();
        CapturedPage page = page(record);
        if (page != null) {
          return page;
        }
      }
      return null;
    }

    /** The page of one record, a failure, or null when the record is skipped. */
    private CapturedPage page(WarcRecord record) {
      if (!(record instanceof WarcResponse response)) {
        skip("record type " + record.type());
        return null;
      }
      String locator = name + "@" + record.position();
      String url = response.target();
      String scheme = scheme(url);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        skip("target scheme " + (scheme.isEmpty() ? "none" : scheme));
        return null;
      }
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException | RuntimeException e) {
        return CapturedPage.failed(locator, url, "unparseable HTTP response: " + message(e));
      }
      if (http.status() != 200) {
        skip("status " + http.status());
        return null;
      }
      String contentType = http.headers().first("Content-Type").map(String::strip).orElse(null);
      String mediaType = mediaType(contentType);
      if (!mediaType.isEmpty()
          && !mediaType.equals("text/html")
          && !mediaType.equals("application/xhtml+xml")) {
        skip("content type " + Links.shorten(mediaType));
        return null;
      }
      byte[] body;
      try {
        byte[] raw = Bodies.readAtMost(http.body().stream(), maxBodyBytes);
        body =
            ContentDecoding.decode(
                raw,
                ContentDecoding.encodings(http.headers().all("Content-Encoding")),
                maxBodyBytes);
      } catch (Bodies.TooLargeException e) {
        return CapturedPage.failed(locator, url, "HTTP body " + e.getMessage());
      } catch (IOException | RuntimeException e) {
        return CapturedPage.failed(locator, url, "unreadable HTTP body: " + message(e));
      }
      return new CapturedPage(locator, url, date(record), contentType, body, null, null);
    }

    private static Instant date(WarcRecord record) {
      try {
        return record.date();
      } catch (RuntimeException e) {
        return null; // a missing or malformed WARC-Date does not make the page unusable
      }
    }

    private static String scheme(String url) {
      if (url == null) {
        return "";
      }
      try {
        String s = URI.create(Links.escape(url.strip())).getScheme();
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        int colon = url.indexOf(':');
        return colon > 0 ? url.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
      }
    }

    private static String mediaType(String contentType) {
      if (contentType == null) {
        return "";
      }
      // "text/html; charset=x", and the odd "text/html, text/html" of a repeated header
      int end = contentType.length();
      for (char stop : new char[] {';', ','}) {
        int i = contentType.indexOf(stop);
        end = i >= 0 ? Math.min(end, i) : end;
      }
      return contentType.substring(0, end).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
      finished = true;
      reader.close();
    }
  }
}
