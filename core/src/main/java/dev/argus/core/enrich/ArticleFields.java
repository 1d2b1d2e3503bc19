package dev.argus.core.enrich;

import dev.argus.core.model.Article;
import dev.argus.core.model.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an enriched article as one ordered map, the shape every output shares ({@code argus
 * extract}'s JSON Lines, the ingest sink, the golden files), so a field is named in one place.
 */
public final class ArticleFields {

  private ArticleFields() {}

  public static Map<String, Object> of(Enriched e) {
    Article a = e.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", a.url());
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("published", a.published());
    m.put("modified", a.modified());
    m.put("language", e.language());
    m.put("languageConfidence", round(e.languageConfidence()));
    m.put("siteName", a.siteName());
    m.put("canonicalUrl", a.canonicalUrl());
    m.put("description", a.description());
    m.put("image", a.image());
    m.put("text", a.text());
    m.put("links", links(a.links()));
    m.put("tone", e.tone() == null ? null : round(e.tone()));
    return m;
  }

  static List<Map<String, Object>> links(List<Link> links) {
    List<Map<String, Object>> out = new ArrayList<>(links.size());
    for (Link l : links) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("url", l.url());
      m.put("text", l.text());
      m.put("start", l.start());
      m.put("end", l.end());
      out.add(m);
    }
    return out;
  }

  /** Three decimals: enough to compare, and stable in golden files. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
