package dev.argus.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.argus.ingest.fetch.FetchRequest;
import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.fetch.Fetcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's news sites, on a loopback HTTP server inside the JVM: every outlet of the demo corpus
 * (its pages' fictional {@code .example} hosts) with an RSS feed of its published pages at {@value
 * #FEED_PATH}, and a webhook receiver that prints what it gets. Pages can be held back and
 * published one at a time ({@link #publishNext()}), so a feed gains an item as a real one would.
 *
 * <p>{@link #fetcher} makes the real pipeline read these sites under their own URLs: a request to a
 * {@code .example} host (a name reserved for examples, RFC 2606, so no real site is shadowed) goes
 * to the loopback server instead, and the answer comes back under the URL asked for. Only those
 * requests are let through to the loopback address; every other one goes to the ordinary fetcher.
 * The JDK's HTTP server is enough for a handful of local pages.
 */
public final class DemoSite implements AutoCloseable {

  /** Each outlet's feed, on its own host. */
  public static final String FEED_PATH = "/demo-feed.xml";

  /** Where the webhook receiver listens. */
  public static final String HOOK_PATH = "/hook";

  private final HttpServer server;
  private final Map<String, DemoCorpus.Page> byUrl = new LinkedHashMap<>();
  private final List<DemoCorpus.Page> published = new CopyOnWriteArrayList<>();
  private final List<DemoCorpus.Page> held;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger received = new AtomicInteger();
  private final PrintStream log;

  private DemoSite(
      HttpServer server, List<DemoCorpus.Page> pages, List<DemoCorpus.Page> held, PrintStream log) {
    this.server = server;
    this.held = List.copyOf(held);
    this.log = log;
    for (DemoCorpus.Page p : pages) {
      byUrl.put(p.url(), p);
      if (!held.contains(p)) published.add(p);
    }
  }

  /**
   * Starts the sites on a free loopback port with {@code pages} published except {@code held},
   * which {@link #publishNext} publishes in their order. The webhook receiver prints to {@code
   * log}.
   */
  public static DemoSite start(
      List<DemoCorpus.Page> pages, List<DemoCorpus.Page> held, PrintStream log) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DemoSite site = new DemoSite(http, pages, held, log);
    http.createContext("/", site::handle);
    http.start();
    return site;
  }

  /** The outlets' hosts, in corpus order. */
  public List<String> hosts() {
    List<String> out = new ArrayList<>();
    for (String url : byUrl.keySet()) {
      String host = URI.create(url).getHost();
      if (!out.contains(host)) out.add(host);
    }
    return out;
  }

  /** The feed URL of an outlet. */
  public static String feedUrl(String host) {
    return "https://" + host + FEED_PATH;
  }

  /** The webhook receiver's URL (on the loopback address). */
  public String hookUrl() {
    return base() + HOOK_PATH;
  }

  /** Webhook deliveries received so far. */
  public int received() {
    return received.get();
  }

  /** Pages still held back. */
  public int heldBack() {
    return held.size() - next.get();
  }

  /** Publishes the next held-back page in its outlet's feed; null when none is left. */
  public DemoCorpus.Page publishNext() {
    int i = next.getAndIncrement();
    if (i >= held.size()) return null;
    DemoCorpus.Page p = held.get(i);
    published.add(p);
    return p;
  }

  /**
   * A fetcher that reads the demo's {@code .example} sites from this server (private network
   * allowed for them only) and everything else with {@code others}.
   *
   * @param loopback a fetcher allowed to reach loopback addresses, used only for the demo's sites
   */
  public Fetcher fetcher(Fetcher loopback, Fetcher others) {
    return new Fetcher() {
      @Override
      public FetchResult fetch(FetchRequest request) {
        String local = local(request.url());
        if (local == null) return others.fetch(request);
        FetchResult r =
            loopback.fetch(new FetchRequest(local, request.etag(), request.lastModified()));
        return switch (r) {
          case FetchResult.Fetched f -> {
            FetchResponse x = f.response();
            yield new FetchResult.Fetched(
                new FetchResponse(
                    request.url(),
                    request.url(),
                    List.of(),
                    x.status(),
                    x.requestHeaders(),
                    x.responseHeaders(),
                    x.body(),
                    x.fetchedAt(),
                    x.ipAddress()));
          }
          case FetchResult.Failed f ->
              new FetchResult.Failed(
                  request.url(), f.kind(), f.reason(), f.status(), f.retryAfter());
        };
      }

      @Override
      public void close() {
        try {
          loopback.close();
        } finally {
          others.close();
        }
      }
    };
  }

  /** The loopback URL serving {@code url}, or null when it is not one of the demo's sites. */
  String local(String url) {
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    if (!host.endsWith(".example")) return null;
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
    return base() + "/site/" + host + path + query;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getRawPath();
      if (path.equals(HOOK_PATH) && x.getRequestMethod().equals("POST")) {
        hook(x);
        return;
      }
      if (!path.startsWith("/site/")) {
        send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), false);
        return;
      }
      String rest = path.substring("/site/".length());
      int slash = rest.indexOf('/');
      String host = slash < 0 ? rest : rest.substring(0, slash);
      String sitePath = slash < 0 ? "/" : rest.substring(slash);
      if (sitePath.equals(FEED_PATH)) {
        send(x, 200, "application/rss+xml; charset=utf-8", feed(host), false);
        return;
      }
      String query = x.getRequestURI().getRawQuery();
      String url = "https://" + host + sitePath + (query == null ? "" : "?" + query);
      DemoCorpus.Page page = find(url);
      if (page == null || !published.contains(page)) {
        send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), false);
        return;
      }
      boolean gz = page.path().endsWith(".gz");
      send(x, 200, "text/html", DemoCorpus.read(page), gz);
    }
  }

  /** The page with URL {@code url}, with or without its {@code www.}. */
  private DemoCorpus.Page find(String url) {
    DemoCorpus.Page p = byUrl.get(url);
    return p != null ? p : byUrl.get(url.replaceFirst("^https://www\\.", "https://"));
  }

  private void hook(HttpExchange x) throws IOException {
    byte[] body = x.getRequestBody().readAllBytes();
    received.incrementAndGet();
    String what = body.length + " bytes";
    try {
      var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
      var story = n.path("stories").path(0);
      List<String> langs = new ArrayList<>();
      story.path("newLanguages").forEach(l -> langs.add(l.asText()));
      String kind = n.path("kind").asText("?").toLowerCase(Locale.ROOT);
      what =
          kind
              + " story: "
              + story.path("articles").path(0).path("title").asText("")
              + (langs.isEmpty()
                  ? ""
                  : kind.equals("update")
                      ? " (now also in " + String.join(", ", langs) + ")"
                      : " (in " + String.join(", ", langs) + ")");
    } catch (IOException e) {
      // not JSON: its size is shown
    }
    log.printf(
        "  [webhook receiver] got a delivery%s: %s%n",
        x.getRequestHeaders().getFirst("X-Argus-Signature") == null ? "" : " (signed)", what);
    log.flush();
    send(x, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8), false);
  }

  /** An RSS 2.0 feed of the outlet's published pages, newest (last published) first. */
  byte[] feed(String host) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>")
        .append(escape(host))
        .append("</title><link>https://")
        .append(escape(host))
        .append("/</link><description>Argus demo feed</description>\n");
    List<DemoCorpus.Page> pages = new ArrayList<>(published);
    java.util.Collections.reverse(pages);
    for (DemoCorpus.Page p : pages) {
      if (!host.equals(URI.create(p.url()).getHost())) continue;
      b.append("<item><title>")
          .append(escape(p.file()))
          .append("</title><link>")
          .append(escape(p.url()))
          .append("</link><guid>")
          .append(escape(p.url()))
          .append("</guid></item>\n");
    }
    b.append("</channel></rss>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void send(HttpExchange x, int status, String type, byte[] body, boolean gzip)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    if (gzip) x.getResponseHeaders().set("Content-Encoding", "gzip");
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
