package dev.argus.bench.stories;

import dev.argus.core.model.Article;
import dev.argus.core.model.Link;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A labelled story set: every {@code *.txt} file of a folder, in the block format of
 * eval/stories/README.md. A block is a header line {@code === id | story | published | source |
 * country}, a title line, an optional {@code links:} line and a body; lines starting with {@code #}
 * are comments. The article's URL is {@code https://<source>/<id>}.
 *
 * @param articles the articles of all files, files in name order, blocks in file order
 */
public record StorySet(List<Labelled> articles) {

  /** The largest file read, in bytes. */
  public static final long MAX_FILE_BYTES = 16L << 20;

  public StorySet {
    articles = List.copyOf(articles);
  }

  /**
   * One labelled article.
   *
   * @param file the file and line of its header, for messages
   */
  public record Labelled(
      String id,
      String story,
      Instant published,
      String source,
      String country,
      Article article,
      String file) {}

  /**
   * Reads every {@code *.txt} file of a folder.
   *
   * @throws IOException when the folder or a file cannot be read
   * @throws IllegalArgumentException when a file breaks the format or ids repeat; the message names
   *     the file and line
   */
  public static StorySet load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("not a folder: " + dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) throw new IOException("no *.txt files in " + dir);
    List<Labelled> all = new ArrayList<>();
    for (Path f : files) {
      if (Files.size(f) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException(
            f + ": larger than " + MAX_FILE_BYTES + " bytes, the limit of a story set file");
      }
      all.addAll(parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
    }
    return of(all);
  }

  /**
   * A set from parsed articles.
   *
   * @throws IllegalArgumentException when an id repeats
   */
  public static StorySet of(List<Labelled> articles) {
    Map<String, String> seen = new HashMap<>();
    for (Labelled l : articles) {
      String before = seen.putIfAbsent(l.id(), l.file());
      if (before != null) {
        throw new IllegalArgumentException(
            l.file() + ": id " + l.id() + " already used at " + before);
      }
    }
    return new StorySet(articles);
  }

  /**
   * Parses one file's text.
   *
   * @param name the file's name, for messages
   * @throws IllegalArgumentException naming the file and line where the text breaks the format
   */
  public static List<Labelled> parse(String name, String text) {
    List<Labelled> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        i++;
        continue;
      }
      if (!line.startsWith("=== ")) {
        throw error(name, i, "expected a header '=== id | story | published | source | country'");
      }
      int header = i++;
      List<String> block = new ArrayList<>();
      while (i < lines.length && !lines[i].startsWith("=== ")) {
        if (!lines[i].startsWith("#")) block.add(lines[i]);
        i++;
      }
      out.add(block(name, header, lines[header], block));
    }
    return out;
  }

  private static Labelled block(String name, int header, String line, List<String> lines) {
    String[] f = line.substring(4).split("\\|", -1);
    if (f.length != 5) {
      throw error(
          name,
          header,
          "the header has "
              + f.length
              + " fields, expected 5: id | story | published | source | country");
    }
    String[] names = {"id", "story", "published", "source", "country"};
    for (int k = 0; k < 5; k++) {
      f[k] = f[k].strip();
      if (f[k].isEmpty()) throw error(name, header, "the header's " + names[k] + " is empty");
    }
    if (!f[0].matches("[A-Za-z0-9._~-]+")) {
      throw error(
          name, header, "the id '" + f[0] + "' has characters other than A-Z a-z 0-9 . _ ~ -");
    }
    Instant published;
    try {
      published = Instant.parse(f[2]);
    } catch (DateTimeParseException e) {
      throw error(name, header, "the published time '" + f[2] + "' is not ISO-8601 UTC");
    }
    int k = 0;
    while (k < lines.size() && lines.get(k).isBlank()) k++;
    if (k == lines.size()) throw error(name, header, "the article " + f[0] + " has no title");
    String title = lines.get(k++).strip();
    List<Link> links = new ArrayList<>();
    if (k < lines.size() && lines.get(k).startsWith("links:")) {
      for (String url : lines.get(k++).substring(6).strip().split("\\s+")) {
        if (!url.isEmpty()) links.add(new Link(url, url, -1, -1));
      }
    }
    String body = String.join("\n", lines.subList(k, lines.size())).strip();
    if (body.isEmpty()) throw error(name, header, "the article " + f[0] + " has no body");
    String url = "https://" + f[3] + "/" + f[0];
    Article a =
        new Article(url, title, null, f[2], null, null, f[3], null, null, null, body, links);
    return new Labelled(f[0], f[1], published, f[3], f[4], a, name + ":" + (header + 1));
  }

  private static IllegalArgumentException error(String name, int line, String what) {
    return new IllegalArgumentException(name + ":" + (line + 1) + ": " + what);
  }
}
