package dev.argus.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Files that hold secrets or their hashes: written whole, durably, readable by the owner only. */
final class PrivateFiles {

  private PrivateFiles() {}

  /** Reads a file's content into what it holds. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Path file) throws IOException;
  }

  /**
   * What a file holds, read again only when the file changed (another process wrote it): its file
   * key, modification time or size differ, as they do when a write moves a new file over it.
   */
  static final class Cached<T> {
    private final Path file;
    private final Reader<T> reader;
    private Object version;
    private T value;

    Cached(Path file, Reader<T> reader) {
      this.file = file;
      this.reader = reader;
    }

    /** What the file holds now, or null when there is no such file. */
    synchronized T get() throws IOException {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        version = null;
        value = null;
        return null;
      }
      Object now = List.of(String.valueOf(attrs.fileKey()), attrs.lastModifiedTime(), attrs.size());
      if (!now.equals(version)) {
        value = reader.read(file);
        version = now;
      }
      return value;
    }

    /** Reads the file again when next asked (after this process wrote it). */
    synchronized void forget() {
      version = null;
    }
  }

  /**
   * Writes {@code content} to a temporary file beside {@code file} (owner-only, forced to disk) and
   * moves it over {@code file} atomically where the file system can. Without {@code replace}, an
   * existing file stays and false is returned (another process wrote it first).
   */
  static boolean write(Path file, byte[] content, boolean replace) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's own permissions apply
      }
      Files.write(tmp, content);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      if (!replace) {
        try {
          Files.move(tmp, file); // refuses to replace: the first writer's file stays
          return true;
        } catch (FileAlreadyExistsException raced) {
          return false;
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
