package dev.argus.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's paths, folders and manifests into an ordered list of inputs. */
final class Inputs {

  /** One document to read: its file and, when known, its URL. */
  record Input(Path path, String url) {}

  private Inputs() {}

  static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt");
  }

  /**
   * Files are taken as given; folders are walked recursively (sorted, so runs are repeatable),
   * keeping pages by their extension.
   */
  static List<Input> expand(List<Path> paths) throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(Inputs::isPage)
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
  static List<Input> manifest(Path manifest) throws IOException {
    List<Input> out = new ArrayList<>();
    Path base = manifest.toAbsolutePath().getParent();
    int lineNo = 0;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      String file = cols[0].strip();
      if (file.isEmpty()) {
        throw new IOException(manifest + ":" + lineNo + ": the line has no path");
      }
      String url = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : null;
      Path p = Path.of(file);
      out.add(new Input(p.isAbsolute() ? p : base.resolve(p).normalize(), url));
    }
    return out;
  }
}
