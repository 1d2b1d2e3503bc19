package dev.argus.alerts;

import static dev.argus.alerts.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.argus.alerts.Fixtures.MovableClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** E-mail over SMTP, to a GreenMail server started in the test JVM. */
class EmailTest {

  @RegisterExtension static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @TempDir Path data;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-14T10:00:00Z"));

  private SmtpSettings smtp() {
    return new SmtpSettings(
        "127.0.0.1",
        ServerSetupTest.SMTP.getPort(),
        "argus@example.org",
        null,
        null,
        SmtpSettings.Tls.NONE,
        Duration.ofSeconds(5),
        null,
        null);
  }

  @Test
  void aNewStoryIsMailedWithItsArticles() throws Exception {
    try (Alerts alerts =
        Alerts.open(data, Alerts.Settings.defaults().withClock(clock).withSmtp(smtp()))) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Email("team@example.org")), Mode.INSTANT);
      alerts.onCommitted(
          List.of(
              article(
                  "https://a.example/1", "s1", "fr", "FR", "Nexori lance un téléphone", "Nexori"),
              article(
                  "https://b.example/1", "s1", "fr", "FR", "Nexori lance un téléphone", "Nexori")));
      assertThat(alerts.deliverDue().delivered()).isEqualTo(1);
    }
    MimeMessage[] got = mail.getReceivedMessages();
    assertThat(got).hasSize(1);
    MimeMessage m = got[0];
    assertThat(m.getSubject()).isEqualTo("[argus] nexori: new story: Nexori lance un téléphone");
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("team@example.org");
    String body = GreenMailUtil.getBody(m);
    assertThat(body).contains("https://a.example/1").contains("https://b.example/1");
    assertThat(body).contains("text/plain").contains("text/html");
  }

  @Test
  void aDigestIsOneMailListingTheStories() throws Exception {
    try (Alerts alerts =
        Alerts.open(data, Alerts.Settings.defaults().withClock(clock).withSmtp(smtp()))) {
      alerts.add("weekly", "Nexori", List.of(new Channel.Email("team@example.org")), Mode.WEEKLY);
      alerts.onCommitted(
          List.of(
              article("https://a.example/1", "s1", "fr", "FR", "Nexori un", "Nexori"),
              article("https://a.example/2", "s2", "en", "GB", "Nexori two", "Nexori")));
      clock.set(Instant.parse("2026-03-16T06:00:00Z"));
      assertThat(alerts.runDue().delivered()).isEqualTo(1);
    }
    MimeMessage[] got = mail.getReceivedMessages();
    assertThat(got).hasSize(1);
    assertThat(got[0].getSubject()).isEqualTo("[argus] weekly: digest: 2 stories");
    assertThat(GreenMailUtil.getBody(got[0])).contains("Nexori un").contains("Nexori two");
  }

  @Test
  void smtpSettingsAreReadFromTheAlertsFolder() throws Exception {
    Path dir = Files.createDirectories(Alerts.folder(data));
    Files.writeString(
        dir.resolve(Alerts.SMTP),
        "host=127.0.0.1\nport="
            + ServerSetupTest.SMTP.getPort()
            + "\nfrom=argus@example.org\ntls=none\n");
    try (Alerts alerts = Alerts.open(data, Alerts.Settings.defaults().withClock(clock))) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Email("team@example.org")), Mode.INSTANT);
      assertThat(alerts.test("nexori"))
          .extracting(Delivery::status)
          .containsExactly(Delivery.Status.OK);
    }
    assertThat(mail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void withoutSmtpSettingsAMailFailsSayingWhy() throws Exception {
    try (Alerts alerts = Alerts.open(data, Alerts.Settings.defaults().withClock(clock))) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Email("team@example.org")), Mode.INSTANT);
      assertThat(alerts.test("nexori"))
          .singleElement()
          .satisfies(d -> assertThat(d.error()).contains("smtp.properties"));
    }
  }
}
