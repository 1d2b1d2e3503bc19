package dev.argus.server;

import static dev.argus.server.Route.Param.choice;
import static dev.argus.server.Route.Param.path;
import static dev.argus.server.Route.Param.query;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.argus.core.story.Story;
import dev.argus.store.Aggregations;
import dev.argus.store.LuceneStore;
import dev.argus.store.Order;
import dev.argus.store.RowWriter;
import dev.argus.store.SearchResult;
import dev.argus.store.StoredArticle;
import dev.argus.store.StoryViews;
import dev.argus.store.View;
import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Schema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The read API (search, articles, stories, entities, sources, export, status) and the extractor for
 * developers, as {@link Route}s: each handler is a small function of the request, in the order the
 * API page lists them.
 */
final class CoreRoutes {

  static final String V1 = "/api/v1";

  private static final System.Logger LOG = System.getLogger(CoreRoutes.class.getName());

  /** Default and largest page of search results. */
  static final int DEFAULT_LIMIT = 20;

  /** Stories a list may hold. */
  static final int MAX_STORIES = 1_000;

  /** Values per facet. */
  static final int MAX_TOP = 1_000;

  /** Rivals a share of voice compares an entity with. */
  static final int MAX_RIVALS = 20;

  /** Largest body {@code POST /extract} takes (an HTML page or a JSON request). */
  static final int MAX_EXTRACT_BYTES = 4 << 20;

  /**
   * The routes whose answers are a function of the request and the store's version alone, kept in
   * the server's {@link AnswerCache}.
   */
  static final java.util.Set<String> KEPT =
      java.util.Set.of(
          V1 + "/search",
          V1 + "/article",
          V1 + "/stories",
          V1 + "/stories/{id}",
          V1 + "/entities/{name}",
          V1 + "/entities/{name}/share-of-voice");

  /** Facet names the API takes, and the store field each counts. */
  static final Map<String, String> FACETS = facets();

