package dev.argus.ingest.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds where the intact part of a record-per-member gzip file ends. A member counts when its
 * header parses, its deflate stream ends, its CRC and size match and it holds a WARC record (starts
 * with "WARC/"). The first member that fails, and everything after it, is the torn tail a crash
 * leaves behind.
 */
final class GzipMembers {

  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private GzipMembers() {}

  /** The offset just past the last intact member, reading from the start of the file. */
  static long intactLength(FileChannel channel) throws IOException {
    Cursor in = new Cursor(channel);
    try {
      long end = 0;
      while (in.skipMember()) end = in.offset();
      return end;
    } finally {
      in.inflater.end();
    }
  }

  /** Buffered reading of a file channel that knows its absolute offset. */
  private static final class Cursor {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private long bufferStart;
    private final Inflater inflater = new Inflater(true);
    private final byte[] out = new byte[64 * 1024];

    Cursor(FileChannel channel) throws IOException {
      this.channel = channel;
      channel.position(0);
      buffer.limit(0);
    }

    long offset() {
      return bufferStart + buffer.position();
    }

    /** Refills the buffer when empty; false at the end of the file. */
    private boolean fill() throws IOException {
      if (buffer.hasRemaining()) return true;
      bufferStart += buffer.position();
      buffer.clear();
      int n;
      do {
        n = channel.read(buffer);
      } while (n == 0);
      buffer.flip();
      return n > 0;
    }

    /** The next byte, or -1 at the end of the file. */
    private int read() throws IOException {
      return fill() ? buffer.get() & 0xff : -1;
    }

    private boolean skip(int count) throws IOException {
      for (int i = 0; i < count; i++) if (read() < 0) return false;
      return true;
    }

    private boolean skipZeroTerminated() throws IOException {
      int b;
      while ((b = read()) > 0) {}
      return b == 0;
    }

    private long readLittleEndian(int bytes) throws IOException {
      long value = 0;
      for (int i = 0; i < bytes; i++) {
        int b = read();
        if (b < 0) return -1;
        value |= (long) b << (8 * i);
      }
      return value;
    }

    /** Reads one member; true if it is whole and holds a WARC record. */
    boolean skipMember() throws IOException {
      if (read() != 0x1f || read() != 0x8b || read() != 8) return false;
      int flags = read();
      if (flags < 0 || !skip(6)) return false; // mtime, extra flags, OS
      if ((flags & 4) != 0) { // FEXTRA
        long length = readLittleEndian(2);
        if (length < 0 || !skip((int) length)) return false;
      }
      if ((flags & 8) != 0 && !skipZeroTerminated()) return false; // FNAME
      if ((flags & 16) != 0 && !skipZeroTerminated()) return false; // FCOMMENT
      if ((flags & 2) != 0 && !skip(2)) return false; // FHCRC
      CRC32 crc = new CRC32();
      long size = 0;
      byte[] start = new byte[WARC_MAGIC.length];
      inflater.reset();
      try {
        while (!inflater.finished()) {
          if (inflater.needsInput()) {
            if (!fill()) return false;
            inflater.setInput(buffer.array(), buffer.position(), buffer.remaining());
          }
          int given = buffer.remaining();
          int n = inflater.inflate(out);
          buffer.position(buffer.position() + given - inflater.getRemaining());
          if (n == 0 && inflater.needsDictionary()) return false;
          for (int i = 0; i < n && size + i < start.length; i++) start[(int) size + i] = out[i];
          crc.update(out, 0, n);
          size += n;
        }
      } catch (DataFormatException e) {
        return false;
      }
      long storedCrc = readLittleEndian(4);
      long storedSize = readLittleEndian(4);
      return storedCrc == crc.getValue()
          && storedSize == (size & 0xffffffffL)
          && Arrays.equals(start, WARC_MAGIC);
    }
  }
}
