package dev.argus.bench.store;

import dev.argus.bench.monitor.Vocabulary;
import dev.argus.bench.monitor.Vocabulary.Entity;
import dev.argus.core.dedup.Fingerprint;
import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.entity.discover.NameSpan;
import dev.argus.core.entity.discover.NameType;
import dev.argus.core.model.Article;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Enriched news articles made up from a seed, for the store benchmark: the same index always gives
 * the same article, so a run can generate them in chunks and never hold more than a chunk.
 *
 * <p>What they look like: five languages ({@link Vocabulary#generated}'s pseudo-words, drawn with
 * Zipf-like frequencies), published in time order over {@link #SPAN} with jitter, each about one of
 * the day's events (the popular events get most articles, Zipf again). An event has its entities
 * (companies and people of a watch list, named in full or by alias), its topic words in each
 * language and a figure; its articles in every language share the entities and the figure, as
 * translations and follow-ups do. Some articles are syndicated copies of a recent one with a
 * tagline added (near-duplicates); some cite an agency or link to an earlier article; each has a
 * source (Zipf over a few hundred sites per language, their ccTLD giving the country), an author, a
 * tone, and open names beside the watch-list entities.
 *
 * <p>The enrichment is what {@link dev.argus.core.enrich.Enricher} would give, filled in from what
 * the generator knows (language, mentions with offsets, name candidates, citations, tone) instead
 * of found by the real stages, which would make generating a million articles take longer than
 * storing them; the near-duplicate fingerprint is the real {@link Fingerprint#of}.
 */
public final class SyntheticArticles {

  /** One article as a runner hands it to {@code Store.add}. */
  public record Item(String id, Enriched enriched, Map<String, Object> fields, Instant arrived) {}

  /** The time the articles are spread over. */
  public static final Duration SPAN = Duration.ofDays(365);

  /** When the first article is published. */
  public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private static final String[] LANGS = {"en", "fr", "de", "es", "it"};
  private static final int[] LANG_WEIGHTS = {40, 15, 15, 15, 15};
  private static final Map<String, String> TLD =
      Map.of("en", "co.uk", "fr", "fr", "de", "de", "es", "es", "it", "it");
  private static final int SITES_PER_LANGUAGE = 300;
  private static final String[] AGENCIES = {
    "Nordpress", "Agence Velor", "Dextra News", "Kallio Wire", "Presse Lumen", "Agenzia Sirio"
  };
  private static final String[] FIRST = {
    "Anna", "Luca", "Marta", "Jürgen", "Élodie", "José", "Giulia", "Oliver", "Sofía", "Henrik",
    "Chloé", "Matteo", "Ingrid", "Pablo", "Noémie", "Stefan", "Lucía", "Tomás", "Amélie", "Franz"
  };
  private static final String[] LAST = {
    "Brandt", "Moreau", "Rossi", "García", "Keller", "Lindqvist", "Dupont", "Ferrari", "Ortega",
    "Vogel", "Marchetti", "Navarro", "Lemaire", "Hoffmann", "Bianchi", "Serrano", "Girard", "Weber"
  };

  private final Vocabulary vocabulary;
  private final long seed;
  private final long count;
  private final int eventsPerDay;

  /**
   * @param count articles in the whole stream: they are spread over {@link #SPAN}, so the count
   *     sets how many fall on one day and how many events a day has
   */
  public SyntheticArticles(long count, long seed) {
    this.vocabulary = Vocabulary.generated(20_000, 5_000, seed);
    this.seed = seed;
    this.count = count;
    long perDay = Math.max(1, count / SPAN.toDays());
    // About eight articles per event on average; the popular ones get many more.
    this.eventsPerDay = (int) Math.max(10, perDay / 8);
  }

  /** The vocabulary the articles are written in, for queries over them. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Articles in the stream. */
  public long count() {
    return count;
  }

  /** The {@code i}-th article (0-based), always the same for the same seed and count. */
  public Item article(long i) {
    SplittableRandom r = random(i, 1);
    Instant published =
        START
            .plusMillis((long) (SPAN.toMillis() * ((double) i / count)))
            .plusSeconds(r.nextInt(7_200));
    long day = Duration.between(START, published).toDays();
    // A copy of a recent article (syndication), else an original.
    boolean copy = i > 50 && r.nextInt(100) < 5;
    long contentOf = copy ? i - 1 - r.nextInt(50) : i;
    Content c = content(contentOf, copy ? dayOf(contentOf) : day);
    String lang = c.language;
    int site = zipf(r, SITES_PER_LANGUAGE);
    String host = "www.site" + site + "." + TLD.get(lang);
    String url = "https://" + host + "/" + day + "/a" + i;
    String text = c.text;
    if (copy) text = text + " Published by Site " + site + ".";
    List<Citation> citations = new ArrayList<>();
    if (r.nextInt(100) < 30) {
      citations.add(
          new Citation(AGENCIES[r.nextInt(AGENCIES.length)], null, Citation.Kind.ACCORDING_TO));
    }
    if (i > 100 && r.nextInt(100) < 20) {
      long cited = i - 1 - r.nextInt(100);
      citations.add(new Citation(null, urlOf(cited), Citation.Kind.LINK));
    }
    String author = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    double tone = Math.max(-1, Math.min(1, r.nextDouble() * 0.8 - 0.4 + c.toneBias));
    Article article =
        new Article(
            url,
            c.title,
            List.of(author),
            published.toString(),
            null,
            lang,
            "Site " + site,
            null,
            null,
            null,
            text,
            List.of());
    Enriched e =
        new Enriched(
            article,
            lang,
            0.99,
            Math.round(tone * 1000) / 1000.0,
            c.mentions,
            List.of(),
            citations,
            c.names,
            Fingerprint.of(text));
    Instant fetched = published.plusSeconds(60 + r.nextInt(1_800));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("key", url);
    fields.putAll(ArticleFields.of(e));
    fields.put("source", "Site " + site);
    fields.put("fetched", fetched.toString());
    fields.put("ingested", fetched.toString());
    return new Item(url, e, fields, fetched);
  }

  /** The URL of the {@code i}-th article, without generating it. */
  private String urlOf(long i) {
    SplittableRandom r = random(i, 1);
    long day = dayOf(i);
    r.nextInt(7_200);
    boolean copy = i > 50 && r.nextInt(100) < 5;
    long contentOf = copy ? i - 1 - r.nextInt(50) : i;
    String lang = content(contentOf, -1).language;
    int site = zipf(r, SITES_PER_LANGUAGE);
    return "https://www.site" + site + "." + TLD.get(lang) + "/" + day + "/a" + i;
  }

  private long dayOf(long i) {
    return (long) (SPAN.toDays() * ((double) i / count));
  }

  /** What an article says: its language, event, title and text with mentions and names. */
  private record Content(
      String language,
      String title,
      String text,
      List<Mention> mentions,
      List<NameSpan> names,
      double toneBias) {}

  /**
   * The content of the {@code i}-th article; with {@code day} -1 only its language is right (the
   * cheap path of {@link #urlOf}).
   */
  private Content content(long i, long day) {
    SplittableRandom r = random(i, 2);
    String lang = pick(r, LANGS, LANG_WEIGHTS);
    if (day < 0) return new Content(lang, null, null, List.of(), List.of(), 0);
    long event = day * eventsPerDay + zipf(r, eventsPerDay);
    SplittableRandom er = random(event, 3);
    List<Entity> all = vocabulary.entities();
    List<Entity> entities = new ArrayList<>();
    for (int k = 1 + er.nextInt(3); k > 0; k--) entities.add(all.get(zipf(er, all.size())));
    List<String> words = vocabulary.words().get(lang);
    List<String> topic = new ArrayList<>();
    for (int k = 0; k < 10; k++) topic.add(words.get(200 + er.nextInt(words.size() - 200)));
    String figure = Integer.toString(10 + er.nextInt(9_990)) + (er.nextBoolean() ? "" : ".5");
    double toneBias = er.nextDouble() * 0.6 - 0.3;
    String other = FIRST[er.nextInt(FIRST.length)] + " " + LAST[er.nextInt(LAST.length)];

    List<Mention> mentions = new ArrayList<>();
    List<NameSpan> names = new ArrayList<>();
    StringBuilder title = new StringBuilder(entities.get(0).name());
    for (int k = 0; k < 6; k++) {
      title.append(' ').append(k % 2 == 0 ? topic.get(r.nextInt(4)) : zipfWord(r, words));
    }
    StringBuilder text = new StringBuilder();
    int target = 200 + r.nextInt(300);
    int n = 0;
    while (n < target) {
      int sentence = 8 + r.nextInt(14);
      for (int k = 0; k < sentence; k++, n++) {
        int pick = r.nextInt(100);
        int at = text.length();
        if (pick < 4) {
          Entity e = entities.get(r.nextInt(entities.size()));
          String surface = r.nextInt(3) == 0 ? e.alias() : e.name();
          text.append(surface);
          boolean person = e.alias().contains(". ");
          mentions.add(
              new Mention(
                  e.name(),
                  person ? "person" : "organization",
                  surface,
                  at,
                  at + surface.length(),
                  null));
          names.add(
              new NameSpan(
                  surface,
                  at,
                  at + surface.length(),
                  person ? NameType.PERSON : NameType.ORGANIZATION,
                  false,
                  false));
        } else if (pick < 5) {
          text.append(other);
          names.add(new NameSpan(other, at, at + other.length(), NameType.PERSON, true, false));
        } else if (pick < 6) {
          text.append(figure);
        } else if (pick < 20) {
          text.append(topic.get(r.nextInt(topic.size())));
        } else {
          text.append(zipfWord(r, words));
        }
        text.append(k == sentence - 1 ? ". " : " ");
      }
    }
    return new Content(lang, title.toString(), text.toString().strip(), mentions, names, toneBias);
  }

  private static String zipfWord(SplittableRandom r, List<String> words) {
    return words.get(zipf(r, words.size()));
  }

  private SplittableRandom random(long i, int stream) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 31 + stream);
  }

  private static String pick(SplittableRandom r, String[] values, int[] weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = r.nextInt(total);
    for (int k = 0; k < values.length; k++) {
      x -= weights[k];
      if (x < 0) return values[k];
    }
    return values[values.length - 1];
  }

  /** A rank in {@code [0, n)}, small ranks likelier (Zipf-like, exponent 1). */
  static int zipf(SplittableRandom r, int n) {
    // Inverse of the continuous 1/x distribution over [1, n + 1).
    double x = Math.exp(r.nextDouble() * Math.log(n + 1.0));
    return Math.min(n - 1, (int) x - 1);
  }

  /** A short description, for reports. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%,d synthetic articles in %d languages over %d days, ~%d events/day",
        count,
        LANGS.length,
        SPAN.toDays(),
        eventsPerDay);
  }
}
