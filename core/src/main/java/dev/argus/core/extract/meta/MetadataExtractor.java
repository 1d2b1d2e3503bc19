package dev.argus.core.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.JsonLd;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's metadata. It never changes the document it is given. */
public final class MetadataExtractor {

  private MetadataExtractor() {}

  public static Metadata extract(Document doc, String url, JsonLd jsonLd) {
    JsonNode article = jsonLd.articles().isEmpty() ? null : jsonLd.articles().get(0);
    String title = first(meta(doc, "og:title"), JsonLd.text(article, "headline"), doc.title());
    List<String> authors = new ArrayList<>();
    String metaAuthor = meta(doc, "author");
    if (metaAuthor != null) authors.add(metaAuthor);
    String published =
        first(meta(doc, "article:published_time"), JsonLd.text(article, "datePublished"));
    String modified =
        first(meta(doc, "article:modified_time"), JsonLd.text(article, "dateModified"));
    String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    return new Metadata(
        title,
        authors,
        published,
        modified,
        lang == null || lang.isBlank() ? null : lang.trim(),
        meta(doc, "og:site_name"),
        canonical == null ? null : canonical.absUrl("href"),
        first(meta(doc, "og:description"), meta(doc, "description")),
        meta(doc, "og:image"));
  }

  static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))) {
        String c = m.attr("content").trim();
        if (!c.isEmpty()) return c;
      }
    }
    return null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.trim();
    }
    return null;
  }
}
