package dev.argus.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/** Undoes an HTTP Content-Encoding (gzip, deflate, br) on a body held in memory, within a limit. */
final class ContentDecoding {
  private ContentDecoding() {}

  /** The encodings of the Content-Encoding headers in the order they were applied. */
  static List<String> encodings(List<String> headers) {
    List<String> out = new ArrayList<>();
    for (String header : headers) {
      for (String token : header.split(",")) {
        String e = token.strip().toLowerCase(Locale.ROOT);
        if (!e.isEmpty() && !e.equals("identity") && !e.equals("none")) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * Decodes {@code raw}. When decoding fails but the raw bytes already look like markup, the header
   * outlived the decoding (some archives decode bodies and keep the header): the raw bytes are
   * returned. A stream cut short keeps what it decoded (a WARC record truncated by length).
   *
   * @throws Bodies.TooLargeException when the decoded body exceeds {@code limit}
   * @throws IOException when the body cannot be decoded and is not markup
   */
  static byte[] decode(byte[] raw, List<String> encodings, long limit) throws IOException {
    byte[] data = raw;
    try {
      for (int i = encodings.size() - 1; i >= 0; i--) {
        data = decodeOne(data, encodings.get(i), limit);
      }
      return data;
    } catch (Bodies.TooLargeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (looksLikeMarkup(raw)) {
        return raw;
      }
      throw new IOException(
          "cannot decode Content-Encoding " + String.join(", ", encodings) + ": " + e.getMessage(),
          e);
    }
  }

  private static byte[] decodeOne(byte[] data, String encoding, long limit) throws IOException {
    InputStream in =
        switch (encoding) {
          case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(data), 8192);
          case "deflate" ->
              new InflaterInputStream(
                  new ByteArrayInputStream(data), new Inflater(!hasZlibHeader(data)), 8192);
          case "br" -> new BrotliInputStream(new ByteArrayInputStream(data));
          default -> throw new IOException("unsupported encoding " + encoding);
        };
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(1 << 20, Math.max(8192, data.length * 4L)));
    byte[] buffer = new byte[8192];
    long total = 0;
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > limit) {
          throw new Bodies.TooLargeException(limit);
        }
        out.write(buffer, 0, n);
      }
    } catch (EOFException truncated) {
      if (out.size() == 0) {
        throw truncated;
      }
    }
    return out.toByteArray();
  }

  /** "deflate" should be zlib-wrapped (RFC 9110) but servers often send raw deflate. */
  private static boolean hasZlibHeader(byte[] d) {
    return d.length >= 2 && (d[0] & 0x0F) == 8 && ((d[0] & 0xFF) << 8 | (d[1] & 0xFF)) % 31 == 0;
  }

  static boolean looksLikeMarkup(byte[] b) {
    int i = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < b.length
        && i < 1024
        && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i < b.length && b[i] == '<';
  }
}
