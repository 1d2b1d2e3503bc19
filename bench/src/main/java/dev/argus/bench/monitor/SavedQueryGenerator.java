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
 * same seed gives the same output).
 *
 * <p><b>The query mix</b> imitates media-monitoring alert sets, which are built around what a
 * client follows: brands, companies and people (entity names and aliases), specific phrases, and
 * topic words only in combination with these or with each other; a lone common word is a poor alert
 * and rare in real sets. Each {@link Kind} says its share of the mix and what one query of it is;
 * {@code argus bench monitor} prints, per kind, the share of articles one query matches on average.
 * Measured on the generated articles ({@code --queries 100000 --articles 1000}, seed 11): entity
 * 0.044%, entity field 0.022%, entity and topic 0.002%, entity near a word 0.0001%, entity less
 * noise 0.062%, phrase 0.39%, topic words 0.044%, filtered 0.18%, wildcard 0.004%, lone keyword
 * 0.49%: 90 matches per article in all, half of them from phrases, whose collocations are pairs of
 * common words. Words for conjunctions are mid-frequency topic words; words that stand alone are
 * from the rarer half of the vocabulary. With {@code --dataset} the vocabulary comes from a few
 * hundred pages, so its names and words are far commoner (an entity query matched 2.3% of the
 * pages) and the figures are not comparable.
 *
 * <p>Article words and entities are drawn with a Zipf-like skew, query words and entities uniformly
 * (alert sets are diverse), so that a few queries are broad and most are narrow.
 */
public final class SavedQueryGenerator {

  private SavedQueryGenerator() {}

  /** A class of saved query, with its share of the mix in per mille (they add up to 1,000). */
  public enum Kind {
    /** {@code "Velmora Motors"}, or with its alias: {@code "Velmora Motors" OR "Velmora"}. */
    ENTITY(230),
    /** The enricher's mention: {@code entity:"Velmora Motors"}, half with {@code lang:xx}. */
    ENTITY_FIELD(100),
    /** An entity and a topic: {@code "Velmora Motors" AND (recall OR lawsuit)}. */
    ENTITY_TOPIC(200),
    /** An entity close to a topic word: {@code "Velmora" NEAR/5 strike}. */
    ENTITY_NEAR(80),
    /** An entity less noise: {@code "Velmora" NOT football}, {@code "Velmora" -"free kick"}. */
    ENTITY_NOT(50),
    /** A specific phrase: a collocation, sometimes with a third word. */
    PHRASE(120),
    /** Topic words together: {@code (strike OR walkout) AND harbour}, {@code "a b" AND c}. */
    TOPIC(100),
    /**
     * Filters with an entity or a phrase: {@code "a b" lang:fr}, {@code "Velmora" tone:<-0.2},
     * {@code "Velmora" published:>=2026-01-05}, {@code strike NEAR/3 harbour lang:de}.
     */
    FILTERED(70),
    /** A truncated rare word with an entity or a topic word: {@code photovolta* AND "Velmora"}. */
    WILDCARD(30),
    /** One rare word alone, sometimes in one language: {@code glyphosate}. */
    KEYWORD(20);

    final int perMille;

    Kind(int perMille) {
      this.perMille = perMille;
    }
  }

  /** A generated saved query and its class. */
  public record Generated(Kind kind, String query) {}

  /** {@code n} query strings. */
  public static List<String> queries(Vocabulary v, int n, long seed) {
    return generate(v, n, seed).stream().map(Generated::query).toList();
  }

