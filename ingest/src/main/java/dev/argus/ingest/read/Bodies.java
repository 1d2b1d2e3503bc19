package dev.argus.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Byte-level helpers shared by the readers: gzip sniffing and bounded reads. */
final class Bodies {
  private Bodies() {}

  static boolean isGzip(byte[] b) {
    return b != null && b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
  }

  /** Thrown when a body is larger than the limit it is read under. */
  static final class TooLargeException extends IOException {
    TooLargeException(long limit) {
      super("larger than " + limit + " bytes");
    }
  }

  /**
   * Decompresses a gzip body (all members), or returns it unchanged when it is not gzip. A
   * truncated stream keeps what could be decompressed: a partial sitemap is worth more than none.
   */
  static byte[] gunzipIfNeeded(byte[] body, long limit) throws IOException {
    if (!isGzip(body)) {
      return body;
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(body.length * 4L, 1 << 20));
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
      copy(in, out, limit);
    } catch (EOFException truncated) {
      if (out.size() == 0) {
        throw truncated;
      }
    }
    return out.toByteArray();
  }

  /** Reads the whole stream, failing once more than {@code limit} bytes come out. */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    copy(in, out, limit);
    return out.toByteArray();
  }

  private static void copy(InputStream in, ByteArrayOutputStream out, long limit)
      throws IOException {
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        throw new TooLargeException(limit);
      }
      out.write(buffer, 0, n);
    }
  }
}
