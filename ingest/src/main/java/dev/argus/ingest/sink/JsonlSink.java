package dev.argus.ingest.sink;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The article sink until the store exists: one JSON Lines file per day in a folder, append-only.
 *
 * <p>Durability comes from the crawl state, not from this class: {@link #sync()} makes the appended
 * lines durable and returns each file's length, and the caller commits those lengths in the same
 * transaction as the articles and URL states. {@link #open} truncates every file back to its
 * committed length and deletes files that were never committed. So a crash at any moment leaves
 * exactly the committed articles: the uncommitted tail is cut, and its URLs, not marked done
 * either, are fetched again.
 */
public final class JsonlSink implements Closeable {

  /** Day files: {@code 2026-11-26.jsonl}, or {@code 2026-11-26~3.jsonl} after compactions. */
  private static final Pattern FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(~\\d+)?\\.jsonl");

  /** Where an appended line went. */
  public record Placement(String file, long offset) {}

  /** What {@link #open} repaired: bytes cut from committed files, files never committed. */
  public record Recovery(long truncatedBytes, List<String> removedFiles) {}

  private final Path dir;
  private final Map<String, FileChannel> open = new HashMap<>();
  private final Map<String, String> currentFileOfDay = new HashMap<>();
  private final Map<String, Long> lengths = new HashMap<>();
  private final Map<String, Boolean> dirty = new LinkedHashMap<>();
  private final Recovery recovery;

  private JsonlSink(Path dir, Map<String, Long> committed) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    long cut = 0;
    List<String> removed = new ArrayList<>();
    for (Path f : dayFiles(dir)) {
      String name = f.getFileName().toString();
      Long length = committed.get(name);
      if (length == null) {
        Files.delete(f);
        removed.add(name);
        continue;
      }
      long size = Files.size(f);
      if (size > length) {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
          ch.truncate(length);
          ch.force(true);
        }
        cut += size - length;
      } else if (size < length) {
        throw new IOException(
            f
                + " is shorter ("
                + size
                + " bytes) than its committed length ("
                + length
                + "): the articles folder was changed outside Argus");
      }
      lengths.put(name, length);
      currentFileOfDay.merge(dayOf(name), name, (a, b) -> generation(a) >= generation(b) ? a : b);
    }
    this.recovery = new Recovery(cut, removed);
  }

  /**
   * Opens the sink in {@code dir}, bringing its files back to the committed checkpoint {@code
   * committed} (file name to length) from the crawl state.
   */
  public static JsonlSink open(Path dir, Map<String, Long> committed) throws IOException {
    return new JsonlSink(dir, committed);
  }

  public Path dir() {
    return dir;
  }

  public Recovery recovery() {
    return recovery;
  }

  /** Appends one line (without its newline) to the file of {@code day} (YYYY-MM-DD). */
  public synchronized Placement append(String day, byte[] jsonLine) {
    String name = currentFileOfDay.computeIfAbsent(day, d -> d + ".jsonl");
    try {
      FileChannel ch = channel(name);
      long offset = lengths.getOrDefault(name, 0L);
      ByteBuffer buf = ByteBuffer.allocate(jsonLine.length + 1).put(jsonLine).put((byte) '\n');
      buf.flip();
      while (buf.hasRemaining()) ch.write(buf, offset + buf.position());
      lengths.put(name, offset + jsonLine.length + 1);
      dirty.put(name, true);
      return new Placement(name, offset);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir.resolve(name), e);
    }
  }

  /** Forces appended lines to disk; returns the new lengths of the files written since last. */
  public synchronized Map<String, Long> sync() {
    Map<String, Long> out = new HashMap<>();
    for (String name : dirty.keySet()) {
      try {
        channel(name).force(false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot sync " + dir.resolve(name), e);
      }
      out.put(name, lengths.get(name));
    }
    dirty.clear();
    return out;
  }

  /** The sink's files, oldest day first. */
  public synchronized List<Path> files() throws IOException {
    return dayFiles(dir);
  }

  /**
   * Rewrites {@code file} keeping only the lines at {@code keep} offsets (the current versions of
   * its articles), into the next generation of the day's file. Returns the new file's name and each
   * kept line's new offset by old offset. The caller commits the move, then calls {@link
   * #dropFile}; until it commits, a crash leaves the old file in force (the new one is removed on
   * open as uncommitted).
   */
  public synchronized Compacted compact(String file, java.util.Set<Long> keep) throws IOException {
    String day = dayOf(file);
    String next = day + "~" + (generation(currentFileOfDay.getOrDefault(day, file)) + 1) + ".jsonl";
    Map<Long, Long> moved = new HashMap<>();
    Path src = dir.resolve(file);
    Path dst = dir.resolve(next);
    long written = 0;
    try (var in = new java.io.BufferedInputStream(Files.newInputStream(src), 1 << 16);
        var out =
            new java.io.BufferedOutputStream(
                Files.newOutputStream(dst, StandardOpenOption.CREATE_NEW), 1 << 16)) {
      long offset = 0;
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        line.write(b);
        if (b == '\n') {
          if (keep.contains(offset)) {
            moved.put(offset, written);
            line.writeTo(out);
            written += line.size();
          }
          offset += line.size();
          line.reset();
        }
      }
    }
    try (FileChannel ch = FileChannel.open(dst, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    closeChannel(file);
    lengths.put(next, written);
    currentFileOfDay.put(day, next);
    return new Compacted(file, next, written, moved);
  }

  /** The result of {@link #compact}. */
  public record Compacted(String oldFile, String newFile, long newLength, Map<Long, Long> moved) {}

  /** Deletes a file whose lines were all moved (after the move was committed). */
  public synchronized void dropFile(String file) throws IOException {
    closeChannel(file);
    lengths.remove(file);
    Files.deleteIfExists(dir.resolve(file));
  }

  private FileChannel channel(String name) throws IOException {
    FileChannel ch = open.get(name);
    if (ch == null) {
      ch = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      open.put(name, ch);
    }
    return ch;
  }

  private void closeChannel(String name) throws IOException {
    FileChannel ch = open.remove(name);
    if (ch != null) ch.close();
  }

  private static List<Path> dayFiles(Path dir) throws IOException {
    TreeMap<String, Path> sorted = new TreeMap<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (FILE.matcher(n).matches()) sorted.put(n, p);
      }
    }
    return new ArrayList<>(sorted.values());
  }

  private static String dayOf(String file) {
    return file.substring(0, 10);
  }

  private static int generation(String file) {
    int tilde = file.indexOf('~');
    if (tilde < 0) return 1;
    return Integer.parseInt(file.substring(tilde + 1, file.length() - ".jsonl".length()));
  }

  @Override
  public synchronized void close() throws IOException {
    for (FileChannel ch : open.values()) ch.close();
    open.clear();
  }
}
