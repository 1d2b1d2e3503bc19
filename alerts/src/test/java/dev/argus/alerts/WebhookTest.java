package dev.argus.alerts;

import static dev.argus.alerts.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.argus.alerts.Fixtures.MovableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook deliveries to a receiver on loopback (allowed explicitly, as the tests must). */
class WebhookTest {

  private static final String SECRET = "s3cret-for-tests";

  @TempDir Path data;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-14T10:00:00Z"));
  private HttpServer server;
  private String url;

  /** Statuses the receiver answers, in order; 200 once empty. */
  private final Deque<Integer> answers = new ArrayDeque<>();

  private record Received(Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final List<Received> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    server.createContext(
        "/hook",
        x -> {
          byte[] body = x.getRequestBody().readAllBytes();
          received.add(new Received(Map.copyOf(x.getRequestHeaders()), body));
          Integer status;
          synchronized (answers) {
            status = answers.poll();
          }
          x.sendResponseHeaders(status == null ? 200 : status, -1);
          x.close();
        });
    server.createContext(
        "/slow",
        x -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.sendResponseHeaders(200, -1);
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Alerts open(int attempts) throws IOException {
    return Alerts.open(
        data,
        Alerts.Settings.defaults()
            .withClock(clock)
            .withRetries(attempts, Duration.ofMinutes(1), Duration.ofMinutes(10)));
  }

  private Channel.Webhook hook() {
    return new Channel.Webhook(url, SECRET, true);
  }

  private static String hmac(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  @Test
  void theReceiverCanVerifyTheSignature() throws Exception {
    try (Alerts alerts = open(3)) {
      alerts.add("nexori", "Nexori", List.of(hook()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori lance", "Nexori")));
      assertThat(alerts.deliverDue().delivered()).isEqualTo(1);
    }
    Received r = received.get(0);
    assertThat(r.header("X-Argus-Signature")).isEqualTo(hmac(r.body()));
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.header("X-Argus-Event")).isEqualTo("new");
    JsonNode json = new ObjectMapper().readTree(r.body());
    assertThat(json.get("delivery").asText()).isEqualTo(r.header("X-Argus-Delivery"));
    assertThat(json.get("alertName").asText()).isEqualTo("nexori");
    assertThat(json.get("kind").asText()).isEqualTo("NEW");
    JsonNode story = json.get("stories").get(0);
    assertThat(story.get("storyId").asText()).isEqualTo("s1");
    assertThat(story.get("articles").get(0).get("url").asText()).isEqualTo("https://a.example/1");
    assertThat(story.get("articles").get(0).get("title").asText()).isEqualTo("Nexori lance");
    // A tampered body no longer verifies.
    byte[] tampered = r.body().clone();
    tampered[tampered.length - 2] ^= 1;
    assertThat(hmac(tampered)).isNotEqualTo(r.header("X-Argus-Signature"));
  }

  @Test
  void failuresAreRetriedWithBackOffThenDelivered() throws IOException {
    answers.addAll(List.of(500, 503));
    try (Alerts alerts = open(5)) {
      alerts.add("nexori", "Nexori", List.of(hook()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori lance", "Nexori")));
      assertThat(alerts.deliverDue().retrying()).isEqualTo(1);
      assertThat(alerts.deliverDue().retrying()).isZero(); // not due before its back-off
      clock.advance(Duration.ofSeconds(59));
      assertThat(alerts.runDue().retrying()).isZero();
      clock.advance(Duration.ofSeconds(1)); // 1 minute after the first attempt
      assertThat(alerts.runDue().retrying()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(119)); // the second wait is 2 minutes
      assertThat(alerts.runDue().delivered()).isZero();
      clock.advance(Duration.ofSeconds(1));
      assertThat(alerts.runDue().delivered()).isEqualTo(1);
      List<Delivery> log = alerts.log("nexori", false, 10);
      assertThat(log)
          .extracting(Delivery::attempt, Delivery::status, Delivery::httpStatus)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, Delivery.Status.RETRY, 500),
              org.assertj.core.groups.Tuple.tuple(2, Delivery.Status.RETRY, 503),
              org.assertj.core.groups.Tuple.tuple(3, Delivery.Status.OK, 200));
      assertThat(log).extracting(Delivery::deliveryId).containsOnly(log.get(0).deliveryId());
      assertThat(alerts.log("nexori", true, 10)).hasSize(2);
      assertThat(alerts.pending()).isZero();
    }
    assertThat(received).hasSize(3);
    assertThat(received)
        .extracting(r -> r.header("X-Argus-Delivery"))
        .containsOnly(received.get(0).header("X-Argus-Delivery"));
  }

  @Test
  void aDeliveryIsGivenUpAfterTheLastAttempt() throws IOException {
    answers.addAll(List.of(500, 500, 500, 500));
    try (Alerts alerts = open(3)) {
      alerts.add("nexori", "Nexori", List.of(hook()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori lance", "Nexori")));
      for (int i = 0; i < 5; i++) {
        alerts.runDue();
        clock.advance(Duration.ofMinutes(30));
      }
      assertThat(alerts.log("nexori", true, 10))
          .extracting(Delivery::attempt, Delivery::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, Delivery.Status.RETRY),
              org.assertj.core.groups.Tuple.tuple(2, Delivery.Status.RETRY),
              org.assertj.core.groups.Tuple.tuple(3, Delivery.Status.FAILED));
      assertThat(alerts.log("nexori", true, 10).get(2).error()).isEqualTo("HTTP 500");
      assertThat(alerts.pending()).isZero();
    }
    assertThat(received).hasSize(3);
  }

  @Test
  void aClientErrorIsNotRetried() throws IOException {
    answers.add(404);
    try (Alerts alerts = open(5)) {
      alerts.add("nexori", "Nexori", List.of(hook()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori lance", "Nexori")));
      assertThat(alerts.deliverDue().failed()).isEqualTo(1);
      assertThat(alerts.pending()).isZero();
    }
  }

  @Test
  void retriesGoOnAfterARestart() throws IOException {
    answers.add(500);
    try (Alerts alerts = open(5)) {
      alerts.add("nexori", "Nexori", List.of(hook()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori lance", "Nexori")));
      assertThat(alerts.deliverDue().retrying()).isEqualTo(1);
    }
    clock.advance(Duration.ofMinutes(1));
    try (Alerts alerts = open(5)) {
      assertThat(alerts.pending()).isEqualTo(1);
      assertThat(alerts.runDue().delivered()).isEqualTo(1);
      assertThat(alerts.log(null, false, 10)).extracting(Delivery::attempt).containsExactly(1, 2);
    }
  }

  @Test
  void aPrivateTargetIsRefusedUnlessAllowed() throws IOException {
    try (Alerts alerts = open(3)) {
      assertThatThrownBy(
              () ->
                  alerts.add(
                      "inside",
                      "Nexori",
                      List.of(new Channel.Webhook(url, SECRET, false)),
                      Mode.INSTANT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("internal address 127.0.0.1");
      assertThatThrownBy(
              () ->
                  alerts.add(
                      "meta",
                      "Nexori",
                      List.of(new Channel.Webhook("http://169.254.169.254/hook", SECRET, false)),
                      Mode.INSTANT))
          .hasMessageContaining("internal address");
      assertThat(alerts.list()).isEmpty();
    }
    assertThat(received).isEmpty();
  }

  @Test
  void theSenderRefusesAPrivateTargetAtDeliveryToo() {
    // A stored alert whose target turned private (its name now resolves to loopback) is refused.
    WebhookSender sender = new WebhookSender(Duration.ofSeconds(5));
    Notification n =
        new Notification("a1", "x", Notification.Kind.TEST, List.of(), null, clock.instant(), 0);
    Sender.Result r =
        sender.send(
            new AlertStore.Outgoing(
                "d1", "a1", new Channel.Webhook("http://localhost:1/hook", SECRET, false), n, 0));
    assertThat(r.ok()).isFalse();
    assertThat(r.retryable()).isFalse();
    assertThat(r.error()).contains("refused");
    assertThat(received).isEmpty();
  }

  @Test
  void testFiringSendsASampleToEveryChannelAndLogsIt() throws IOException {
    try (Alerts alerts = open(3)) {
      alerts.add("nexori", "Nexori", List.of(hook(), new Channel.Atom()), Mode.DAILY);
      List<Delivery> sent = alerts.test("nexori");
      assertThat(sent).extracting(Delivery::status).containsOnly(Delivery.Status.OK);
      assertThat(sent).extracting(Delivery::kind).containsOnly(Notification.Kind.TEST);
      assertThat(alerts.log("nexori", false, 10)).hasSize(2);
      assertThat(alerts.feed("nexori")).contains("test delivery");
    }
    assertThat(received)
        .singleElement()
        .satisfies(r -> assertThat(r.header("X-Argus-Event")).isEqualTo("test"));
  }

  @Test
  void aReceiverThatDoesNotAnswerTimesOutAndIsRetried() throws IOException {
    Alerts.Settings settings =
        new Alerts.Settings(
            clock,
            3,
            Duration.ofMinutes(1),
            Duration.ofMinutes(10),
            Duration.ofMillis(300),
            null,
            SpikeRule.defaults());
    try (Alerts alerts = Alerts.open(data, settings)) {
      alerts.add(
          "slow",
          "Nexori",
          List.of(new Channel.Webhook(url.replace("/hook", "/slow"), SECRET, true)),
          Mode.INSTANT);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori lance", "Nexori")));
      assertThat(alerts.deliverDue().retrying()).isEqualTo(1);
      assertThat(alerts.log("slow", true, 10))
          .singleElement()
          .satisfies(d -> assertThat(d.error()).startsWith("timeout"));
    }
  }
}
