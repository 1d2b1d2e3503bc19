package dev.argus.core.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened: {@code @graph} members and arrays
 * become one list. Broken blocks are skipped (pages often ship invalid JSON-LD).
 */
public final class JsonLd {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(5_000_000)
                .build());
  }

  /** Bounds the work on pages that carry many or huge blocks. */
  private static final int MAX_BLOCKS = 20;

  private static final int MAX_NODES = 500;

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  public static JsonLd of(Document doc) {
    return of(doc, null);
  }

  private static final JsonLd NONE = new JsonLd(List.of());

  /**
   * The JSON-LD of a page parsed from {@code source}: a page whose source never names the {@code
   * ld+json} type has none, and its tree is not walked for scripts.
   */
  public static JsonLd of(Document doc, String source) {
    if (source != null && !mentionsLdJson(source)) return NONE;
    List<JsonNode> out = new ArrayList<>();
    int blocks = 0;
    for (Element script : scripts(doc)) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) continue;
      if (++blocks > MAX_BLOCKS) break;
      String json = script.data().trim();
      if (json.isEmpty()) continue;
      try {
        flatten(MAPPER.readTree(json), out, 0);
      } catch (Exception e) {
        // Invalid JSON-LD is common and harmless: the other sources of metadata still apply.
      }
    }
    return new JsonLd(out);
  }

  /**
   * The script elements under {@code root} in document order: what {@code
   * root.getElementsByTag("script")} returns (but for the root itself), found by a plain walk over
   * element children, which skips text nodes and costs a fraction of the selector's collection.
   */
  public static List<Element> scripts(Element root) {
    List<Element> out = new ArrayList<>();
    Element e = root.firstElementChild();
    while (e != null) {
      if (e.nameIs("script")) out.add(e);
      Element child = e.firstElementChild();
      if (child != null) {
        e = child;
        continue;
      }
      // No children: the next sibling, else the next sibling of the nearest ancestor that has one.
      while (e != root && e.nextElementSibling() == null) e = e.parent();
      e = e == root ? null : e.nextElementSibling();
    }
    return out;
  }

  /** Whether "ld+json" occurs in the text, in any letter case. */
  static boolean mentionsLdJson(String source) {
    for (int i = source.indexOf('+'); i >= 0; i = source.indexOf('+', i + 1)) {
      if (source.regionMatches(true, i - 2, "ld+json", 0, 7)) return true;
    }
    return false;
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || out.size() >= MAX_NODES || depth > 4) return;
    if (node.isArray()) {
      for (JsonNode n : node) flatten(n, out, depth + 1);
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) flatten(main, out, depth + 1);
    }
  }

  /** All objects, in page order. */
  public List<JsonNode> objects() {
    return objects;
  }

  /** Objects whose {@code @type} is one of the article types (NewsArticle, BlogPosting, ...). */
  public List<JsonNode> articles() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : objects) {
      if (isArticleType(n)) out.add(n);
    }
    return out;
  }

  static boolean isArticleType(JsonNode n) {
    for (String t : types(n)) {
      String s = t.toLowerCase(Locale.ROOT);
      if (s.endsWith("article")
          || s.equals("blogposting")
          || s.equals("reportage")
          || s.equals("socialmediaposting")
          || s.equals("liveblogposting")
          || s.equals("analysisnewsarticle")
          || s.equals("opinionnewsarticle")) {
        return true;
      }
    }
    return false;
  }

  public static List<String> types(JsonNode n) {
    JsonNode t = n.get("@type");
    List<String> out = new ArrayList<>();
    if (t == null) return out;
    if (t.isArray()) {
      for (JsonNode x : t) out.add(x.asText(""));
    } else {
      out.add(t.asText(""));
    }
    return out;
  }

  /** The text of a field, or null when missing or not text. */
  public static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) return null;
    if (v.isTextual() || v.isNumber()) {
      String s = v.asText().trim();
      return s.isEmpty() ? null : s;
    }
    if (v.isArray() && !v.isEmpty() && v.get(0).isTextual()) {
      String s = v.get(0).asText().trim();
      return s.isEmpty() ? null : s;
    }
    return null;
  }
}
