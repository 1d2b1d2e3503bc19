package dev.argus.ingest.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Streams {@code {"url":…, "html":…}} or {@code {"url":…, "text":…}} lines (also .gz).
 *
 * <p>A row with {@code html} becomes a page whose body is the HTML as UTF-8 ({@code text/html;
 * charset=utf-8}); a row with {@code text} carries it in {@link CapturedPage#text()}. {@code url}
 * is optional. A line that is not a JSON object, or has neither field, becomes a failure located by
 * its line number ({@code file.jsonl:17}) and reading goes on; blank lines are skipped and counted.
 * Gzip is recognised by its magic bytes, not the file name. Lines are read one at a time; a line
 * longer than the limit becomes a failure without being held in memory.
 */
public final class JsonLinesPages {
  private JsonLinesPages() {}

  /** The default longest line: 10 MB, as for WARC bodies. */
  public static final long DEFAULT_MAX_LINE_BYTES = 10L << 20;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public static PageReader open(Path file) throws IOException {
    return open(file, DEFAULT_MAX_LINE_BYTES);
  }

  /** Opens a JSON Lines file (plain or gzip) with a limit on the length of one line. */
  public static PageReader open(Path file, long maxLineBytes) throws IOException {
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    }
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      if (b0 == 0x1F && b1 == 0x8B) {
        in = new GZIPInputStream(in, 1 << 16);
      }
    } catch (IOException e) {
      in.close();
      throw new IOException(file + " is not readable: " + StreamingReader.message(e), e);
    }
    return new Reader(file.toString(), in, maxLineBytes);
  }

  private static final class Reader extends StreamingReader {
    private final String name;
    private final InputStream in;
    private final long maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean finished;

    Reader(String name, InputStream in, long maxLineBytes) {
      this.name = name;
      this.in = in;
      this.maxLineBytes = maxLineBytes;
    }

    @Override
    CapturedPage readNext() {
      while (!finished) {
        boolean tooLong;
        try {
          tooLong = readLine();
        } catch (IOException e) {
          finished = true;
          countRecord();
          return CapturedPage.failed(
              name + ":" + (lineNumber + 1),
              null,
              "unreadable input, rest of file skipped (truncated or corrupt): " + message(e));
        }
        if (line.size() == 0 && !tooLong && finished) {
          return null; // end of file after the last newline
        }
        lineNumber++;
        String locator = name + ":" + lineNumber;
        countRecord();
        if (tooLong) {
          return CapturedPage.failed(locator, null, "line longer than " + maxLineBytes + " bytes");
        }
        if (isBlank()) {
          skip("blank line");
          continue;
        }
        return row(locator);
      }
      return null;
    }

    /**
     * Reads the next line into {@link #line} (without its end of line), setting {@link #finished}
     * at the end of the input.
     *
     * @return whether the line was longer than the limit (its bytes are then dropped)
     */
    private boolean readLine() throws IOException {
      line.reset();
      long length = 0;
      while (true) {
        if (pos == limit) {
          limit = in.read(buffer, 0, buffer.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            finished = true;
            break;
          }
        }
        int start = pos;
        while (pos < limit && buffer[pos] != '\n') {
          pos++;
        }
        int n = pos - start;
        length += n;
        if (length <= maxLineBytes) {
          line.write(buffer, start, n);
        }
        if (pos < limit) {
          pos++; // the newline
          break;
        }
      }
      boolean tooLong = length > maxLineBytes;
      if (tooLong) {
        line.reset();
      } else if (line.size() > 0) {
        byte[] bytes = line.toByteArray();
        if (bytes[bytes.length - 1] == '\r') {
          line.reset();
          line.write(bytes, 0, bytes.length - 1);
        }
      }
      return tooLong;
    }

    private boolean isBlank() {
      byte[] bytes = line.toByteArray();
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    private CapturedPage row(String locator) {
      byte[] bytes = line.toByteArray();
      int offset = 0;
      if (lineNumber == 1
          && bytes.length >= 3
          && (bytes[0] & 0xFF) == 0xEF
          && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF) {
        offset = 3; // a UTF-8 byte order mark
      }
      JsonNode row;
      try {
        row = JSON.readTree(bytes, offset, bytes.length - offset);
      } catch (JacksonException e) {
        return CapturedPage.failed(locator, null, "bad JSON: " + oneLine(e.getOriginalMessage()));
      } catch (IOException e) {
        return CapturedPage.failed(locator, null, "bad JSON: " + message(e));
      }
      if (row == null || !row.isObject()) {
        return CapturedPage.failed(locator, null, "not a JSON object");
      }
      String url = string(row, "url");
      String html = string(row, "html");
      if (html != null) {
        return new CapturedPage(
            locator,
            url,
            null,
            "text/html; charset=utf-8",
            html.getBytes(StandardCharsets.UTF_8),
            null,
            null);
      }
      String text = string(row, "text");
      if (text != null) {
        return new CapturedPage(locator, url, null, null, null, text, null);
      }
      return CapturedPage.failed(locator, url, "neither \"html\" nor \"text\" is a string");
    }

    private static String string(JsonNode row, String field) {
      JsonNode v = row.get(field);
      return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String oneLine(String m) {
      return m == null ? "" : m.replaceAll("\\s+", " ");
    }

    @Override
    public void close() throws IOException {
      finished = true;
      in.close();
    }
  }
}
