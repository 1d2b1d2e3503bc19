package dev.argus.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.Article;
import dev.argus.core.model.RawPage;
import dev.argus.ingest.fetch.FetchRequest;
import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.fetch.Fetcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/v1/extract}: the clean article of an HTML page the caller sends, or of a URL the
 * server fetches with the crawler's fetcher, so with the crawler's network-safety check: loopback,
 * private, link-local and cloud-metadata targets are refused (403), after every redirect too.
 */
final class Extract {

  private final Fetcher fetcher;
  private final ArticleExtractor extractor;

  Extract(Fetcher fetcher, ArticleExtractor extractor) {
    this.fetcher = fetcher;
    this.extractor = extractor;
  }

  void handle(Context ctx) throws IOException {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    byte[] body = body(ctx);
    if (type.startsWith("application/json")) {
      fromJson(ctx, body);
    } else if (type.startsWith("text/html")
        || type.startsWith("application/xhtml+xml")
        || type.startsWith("text/plain")) {
      String url = Params.text(ctx, "url", null);
      if (url != null) checkHttpUrl(url);
      answer(ctx, extractor.extract(new RawPage(null, url, body, ctx.contentType())), null);
    } else {
      throw new ApiError(
          415,
          "send an HTML page (Content-Type: text/html) or JSON {\"url\": ...}"
              + " (Content-Type: application/json), not '"
              + type
              + "'");
    }
  }

  private void fromJson(Context ctx, byte[] body) {
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiError(
          400,
          "the body is not valid JSON: " + e.getOriginalMessage(),
          Map.of(
              "line", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
              "column", e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw ApiError.badRequest("the body could not be read: " + e.getMessage());
    }
    if (json == null || !json.isObject()) {
      throw ApiError.badRequest(
          "the body must be a JSON object: {\"url\": ...} or {\"html\": ...}");
    }
    for (var names = json.fieldNames(); names.hasNext(); ) {
      String n = names.next();
      if (!n.equals("url") && !n.equals("html")) {
        throw ApiError.badRequest("unknown field '" + n + "': the body takes 'url' and 'html'");
      }
    }
    String url = text(json, "url");
    String html = text(json, "html");
    if (html != null) {
      if (url != null) checkHttpUrl(url);
      answer(
          ctx,
          extractor.extract(
              new RawPage(null, url, html.getBytes(StandardCharsets.UTF_8), "text/html")),
          null);
      return;
    }
    if (url == null) throw ApiError.badRequest("the body needs 'url' or 'html'");
    checkHttpUrl(url);
    FetchResult r = fetcher.fetch(FetchRequest.of(url));
    if (r instanceof FetchResult.Failed f) throw refused(f);
    FetchResponse response = ((FetchResult.Fetched) r).response();
    if (!response.isHtml()) {
      throw new ApiError(
          422,
          url + " is not an HTML page (Content-Type " + response.contentType() + ")",
          Map.of("url", url));
    }
    Map<String, Object> fetched = new LinkedHashMap<>();
    fetched.put("url", response.finalUrl());
    fetched.put("status", response.status());
    fetched.put("redirects", response.redirects());
    fetched.put("at", response.fetchedAt());
    answer(
        ctx,
        extractor.extract(
            new RawPage(null, response.finalUrl(), response.body(), response.contentType())),
        fetched);
  }

  private static String text(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw ApiError.badRequest("'" + field + "' must be a string");
    return v.asText();
  }

  private static void checkHttpUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw ApiError.badRequest("not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw ApiError.badRequest("only absolute http(s) URLs are accepted, was '" + url + "'");
    }
  }

  /** A failed fetch as the caller's answer: refused targets 403, bad URLs 400, the rest 502. */
  private static ApiError refused(FetchResult.Failed f) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("url", f.url());
    d.put("reason", f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (f.status() != 0) d.put("upstreamStatus", f.status());
    return switch (f.kind()) {
      case BLOCKED_ADDRESS ->
          new ApiError(
              403,
              "refused by the network-safety check (no loopback, private, link-local or"
                  + " cloud-metadata targets): "
                  + f.reason(),
              d);
      case ROBOTS_DISALLOWED -> new ApiError(403, f.reason(), d);
      case BAD_URL -> new ApiError(400, f.reason(), d);
      case TOO_LARGE -> new ApiError(502, "the page is too large: " + f.reason(), d);
      default -> new ApiError(502, "the page could not be fetched: " + f.reason(), d);
    };
  }

  private static void answer(Context ctx, Extraction e, Map<String, Object> fetched) {
    if (e instanceof Extraction.Failed f) {
      throw new ApiError(422, "the page could not be extracted: " + f.reason());
    }
    Article a = ((Extraction.Ok) e).article();
    @SuppressWarnings("unchecked")
    Map<String, Object> m = Json.MAPPER.convertValue(a, Map.class);
    m.put("words", a.wordCount());
    if (fetched != null) m.put("fetched", fetched);
    Json.ok(ctx, m);
  }

  /**
   * A body over the limit but at most this large is read to its end, and thrown away, before the
   * 413: a client still sending it would otherwise find the connection reset under its feet and
   * lose the answer (about 1 request in 30 on loopback). Past this, the answer goes at once.
   */
  static final long DRAIN_LIMIT = 4L * CoreRoutes.MAX_EXTRACT_BYTES;

  /**
   * The body, refused with 413 past {@link CoreRoutes#MAX_EXTRACT_BYTES}, read in bounded memory.
   */
  private static byte[] body(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > CoreRoutes.MAX_EXTRACT_BYTES) {
        if (declared <= DRAIN_LIMIT) drain(in);
        throw tooLarge();
      }
      byte[] b = in.readNBytes(CoreRoutes.MAX_EXTRACT_BYTES + 1);
      if (b.length > CoreRoutes.MAX_EXTRACT_BYTES) {
        drain(in);
        throw tooLarge();
      }
      if (b.length == 0) throw ApiError.badRequest("the body is empty");
      return b;
    }
  }

  /** Reads and discards the rest of the body, {@link #DRAIN_LIMIT} bytes at most. */
  private static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[64 << 10];
    long left = DRAIN_LIMIT;
    int n;
    while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) left -= n;
  }

  private static ApiError tooLarge() {
    return new ApiError(
        413,
        "the body is larger than " + CoreRoutes.MAX_EXTRACT_BYTES + " bytes",
        Map.of("limit", CoreRoutes.MAX_EXTRACT_BYTES));
  }
}
