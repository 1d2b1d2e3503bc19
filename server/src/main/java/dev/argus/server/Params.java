package dev.argus.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed query parameters with their limits: a missing optional parameter takes its default, a
 * malformed or out-of-range one is a 400 that names it. One class so that every endpoint says
 * "limit must be 1 to 10000" the same way.
 */
final class Params {

  private Params() {}

  /** A text parameter, or {@code fallback} when absent or blank. */
  static String text(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** A text parameter that must be given. */
  static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) throw ApiError.badRequest("parameter '" + name + "' is required");
    return v;
  }

  /** An integer parameter in {@code [min, max]}, or {@code fallback} when absent. */
  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return fallback;
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException ignored) {
      // reported below, with the range
    }
    throw ApiError.badRequest(
        "parameter '" + name + "' must be a whole number from " + min + " to " + max);
  }

  /**
   * The request body, refused with a 413 (its limit in the answer) past {@code max} bytes; {@code
   * what} says what it is in the message, "{@code what} is at most {@code max} bytes{@code unit}".
   */
  static byte[] body(Context ctx, int max, String what, String unit) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length > max) {
      throw new ApiError(413, what + " is at most " + max + " bytes" + unit, Map.of("limit", max));
    }
    return body;
  }

  /** One of {@code values} (case-insensitive), or {@code fallback} when absent. */
  static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return fallback;
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.trim().replace('-', '_'))) return e;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
    throw ApiError.badRequest(
        "parameter '"
            + name
            + "' must be one of "
            + String.join(", ", names)
            + ", was '"
            + v
            + "'");
  }

  /** A comma-separated list (blank items dropped), at most {@code max} items. */
  static List<String> list(Context ctx, String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : v.split(",")) {
      if (!s.isBlank()) out.add(s.trim());
    }
    if (out.size() > max) {
      throw ApiError.badRequest("parameter '" + name + "' takes at most " + max + " values");
    }
    return out;
  }
}
