package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus demo} serving: the API answers, with the demo alert and its deliveries. */
class DemoServeTest {

  @TempDir Path data;

  @Test
  void theServingDemoAnswersStatusAndHasTheDemoAlert() throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Thread demo;
    String url;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      demo =
          new Thread(
              () -> Main.run("demo", "--data", data.toString(), "--port", "0", "--every", "1h"));
      demo.start();
      url = awaitUrl(printed, demo);
    } finally {
      System.setOut(stdout);
    }
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> status = get(http, url + "/api/v1/status");
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(status.body()).contains("\"articles\"");

      HttpResponse<String> alerts = get(http, url + "/api/v1/alerts");
      assertThat(alerts.statusCode()).isEqualTo(200);
      assertThat(alerts.body()).contains("\"name\":\"" + DemoCommand.ALERT + "\"");

      assertThat(get(http, url + "/").body()).contains("<html");
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("/#/entity/Nexori")
          .contains("/#/alerts?id=")
          .contains("held back");
    } finally {
      demo.interrupt();
      demo.join(30_000);
    }
    assertThat(demo.isAlive()).as("the demo stops when interrupted").isFalse();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("argus demo: stopping");
  }

  @Test
  void aDemoProcessStopsPromptlyWhenAskedTo(@TempDir Path folder) throws Exception {
    // As Ctrl-C or kill stop it: the JVM's shutdown hook runs while the main thread, done, waits
    // in System.exit for that very hook.
    Process demo =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "demo",
                "--data",
                folder.resolve("data").toString(),
                "--port",
                "0",
                "--every",
                "1h")
            .redirectErrorStream(true)
            .start();
    java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.CountDownLatch serving = new java.util.concurrent.CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (var out =
                  new java.io.BufferedReader(
                      new java.io.InputStreamReader(
                          demo.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                  lines.add(l);
                  if (l.startsWith("Argus demo on http")) serving.countDown();
                }
              } catch (java.io.IOException ended) {
                // the process is gone
              }
            });
    reader.start();
    try {
      assertThat(serving.await(120, java.util.concurrent.TimeUnit.SECONDS))
          .as("the demo started serving: %s", lines)
          .isTrue();

      // SIGTERM, as kill sends; the JVM handles Ctrl-C's SIGINT the same way.
      demo.toHandle().destroy();

      assertThat(demo.waitFor(DemoCommand.STOP_SECONDS / 3, java.util.concurrent.TimeUnit.SECONDS))
          .as("stopped within %d s", DemoCommand.STOP_SECONDS / 3)
          .isTrue();
      reader.join(5_000);
      assertThat(lines).contains("argus demo: stopping");
    } finally {
      demo.destroyForcibly();
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String awaitUrl(ByteArrayOutputStream printed, Thread demo)
      throws InterruptedException {
    Pattern p = Pattern.compile("Argus demo on (http://127\\.0\\.0\\.1:\\d+)/");
    for (int i = 0; i < 6000 && demo.isAlive(); i++) {
      Matcher m = p.matcher(printed.toString(StandardCharsets.UTF_8));
      if (m.find()) return m.group(1);
      Thread.sleep(50);
    }
    throw new AssertionError(
        "argus demo did not start:\n" + printed.toString(StandardCharsets.UTF_8));
  }
}
