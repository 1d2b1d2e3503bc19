package dev.argus.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A labelled extraction set on disk, in either of two formats:
 *
 * <ul>
 *   <li>snippets: {@code evaldata.json} mapping URL to {@code {file, with, without, title, author,
 *       date}}, pages in {@code html/} (optionally gzip-compressed), and an optional {@code
 *       langs.tsv} of {@code file<TAB>language};
 *   <li>full bodies (ScrapingHub style): a JSON file mapping id to {@code {articleBody, url}},
 *       pages in {@code html/} named after the id.
 * </ul>
 */
public record Dataset(Path dir, Kind kind, List<LabelledPage> pages) {

  public enum Kind {
    SNIPPETS,
    BODIES
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static Dataset load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("not a folder: " + dir);
    Path snippets = dir.resolve("evaldata.json");
    if (Files.exists(snippets)) return loadSnippets(dir, snippets);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = JSON.readTree(p.toFile());
        if (isBodies(root)) return loadBodies(dir, root);
      }
    }
    throw new IOException(
        "no labelled set in "
            + dir
            + ": expected evaldata.json, or a JSON file of {id: {articleBody, url}}");
  }

  private static boolean isBodies(JsonNode root) {
    if (!root.isObject() || root.isEmpty()) return false;
    JsonNode first = root.elements().next();
    return first.isObject() && first.has("articleBody");
  }

  private static Dataset loadSnippets(Path dir, Path json) throws IOException {
    JsonNode root = JSON.readTree(json.toFile());
    Map<String, String> langs = readLangs(dir.resolve("langs.tsv"));
    List<LabelledPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      String file = v.path("file").asText();
      pages.add(
          new LabelledPage(
              file,
              page(dir, file),
              e.getKey(),
              langs.getOrDefault(file, "und"),
              strings(v.get("with")),
              strings(v.get("without")),
              null,
              blankToNull(v.path("title").asText(null)),
              authors(v.get("author")),
              blankToNull(v.path("date").asText(null))));
    }
    return new Dataset(dir, Kind.SNIPPETS, pages);
  }

  private static Dataset loadBodies(Path dir, JsonNode root) {
    List<LabelledPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      pages.add(
          new LabelledPage(
              e.getKey(),
              page(dir, e.getKey()),
              blankToNull(v.path("url").asText(null)),
              "und",
              List.of(),
              List.of(),
              v.path("articleBody").asText(""),
              null,
              List.of(),
              null));
    }
    return new Dataset(dir, Kind.BODIES, pages);
  }

  /**
   * The page file for a name: {@code html/NAME}, {@code html/NAME.gz}, or with {@code .html} added.
   */
  static Path page(Path dir, String name) {
    Path html = dir.resolve("html");
    for (String candidate : List.of(name, name + ".gz", name + ".html", name + ".html.gz")) {
      Path p = html.resolve(candidate);
      if (Files.exists(p)) return p;
    }
    return html.resolve(name);
  }

  private static Map<String, String> readLangs(Path tsv) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.exists(tsv)) return out;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2) out.put(cols[0], cols[1].isBlank() ? "und" : cols[1].strip());
    }
    return out;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) return out;
    if (n.isArray()) {
      for (JsonNode x : n) out.add(x.asText());
    } else if (n.isTextual()) {
      out.add(n.asText());
    }
    return out;
  }

  /** Author labels may be a list, or one string of several names joined by , ; & or "and". */
  private static List<String> authors(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (String s : strings(n)) {
      for (String part : s.split("\\s*(?:[,;&/|]|\\band\\b|\\bund\\b|\\by\\b)\\s*")) {
        if (part.strip().length() >= 2) out.add(part.strip());
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * The articles Argus extracts from the pages, in order: at most {@code limit} (0 for all),
   * without the pages that are missing, fail or give no text. The extractor reads gzip-compressed
   * pages itself.
   */
  public List<dev.argus.core.model.Article> articles(int limit) throws IOException {
    dev.argus.core.extract.ArticleExtractor extractor =
        dev.argus.core.extract.ArticleExtractor.withDefaults();
    List<dev.argus.core.model.Article> out = new ArrayList<>();
    for (LabelledPage p : pages) {
      if (limit > 0 && out.size() >= limit) break;
      if (!Files.isRegularFile(p.file())) continue;
      byte[] raw = Files.readAllBytes(p.file());
      if (extractor.extract(new dev.argus.core.model.RawPage(p.id(), p.url(), raw, null))
              instanceof dev.argus.core.extract.Extraction.Ok ok
          && !ok.article().text().isEmpty()) {
        out.add(ok.article());
      }
    }
    return out;
  }
}