  /** {@code n} queries with their classes. */
  public static List<Generated> generate(Vocabulary v, int n, long seed) {
    Random r = new Random(seed);
    List<String> langs = new ArrayList<>(v.words().keySet());
    langs.sort(null);
    Kind[] kinds = Kind.values();
    List<Generated> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String lang = langs.get(r.nextInt(langs.size()));
      int k = r.nextInt(1_000);
      int kind = 0;
      for (int acc = kinds[0].perMille; k >= acc; acc += kinds[++kind].perMille) {}
      Kind c = kinds[kind];
      out.add(new Generated(c, query(c, r, v, lang)));
    }
    return out;
  }

  private static String query(Kind kind, Random r, Vocabulary v, String lang) {
    return switch (kind) {
      case ENTITY -> {
        Entity e = entity(r, v);
        yield r.nextInt(3) == 0 ? quote(e.name()) + " OR " + quote(e.alias()) : quote(e.name());
      }
      case ENTITY_FIELD ->
          "entity:" + quote(entity(r, v).name()) + (r.nextBoolean() ? " lang:" + lang : "");
      case ENTITY_TOPIC ->
          r.nextBoolean()
              ? quote(entity(r, v).name()) + " AND " + topic(r, v, lang)
              : quote(entity(r, v).alias())
                  + " AND ("
                  + topic(r, v, lang)
                  + " OR "
                  + topic(r, v, lang)
                  + ")";
      case ENTITY_NEAR ->
          quote(entity(r, v).alias()) + " NEAR/" + (3 + r.nextInt(8)) + " " + topic(r, v, lang);
      case ENTITY_NOT ->
          r.nextBoolean()
              ? quote(entity(r, v).alias()) + " NOT " + topic(r, v, lang)
              : "("
                  + quote(entity(r, v).name())
                  + " OR "
                  + quote(entity(r, v).name())
                  + ") -"
                  + quote(collocation(r, v, lang));
      case PHRASE ->
          r.nextInt(3) == 0
              ? quote(collocation(r, v, lang) + " " + topic(r, v, lang))
              : quote(collocation(r, v, lang));
      case TOPIC ->
          r.nextBoolean()
              ? "(" + topic(r, v, lang) + " OR " + topic(r, v, lang) + ") AND " + rare(r, v, lang)
              : quote(collocation(r, v, lang)) + " AND " + topic(r, v, lang);
      case FILTERED ->
          switch (r.nextInt(4)) {
            case 0 -> quote(collocation(r, v, lang)) + " lang:" + lang;
            case 1 -> quote(entity(r, v).name()) + " tone:<" + (r.nextInt(5) - 5) / 10.0;
            case 2 ->
                quote(entity(r, v).alias())
                    + " published:>=2026-01-"
                    + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(28));
            default ->
                rare(r, v, lang)
                    + " NEAR/"
                    + (3 + r.nextInt(8))
                    + " "
                    + topic(r, v, lang)
                    + " lang:"
                    + lang;
          };
      case WILDCARD -> {
        // A stem's worth: the word less its last two letters, at least eight (photograph* for
        // photographs), as a user truncates a word to catch its inflections.
        String w = rare(r, v, lang);
        String prefix = w.substring(0, Math.min(w.length(), Math.max(8, w.length() - 2)));
        yield prefix
            + "* AND "
            + (r.nextBoolean() ? quote(entity(r, v).alias()) : topic(r, v, lang));
      }
      case KEYWORD -> rare(r, v, lang) + (r.nextBoolean() ? " lang:" + lang : "");
    };
  }

  /**
   * A topic word of {@code lang}, to combine with an entity or another word: from the hundredth to
   * the quarter of the vocabulary by frequency (common enough to co-occur, not a function word),
   * uniformly: alert sets are diverse.
   */
  private static String topic(Random r, Vocabulary v, String lang) {
    return rank(r, v.words().get(lang), 0.01, 0.25);
  }

  /** A rare word of {@code lang}, one that may stand alone: the less frequent half. */
  private static String rare(Random r, Vocabulary v, String lang) {
    return rank(r, v.words().get(lang), 0.5, 1.0);
  }

  /** A word between the fractions {@code from} and {@code to} of {@code words}, uniformly. */
  private static String rank(Random r, List<String> words, double from, double to) {
    int lo = Math.min((int) (words.size() * from), words.size() - 1);
    int hi = Math.max(lo + 1, (int) (words.size() * to));
    return words.get(lo + r.nextInt(hi - lo));
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
