package dev.argus.ingest.fetch;

import java.nio.charset.StandardCharsets;

/**
 * A brotli stream written by hand (RFC 7932), since the Java dependencies only decode. It stores
 * the text in one uncompressed meta-block, the simplest valid form:
 *
 * <pre>
 * byte 0  0xD0  bit 0 = 0: window bits 16 (section 9.1)
 *               bit 1 = 0: ISLAST, not the last meta-block (an uncompressed one never is)
 *               bits 2-3 = 00: MNIBBLES, the length takes 4 nibbles
 *               bits 4-7 = 0xD: low nibble of MLEN-1 = 13 (14 bytes of text)
 * byte 1  0x00  the next two nibbles of MLEN-1
 * byte 2  0x10  bits 0-3: last nibble of MLEN-1; bit 4 = 1: ISUNCOMPRESSED; rest pads to a byte
 * 14 bytes      the text itself
 * byte 17 0x03  an empty last meta-block: ISLAST = 1, ISLASTEMPTY = 1
 * </pre>
 */
final class BrotliFixture {
  static final String HELLO_TEXT = "hello, brotli!";

  static final byte[] HELLO;

  static {
    byte[] text = HELLO_TEXT.getBytes(StandardCharsets.US_ASCII);
    HELLO = new byte[3 + text.length + 1];
    HELLO[0] = (byte) 0xD0;
    HELLO[1] = 0x00;
    HELLO[2] = 0x10;
    System.arraycopy(text, 0, HELLO, 3, text.length);
    HELLO[HELLO.length - 1] = 0x03;
  }

  private BrotliFixture() {}
}
