package dev.argus.server;

import dev.argus.store.query.QuerySyntaxException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The HTTP server: every route of the API in one list ({@link CoreRoutes} plus what later parts
 * add), each wrapped by the same guard (key, read access, rate limit), the limits checked before
 * any handler runs, and every error answered as JSON. Javalin (over Jetty) does the HTTP.
 */
public final class ArgusServer implements AutoCloseable {

  /** Longest query string accepted, in characters (a query is at most 4,000). */
  public static final int MAX_QUERY_STRING = 16 * 1024;

  /** Most query parameters a request may have. */
  public static final int MAX_PARAMS = 32;

  /** Longest value of one query parameter. */
  public static final int MAX_PARAM_CHARS = 8 * 1024;

  /** Longest request path. */
  public static final int MAX_PATH_CHARS = 2 * 1024;

  /**
   * Request line and headers Jetty reads before answering 431 by itself: above our own limits, so
   * that ours (with their clear messages) are the ones callers meet.
   */
  static final int JETTY_HEADER_BYTES = 64 * 1024;

  /** The class-path folder of the dashboard's static files (the web module). */
  static final String DASHBOARD = "argus-web";

  /** The dashboard loads nothing from elsewhere: the browser refuses it too. */
  static final String DASHBOARD_CSP =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " frame-ancestors 'none'";

  private static final System.Logger LOG = System.getLogger(ArgusServer.class.getName());

  private final Javalin app;
  private final List<Route> routes;
  private final StoreAccess store;
  private final AnswerCache answers;

  private ArgusServer(Javalin app, List<Route> routes, StoreAccess store, AnswerCache answers) {
    this.app = app;
    this.routes = routes;
    this.store = store;
    this.answers = answers;
  }

  /** How the cache of read answers did so far. */
  public AnswerCache.Stats answerCache() {
    return answers.stats();
  }

  /**
   * Whether requests are handled on virtual threads: on Java 24 and later, where a virtual thread
   * no longer holds its carrier while it waits inside {@code synchronized} (on Java 21 that could
   * leave the few carriers of a small machine all pinned). Handing a request from Jetty's selector
   * to a virtual thread costs far less than waking a pooled platform thread, which is most of the
   * cost of an answer the cache already holds: on {@code argus bench serve} (2 cores, cache on) the
   * JVM spent 0.61 and 0.74 ms of CPU per request against 0.97 and 1.06 on platform threads, 2,252
   * and 1,867 searches/s against 1,423 and 1,302.
   */
  static final boolean VIRTUAL_THREADS = Runtime.version().feature() >= 24;

