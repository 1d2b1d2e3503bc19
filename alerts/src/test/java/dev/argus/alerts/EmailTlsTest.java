package dev.argus.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.argus.alerts.Fixtures.MovableClock;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail over TLS, to GreenMail's implicit-TLS server (SMTPS) with a certificate of our own for
 * localhost and 127.0.0.1 ({@code smtp-test-server.p12}, self-signed with keytool for these tests;
 * {@code smtp-test-trust.p12} holds its certificate; both passwords are {@code argus-test}).
 */
class EmailTlsTest {

  private static final String PASSWORD = "argus-test";

  static {
    // GreenMail reads its server key once, on first use: before the extension starts a server.
    System.setProperty("greenmail.tls.keystore.file", resource("smtp-test-server.p12").toString());
    System.setProperty("greenmail.tls.keystore.password", PASSWORD);
    System.setProperty("greenmail.tls.key.password", PASSWORD);
  }

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.SMTPS});

  @TempDir Path data;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-14T10:00:00Z"));

  private static Path resource(String name) {
    try {
      return Path.of(EmailTlsTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SmtpSettings settings(int port, SmtpSettings.Tls tls, Path truststore) {
    return new SmtpSettings(
        "127.0.0.1",
        port,
        "argus@example.org",
        null,
        null,
        tls,
        Duration.ofSeconds(5),
        truststore,
        truststore == null ? null : PASSWORD);
  }

  /** The deliveries of a test message to the alert's e-mail channel. */
  private List<Delivery> sendTest(SmtpSettings smtp) throws IOException {
    try (Alerts alerts =
        Alerts.open(data, Alerts.Settings.defaults().withClock(clock).withSmtp(smtp))) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Email("team@example.org")), Mode.INSTANT);
      return alerts.test("nexori");
    }
  }

  @Test
  void implicitTlsDeliversToAServerItsTrustStoreVouchesFor() throws Exception {
    SmtpSettings smtp =
        settings(
            ServerSetupTest.SMTPS.getPort(), SmtpSettings.Tls.SSL, resource("smtp-test-trust.p12"));
    assertThat(sendTest(smtp)).extracting(Delivery::status).containsExactly(Delivery.Status.OK);
    assertThat(mail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void implicitTlsRefusesACertificateNoTrustedAuthoritySigned() throws Exception {
    SmtpSettings smtp = settings(ServerSetupTest.SMTPS.getPort(), SmtpSettings.Tls.SSL, null);
    assertThat(sendTest(smtp))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.status()).isNotEqualTo(Delivery.Status.OK);
              assertThat(d.error()).containsIgnoringCase("certif");
            });
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  @Test
  void starttlsIsRequiredSoAServerWithoutItGetsNoMail() throws Exception {
    // GreenMail's plain SMTP server offers no STARTTLS: the mail must not go out in clear text.
    SmtpSettings smtp =
        settings(
            ServerSetupTest.SMTP.getPort(),
            SmtpSettings.Tls.STARTTLS,
            resource("smtp-test-trust.p12"));
    assertThat(sendTest(smtp))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.status()).isNotEqualTo(Delivery.Status.OK);
              assertThat(d.error()).containsIgnoringCase("STARTTLS");
            });
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aTrustStoreIsReadBesideTheSettingsAndAnUnreadableOneIsRefusedAtOnce() throws Exception {
    Path dir = Files.createDirectories(data.resolve("alerts"));
    Files.copy(resource("smtp-test-trust.p12"), dir.resolve("ca.p12"));
    Path file = dir.resolve("smtp.properties");
    String common = "host=127.0.0.1\nfrom=argus@example.org\ntls=ssl\ntruststore=ca.p12\n";
    Files.writeString(file, common + "truststore.password=" + PASSWORD + "\n");
    SmtpSettings read = SmtpSettings.load(file);
    assertThat(read.truststore()).isEqualTo(dir.resolve("ca.p12"));
    assertThat(read.port()).isEqualTo(465);

    Files.writeString(file, common + "truststore.password=wrong\n");
    assertThatThrownBy(() -> SmtpSettings.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("smtp.properties")
        .hasMessageContaining("cannot read the truststore");
  }

  @Test
  void aTrustStoreWithoutTlsIsAMistake() {
    assertThatThrownBy(
            () ->
                settings(
                    ServerSetupTest.SMTP.getPort(),
                    SmtpSettings.Tls.NONE,
                    resource("smtp-test-trust.p12")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tls=starttls or tls=ssl");
  }
}
