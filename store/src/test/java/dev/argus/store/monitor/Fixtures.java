package dev.argus.store.monitor;

import dev.argus.store.StoredArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short fictional articles written for these tests. */
final class Fixtures {

  private Fixtures() {}

  static StoredArticle article(
      String id, String language, String published, String title, String text, String... entities) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("url", "https://news.example.org/" + id);
    f.put("title", title);
    f.put("language", language);
    f.put("published", published);
    f.put("text", text);
    f.put("tone", -0.2);
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (String e : entities) mentions.add(Map.of("entity", e, "type", "organization", "text", e));
    f.put("mentions", mentions);
    f.put("authors", List.of("Kim Sample"));
    return new StoredArticle(id, f);
  }

  static final StoredArticle EN =
      article(
          "en",
          "en",
          "2026-01-05T10:00:00Z",
          "Velmora Motors opens a plant",
          "Velmora Motors opened a battery plant near the harbour. The mayor praised the new jobs"
              + " while unions asked for higher wages.",
          "Velmora Motors");

  static final StoredArticle FR =
      article(
          "fr",
          "fr",
          "2026-02-01T08:00:00Z",
          "Les photographies de Lyon",
          "Une exposition de photographies ouvre à Lyon. Velmora Motors finance le musée.",
          "Velmora Motors",
          "Lyon");

  static final StoredArticle DE =
      article(
          "de",
          "de",
          "2026-02-10T12:00:00Z",
          "Neue Batteriefabrik in Bremen",
          "In Bremen entsteht eine Fabrik für Batterien. Die Gewerkschaft fordert mehr Lohn.",
          "Bremen");

  static final List<StoredArticle> ALL = List.of(EN, FR, DE);
}
