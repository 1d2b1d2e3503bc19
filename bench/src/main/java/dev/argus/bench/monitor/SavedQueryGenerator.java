package dev.argus.bench.monitor;

import dev.argus.bench.monitor.Vocabulary.Entity;
import dev.argus.store.StoredArticle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Saved queries and articles for the monitor benchmark, from a {@link Vocabulary} and a seed (the
 * same seed gives the same output). The query mix imitates media-monitoring alerts: entity names
 * and aliases, short phrases, boolean AND/OR/NOT combinations, NEAR/n proximity, field filters
 * (language, entity, tone, dates) and some wildcards. Article words and entities are drawn with a
 * Zipf-like skew, query words and entities uniformly (alert sets are diverse), so that a few
 * queries are broad and most are narrow, as in real alert sets.
 */
public final class SavedQueryGenerator {

  private SavedQueryGenerator() {}

  /** The share of each kind of query, in per mille, in order; they add up to 1,000. */
  static final int[] MIX = {
    200, // entity name or alias, as a phrase
    100, // entity: field, sometimes with a language
    150, // a word or a 2-3 word phrase
    200, // boolean combinations
    120, // NEAR/n
    150, // field filters on words: lang, tone, published
    80 // wildcards
  };

  /** {@code n} query strings. */
  public static List<String> queries(Vocabulary v, int n, long seed) {
    Random r = new Random(seed);
    List<String> langs = new ArrayList<>(v.words().keySet());
    langs.sort(null);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String lang = langs.get(r.nextInt(langs.size()));
      int k = r.nextInt(1_000);
      int kind = 0;
      for (int acc = MIX[0]; k >= acc; acc += MIX[++kind]) {}
      out.add(
          switch (kind) {
            case 0 -> entityName(r, v);
            case 1 ->
                "entity:" + quote(entity(r, v).name()) + (r.nextBoolean() ? " lang:" + lang : "");
            case 2 -> phrase(r, v, lang);
            case 3 -> bool(r, v, lang);
            case 4 -> near(r, v, lang);
            case 5 -> filtered(r, v, lang);
            default -> wildcard(r, v, lang);
          });
    }
    return out;
  }

  private static String entityName(Random r, Vocabulary v) {
    Entity e = entity(r, v);
    return r.nextInt(3) == 0 ? quote(e.name()) + " OR " + quote(e.alias()) : quote(e.name());
  }

  private static String phrase(Random r, Vocabulary v, String lang) {
    return switch (r.nextInt(3)) {
      case 0 -> word(r, v, lang);
      case 1 -> quote(collocation(r, v, lang));
      default -> quote(collocation(r, v, lang) + " " + word(r, v, lang));
    };
  }

  private static String bool(Random r, Vocabulary v, String lang) {
    return switch (r.nextInt(4)) {
      case 0 -> quote(entity(r, v).name()) + " AND " + word(r, v, lang);
      case 1 -> "(" + word(r, v, lang) + " OR " + word(r, v, lang) + ") AND " + word(r, v, lang);
      case 2 -> quote(entity(r, v).alias()) + " NOT " + word(r, v, lang);
      default ->
          "("
              + quote(entity(r, v).name())
              + " OR "
              + quote(entity(r, v).name())
              + ") "
              + word(r, v, lang)
              + " -"
              + quote(collocation(r, v, lang));
    };
  }

  private static String near(Random r, Vocabulary v, String lang) {
    int d = 3 + r.nextInt(8);
    return r.nextBoolean()
        ? quote(entity(r, v).alias()) + " NEAR/" + d + " " + word(r, v, lang)
        : word(r, v, lang)
            + " NEAR/"
            + d
            + " ("
            + word(r, v, lang)
            + " OR "
            + word(r, v, lang)
            + ")";
  }

  private static String filtered(Random r, Vocabulary v, String lang) {
    return switch (r.nextInt(3)) {
      case 0 -> word(r, v, lang) + " lang:" + lang;
      case 1 -> quote(entity(r, v).name()) + " tone:<" + (r.nextInt(5) - 5) / 10.0;
      default ->
          word(r, v, lang)
              + " published:>=2026-01-"
              + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(28));
    };
  }

  private static String wildcard(Random r, Vocabulary v, String lang) {
    // A stem's worth: the word less its last two letters, at least eight (photograph* for
    // photographs), as a user truncates a word to catch its inflections.
    String w = word(r, v, lang);
    String prefix = w.substring(0, Math.min(w.length(), Math.max(8, w.length() - 2)));
    return r.nextBoolean() ? prefix + "*" : prefix + "* AND " + quote(entity(r, v).alias());
  }

  /**
   * A word of {@code lang} for a query: any but the most frequent tenth of the vocabulary (words in
   * many articles make poor alerts), uniformly: alert sets are diverse.
   */
  private static String word(Random r, Vocabulary v, String lang) {
    List<String> w = v.words().get(lang);
    int skip = Math.min(w.size() / 10, w.size() - 1);
    return w.get(skip + r.nextInt(w.size() - skip));
  }

  private static String collocation(Random r, Vocabulary v, String lang) {
    List<String> c = v.collocations().get(lang);
    return c.get(r.nextInt(c.size()));
  }

  /** An entity for a query, uniformly. */
  private static Entity entity(Random r, Vocabulary v) {
    return v.entities().get(r.nextInt(v.entities().size()));
  }

  /** An entity for an article: a few are in the news much more than the rest. */
  private static Entity popularEntity(Random r, Vocabulary v) {
    return v.entities().get(Vocabulary.zipf(r, v.entities().size()));
  }

  /** A collocation for running text, the common ones more often. */
  private static String textCollocation(Random r, Vocabulary v, String lang) {
    List<String> c = v.collocations().get(lang);
    return c.get(Vocabulary.zipf(r, c.size()));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "") + "\"";
  }

  /**
   * {@code n} enriched articles in the vocabulary's languages, about {@code words} words of text
   * each, mentioning 0 to 4 entities (recorded as watch-list mentions), with tone, date and source.
   */
  public static List<StoredArticle> articles(Vocabulary v, int n, int words, long seed) {
    Random r = new Random(seed);
    List<String> langs = new ArrayList<>(v.words().keySet());
    langs.sort(null);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<StoredArticle> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String lang = langs.get(r.nextInt(langs.size()));
      List<Entity> mentioned = new ArrayList<>();
      for (int k = r.nextInt(5); k > 0; k--) mentioned.add(popularEntity(r, v));
      StringBuilder title = new StringBuilder();
      if (!mentioned.isEmpty()) title.append(mentioned.get(0).name()).append(' ');
      for (int k = 0; k < 6; k++) title.append(text(r, v, lang)).append(' ');
      StringBuilder text = new StringBuilder();
      int count = 0;
      while (count < words) {
        int sentence = 8 + r.nextInt(12);
        for (int k = 0; k < sentence; k++) {
          int pick = r.nextInt(40);
          if (pick == 0 && !mentioned.isEmpty()) {
            Entity e = mentioned.get(r.nextInt(mentioned.size()));
            text.append(r.nextInt(3) == 0 ? e.alias() : e.name());
          } else if (pick == 1) {
            text.append(textCollocation(r, v, lang));
          } else {
            text.append(text(r, v, lang));
          }
          text.append(k == sentence - 1 ? ". " : " ");
        }
        count += sentence;
      }
      Map<String, Object> f = new LinkedHashMap<>();
      String id = "https://site" + r.nextInt(200) + ".example." + lang + "/a/" + i;
      f.put("url", id);
      f.put("title", title.toString().strip());
      f.put("authors", List.of());
      f.put("published", start.plus(r.nextInt(60 * 24 * 60), ChronoUnit.MINUTES).toString());
      f.put("language", lang);
      f.put("text", text.toString().strip());
      f.put("tone", Math.round((r.nextDouble() * 2 - 1) * 100) / 100.0);
      List<Map<String, Object>> mentions = new ArrayList<>();
      for (Entity e : mentioned) mentions.add(Map.of("entity", e.name(), "text", e.name()));
      f.put("mentions", mentions);
      out.add(new StoredArticle(id, f));
    }
    return out;
  }

  /** A word for running text: frequent words dominate, as in prose. */
  private static String text(Random r, Vocabulary v, String lang) {
    List<String> w = v.words().get(lang);
    return w.get(Vocabulary.zipf(r, w.size()));
  }
}
