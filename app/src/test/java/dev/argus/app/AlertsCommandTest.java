package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus alerts} end to end, and alerts fired by {@code argus ingest}. */
class AlertsCommandTest {
  @TempDir Path dir;

  private HttpServer server;
  private String hook;
  private final List<String> bodies = new CopyOnWriteArrayList<>();

  @BeforeEach
  void receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hook = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    server.createContext(
        "/hook",
        x -> {
          bodies.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          x.sendResponseHeaders(204, -1);
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void ingestionAlertsOncePerStory() throws IOException {
    Cli.Run add =
        Cli.run(
            "alerts",
            "add",
            "nexori",
            "--query",
            "Nexori",
            "--webhook",
            hook,
            "--secret",
            "k",
            "--allow-private-network",
            "--atom",
            "--data",
            data());
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.out()).contains("alert nexori added: instant, webhook " + hook + ", atom");

    Path pages = Files.createDirectories(dir.resolve("pages"));
    String launch =
        page(
            "Nexori unveils a folding camera phone",
            "Nexori presented its first folding camera phone at a packed event in Lyon on"
                + " Tuesday, with a periscope lens and a battery meant to last two days.",
            "The handset goes on sale in April at a price the company called aggressive, and"
                + " reviewers who tried it praised the hinge and the night photographs.");
    Files.writeString(pages.resolve("launch.html"), launch);
    Files.writeString(pages.resolve("launch-copy.html"), launch);
    Files.writeString(
        pages.resolve("factory.html"),
        page(
            "Nexori opens a battery factory near Valencia",
            "Nexori will employ eight hundred workers at a new battery plant on the outskirts"
                + " of Valencia, the regional government announced after months of talks.",
            "Construction starts this summer on land once used by a textile mill, and the first"
                + " cells are expected to leave the lines at the end of next year."));
    Files.writeString(
        pages.resolve("ferry.html"),
        page(
            "Ferry timetable changes for the winter",
            "The island ferry will sail twice a day from November, the harbour office said,"
                + " after a quiet season in which many crossings ran almost empty.",
            "Residents asked for an earlier morning boat so that pupils reach the mainland"
                + " schools on time, and the operator promised to consider it."));
    Path manifest = dir.resolve("manifest.tsv");
    Files.writeString(
        manifest,
        "pages/launch.html\thttps://ledger.example.com/nexori-camera\n"
            + "pages/launch-copy.html\thttps://courier.example.net/tech/nexori-camera\n"
            + "pages/factory.html\thttps://ledger.example.com/nexori-factory\n"
            + "pages/ferry.html\thttps://ledger.example.com/ferry\n");

    Cli.Run ingest =
        Cli.run("ingest", "--data", data(), "--manifest", manifest.toString(), "--no-progress");
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("4 new articles");

    assertThat(bodies).hasSize(2);
    assertThat(String.join("\n", bodies))
        .contains("nexori-camera")
        .contains("nexori-factory")
        .doesNotContain("ferry");
    // The syndicated copy is listed with the story it belongs to, not announced on its own.
    assertThat(bodies)
        .filteredOn(b -> b.contains("courier.example.net"))
        .singleElement()
        .satisfies(b -> assertThat(b).contains("ledger.example.com/nexori-camera"));

    Cli.Run log = Cli.run("alerts", "log", "nexori", "--data", data());
    assertThat(log.out().lines().filter(l -> l.contains(" new ")).count()).isEqualTo(4);
    assertThat(log.out()).doesNotContain("FAILED");

    Cli.Run feed = Cli.run("alerts", "feed", "nexori", "--data", data());
    assertThat(feed.out().split("<entry>", -1)).hasSize(3);

    // Ingesting the same pages again says nothing new.
    Cli.run("ingest", "--data", data(), "--manifest", manifest.toString(), "--no-progress");
    assertThat(bodies).hasSize(2);
  }

  @Test
  void theFeedLinkCarriesATokenUntilTheFeedsAreRotated() {
    Cli.run("alerts", "add", "nexori", "--query", "Nexori", "--atom", "--data", data());

    String url = feedLink("http://news.example:8080/");

    assertThat(url)
        .matches("http://news\\.example:8080/api/v1/alerts/\\w+/feed\\.atom\\?token=\\S{43}");
    assertThat(feedLink("http://news.example:8080")).isEqualTo(url);
    Cli.Run rotated = Cli.run("keys", "rotate-feeds", "--data", data());
    assertThat(rotated.code()).isZero();
    assertThat(rotated.out()).contains("feed tokens rotated");
    assertThat(feedLink("http://news.example:8080")).isNotEqualTo(url);
  }

  @Test
  void aFeedSecretArgusDidNotWriteIsOneClearLine() throws IOException {
    Cli.run("alerts", "add", "nexori", "--query", "Nexori", "--atom", "--data", data());
    Files.writeString(dir.resolve("data").resolve("feed-secret"), "hunter2\n");

    Cli.Run r =
        Cli.run("alerts", "feed", "nexori", "--link", "http://news.example", "--data", data());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .startsWith("argus: the feed secret in ")
        .contains("rotate-feeds")
        .doesNotContain("\tat ");
  }

  private String feedLink(String server) {
    Cli.Run link = Cli.run("alerts", "feed", "nexori", "--link", server, "--data", data());
    assertThat(link.code()).as(link.err()).isZero();
    return link.out().strip();
  }

  @Test
  void aBadQueryIsRefusedWithWhere() {
    Cli.Run r =
        Cli.run(
            "alerts", "add", "bad", "--query", "Nexori AND (camera", "--atom", "--data", data());
    assertThat(r.code()).isEqualTo(StoreOptions.BAD_QUERY);
    assertThat(r.err()).contains("argus: bad query").contains("^");
    assertThat(Cli.run("alerts", "list", "--data", data()).out()).contains("no alerts yet");
  }

  @Test
  void aPrivateWebhookNeedsTheExplicitOption() {
    Cli.Run r =
        Cli.run(
            "alerts",
            "add",
            "inside",
            "--query",
            "Nexori",
            "--webhook",
            hook,
            "--secret",
            "k",
            "--data",
            data());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("internal address 127.0.0.1");
  }

  @Test
  void listTestRemove() {
    assertThat(
            Cli.run(
                    "alerts",
                    "add",
                    "daily",
                    "--query",
                    "lang:fr AND Nexori",
                    "--atom",
                    "--digest",
                    "daily",
                    "--webhook",
                    hook,
                    "--secret",
                    "k",
                    "--allow-private-network",
                    "--data",
                    data())
                .code())
        .isZero();
    assertThat(Cli.run("alerts", "list", "--data", data()).out())
        .contains("daily  daily, webhook " + hook + ", atom: lang:fr AND Nexori");
    Cli.Run test = Cli.run("alerts", "test", "daily", "--data", data());
    assertThat(test.code()).as(test.out()).isZero();
    assertThat(test.out()).contains("test   OK").contains("(HTTP 204)");
    assertThat(bodies).singleElement().satisfies(b -> assertThat(b).contains("\"kind\":\"TEST\""));
    assertThat(Cli.run("alerts", "run-due", "--data", data()).out())
        .contains("0 digests, 0 delivered");
    assertThat(Cli.run("alerts", "log", "--failures", "--data", data()).out())
        .contains("no deliveries failed");
    assertThat(Cli.run("alerts", "disable", "daily", "--data", data()).out()).contains("disabled");
    assertThat(Cli.run("alerts", "list", "--data", data()).out())
        .contains("daily  daily (disabled)");
    assertThat(Cli.run("alerts", "enable", "daily", "--data", data()).out()).contains("enabled");
    assertThat(Cli.run("alerts", "remove", "daily", "--data", data()).out()).contains("removed");
    assertThat(Cli.run("alerts", "remove", "daily", "--data", data()).code()).isEqualTo(1);
  }

  private static String page(String title, String p1, String p2) {
    return "<html lang=\"en\"><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>"
        + p1
        + "</p><p>"
        + p2
        + "</p></article></body></html>";
  }
}
