package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources, ingest, reprocess commands end to end, against a site served on loopback. */
class IngestCommandsTest {
  @TempDir Path dir;

  private HttpServer server;
  private String base;
  private final Map<String, String[]> site = new ConcurrentHashMap<>();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/",
        exchange -> {
          String[] page = site.get(exchange.getRequestURI().getPath());
          byte[] body = (page == null ? "not found" : page[1]).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : page[0]);
          exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    server.start();
    site.put(
        "/",
        new String[] {
          "text/html",
          "<html><head><title>Lakeside Ledger</title><link rel=\"alternate\""
              + " type=\"application/rss+xml\" href=\"/rss.xml\"></head><body>Home</body></html>"
        });
    site.put("/robots.txt", new String[] {"text/plain", "User-agent: *\nDisallow: /private/\n"});
    site.put(
        "/rss.xml", new String[] {"application/rss+xml", rss("/news/1", "/news/2", "/private/3")});
    site.put(
        "/news/1",
        new String[] {"text/html; charset=utf-8", story("Ferry timetable changes", "ferry")});
    site.put(
        "/news/2",
        new String[] {
          "text/html; charset=utf-8", story("Library reopens after repairs", "library")
        });
    site.put("/private/3", new String[] {"text/html", story("Hidden", "hidden")});
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void addsASiteByItsHomePageIngestsItsFeedAndReportsHealth() throws Exception {
    String data = dir.resolve("data").toString();
    String add = Cli.ok("sources", "add", base + "/", "--data", data, "--allow-private-network");
    assertThat(add).contains("added source 1: Lakeside Ledger (site, polls " + base + "/rss.xml)");

    String ingest =
        Cli.ok(
            "ingest",
            "--data",
            data,
            "--allow-private-network",
            "--host-delay",
            "0s",
            "--no-progress");
    assertThat(ingest)
        .contains("1 sources polled (0 failed), 3 new URLs")
        .contains("2 new articles")
        .contains("1 failed");

    List<String> lines = articleLines(data);
    assertThat(lines).hasSize(2);
    assertThat(String.join("\n", lines))
        .contains("Ferry timetable changes")
        .contains("Library reopens");
    assertThat(Files.readString(Path.of(data, "failures.jsonl")))
        .contains("/private/3")
        .contains("ROBOTS");

    String again =
        Cli.ok(
            "ingest",
            "--all",
            "--data",
            data,
            "--allow-private-network",
            "--host-delay",
            "0s",
            "--no-progress");
    assertThat(again).contains("0 new URLs").contains("0 new articles");
    assertThat(articleLines(data)).hasSize(2);

    String health = Cli.ok("sources", "health", "--data", data);
    assertThat(health).contains("Lakeside Ledger").contains("1 failed for good");

    String reprocess = Cli.ok("reprocess", "--data", data, "--no-progress");
    assertThat(reprocess).contains("2 processed").contains("2 unchanged");
    assertThat(articleLines(data)).hasSize(2);

    assertThat(Cli.ok("sources", "list", "--data", data)).contains(base + "/");
    assertThat(Cli.ok("sources", "remove", "1", "--data", data)).contains("removed source 1");
    assertThat(Cli.ok("sources", "list", "--data", data)).contains("no sources yet");
  }

  @Test
  void theDataFoldersOwnWatchListTagsEntitiesWithoutTheOption() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(
        data.resolve("watchlist.yaml"),
        "entities:\n  - name: Town Council\n    type: organization\n    aliases: [town council]\n");

    Cli.ok(
        "ingest",
        "--data",
        data.toString(),
        "--allow-private-network",
        "--host-delay",
        "0s",
        "--no-progress",
        base + "/news/1");

