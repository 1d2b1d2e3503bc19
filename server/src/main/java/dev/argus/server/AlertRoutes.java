package dev.argus.server;

import static dev.argus.server.Route.Param.path;
import static dev.argus.server.Route.Param.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.alerts.Alert;
import dev.argus.alerts.AlertStore;
import dev.argus.alerts.Alerts;
import dev.argus.alerts.Channel;
import dev.argus.alerts.Delivery;
import dev.argus.alerts.Mode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The alerts API, as {@link Route}s: list, create, change, switch on and off, delete and test-fire
 * alerts, read an alert's delivery log (newest first) and its Atom feed. The contract the dashboard
 * is written against is at the top of {@code argus-web/js/pages/alerts.js}; the two are kept in
 * step.
 *
 * <p>Webhook secrets are never answered back: a channel shows {@code hasSecret} instead, and a PUT
 * that leaves a webhook's secret empty keeps the one the same URL had. Webhooks to loopback and
 * private addresses are refused, as by {@code argus alerts add}, unless the server was started
 * allowing them.
 */
public final class AlertRoutes {

  /** Largest request body of a create or change, in bytes. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** Most channels an alert may have. */
  public static final int MAX_CHANNELS = 10;

  /** Default and largest number of delivery-log lines one GET answers. */
  public static final int DEFAULT_DELIVERIES = 100;

  static final String ATOM = "application/atom+xml; charset=utf-8";

  private final Alerts alerts;
  private final boolean allowPrivateWebhooks;
  private final FeedTokens feedTokens;

  private AlertRoutes(Alerts alerts, boolean allowPrivateWebhooks, FeedTokens feedTokens) {
    this.alerts = alerts;
    this.allowPrivateWebhooks = allowPrivateWebhooks;
    this.feedTokens = feedTokens;
  }

  /** The alert routes of a server whose reads are open: feed links carry no token. */
  public static List<Route> of(Alerts alerts, boolean allowPrivateWebhooks) {
    return of(alerts, allowPrivateWebhooks, null);
  }

  /**
   * The alert routes over {@code alerts} (the caller keeps and closes them).
   *
   * @param allowPrivateWebhooks whether webhooks may target loopback and private addresses (an
   *     explicit choice of whoever starts the server)
   * @param feedTokens the tokens an alert's feed link carries, for a server whose reads need a key;
   *     null when reads are open (a token would only outlive the open reads it was not needed for)
   */
  public static List<Route> of(Alerts alerts, boolean allowPrivateWebhooks, FeedTokens feedTokens) {
    AlertRoutes api = new AlertRoutes(alerts, allowPrivateWebhooks, feedTokens);
    String base = CoreRoutes.V1 + "/alerts";
    Route.Param id = path("id", "The alert's id.");
    Route.Body body =
        new Route.Body(
            List.of(Json.TYPE),
            "{name, query, mode: instant|daily|weekly, channels: [{type: webhook, url, secret} |"
                + " {type: email, to} | {type: atom}]}");
    return List.of(
        Route.get(base, "Every alert: {alerts: [Alert]}.", api::list),
        Route.post(base, "Create an alert; answers it (201).", body, api::create),
        new Route(
                Route.Method.PUT,
                base + "/{id}",
                "Change an alert's name, query, mode and channels.",
                Route.Access.WRITE,
                List.of(),
                body,
                List.of(Json.TYPE),
                api::update)
            .with(id),
        new Route(
                Route.Method.DELETE,
                base + "/{id}",
                "Delete an alert and its state (its delivery log stays).",
                Route.Access.WRITE,
                List.of(),
                null,
                List.of(Json.TYPE),
                api::delete)
            .with(id),
        Route.post(
                base + "/{id}/enable",
                "Switch an alert on (again); answers it.",
                null,
                ctx -> api.setEnabled(ctx, true))
            .with(id),
        Route.post(
                base + "/{id}/disable",
                "Switch an alert off: it matches nothing, its state and pending deliveries stay;"
                    + " answers it.",
                null,
                ctx -> api.setEnabled(ctx, false))
            .with(id),
        Route.post(
                base + "/{id}/test",
                "Test-fire an alert once, now: {deliveries: [Delivery]}.",
                null,
                api::test)
            .with(id),
        Route.get(
                base + "/{id}/deliveries",
                "An alert's delivery log, newest first: {deliveries: [Delivery]}.",
                api::deliveries)
            .with(
                id,
                query(
                    "limit",
                    "integer",
                    "Lines, 1 to "
                        + AlertStore.LOG_LINES
                        + " (default "
                        + DEFAULT_DELIVERIES
                        + ")."),
                Route.Param.choice("failures", "true: only failed attempts.", "true", "false")),
        new Route(
                Route.Method.GET,
                base + "/{id}/feed.atom",
                "An alert's Atom feed, for feed readers.",
                Route.Access.FEED,
                List.of(),
                null,
                List.of(ATOM),
                api::feed)
            .with(
                id,
                query(
                    "token",
                    "string",
                    "The feed's token, for a feed reader when reads need a key (the alert's"
                        + " feed link carries it).")));
  }

