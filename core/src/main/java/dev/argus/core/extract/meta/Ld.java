package dev.argus.core.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.JsonLd;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON-LD reading for metadata: the main article object and {@code @id} references. */
final class Ld {

  final List<JsonNode> objects;
  final List<JsonNode> articles;

  /** Objects that are pages rather than articles (WebPage, ItemPage, ...): a weaker source. */
  final List<JsonNode> pages = new ArrayList<>();

  private final Map<String, JsonNode> byId = new HashMap<>();

  Ld(JsonLd jsonLd) {
    objects = jsonLd == null ? List.of() : jsonLd.objects();
    articles = jsonLd == null ? List.of() : jsonLd.articles();
    for (JsonNode n : objects) {
      JsonNode id = n.get("@id");
      if (id != null && id.isTextual() && n.size() > 1) byId.putIfAbsent(id.asText(), n);
      for (String t : JsonLd.types(n)) {
        String s = t.toLowerCase(Locale.ROOT);
        if (s.endsWith("page") && !articles.contains(n)) {
          pages.add(n);
          break;
        }
      }
    }
  }

  /** Follows an {@code {"@id": ...}} reference to the full object, when the page has it. */
  JsonNode resolve(JsonNode n) {
    if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
      JsonNode full = byId.get(n.get("@id").asText());
      if (full != null) return full;
    }
    return n;
  }

  /** The first text value of the field among the articles, then the pages. */
  String text(String field) {
    for (JsonNode a : articles) {
      String v = JsonLd.text(a, field);
      if (v != null) return v;
    }
    for (JsonNode a : pages) {
      String v = JsonLd.text(a, field);
      if (v != null) return v;
    }
    return null;
  }

  /** A name given as text or as an object with a name (publisher, author, ...). */
  String name(JsonNode v) {
    v = resolve(v);
    if (v == null || v.isNull()) return null;
    if (v.isTextual()) return blankToNull(v.asText());
    if (v.isArray()) {
      for (JsonNode x : v) {
        String s = name(x);
        if (s != null) return s;
      }
      return null;
    }
    if (v.isObject()) {
      String s = JsonLd.text(v, "name");
      if (s == null) {
        String given = JsonLd.text(v, "givenName");
        String family = JsonLd.text(v, "familyName");
        if (given != null || family != null) {
          s = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
      }
      return s;
    }
    return null;
  }

  /** A URL given as text, as an object with url/contentUrl, or as an array of those. */
  String url(JsonNode v) {
    v = resolve(v);
    if (v == null || v.isNull()) return null;
    if (v.isTextual()) return blankToNull(v.asText());
    if (v.isArray()) {
      for (JsonNode x : v) {
        String s = url(x);
        if (s != null) return s;
      }
      return null;
    }
    if (v.isObject()) {
      String s = JsonLd.text(v, "url");
      return s != null ? s : JsonLd.text(v, "contentUrl");
    }
    return null;
  }

  static boolean isOrganization(JsonNode v) {
    for (String t : JsonLd.types(v)) {
      String s = t.toLowerCase(Locale.ROOT);
      if (s.contains("organization")
          || s.equals("newsmediaorganization")
          || s.equals("corporation")) {
        return true;
      }
    }
    return false;
  }

  static String blankToNull(String s) {
    if (s == null) return null;
    s = s.trim();
    return s.isEmpty() ? null : s;
  }
}
