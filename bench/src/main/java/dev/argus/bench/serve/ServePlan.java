package dev.argus.bench.serve;

import dev.argus.bench.monitor.Vocabulary;
import dev.argus.bench.store.SyntheticArticles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The requests of a monitoring dashboard over the synthetic articles: searches for an entity, a
 * phrase, a date range and an entity within a date range (each with the facets and histogram such a
 * page shows), and fetches of an article and of a story found by those searches. Popular entities
 * and articles come up more often (Zipf-like).
 */
public final class ServePlan {

  /** Articles per page of search results. */
  public static final int LIMIT = 20;

  /** Values per facet. */
  public static final int TOP = 10;

  /** What a request asks. */
  public enum Kind {
    ENTITY("search: entity", true),
    PHRASE("search: phrase", true),
    RANGE("search: date range", true),
    ENTITY_RANGE("search: entity + range", true),
    ARTICLE("article by id", false),
    STORY("story by id", false);

    public final String label;
    public final boolean search;

    Kind(String label, boolean search) {
      this.label = label;
      this.search = search;
    }
  }

  /** The mix, one pass of which repeats: 7 searches, 2 article fetches, 1 story fetch. */
  static final List<Kind> MIX =
      List.of(
          Kind.ENTITY,
          Kind.PHRASE,
          Kind.ARTICLE,
          Kind.ENTITY_RANGE,
          Kind.RANGE,
          Kind.STORY,
          Kind.ENTITY,
          Kind.PHRASE,
          Kind.ARTICLE,
          Kind.ENTITY_RANGE);

  /**
   * One request.
   *
   * @param kind what it asks
   * @param q the query, for a search
   * @param byDate newest first, else by relevance
   * @param facets facet names of the API ({@code language}, {@code source} …)
   * @param histogram {@code day}, {@code week} or {@code month}, or null
   * @param id the article's or story's id, for a fetch
   */
  public record Request(
      Kind kind, String q, boolean byDate, List<String> facets, String histogram, String id) {
    public Request {
      facets = List.copyOf(facets);
    }

    /** The path and query string of the request to the API. */
    public String path() {
      return switch (kind) {
        case ARTICLE -> "/api/v1/article?id=" + enc(id);
        case STORY -> "/api/v1/stories/" + enc(id);
        default -> {
          StringBuilder sb = new StringBuilder("/api/v1/search?q=").append(enc(q));
          sb.append("&limit=").append(LIMIT);
          sb.append("&sort=").append(byDate ? "date" : "relevance");
          if (!facets.isEmpty()) {
            sb.append("&facets=").append(enc(String.join(",", facets)));
            sb.append("&top=").append(TOP);
          }
          if (histogram != null) sb.append("&histogram=").append(histogram);
          sb.append("&view=summary"); // as the dashboard's result list asks
          yield sb.toString();
        }
      };
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }

  private final List<Request> requests;

  private ServePlan(List<Request> requests) {
    this.requests = List.copyOf(requests);
  }

  /** The requests, in order. */
  public List<Request> requests() {
    return requests;
  }

  /** Request {@code i}: the plan repeats when there are more requests than it holds. */
  public Request get(long i) {
    return requests.get((int) (i % requests.size()));
  }

  /**
   * A plan of {@code n} requests over {@code vocabulary}, fetching articles and stories among
   * {@code articleIds} and {@code storyIds} (ids the store holds, found beforehand).
   */
  public static ServePlan of(
      int n, Vocabulary vocabulary, List<String> articleIds, List<String> storyIds, long seed) {
    if (n < 1) throw new IllegalArgumentException("a plan has at least one request");
    if (articleIds.isEmpty() || storyIds.isEmpty()) {
      throw new IllegalArgumentException("no article or story ids to fetch: is the store empty?");
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<String> en = vocabulary.words().get("en");
    List<String> fr = vocabulary.words().get("fr");
    LocalDate first = LocalDate.ofInstant(SyntheticArticles.START, ZoneOffset.UTC);
    List<Request> out = new ArrayList<>(n);
    for (int k = 0; out.size() < n; k++) {
      Kind kind = MIX.get(k % MIX.size());
      String entity = vocabulary.entities().get(zipf(r, vocabulary.entities().size())).name();
      LocalDate from = first.plusDays(r.nextInt(350));
      String range = "published:[" + from + " TO " + from.plusDays(14) + "]";
      out.add(
          switch (kind) {
            case ENTITY ->
                new Request(
                    kind,
                    "entity:\"" + entity + "\"",
                    true,
                    List.of("language", "country", "source"),
                    "week",
                    null);
            case PHRASE -> {
              List<String> w = r.nextBoolean() ? en : fr;
              String phrase =
                  r.nextBoolean() ? entity : w.get(zipf(r, 50)) + " " + w.get(zipf(r, 50));
              yield new Request(kind, "\"" + phrase + "\"", false, List.of("language"), null, null);
            }
            case RANGE -> new Request(kind, range, true, List.of("source", "entity"), "day", null);
            case ENTITY_RANGE ->
                new Request(
                    kind,
                    "entity:\"" + entity + "\" " + range,
                    true,
                    List.of("language", "source"),
                    "day",
                    null);
            case ARTICLE ->
                new Request(
                    kind, null, false, List.of(), null, articleIds.get(zipf(r, articleIds.size())));
            case STORY ->
                new Request(
                    kind, null, false, List.of(), null, storyIds.get(zipf(r, storyIds.size())));
          });
    }
    return new ServePlan(out);
  }

  /** A rank in {@code [0, n)}, small ranks likelier (Zipf-like, exponent 1). */
  static int zipf(SplittableRandom r, int n) {
    double x = Math.exp(r.nextDouble() * Math.log(n + 1.0));
    return Math.min(n - 1, (int) x - 1);
  }

  /** A line describing the mix, for the report. */
  public static String describe() {
    return String.format(
        Locale.ROOT,
        "mix per 10 requests: 2 entity (newest %d, facets language, country, source, week"
            + " histogram), 2 phrase (best %d, facet language), 1 date range (newest %d, facets"
            + " source, entity, day histogram), 2 entity + range (newest %d, facets language,"
            + " source, day histogram), 2 article, 1 story; top %d per facet; hits as the"
            + " dashboard's result list asks them (view=summary)",
        LIMIT,
        LIMIT,
        LIMIT,
        LIMIT,
        TOP);
  }
}