  private void list(Context ctx) throws IOException {
    List<Object> out = new ArrayList<>();
    for (Alert a : alerts.list()) out.add(view(a));
    Json.ok(ctx, Map.of("alerts", out));
  }

  private void create(Context ctx) throws IOException {
    Request r = request(ctx, null);
    Alert a;
    try {
      a = alerts.add(r.name(), r.query(), r.channels(), r.mode());
    } catch (IllegalArgumentException e) {
      throw refused(e);
    }
    Json.send(ctx, 201, view(a));
  }

  private void update(Context ctx) throws IOException {
    Alert old = alert(ctx);
    Request r = request(ctx, old);
    Optional<Alert> a;
    try {
      a = alerts.update(old.id(), r.name(), r.query(), r.channels(), r.mode());
    } catch (IllegalArgumentException e) {
      throw refused(e);
    }
    Json.ok(ctx, view(a.orElseThrow(() -> noSuchAlert(old.id()))));
  }

  private void delete(Context ctx) throws IOException {
    Alert a = alert(ctx);
    alerts.remove(a.name());
    Json.ok(ctx, Map.of("deleted", a.id()));
  }

  private void setEnabled(Context ctx, boolean on) throws IOException {
    Alert a = alert(ctx);
    if (!alerts.setEnabled(a.name(), on)) throw noSuchAlert(a.id()); // removed meanwhile
    Json.ok(ctx, view(alerts.byId(a.id()).orElseThrow(() -> noSuchAlert(a.id()))));
  }

  private void test(Context ctx) {
    Alert a = alert(ctx);
    List<Object> out = new ArrayList<>();
    for (Delivery d : alerts.test(a.name())) out.add(view(d));
    Json.ok(ctx, Map.of("deliveries", out));
  }

  private void deliveries(Context ctx) {
    Alert a = alert(ctx);
    int limit = Params.integer(ctx, "limit", DEFAULT_DELIVERIES, 1, AlertStore.LOG_LINES);
    String failures = ctx.queryParam("failures");
    if (failures != null && !failures.equals("true") && !failures.equals("false")) {
      throw ApiError.badRequest("failures is true or false, was '" + failures + "'");
    }
    List<Delivery> log = new ArrayList<>(alerts.log(a.name(), "true".equals(failures), limit));
    java.util.Collections.reverse(log); // the store answers oldest first
    List<Object> out = new ArrayList<>();
    for (Delivery d : log) out.add(view(d));
    Json.ok(ctx, Map.of("deliveries", out));
  }

  private void feed(Context ctx) {
    Alert a = alert(ctx);
    ctx.status(200).contentType(ATOM).result(alerts.feed(a.name()));
  }

  // ---------------------------------------------------------------- requests

  /** A create or change request, checked. */
  private record Request(String name, String query, Mode mode, List<Channel> channels) {}

