package dev.argus.server;

import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One endpoint of the API, described once: the server registers its handler and the OpenAPI
 * document describes it from the same record, so the two cannot drift apart. Later parts of the
 * server (watch lists, saved queries, alerts) add their routes the same way.
 *
 * @param method the HTTP method
 * @param path the path, with {@code {name}} path parameters ({@code /api/v1/stories/{id}})
 * @param summary one line for the API page
 * @param access who may call it
 * @param params the path and query parameters
 * @param body the request body, or null for none
 * @param produces the response content types (the first is the usual one)
 * @param handler the handler
 */
public record Route(
    Method method,
    String path,
    String summary,
    Access access,
    List<Param> params,
    Body body,
    List<String> produces,
    Handler handler) {

  public Route {
    Objects.requireNonNull(method);
    Objects.requireNonNull(path);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(access);
    Objects.requireNonNull(handler);
    params = List.copyOf(params);
    produces = List.copyOf(produces);
    if (!path.startsWith("/")) throw new IllegalArgumentException("a path starts with /: " + path);
    if (method != Method.GET && (access == Access.READ || access == Access.FEED)) {
      throw new IllegalArgumentException(method + " " + path + " writes: it needs Access.WRITE");
    }
  }

  /** HTTP methods the API uses. */
  public enum Method {
    GET,
    POST,
    PUT,
    DELETE
  }

  /** Who may call a route. */
  public enum Access {
    /** Anyone: the API description and page. */
    PUBLIC,
    /** Anyone when reads are open, a key holder when {@code --read key}. */
    READ,
    /** A key holder only. Every route that is not a GET. */
    WRITE,
    /**
     * As {@link #READ}, and, when reads need a key, also whoever presents the feed token ({@link
     * FeedTokens}) of the alert whose id is the path's {@code id}: for feed readers, which cannot
     * send a key.
     */
    FEED
  }

  /** Where a parameter is. */
  public enum In {
    PATH,
    QUERY
  }

  /**
   * A parameter.
   *
   * @param type an OpenAPI type: string, integer or number
   * @param allowed the values it takes, when it is a choice (empty otherwise)
   */
  public record Param(
      String name, In in, String type, boolean required, String description, List<String> allowed) {
    public Param {
      allowed = List.copyOf(allowed);
    }

    public static Param query(String name, String type, String description) {
      return new Param(name, In.QUERY, type, false, description, List.of());
    }

    public static Param choice(String name, String description, String... values) {
      return new Param(name, In.QUERY, "string", false, description, List.of(values));
    }

    public static Param path(String name, String description) {
      return new Param(name, In.PATH, "string", true, description, List.of());
    }
  }

  /** A request body: its content types and what it holds. */
  public record Body(List<String> contentTypes, String description) {
    public Body {
      contentTypes = List.copyOf(contentTypes);
    }
  }

  /** A JSON GET route open to readers. */
  public static Route get(String path, String summary, Handler handler) {
    return new Route(
        Method.GET, path, summary, Access.READ, List.of(), null, List.of(Json.TYPE), handler);
  }

  /** A POST route that needs a key. */
  public static Route post(String path, String summary, Body body, Handler handler) {
    return new Route(
        Method.POST, path, summary, Access.WRITE, List.of(), body, List.of(Json.TYPE), handler);
  }

  /** This route with more parameters. */
  public Route with(Param... more) {
    List<Param> all = new ArrayList<>(params);
    all.addAll(List.of(more));
    return new Route(method, path, summary, access, all, body, produces, handler);
  }

  /** This route with other response content types. */
  public Route producing(String... types) {
    return new Route(method, path, summary, access, params, body, List.of(types), handler);
  }

  /** This route with other access. */
  public Route access(Access other) {
    return new Route(method, path, summary, other, params, body, produces, handler);
  }
}