  private static Map<String, String> facets() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("language", Schema.LANGUAGE);
    m.put("country", Schema.COUNTRY);
    m.put("source", Schema.SOURCE);
    m.put("domain", Schema.DOMAIN);
    m.put("entity", Schema.ENTITY);
    m.put("name", Schema.NAME);
    m.put("author", Schema.AUTHOR);
    m.put("cites", Schema.CITES);
    m.put("story", Schema.STORY);
    m.put("tone", null); // tone buckets, not a keyword facet
    return m;
  }

  private final ArgusServer.Services services;
  private final Extract extract;
  private final ParsedQueries queries = new ParsedQueries();

  private CoreRoutes(ArgusServer.Services services) {
    this.services = services;
    this.extract = new Extract(services.fetcher(), services.extractor());
  }

  static List<Route> of(ArgusServer.Services services) {
    CoreRoutes api = new CoreRoutes(services);
    Route.Param q = query("q", "string", "A query in the query language; * (default) for all.");
    Route.Param interval =
        choice("interval", "Period of the time series (default week).", "day", "week", "month");
    return List.of(
        Route.get(V1 + "/status", "Articles in the store and its last commit.", api::status),
        Route.get(V1 + "/search", "Search articles, with facets and a histogram.", api::search)
            .with(
                q,
                query("limit", "integer", "Articles per page, 0 to 10000 (default 20)."),
                query("offset", "integer", "Articles to skip; offset + limit is at most 10000."),
                query("cursor", "string", "The 'next' cursor of the previous page."),
                choice("sort", "Order (default relevance).", "relevance", "date"),
                query(
                    "facets",
                    "string",
                    "Comma-separated facets to count: " + String.join(", ", FACETS.keySet())),
                query("top", "integer", "Values per facet, 1 to 1000 (default 10)."),
                choice("histogram", "Articles per period.", "day", "week", "month"),
                choice(
                    "view",
                    "Each hit's article: full (default) or summary (what a result list shows:"
                        + " title, source, dates, language, country, tone, story and a snippet,"
                        + " read without loading the whole article).",
                    "full",
                    "summary")),
        Route.get(
                V1 + "/article",
                "One article by id (its canonical URL, URL or path).",
                api::article)
            .with(
                new Route.Param(
                    "id", Route.In.QUERY, "string", true, "The article's id.", List.of())),
        Route.get(V1 + "/stories", "The biggest stories among matching articles.", api::stories)
            .with(
                query("since", "string", "Only articles published since: 2026-03-01, now-7d ..."),
                q,
                query("limit", "integer", "Stories, 1 to 1000 (default 20).")),
        Route.get(
                V1 + "/stories/{id}",
                "One story: who broke it, its timeline, copies and citations.",
                api::story)
            .with(path("id", "The story's id (s00000000).")),
        Route.get(
                V1 + "/entities/{name}",
                "An entity: attention and tone over time, languages, countries, sources.",
                api::entity)
            .with(
                path("name", "The watch-list entity's name."),
                q,
                interval,
                query("top", "integer", "Values per breakdown, 1 to 1000 (default 10).")),
        Route.get(
                V1 + "/entities/{name}/share-of-voice",
                "An entity's share of watch-list mentions against rivals, per period.",
                api::shareOfVoice)
            .with(
                path("name", "The watch-list entity's name."),
                new Route.Param(
                    "rivals",
                    Route.In.QUERY,
                    "string",
                    true,
                    "Comma-separated rival entities (at most " + MAX_RIVALS + ").",
                    List.of()),
                q,
                choice("interval", "Period (default month).", "day", "week", "month")),
        Route.get(V1 + "/sources", "Sources and their health.", api::sources),
        Route.get(
                V1 + "/export",
                "Every matching article, streamed as JSON Lines or CSV.",
                api::export)
            .with(
                q,
                choice("format", "Format (default jsonl).", "jsonl", "csv"),
                choice("sort", "Order (default date).", "date", "relevance"))
            .producing("application/x-ndjson", "text/csv"),
        Route.post(
                V1 + "/extract",
                "Extract the article of an HTML page, or of a URL fetched safely.",
                new Route.Body(
                    List.of("text/html", "application/json"),
                    "An HTML page (at most 4 MiB; ?url= gives its address), or JSON"
                        + " {\"url\": ...} to fetch a public http(s) page, or {\"html\": ...,"
                        + " \"url\": ...}."),
                api.extract::handle)
            .with(query("url", "string", "The page's address, with an HTML body (not fetched).")));
  }

  // ---------------------------------------------------------------- handlers

  private void status(Context ctx) throws IOException {
    StoreAccess.Status s = services.store().status();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", s.articles());
    m.put("commit", s.commit());
    m.put("lastCommit", s.lastCommit());
    m.put("time", Instant.now());
    Json.ok(ctx, m);
  }

  private void search(Context ctx) throws IOException {
    Query query = parse(Params.text(ctx, "q", "*"));
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 0, LuceneStore.MAX_LIMIT);
    int offset = offset(ctx);
    if ((long) offset + limit > LuceneStore.MAX_LIMIT) {
      throw ApiError.badRequest(
          "offset + limit must be at most "
              + LuceneStore.MAX_LIMIT
              + ": use /api/v1/export for whole result sets");
    }
    Order order = Params.choice(ctx, "sort", Order.class, Order.RELEVANCE);
    List<String> facets = Params.list(ctx, "facets", FACETS.size());
    for (String f : facets) {
      if (!FACETS.containsKey(f)) {
        throw ApiError.badRequest(
            "no facet '" + f + "'; facets: " + String.join(", ", FACETS.keySet()));
      }
    }
    int top = Params.integer(ctx, "top", 10, 1, MAX_TOP);
    Interval histogram = Params.choice(ctx, "histogram", Interval.class, null);
    View view = Params.choice(ctx, "view", View.class, View.FULL);

    LuceneStore store = services.store().store();
    List<String> fields = new ArrayList<>();
    for (String f : facets) if (FACETS.get(f) != null) fields.add(FACETS.get(f));
    boolean counting = !facets.isEmpty() || histogram != null;
    int wanted = limit == 0 ? 0 : offset + limit;
    SearchResult r;
    Aggregations.Result agg = null;
    if (counting) {
      // The page and the counts in one pass over the matches, from the same searcher.
      Aggregations.Interval i = histogram == null ? null : histogram.store();
      boolean tone = facets.contains("tone");
      LuceneStore.Counted c =
          guarded(() -> store.searchAndCount(query, wanted, order, fields, top, i, tone, view));
      r = c.result();
      agg = c.counts();
    } else {
      r = store.search(query, wanted, order, view);
    }
    List<Map<String, Object>> hits = new ArrayList<>();
    List<SearchResult.Hit> page =
        r.hits().subList(Math.min(offset, r.hits().size()), r.hits().size());
    for (SearchResult.Hit h : page) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("score", Float.isNaN(h.score()) ? null : h.score());
      // A summary's fields go out as the JSON the index holds, its UTF-8 bytes copied as they are:
      // not read into a map to be written back, nor decoded into a string to be encoded again.
      ByteBuffer json = h.jsonUtf8();
      hit.put("article", json != null ? new RawValue(new Utf8Json(json)) : h.article().fields());
      hits.add(hit);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    m.put("offset", offset);
    m.put("limit", limit);
    long nextOffset = (long) offset + limit;
    m.put(
        "next",
        limit > 0 && nextOffset < r.total() && nextOffset < LuceneStore.MAX_LIMIT
            ? cursor((int) nextOffset)
            : null);
    m.put("hits", hits);
    if (agg != null) {
      Map<String, Object> counts = new LinkedHashMap<>();
      for (String f : facets) {
        if (FACETS.get(f) != null) counts.put(f, agg.facets().get(FACETS.get(f)));
      }
      if (!counts.isEmpty()) m.put("facets", counts);
      if (facets.contains("tone")) m.put("tone", agg.tone());
      if (histogram != null) m.put("histogram", agg.histogram());
    }
    Json.ok(ctx, m);
  }

  private void article(Context ctx) throws IOException {
    String id = Params.required(ctx, "id");
    StoredArticle a =
        services
            .store()
            .store()
            .get(id)
            .orElseThrow(() -> ApiError.notFound("no article with id " + id));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.putAll(a.fields());
    Json.ok(ctx, m);
  }

  private void stories(Context ctx) throws IOException {
    String q = Params.text(ctx, "q", "*");
    String since = Params.text(ctx, "since", null);
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_STORIES);
    if (since != null && !since.matches("[0-9A-Za-z:+\\-./]{1,40}")) {
      throw ApiError.badRequest("parameter 'since' is a date (2026-03-01) or now-7d, was " + since);
    }
    parse(q); // its errors point into q as the caller wrote it, not into the combined query
    Query filter = parse(since == null ? q : "(" + q + ") AND published:>=" + since);
    List<Story> stories = StoryViews.biggest(services.store().store(), filter, limit);
    Json.ok(ctx, Map.of("stories", stories));
  }

  private void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    LuceneStore store = services.store().store();
    // The members once, for the view and their titles: not one more look-up per member.
    List<StoredArticle> members = new ArrayList<>();
    store.export(
        new TermQuery(new Term(Schema.STORY, Schema.keyword(id))), Order.DATE, members::add);
    if (members.isEmpty()) throw ApiError.notFound("no story " + id + " (GET /api/v1/stories)");
    Story story = StoryViews.of(id, members);
    Map<String, String> titleById = new HashMap<>();
    for (StoredArticle a : members) {
      String t = a.text("title");
      if (t != null) titleById.put(a.id(), t);
    }
    Map<String, String> titles = new LinkedHashMap<>();
    for (Story.Member m : story.timeline()) {
      String t = titleById.get(m.id());
      if (t != null) titles.put(m.id(), t);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = Json.MAPPER.convertValue(story, Map.class);
    m.put("titles", titles);
    Json.ok(ctx, m);
  }

  private void entity(Context ctx) throws IOException {
    String name = entityName(ctx.pathParam("name"));
    Interval interval = Params.choice(ctx, "interval", Interval.class, Interval.WEEK);
    int top = Params.integer(ctx, "top", 10, 1, MAX_TOP);
    String q = Params.text(ctx, "q", "*");
    parse(q); // its errors point into q as the caller wrote it, not into the combined query
    Query query = parse(entityQuery(name, q));
    LuceneStore store = services.store().store();
    Aggregations.Result agg =
        aggregate(
            store, query, List.of(Schema.LANGUAGE, Schema.COUNTRY, Schema.SOURCE), top, interval);
    List<ToneOverTime.Period> tone =
        guarded(() -> store.withSearcher(s -> ToneOverTime.of(s, query, interval)));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", name);
    m.put("articles", agg.total());
    m.put("interval", interval.name().toLowerCase(Locale.ROOT));
    m.put("attention", agg.histogram());
    m.put("tone", agg.tone());
    m.put("toneOverTime", tone);
    m.put("languages", agg.facets().get(Schema.LANGUAGE));
    m.put("countries", agg.facets().get(Schema.COUNTRY));
    m.put("sources", agg.facets().get(Schema.SOURCE));
    Json.ok(ctx, m);
  }

  private void shareOfVoice(Context ctx) throws IOException {
    String name = entityName(ctx.pathParam("name"));
    List<String> rivals = Params.list(ctx, "rivals", MAX_RIVALS);
    if (rivals.isEmpty()) throw ApiError.badRequest("parameter 'rivals' is required");
    List<String> entities = new ArrayList<>();
    entities.add(name);
    for (String r : rivals) {
      String rival = entityName(r);
      if (!entities.contains(rival)) entities.add(rival);
    }
    Interval interval = Params.choice(ctx, "interval", Interval.class, Interval.MONTH);
    Query query = parse(Params.text(ctx, "q", "*"));
    List<Aggregations.Share> shares =
        guarded(
            () ->
                services
                    .store()
                    .store()
                    .withSearcher(
                        s -> Aggregations.shareOfVoice(s, query, entities, interval.store())));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entities", entities);
    m.put("interval", interval.name().toLowerCase(Locale.ROOT));
    m.put("periods", shares);
    Json.ok(ctx, m);
  }

  private void sources(Context ctx) throws IOException {
    Json.ok(ctx, Map.of("sources", services.store().health(Instant.now())));
  }

  private void export(Context ctx) throws IOException {
    Query query = parse(Params.text(ctx, "q", "*"));
    ExportFormat format = Params.choice(ctx, "format", ExportFormat.class, ExportFormat.JSONL);
    Order order = Params.choice(ctx, "sort", Order.class, Order.DATE);
    LuceneStore store = services.store().store();
    // Runs the query once before the first byte: a query error is still a 400, not a cut stream.
    long total = store.search(query, 0, order).total();
    ctx.status(200);
    ctx.contentType(format.contentType);
    ctx.header(
        "Content-Disposition", "attachment; filename=\"argus-export." + format.extension + "\"");
    ctx.header("X-Total-Count", Long.toString(total));
    OutputStream out = ctx.outputStream();
    try (RowWriter w = format == ExportFormat.CSV ? RowWriter.csv(out) : RowWriter.jsonl(out)) {
      store.export(query, order, w);
    } catch (IOException e) {
      if (!ctx.res().isCommitted()) throw e;
      // The client went away mid-stream: nothing to answer, nothing the server did wrong.
      LOG.log(System.Logger.Level.INFO, "export to " + ctx.ip() + " cut: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Export formats. */
  enum ExportFormat {
    JSONL("application/x-ndjson; charset=utf-8", "jsonl"),
    CSV("text/csv; charset=utf-8", "csv");

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  /** Periods of time series. */
  enum Interval {
    DAY,
    WEEK,
    MONTH;

    Aggregations.Interval store() {
      return Aggregations.Interval.valueOf(name());
    }
  }

  private Query parse(String q) {
    return queries.parse(q);
  }

  private static int offset(Context ctx) {
    String cursor = Params.text(ctx, "cursor", null);
    if (cursor == null) return Params.integer(ctx, "offset", 0, 0, LuceneStore.MAX_LIMIT);
    if (ctx.queryParam("offset") != null) {
      throw ApiError.badRequest("give 'cursor' or 'offset', not both");
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (s.startsWith("o:")) {
        int o = Integer.parseInt(s.substring(2));
        if (o >= 0 && o <= LuceneStore.MAX_LIMIT) return o;
      }
    } catch (IllegalArgumentException malformed) {
      // reported below
    }
    throw ApiError.badRequest("parameter 'cursor' is not a cursor this server gave");
  }

  /**
   * A page's cursor: the offset of the next page, opaque to callers so that it can become a search
   * position later without changing the API.
   */
  private static String cursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static String entityName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()
        || n.length() > ArticleDocuments.MAX_KEYWORD_CHARS
        || n.indexOf('"') >= 0
        || n.indexOf('\\') >= 0) {
      throw ApiError.badRequest(
          "an entity name is 1 to "
              + ArticleDocuments.MAX_KEYWORD_CHARS
              + " characters without a double quote or backslash, was '"
              + (n.length() > 80 ? n.substring(0, 80) + "…" : n)
              + "'");
    }
    return n;
  }

  private static String entityQuery(String name, String q) {
    String e = "entity:\"" + name + "\"";
    return q.equals("*") ? e : e + " AND (" + q + ")";
  }

  private static Aggregations.Result aggregate(
      LuceneStore store, Query query, List<String> fields, int top, Interval interval)
      throws IOException {
    Aggregations.Interval i = interval == null ? null : interval.store();
    return guarded(() -> store.withSearcher(s -> Aggregations.aggregate(s, query, fields, top, i)));
  }

  /** Work whose argument errors (a histogram with too many buckets) are the caller's: 400. */
  private interface Work<T> {
    T run() throws IOException;
  }

  private static <T> T guarded(Work<T> work) throws IOException {
    try {
      return work.run();
    } catch (dev.argus.store.query.QuerySyntaxException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }
}
