package dev.argus.ingest.pipeline;

import dev.argus.ingest.read.CapturedPage;
import dev.argus.ingest.read.JsonLinesPages;
import dev.argus.ingest.read.PageReader;
import dev.argus.ingest.read.WarcPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Local inputs for {@code argus ingest PATH...}: HTML and text files, folders (walked recursively,
 * sorted), WARC and ARC archives, JSON Lines files, and manifests ({@code path<TAB>url}). Read
 * lazily, one document at a time, so a many-GB archive streams.
 */
public final class LocalInputs {

  /** One local input file, and the URL the manifest gives it. */
  public record Input(Path path, String url) {}

  private LocalInputs() {}

  public enum Kind {
    PAGE,
    WARC,
    JSONL,
    OTHER
  }

  public static Kind kindOf(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    if (n.endsWith(".warc") || n.endsWith(".arc")) return Kind.WARC;
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Kind.JSONL;
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt")) {
      return Kind.PAGE;
    }
    return Kind.OTHER;
  }

  /** Expands files and folders (folders keep only the kinds above), in a repeatable order. */
  public static List<Input> expand(List<Path> paths) throws IOException {
    return expand(paths, f -> kindOf(f) != Kind.OTHER);
  }

  /**
   * Expands files and folders; files are taken as given, folders are walked recursively and keep
   * the files {@code keep} accepts, sorted so that runs are repeatable.
   */
  public static List<Input> expand(List<Path> paths, java.util.function.Predicate<Path> keep)
      throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(keep)
              .sorted()
              .forEach(f -> out.add(new Input(f, null)));
        }
      } else if (Files.exists(p)) {
        out.add(new Input(p, null));
      } else {
        throw new IOException("no such file or folder: " + p);
      }
    }
    return out;
  }

  /**
   * Reads a manifest: one {@code path<TAB>url} per line (the URL is optional); blank lines and
   * lines starting with # are skipped; relative paths are resolved against the manifest's folder.
   */
  public static List<Input> manifest(Path manifest) throws IOException {
    List<Input> out = new ArrayList<>();
    Path base = manifest.toAbsolutePath().getParent();
    int lineNo = 0;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      String file = cols[0].strip();
      if (file.isEmpty()) throw new IOException(manifest + ":" + lineNo + ": the line has no path");
      String url = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : null;
      Path p = Path.of(file);
      out.add(new Input(p.isAbsolute() ? p : base.resolve(p).normalize(), url));
    }
    return out;
  }

  /**
   * All documents of the inputs, in order. A file that cannot be opened becomes one failed
   * document; the iteration goes on with the next input. {@code maxBodyBytes} bounds each document:
   * a WARC record's body, a JSON Lines row, a whole HTML or text file.
   */
  public static Iterator<CapturedPage> pages(List<Input> inputs, long maxBodyBytes) {
    return new Iterator<>() {
      private int next;
      private PageReader current;
      private CapturedPage pending;

      @Override
      public boolean hasNext() {
        while (pending == null) {
          if (current != null) {
            if (current.hasNext()) {
              pending = current.next();
              break;
            }
            closeCurrent();
          }
          if (next >= inputs.size()) return false;
          Input in = inputs.get(next++);
          try {
            switch (kindOf(in.path())) {
              case WARC -> current = WarcPages.open(in.path(), maxBodyBytes);
              case JSONL -> current = JsonLinesPages.open(in.path(), maxBodyBytes);
              default -> pending = file(in, maxBodyBytes);
            }
          } catch (IOException | RuntimeException e) {
            pending = CapturedPage.failed(in.path().toString(), in.url(), "cannot read: " + e);
          }
        }
        return true;
      }

      @Override
      public CapturedPage next() {
        if (!hasNext()) throw new NoSuchElementException();
        CapturedPage p = pending;
        pending = null;
        return p;
      }

      private void closeCurrent() {
        try {
          current.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } finally {
          current = null;
        }
      }
    };
  }

  /** An HTML or text file, read whole: at most {@code maxBytes}, the same limit as a record. */
  private static CapturedPage file(Input in, long maxBytes) throws IOException {
    String path = in.path().toString();
    long size = Files.size(in.path());
    if (size > maxBytes) {
      return CapturedPage.failed(
          path, in.url(), "file too large: " + size + " bytes (limit " + maxBytes + ")");
    }
    return new CapturedPage(path, in.url(), null, null, Files.readAllBytes(in.path()), null, null);
  }
}
