package dev.argus.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small articles of our own for store tests. */
final class Articles {

  private Articles() {}

  static StoredArticle article(
      String url,
      String language,
      String published,
      String title,
      String text,
      Double tone,
      String... entities) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("url", url);
    f.put("title", title);
    f.put("authors", List.of());
    f.put("published", published);
    f.put("language", language);
    f.put("text", text);
    f.put("tone", tone);
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (String e : entities) mentions.add(Map.of("entity", e, "type", "organization", "text", e));
    f.put("mentions", mentions);
    return new StoredArticle(url, f);
  }

  static StoredArticle with(StoredArticle a, String field, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(a.fields());
    f.put(field, value);
    return new StoredArticle(a.id(), f);
  }
}