    assertThat(Cli.ok("search", "--data", data.toString(), "entity:\"Town Council\""))
        .contains("Ferry timetable changes");
  }

  @Test
  void importsAnOpmlSubscriptionList() throws Exception {
    Path opml = dir.resolve("subs.opml");
    Files.writeString(
        opml,
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>s</title></head><body>"
            + "<outline text=\"Local\"><outline text=\"Ledger\" type=\"rss\" xmlUrl=\""
            + base
            + "/rss.xml\"/><outline text=\"Gone\" type=\"rss\" xmlUrl=\""
            + base
            + "/gone.xml\"/></outline></body></opml>");
    String data = dir.resolve("data").toString();
    String out =
        Cli.ok("sources", "import", opml.toString(), "--data", data, "--allow-private-network");
    assertThat(out)
        .contains("added source 1: Ledger (feed")
        .contains("imported 1 sources, 1 failed");
  }

  @Test
  void watchPollsForTheGivenRounds() throws Exception {
    String data = dir.resolve("data").toString();
    Cli.ok("sources", "add", base + "/rss.xml", "--data", data, "--allow-private-network");
    String out =
        Cli.ok(
            "watch",
            "--rounds",
            "2",
            "--max-sleep",
            "1s",
            "--data",
            data,
            "--allow-private-network",
            "--host-delay",
            "0s");
    assertThat(out).contains("2 new articles");
    assertThat(articleLines(data)).hasSize(2);
  }

  @Test
  void aSourcesCountryIsSetOnAddChangedByEditAndGivenToItsArticles() throws Exception {
    String data = dir.resolve("data").toString();
    String add =
        Cli.ok(
            "sources",
            "add",
            base + "/rss.xml",
            "--country",
            "it",
            "--data",
            data,
            "--allow-private-network");
    assertThat(add).contains("added source 1");
    assertThat(Cli.ok("sources", "list", "--data", data)).contains(" IT ");
    Cli.ok(
        "ingest", "--data", data, "--allow-private-network", "--host-delay", "0s", "--no-progress");
    assertThat(articleLines(data))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"country\":\"IT\""));
    assertThat(Cli.ok("search", "country:it", "--data", data, "--format", "jsonl").lines())
        .hasSize(2);

    assertThat(
            Cli.ok("sources", "edit", "1", "--country", "none", "--name", "Ledger", "--data", data))
        .contains("source 1: Ledger, country from its domain");
    assertThat(Cli.ok("sources", "list", "--data", data)).contains(" - ").doesNotContain(" IT ");
  }

  @Test
  void anUnknownCountryCodeIsRefusedBeforeAnythingIsFetched() {
    int code =
        Main.run(
            "sources",
            "add",
            base + "/rss.xml",
            "--country",
            "italy",
            "--data",
            dir.toString(),
            "--allow-private-network");
    assertThat(code).isEqualTo(2);
    assertThat(Main.run("sources", "edit", "1", "--data", dir.toString())).isEqualTo(2);
  }

  @Test
  void aPageWithoutFeedsOrSitemapsIsRefusedWithAReason() throws Exception {
    site.put(
        "/",
        new String[] {"text/html", "<html><head><title>Bare</title></head><body>x</body></html>"});
    site.remove("/robots.txt");
    int code =
        Main.run("sources", "add", base + "/", "--data", dir.toString(), "--allow-private-network");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void loopbackSourcesAreRefusedUnlessAllowed() throws Exception {
    int code = Main.run("sources", "add", base + "/rss.xml", "--data", dir.toString());
    assertThat(code).isEqualTo(1);
  }

  private List<String> articleLines(String data) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(data, "articles"))) {
      return files
          .sorted()
          .flatMap(
              f -> {
                try {
                  return Files.readAllLines(f).stream();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private String rss(String... paths) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lakeside Ledger</title>"
                + "<link>"
                + base
                + "/</link><description>d</description>");
    for (String p : paths) {
      sb.append("<item><title>t</title><link>").append(base).append(p).append("</link></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static String story(String title, String word) {
    return "<html lang=\"en\"><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>The town council confirmed the "
        + word
        + " news on Monday evening after a long"
        + " meeting that ran well past its planned end and drew a crowd of residents.</p><p>"
        + "Officials said the "
        + word
        + " plan would be reviewed again in the spring, once the"
        + " budget for the coming year has been agreed by the regional authority.</p></article>"
        + "</body></html>";
  }
}
