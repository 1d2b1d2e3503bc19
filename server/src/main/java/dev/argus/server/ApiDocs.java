package dev.argus.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API described: an OpenAPI 3.1 document built from the route registry (so every route is
 * described, and nothing else is), and a browsable page at {@code /api} that reads it and lets a
 * person try the GET endpoints. The page is one self-contained HTML file with its script inline: it
 * loads nothing from elsewhere and works offline.
 */
final class ApiDocs {

  static final String OPENAPI_PATH = CoreRoutes.V1 + "/openapi.json";
  static final String PAGE_PATH = "/api";

  private ApiDocs() {}

  /** The two documentation routes, describing {@code routes} (read when asked: all of them). */
  static List<Route> routes(List<Route> routes, ServerConfig.ReadAccess read) {
    byte[] page = page();
    return List.of(
        Route.get(
                OPENAPI_PATH,
                "This API, described in OpenAPI 3.1.",
                ctx -> Json.ok(ctx, document(routes, read)))
            .access(Route.Access.PUBLIC),
        Route.get(PAGE_PATH, "A page to browse and try this API.", ctx -> html(ctx, page))
            .access(Route.Access.PUBLIC)
            .producing("text/html"));
  }

  private static void html(Context ctx, byte[] page) {
    ctx.contentType("text/html; charset=utf-8");
    // The page's own script only: a page that runs nothing else cannot be turned against its user.
    ctx.header(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'");
    ctx.result(page);
  }

  private static byte[] page() {
    try (InputStream in = ApiDocs.class.getResourceAsStream("api.html")) {
      if (in == null) throw new IllegalStateException("api.html is missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OpenAPI 3.1 document of {@code routes}. */
  static Map<String, Object> document(List<Route> routes, ServerConfig.ReadAccess read) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put(
        "info",
        Map.of(
            "title",
            "Argus API",
            "version",
            "1",
            "description",
            "Search, stories, entities, sources and export over an Argus store. Writes need an API"
                + " key (argus keys create); reads "
                + (read == ServerConfig.ReadAccess.KEY ? "need one too." : "are open.")
                + " Errors are JSON {\"error\": ..., \"status\": ...}."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item =
          (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<>());
      item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r, read));
    }
    doc.put("paths", paths);
    Map<String, Object> schemes = new LinkedHashMap<>();
    schemes.put("bearer", Map.of("type", "http", "scheme", "bearer"));
    schemes.put("apiKey", Map.of("type", "apiKey", "in", "header", "name", "X-Api-Key"));
    schemes.put(
        "feedToken",
        Map.of(
            "type",
            "apiKey",
            "in",
            "query",
            "name",
            "token",
            "description",
            "An alert's feed token, which opens its Atom feed only (the alert's feed link carries"
                + " it)."));
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "object");
    error.put("required", List.of("error", "status"));
    error.put(
        "properties",
        Map.of("error", Map.of("type", "string"), "status", Map.of("type", "integer")));
    doc.put("components", Map.of("securitySchemes", schemes, "schemas", Map.of("Error", error)));
    return doc;
  }

  private static Map<String, Object> operation(Route r, ServerConfig.ReadAccess read) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", operationId(r));
    op.put("summary", r.summary());
    List<Object> params = new ArrayList<>();
    for (Route.Param p : r.params()) {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", p.type());
      if (!p.allowed().isEmpty()) schema.put("enum", p.allowed());
      Map<String, Object> param = new LinkedHashMap<>();
      param.put("name", p.name());
      param.put("in", p.in().name().toLowerCase(Locale.ROOT));
      param.put("required", p.required());
      param.put("description", p.description());
      param.put("schema", schema);
      params.add(param);
    }
    if (!params.isEmpty()) op.put("parameters", params);
    if (r.body() != null) {
      Map<String, Object> content = new LinkedHashMap<>();
      for (String t : r.body().contentTypes()) content.put(t, Map.of());
      op.put(
          "requestBody",
          Map.of("required", true, "description", r.body().description(), "content", content));
    }
    boolean keyed =
        r.access() == Route.Access.WRITE
            || (r.access() != Route.Access.PUBLIC && read == ServerConfig.ReadAccess.KEY);
    List<Object> security = new ArrayList<>();
    if (keyed) {
      security.add(Map.of("bearer", List.of()));
      security.add(Map.of("apiKey", List.of()));
      if (r.access() == Route.Access.FEED) security.add(Map.of("feedToken", List.of()));
    }
    op.put("security", security);
    Map<String, Object> responses = new LinkedHashMap<>();
    Map<String, Object> ok = new LinkedHashMap<>();
    for (String t : r.produces()) ok.put(t.replaceAll(";.*", ""), Map.of());
    responses.put("200", Map.of("description", "OK", "content", ok));
    Map<String, Object> error =
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")));
    if (r.access() != Route.Access.PUBLIC) {
      responses.put("400", Map.of("description", "Bad request", "content", error));
      responses.put("401", Map.of("description", "A key is needed", "content", error));
    }
    responses.put("429", Map.of("description", "Too many requests", "content", error));
    op.put("responses", responses);
    return op;
  }

  private static String operationId(Route r) {
    StringBuilder b = new StringBuilder(r.method().name().toLowerCase(Locale.ROOT));
    for (String part : r.path().split("[/{}._-]+")) {
      if (part.isEmpty()) continue;
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }
}
