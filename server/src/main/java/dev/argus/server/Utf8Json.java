package dev.argus.server;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * JSON already written, in UTF-8, that a {@link com.fasterxml.jackson.databind.util.RawValue}
 * writes out as it is: Jackson's UTF-8 generator copies its bytes into its buffer, where a raw
 * {@code String} would be decoded from the index's bytes first and encoded back after. Written here
 * because Jackson's own {@link SerializedString} holds a {@code String}.
 *
 * <p>Only its unquoted forms are what it is for; the quoted ones (the JSON as a string value) are
 * {@link SerializedString}'s, from its text.
 */
final class Utf8Json implements SerializableString {

  private final ByteBuffer utf8;

  /** The JSON in {@code utf8} (from its position to its limit), which no one changes. */
  Utf8Json(ByteBuffer utf8) {
    this.utf8 = utf8.slice();
  }

  private int length() {
    return utf8.remaining();
  }

  @Override
  public String getValue() {
    return StandardCharsets.UTF_8.decode(utf8.duplicate()).toString();
  }

  @Override
  public int charLength() {
    return getValue().length();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    byte[] out = new byte[length()];
    utf8.get(0, out);
    return out;
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    int n = length();
    if (offset + n > buffer.length) return -1;
    utf8.get(0, buffer, offset, n);
    return n;
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    String s = getValue();
    if (offset + s.length() > buffer.length) return -1;
    s.getChars(0, s.length(), buffer, offset);
    return s.length();
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(asUnquotedUTF8());
    return length();
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    int n = length();
    if (n > buffer.remaining()) return -1;
    buffer.put(utf8.duplicate());
    return n;
  }

  private SerializedString quoted() {
    return new SerializedString(getValue());
  }

  @Override
  public char[] asQuotedChars() {
    return quoted().asQuotedChars();
  }

  @Override
  public byte[] asQuotedUTF8() {
    return quoted().asQuotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return quoted().appendQuotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return quoted().appendQuoted(buffer, offset);
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return quoted().writeQuotedUTF8(out);
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
    return quoted().putQuotedUTF8(buffer);
  }

  @Override
  public String toString() {
    return getValue();
  }
}
