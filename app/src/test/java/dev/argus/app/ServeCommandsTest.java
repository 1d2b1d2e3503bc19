package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus keys} and {@code argus serve}. */
class ServeCommandsTest {

  @TempDir Path dir;

  @Test
  void aCreatedKeyIsListedByNameAndStoredOnlyAsAHash() throws Exception {
    Cli.Run created = Cli.run("keys", "create", "--data", dir.toString(), "--name", "newsroom");
    Cli.Run listed = Cli.run("keys", "list", "--data", dir.toString());

    assertThat(created.code()).isZero();
    String key = created.out().strip();
    assertThat(key).startsWith("argus_");
    assertThat(created.err()).contains("shown only now");
    assertThat(listed.out()).contains("newsroom");
    assertThat(Files.readString(dir.resolve("keys.json"))).doesNotContain(key.substring(6));
  }

  @Test
  void aRevokedKeyLeavesTheList() {
    Cli.run("keys", "create", "--data", dir.toString(), "--name", "newsroom");

    Cli.Run revoked = Cli.run("keys", "revoke", "--data", dir.toString(), "newsroom");
    Cli.Run again = Cli.run("keys", "revoke", "--data", dir.toString(), "newsroom");

    assertThat(revoked.code()).isZero();
    assertThat(Cli.run("keys", "list", "--data", dir.toString()).out()).contains("no keys yet");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("no key named 'newsroom'");
  }

  @Test
  void aBadKeyNameIsRefused() {
    Cli.Run r = Cli.run("keys", "create", "--data", dir.toString(), "--name", "two words");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("key name");
  }

  @Test
  void aNegativeAnswerCacheIsRefusedBeforeServing() {
    Cli.Run r = Cli.run("serve", "--data", dir.toString(), "--port", "0", "--answer-cache", "-1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--answer-cache must be 0 to 16384 MiB");
  }

  @Test
  void serveStartsPrintsItsUrlAndAnswers() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    PrintStream captured = new PrintStream(o, true, StandardCharsets.UTF_8);
    Thread serving;
    String url;
    try {
      System.setOut(captured);
      serving = new Thread(() -> Main.run("serve", "--data", dir.toString(), "--port", "0"));
      serving.start();
      Pattern printed = Pattern.compile("Argus API on (http://127\\.0\\.0\\.1:\\d+)/api");
      Matcher m = printed.matcher("");
      for (int i = 0; i < 600 && !m.find(); i++) {
        Thread.sleep(50);
        m = printed.matcher(o.toString(StandardCharsets.UTF_8));
      }
      url = m.group(1);
    } finally {
      System.setOut(out);
    }
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/api/v1/status")).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"articles\":0");
      assertThat(o.toString(StandardCharsets.UTF_8))
          .contains("no articles yet")
          .contains("CORS off")
          .contains("answer cache 64 MiB")
          .contains("dashboard " + url + "/");
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
    assertThat(serving.isAlive()).isFalse();
  }
}
