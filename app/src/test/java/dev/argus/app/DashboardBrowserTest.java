package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser: the demo corpus is ingested with its watch list, {@code argus
 * serve} serves it on a free port, and {@code web/src/test/browser/dashboard.cjs} drives Debian's
 * headless Chromium through it with Playwright (search, facets, a query error, a story opened from
 * the results, the citation graph, an entity page's charts, sources, alerts, laptop and phone
 * widths, no request leaving the server). Its screenshots are left in {@code
 * app/target/dashboard-screenshots/} for people to look at.
 */
class DashboardBrowserTest {

  /** Debian's Chromium, which .ci/run installs when it is missing; CHROMIUM overrides it. */
  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  static final Path SCRIPT = Path.of("../web/src/test/browser/dashboard.cjs");

  /** Where the web module's build (npm ci) installed playwright-core. */
  static final Path NODE_MODULES = Path.of("../web/target/web-npm/node_modules");

  static final Path SCREENSHOTS = Path.of("target/dashboard-screenshots");

  /** A browser session that hangs is stopped after this; a normal run takes well under it. */
  static final long SESSION_LIMIT_MINUTES = 5;

  @TempDir Path dir;

  @Test
  void theDashboardSearchesOpensAStoryAndChartsAnEntityInChromium() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "no Chromium at "
              + CHROMIUM
              + ": the dashboard's browser test needs Debian's Chromium (apt-get install -y"
              + " chromium; .ci/run installs it) or CHROMIUM=/path/to/chromium");
    }
    if (!Files.isDirectory(NODE_MODULES.resolve("playwright-core"))) {
      fail(
          "no playwright-core in "
              + NODE_MODULES.toAbsolutePath().normalize()
              + ": build the web module first (./build -pl app -am test-compile runs its npm ci)");
    }
    int ingested =
        Main.run(
            "ingest",
            "--data",
            dir.toString(),
            "--no-progress",
            "--languages",
            "en,fr,de,es,it,pt,zh",
            "--watchlist",
            "../demo/corpus/watchlist.yaml",
            "--manifest",
            "../demo/corpus/manifest.tsv");
    assertThat(ingested).isZero();

    String key = createKey();
    Path manifest = writeMatchingArticle();

    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Thread serving;
    String url;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      serving =
          new Thread(
              () -> Main.run("serve", "--data", dir.toString(), "--port", "0", "--rate", "0"));
      serving.start();
      url = awaitUrl(printed);
    } finally {
      System.setOut(stdout);
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      ProcessBuilder pb =
          new ProcessBuilder(
                  "node", SCRIPT.toString(), url + "/", SCREENSHOTS.toAbsolutePath().toString())
              .redirectErrorStream(true);
      pb.environment().put("NODE_PATH", NODE_MODULES.toAbsolutePath().normalize().toString());
      pb.environment().put("CHROMIUM", CHROMIUM.toString());
      // The alert flow (when the server has the alerts API): a key for the writes, and a command
      // that ingests one more article matching the alert, in another JVM, as a user's ingest would.
      pb.environment().put("ARGUS_API_KEY", key);
      pb.environment().put("ALERT_QUERY", "entity:Nexori");
      pb.environment().put("ARGUS_INGEST", ingestCommand(manifest));
      Process node;
      try {
        node = pb.start();
      } catch (IOException e) {
        throw new AssertionError("cannot run node (Node.js 20 or newer is needed): " + e, e);
      }
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      Thread reader =
          new Thread(
              () -> {
                try {
                  node.getInputStream().transferTo(log);
                } catch (IOException ignored) {
                  // the process ended
                }
              });
      reader.start();
      boolean ended = node.waitFor(SESSION_LIMIT_MINUTES, TimeUnit.MINUTES);
      if (!ended) node.destroyForcibly().waitFor();
      reader.join(10_000);
      String out = log.toString(StandardCharsets.UTF_8);
      System.out.println(out);
      assertThat(ended).as("the browser session ended within its limit:\n" + out).isTrue();
      assertThat(node.exitValue()).as(out).isZero();
      assertThat(out).contains(" passed, 0 failed");
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
  }

  private String createKey() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      assertThat(Main.run("keys", "create", "--data", dir.toString(), "--name", "browser-test"))
          .isZero();
    } finally {
      System.setOut(stdout);
    }
    return o.toString(StandardCharsets.UTF_8).strip();
  }

  /** A page of our own that the alert's query matches, in a manifest that gives its URL. */
  private Path writeMatchingArticle() throws IOException {
    Path page = dir.resolve("nexori-lab.html");
    Files.writeString(
        page,
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>Nexori opens a camera research lab in Lyon</title>
        <meta property="article:published_time" content="2026-03-16T09:00:00Z"></head>
        <body><article><h1>Nexori opens a camera research lab in Lyon</h1>
        <p>Nexori said on Monday that it will open a camera research laboratory in Lyon, its
        second in Europe, with about eighty engineers working on image sensors and lenses.</p>
        <p>The smartphone maker expects the lab to ship its first designs next year. Nexori did
        not say how much it would invest, but the regional council welcomed the decision.</p>
        </article></body></html>
        """);
    Path manifest = dir.resolve("nexori-lab.tsv");
    Files.writeString(manifest, "nexori-lab.html\thttps://lyon-daily.example/nexori-lab\n");
    return manifest;
  }

  /** A shell command that runs {@code argus ingest --manifest} in a new JVM. */
  private String ingestCommand(Path manifest) {
    String java = ProcessHandle.current().info().command().orElse("java");
    return String.join(
        " ",
        quote(java),
        "-cp",
        quote(System.getProperty("java.class.path")),
        "dev.argus.app.Main",
        "ingest",
        "--data",
        quote(dir.toString()),
        "--no-progress",
        "--languages",
        "en,fr", // at least two: the option's rule
        "--watchlist",
        quote(Path.of("../demo/corpus/watchlist.yaml").toAbsolutePath().normalize().toString()),
        "--manifest",
        quote(manifest.toString()));
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static String awaitUrl(ByteArrayOutputStream printed) throws InterruptedException {
    Pattern p = Pattern.compile("Argus API on (http://127\\.0\\.0\\.1:\\d+)/api");
    for (int i = 0; i < 1200; i++) {
      Matcher m = p.matcher(printed.toString(StandardCharsets.UTF_8));
      if (m.find()) return m.group(1);
      Thread.sleep(50);
    }
    throw new AssertionError(
        "argus serve did not start:\n" + printed.toString(StandardCharsets.UTF_8));
  }
}
