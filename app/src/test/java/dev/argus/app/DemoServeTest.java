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
