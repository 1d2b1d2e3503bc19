package dev.argus.core.enrich;

import dev.argus.core.entity.discover.FoundName;
import dev.argus.core.entity.discover.NameSpan;
import dev.argus.core.model.Article;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Link;
import dev.argus.core.model.Mention;
import dev.argus.core.model.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of an enriched article as one ordered map, the shape every output shares ({@code argus
 * extract}'s JSON Lines, the ingest sink, the golden files), so a field is named in one place.
 */
public final class ArticleFields {

  private ArticleFields() {}

  /** The article's fields, with what the corpus said about it ({@code placed} may be null). */
  public static Map<String, Object> of(Enriched e, Corpus.Placed placed) {
    Map<String, Object> m = of(e);
    if (placed != null) m.putAll(of(placed));
    return m;
  }

  /**
   * What the corpus said about an article: {@code dupGroup}, {@code duplicateOf}, {@code names}.
   */
  public static Map<String, Object> of(Corpus.Placed placed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dupGroup", placed.dupGroup());
    m.put("duplicateOf", placed.duplicateOf());
    m.put("names", names(placed.names()));
    return m;
  }

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
    m.put("mentions", mentions(e.mentions()));
    m.put("quotes", quotes(e.quotes()));
    m.put("citations", citations(e.citations()));
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

  static List<Map<String, Object>> names(List<FoundName> names) {
    List<Map<String, Object>> out = new ArrayList<>(names.size());
    for (FoundName n : names) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", n.surface());
      m.put("key", n.key());
      m.put("type", n.type().name().toLowerCase(Locale.ROOT));
      List<Map<String, Object>> spans = new ArrayList<>(n.spans().size());
      for (NameSpan s : n.spans()) {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("text", s.text());
        span.put("start", s.start());
        span.put("end", s.end());
        spans.add(span);
      }
      m.put("spans", spans);
      out.add(m);
    }
    return out;
  }

  static List<Map<String, Object>> mentions(List<Mention> mentions) {
    List<Map<String, Object>> out = new ArrayList<>(mentions.size());
    for (Mention x : mentions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", x.entity());
      m.put("type", x.type());
      m.put("text", x.text());
      m.put("start", x.start());
      m.put("end", x.end());
      m.put("tone", x.tone() == null ? null : round(x.tone()));
      out.add(m);
    }
    return out;
  }

  static List<Map<String, Object>> quotes(List<Quote> quotes) {
    List<Map<String, Object>> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", q.text());
      m.put("speaker", q.speaker());
      m.put("start", q.start());
      m.put("end", q.end());
      m.put("marked", q.marked());
      out.add(m);
    }
    return out;
  }

  static List<Map<String, Object>> citations(List<Citation> citations) {
    List<Map<String, Object>> out = new ArrayList<>(citations.size());
    for (Citation c : citations) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      if (c.url() != null) m.put("url", c.url());
      m.put("kind", c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      out.add(m);
    }
    return out;
  }

  /** Three decimals: enough to compare, and stable in golden files. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