  private Request request(Context ctx, Alert old) {
    Params.body(ctx, MAX_BODY_BYTES, "an alert", " of JSON");
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body is a JSON object: {name, query, mode, channels}");
    }
    String name = text(body, "name", true);
    String query = text(body, "query", true);
    String modeText = text(body, "mode", false);
    Mode mode;
    try {
      mode = modeText == null ? Mode.INSTANT : Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("mode is instant, daily or weekly, was '" + modeText + "'");
    }
    JsonNode list = body.get("channels");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw ApiError.badRequest(
          "channels is a non-empty list: [{type: webhook, url, secret} | {type: email, to} |"
              + " {type: atom}]");
    }
    if (list.size() > MAX_CHANNELS) {
      throw new ApiError(
          400, "an alert has at most " + MAX_CHANNELS + " channels", Map.of("limit", MAX_CHANNELS));
    }
    List<Channel> channels = new ArrayList<>();
    for (JsonNode c : list) channels.add(channel(c, old));
    return new Request(name, query, mode, channels);
  }

  private Channel channel(JsonNode c, Alert old) {
    if (!c.isObject()) throw ApiError.badRequest("a channel is an object with a type");
    String type = text(c, "type", true).toLowerCase(Locale.ROOT);
    try {
      return switch (type) {
        case "webhook" -> {
          String url = text(c, "url", true);
          String secret = text(c, "secret", false);
          if ((secret == null || secret.isBlank()) && old != null) {
            secret = oldSecret(old, url); // the page never sees it, so it sends none back
          }
          yield new Channel.Webhook(url, secret, allowPrivateWebhooks);
        }
        case "email" -> new Channel.Email(text(c, "to", true));
        case "atom" -> new Channel.Atom();
        default ->
            throw ApiError.badRequest(
                "a channel's type is webhook, email or atom, was '" + type + "'");
      };
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static String oldSecret(Alert old, String url) {
    for (Channel c : old.channels()) {
      if (c instanceof Channel.Webhook w && w.url().equals(url)) return w.secret();
    }
    return null;
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) throw ApiError.badRequest("'" + field + "' is missing");
      return null;
    }
    if (!v.isTextual()) throw ApiError.badRequest("'" + field + "' is text");
    return v.asText();
  }

  private Alert alert(Context ctx) {
    String id = ctx.pathParam("id");
    return alerts.byId(id).orElseThrow(() -> noSuchAlert(id));
  }

  private static ApiError noSuchAlert(String id) {
    return ApiError.notFound("no alert with id " + id);
  }

  /** What the alerts refuse: a taken name is a conflict, the rest a bad request. */
  private static RuntimeException refused(IllegalArgumentException e) {
    // A refused query keeps its own type: the server answers it with its position.
    if (e instanceof dev.argus.store.query.QuerySyntaxException q) return q;
    String m = e.getMessage();
    return new ApiError(m != null && m.contains("exists already") ? 409 : 400, m);
  }

  // ---------------------------------------------------------------- answers

  private Map<String, Object> view(Alert a) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("query", a.query());
    m.put("mode", a.mode().name().toLowerCase(Locale.ROOT));
    m.put("enabled", a.enabled());
    m.put("created", a.created());
    List<Object> channels = new ArrayList<>();
    for (Channel c : a.channels()) channels.add(view(c));
    m.put("channels", channels);
    m.put("feed", feedLink(a.id(), feedTokens));
    return m;
  }

  /**
   * The path of the feed of the alert with id {@code id}, with its token when {@code tokens} is not
   * null.
   */
  public static String feedLink(String id, FeedTokens tokens) throws IOException {
    String path = CoreRoutes.V1 + "/alerts/" + id + "/feed.atom"; // ids are hex digits
    return tokens == null ? path : path + "?token=" + tokens.token(id);
  }

  static Map<String, Object> view(Channel c) {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (c) {
      case Channel.Webhook w -> {
        m.put("type", "webhook");
        m.put("url", w.url());
        m.put("hasSecret", true); // never the secret itself
      }
      case Channel.Email e -> {
        m.put("type", "email");
        m.put("to", e.to());
      }
      case Channel.Atom x -> m.put("type", "atom");
    }
    m.put("label", c.label());
    return m;
  }

  static Map<String, Object> view(Delivery d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("deliveryId", d.deliveryId());
    m.put("alertId", d.alertId());
    m.put("storyId", d.storyId());
    m.put("articleIds", d.articleIds());
    m.put("kind", d.kind() == null ? null : d.kind().name());
    m.put("channel", d.channel());
    m.put("attempt", d.attempt());
    m.put("status", d.status().name());
    m.put("httpStatus", d.httpStatus());
    m.put("error", d.error());
    m.put("time", d.time());
    return m;
  }
}