  /**
   * Starts a server over {@code services} with the core routes and {@code extra} ones (the later
   * parts of the API), and returns once it listens.
   *
   * @throws java.io.UncheckedIOException with a {@link java.net.BindException} when the address
   *     cannot be listened on (a port in use)
   */
  public static ArgusServer start(ServerConfig config, Services services, List<Route> extra) {
    List<Route> routes = new ArrayList<>(CoreRoutes.of(services));
    routes.addAll(extra);
    List<Route> all = new ArrayList<>(routes);
    all.addAll(ApiDocs.routes(all, config.read()));
    checkUnique(all);
    Guard guard =
        new Guard(
            services.keys(),
            config.read(),
            new RateLimiter(config.ratePerMinute(), System::nanoTime));
    AnswerCache answers = new AnswerCache(config.answerCacheBytes());
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.concurrency.useVirtualThreads = VIRTUAL_THREADS;
              c.startup.showOldJavalinVersionWarning = false;
              c.http.maxRequestSize = CoreRoutes.MAX_EXTRACT_BYTES + 1L;
              c.http.generateEtags = false;
              c.router.ignoreTrailingSlashes = true;
              // The dashboard (the web module's argus-web/ resources) at /, when on the class path.
              if (ArgusServer.class.getResource("/" + DASHBOARD + "/index.html") != null) {
                c.staticFiles.add(
                    f -> {
                      f.hostedPath = "/";
                      f.directory = "/" + DASHBOARD;
                      f.location = io.javalin.http.staticfiles.Location.CLASSPATH;
                      f.headers = Map.of("Content-Security-Policy", DASHBOARD_CSP);
                    });
              }
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              c.jetty.modifyHttpConfiguration(
                  h -> {
                    h.setRequestHeaderSize(JETTY_HEADER_BYTES);
                    h.setSendServerVersion(false);
                    h.setSendXPoweredBy(false);
                  });
              c.jetty.modifyServer(s -> s.setErrorHandler(new JsonErrorHandler()));
              if (!config.corsOrigins().isEmpty()) {
                c.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              List<String> origins = config.corsOrigins();
                              if (origins.contains("*")) rule.anyHost();
                              else
                                rule.allowHost(
                                    origins.get(0),
                                    origins.subList(1, origins.size()).toArray(String[]::new));
                              rule.exposeHeader("Retry-After");
                              rule.exposeHeader("Content-Disposition");
                            }));
              }
              c.routes.before(ArgusServer::checkLimits);
              for (Route r : all) {
                boolean keep = r.method() == Route.Method.GET && CoreRoutes.KEPT.contains(r.path());
                c.routes.addHttpHandler(
                    HandlerType.findOrCreate(r.method().name()),
                    r.path(),
                    ctx -> {
                      guard.admit(ctx, r.access());
                      if (keep && answerFromCache(ctx, services.store(), answers)) return;
                      r.handler().handle(ctx);
                    });
              }
              c.routes.exception(ApiError.class, (e, ctx) -> answer(ctx, e));
              c.routes.exception(
                  QuerySyntaxException.class,
                  (e, ctx) -> {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("position", e.position());
                    d.put("query", e.query());
                    d.put("pointer", e.pointer());
                    answer(ctx, new ApiError(400, "bad query: " + e.getMessage(), d));
                  });
              c.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      answer(
                          ctx,
                          e.getStatus() == 404
                              ? noSuchEndpoint(ctx)
                              : new ApiError(e.getStatus(), e.getMessage())));
              c.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    String incident = UUID.randomUUID().toString();
                    LOG.log(
                        System.Logger.Level.ERROR,
                        "request "
                            + ctx.method()
                            + " "
                            + ctx.path()
                            + " failed, incident "
                            + incident,
                        e);
                    answer(
                        ctx,
                        new ApiError(
                            500,
                            "internal error: the server log has the details",
                            Map.of("incident", incident)));
                  });
              c.routes.error(
                  404,
                  ctx -> {
                    if (!isJson(ctx)) answer(ctx, noSuchEndpoint(ctx));
                  });
              c.routes.error(
                  405,
                  ctx -> {
                    if (!isJson(ctx)) {
                      answer(ctx, new ApiError(405, "method not allowed: " + ctx.method()));
                    }
                  });
            });
    try {
      app.start();
    } catch (io.javalin.util.JavalinBindException e) {
      throw new java.io.UncheckedIOException(
          new java.net.BindException(
              "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage()));
    }
    return new ArgusServer(app, List.copyOf(all), services.store(), answers);
  }

  /**
   * Answers from the cache when it holds the answer for this request and the store's current
   * version; else marks the request so that its answer is kept. Requests whose answer depends on
   * the time ({@code now} in a date) are neither.
   */
  private static boolean answerFromCache(Context ctx, StoreAccess store, AnswerCache answers)
      throws java.io.IOException {
    String qs = ctx.queryString();
    if (qs != null && AnswerCache.mentionsNow(qs)) return false;
    long version;
    try {
      version = store.version();
    } catch (ApiError noStore) {
      return false; // the handler answers it
    }
    String key = version + " " + ctx.path() + (qs == null ? "" : "?" + qs);
    byte[] kept = answers.get(key);
    if (kept != null) {
      ctx.status(200).contentType(Json.TYPE).result(kept);
      return true;
    }
    ctx.attribute(Json.KEEP, (java.util.function.Consumer<byte[]>) b -> answers.put(key, b));
    return false;
  }

  /** Everything the routes need. */
  public record Services(
      StoreAccess store,
      ApiKeys keys,
      dev.argus.ingest.fetch.Fetcher fetcher,
      dev.argus.core.extract.ArticleExtractor extractor) {}

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Every route it serves, the API description's included. */
  public List<Route> routes() {
    return routes;
  }

  /**
   * What Javalin itself routes, as {@code METHOD /path}: the HTTP endpoints of its router, without
   * filters and CORS preflights. A test holds it equal to what the OpenAPI document describes, so a
   * handler registered outside the route registry shows up.
   */
  public java.util.Set<String> servedEndpoints() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
      HandlerType type = e.endpoint.method;
      if (type.isHttpMethod()
          && !type.equals(HandlerType.OPTIONS)
          && !type.equals(HandlerType.HEAD)) {
        out.add(type.name() + " " + e.endpoint.path);
      }
    }
    return out;
  }

  @Override
  public void close() {
    app.stop();
    try {
      store.close();
    } catch (java.io.IOException e) {
      LOG.log(System.Logger.Level.WARNING, "closing the store failed", e);
    }
  }

  private static void checkUnique(List<Route> routes) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Route r : routes) {
      if (!seen.add(r.method() + " " + r.path())) {
        throw new IllegalArgumentException("two routes for " + r.method() + " " + r.path());
      }
    }
  }

  private static ApiError noSuchEndpoint(Context ctx) {
    return ApiError.notFound(
        "no such endpoint: "
            + ctx.method()
            + " "
            + ctx.path()
            + " (the API is described at "
            + ApiDocs.OPENAPI_PATH
            + ")");
  }

  private static boolean isJson(Context ctx) {
    String t = ctx.res().getContentType();
    return t != null && t.startsWith("application/json") && ctx.result() != null;
  }

  static void answer(Context ctx, ApiError e) {
    e.headers().forEach(ctx::header);
    Json.send(ctx, e.status(), e.body());
  }

  /** The limits every request is held to, before routing. */
  static void checkLimits(Context ctx) {
    if (ctx.path().length() > MAX_PATH_CHARS) {
      throw ApiError.badRequest("the path is longer than " + MAX_PATH_CHARS + " characters");
    }
    String qs = ctx.queryString();
    if (qs == null) return;
    if (qs.length() > MAX_QUERY_STRING) {
      throw new ApiError(
          400,
          "the query string is longer than " + MAX_QUERY_STRING + " characters",
          Map.of("limit", MAX_QUERY_STRING));
    }
    Map<String, List<String>> params = ctx.queryParamMap();
    int count = 0;
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      count += p.getValue().size();
      if (p.getValue().size() > 1) {
        throw ApiError.badRequest("parameter '" + p.getKey() + "' is given more than once");
      }
      for (String v : p.getValue()) {
        if (v.length() > MAX_PARAM_CHARS) {
          throw new ApiError(
              400,
              "parameter '" + p.getKey() + "' is longer than " + MAX_PARAM_CHARS + " characters",
              Map.of("limit", MAX_PARAM_CHARS));
        }
      }
    }
    if (count > MAX_PARAMS) {
      throw new ApiError(
          400, "more than " + MAX_PARAMS + " query parameters", Map.of("limit", MAX_PARAMS));
    }
  }

  /** Keys, read access and the rate limit, checked before each route's handler. */
  static final class Guard {
    private final ApiKeys keys;
    private final ServerConfig.ReadAccess read;
    private final RateLimiter limiter;

    Guard(ApiKeys keys, ServerConfig.ReadAccess read, RateLimiter limiter) {
      this.keys = keys;
      this.read = read;
      this.limiter = limiter;
    }

    void admit(Context ctx, Route.Access access) throws java.io.IOException {
      String presented = presentedKey(ctx);
      Optional<String> name = presented == null ? Optional.empty() : keys.verify(presented);
      // Failed keys count against the client's address, so guessing is rate-limited too.
      String caller = name.map(n -> "key:" + n).orElse("ip:" + ctx.ip());
      long wait = limiter.acquire(caller);
      if (wait > 0) {
        throw new ApiError(
                429,
                "too many requests: try again in " + wait + " s",
                Map.of("retryAfterSeconds", wait))
            .withHeader("Retry-After", Long.toString(wait));
      }
      if (access == Route.Access.PUBLIC) return;
      if (presented != null && name.isEmpty()) {
        throw new ApiError(401, "invalid or revoked API key")
            .withHeader("WWW-Authenticate", "Bearer");
      }
      boolean needsKey = access == Route.Access.WRITE || read == ServerConfig.ReadAccess.KEY;
      if (needsKey && name.isEmpty()) {
        if (access == Route.Access.FEED) {
          if (keys.feeds().verify(ctx.pathParam("id"), ctx.queryParam("token"))) return;
          throw new ApiError(
                  401,
                  "reading this feed needs an API key or the feed's token: the alert's feed link"
                      + " (in the dashboard, or 'feed' in GET /api/v1/alerts) carries it as"
                      + " ?token=")
              .withHeader("WWW-Authenticate", "Bearer");
        }
        throw new ApiError(
                401,
                (access == Route.Access.WRITE ? "this endpoint" : "reading")
                    + " needs an API key: send 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'"
                    + " (argus keys create --name NAME makes one)")
            .withHeader("WWW-Authenticate", "Bearer");
      }
    }

    private static String presentedKey(Context ctx) {
      String auth = ctx.header("Authorization");
      if (auth != null) {
        if (auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).trim();
        return auth.trim(); // a scheme we do not know: judged as a (wrong) key
      }
      String key = ctx.header("X-Api-Key");
      return key == null ? null : key.trim();
    }
  }
}
