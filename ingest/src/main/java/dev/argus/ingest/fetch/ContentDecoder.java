package dev.argus.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes Content-Encoding ourselves rather than letting OkHttp do it, so that every coding we
 * advertise is handled the same way and the decoded size is bounded: a few kilobytes of gzip can
 * inflate to gigabytes.
 */
final class ContentDecoder {

  /** The body decoded past the limit. */
  static final class TooLargeException extends IOException {
    TooLargeException(String message) {
      super(message);
    }
  }

  /** The body does not match its declared coding, or the coding is one we never asked for. */
  static final class BadEncodingException extends IOException {
    BadEncodingException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static final String ACCEPT_ENCODING = "gzip, deflate, br";

  private ContentDecoder() {}

  /**
   * Decodes {@code raw} by the codings of a Content-Encoding header (applied in order, so undone in
   * reverse). With {@code truncate}, output past {@code limit} is dropped instead of failing.
   */
  static byte[] decode(byte[] raw, String contentEncoding, long limit, boolean truncate)
      throws IOException {
    List<String> codings = codings(contentEncoding);
    byte[] body = raw;
    for (int i = codings.size() - 1; i >= 0; i--) {
      String coding = codings.get(i);
      try (InputStream in = decoder(coding, body)) {
        body = readBounded(in, limit, truncate, coding);
      } catch (TooLargeException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new BadEncodingException(
            "the body is not valid " + coding + " (" + e.getMessage() + ")", e);
      }
    }
    return body;
  }

  private static List<String> codings(String header) {
    List<String> codings = new ArrayList<>();
    if (header == null) return codings;
    for (String part : header.split(",")) {
      String coding = part.trim().toLowerCase(Locale.ROOT);
      // "identity" changes nothing; a few servers send "none".
      if (coding.isEmpty() || coding.equals("identity") || coding.equals("none")) continue;
      codings.add(coding);
    }
    return codings;
  }

  private static InputStream decoder(String coding, byte[] body) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return switch (coding) {
      // GZIPInputStream reads concatenated members, which some servers send.
      case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
      // "deflate" should be zlib-wrapped (RFC 9110) but many servers send raw deflate.
      case "deflate" -> inflating(in, new Inflater(!isZlib(body)));
      case "br" -> new BrotliInputStream(in);
      default ->
          throw new IOException(
              "unsupported content coding '" + coding + "' (we never ask for it)");
    };
  }

  /** An inflating stream that frees its Inflater's native memory on close, not at GC time. */
  private static InputStream inflating(InputStream in, Inflater inflater) {
    return new InflaterInputStream(in, inflater, 8192) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end();
        }
      }
    };
  }

  /** A zlib stream starts with a CMF/FLG pair: method 8 and a header checksum divisible by 31. */
  private static boolean isZlib(byte[] b) {
    if (b.length < 2) return false;
    int cmf = b[0] & 0xff;
    int flg = b[1] & 0xff;
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
  }

  /**
   * Reads at most {@code limit} bytes. Over the limit it fails, or with {@code truncate} keeps the
   * first {@code limit} bytes. Never holds more than limit + one buffer in memory.
   */
  static byte[] readBounded(InputStream in, long limit, boolean truncate, String what)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (total + n > limit) {
        if (!truncate) {
          throw new TooLargeException(
              (what == null ? "the body" : "the " + what + "-decoded body")
                  + " is larger than the limit of "
                  + limit
                  + " bytes");
        }
        out.write(buffer, 0, (int) (limit - total));
        return out.toByteArray();
      }
      out.write(buffer, 0, n);
      total += n;
    }
    return out.toByteArray();
  }
}
