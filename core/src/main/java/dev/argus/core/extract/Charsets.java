package dev.argus.core.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes raw page bytes to text. The order is: byte-order mark, the HTTP header, the page's own
 * {@code <meta charset>} or http-equiv declaration, then statistical detection (juniversalchardet,
 * Mozilla's detector). A declaration that the bytes contradict (a page that says UTF-8 and is not)
 * falls through to detection.
 */
public final class Charsets {

  /** The text and how its charset was decided ({@code bom}, {@code header}, {@code meta}, ...). */
  public record Decoded(String text, Charset charset, String source) {}

  /** Only the head of a page is searched for a declaration, as browsers do. */
  private static final int PRESCAN_BYTES = 4096;

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

  private Charsets() {}

  public static Decoded decode(byte[] bytes, String contentTypeHeader) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "bom");
    }
    boolean ascii = isAscii(bytes);
    // UTF-8 is decoded at most once: the strict decode is both the check and the result.
    String utf8 = null;
    boolean utf8Tried = false;
    Charset header = contentTypeHeader == null ? null : fromHeader(contentTypeHeader);
    Charset meta = fromMeta(bytes);
    for (Charset declared : new Charset[] {header, meta}) {
      if (declared == null) continue;
      String source = declared == header ? "header" : "meta";
      if (ascii && isAsciiCompatible(declared)) {
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), declared, source);
      }
      boolean utf8Claim = declared.equals(StandardCharsets.UTF_8);
      if (utf8Claim || declared.name().equals("windows-1252")) {
        if (!utf8Tried) {
          utf8 = strict(bytes, StandardCharsets.UTF_8);
          utf8Tried = true;
        }
        // A UTF-8 claim must decode cleanly; a Latin-1 claim on valid UTF-8 bytes (common) loses.
        if (utf8Claim && utf8 != null) return new Decoded(utf8, declared, source);
        if (utf8Claim || utf8 != null) continue;
      }
      return new Decoded(new String(bytes, declared), declared, source);
    }
    if (ascii) {
      return new Decoded(
          new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8, "ascii");
    }
    if (!utf8Tried) utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      // Valid UTF-8 with non-ASCII bytes is almost never anything else by accident.
      return new Decoded(utf8, StandardCharsets.UTF_8, "utf8");
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      return new Decoded(new String(bytes, detected), detected, "detected");
    }
    Charset fallback = meta != null ? meta : Charset.forName("windows-1252");
    return new Decoded(new String(bytes, fallback), fallback, "fallback");
  }

  private static boolean isAsciiCompatible(Charset c) {
    String n = c.name();
    return !(n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.equals("ISO-2022-JP"));
  }

  /** Decodes strictly, or returns null when the bytes are not valid in the charset. */
  static String strict(byte[] bytes, Charset c) {
    if (c.equals(StandardCharsets.UTF_8)) {
      // The JDK's String constructor is many times faster than a CharsetDecoder; it replaces bad
      // sequences with U+FFFD, so only a text that contains one needs the strict check.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) return text;
    }
    CharsetDecoder d =
        c.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  static Charset fromHeader(String contentType) {
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? lookup(m.group(1)) : null;
  }

  static Charset fromMeta(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? lookup(m.group(1)) : null;
  }

  /** Maps a declared label to the charset a browser would use for it (WHATWG encoding rules). */
  static Charset lookup(String label) {
    String name = label.trim().toLowerCase(Locale.ROOT);
    switch (name) {
      case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "cp1252" ->
          name = "windows-1252";
      case "gb2312", "gbk", "x-gbk", "gb_2312-80" -> name = "GB18030";
      case "iso-8859-9", "latin5" -> name = "windows-1254";
      case "tis-620", "iso-8859-11" -> name = "windows-874";
      case "utf8", "unicode", "utf-16", "utf-16le", "utf-16be" -> name = "UTF-8";
      case "shift-jis", "sjis", "x-sjis" -> name = "Shift_JIS";
      case "big5-hkscs" -> name = "Big5-HKSCS";
      default -> {}
    }
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) return false;
    }
    return true;
  }

  static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? null : lookup(name);
  }
}
