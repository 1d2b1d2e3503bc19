package dev.argus.alerts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The SMTP server e-mail alerts go through: host, port, sender, optional login, and TLS ({@code
 * none}, {@code starttls} (required), or {@code ssl} for implicit TLS). Read from {@code
 * DATA/alerts/smtp.properties}:
 *
 * <pre>
 * host=smtp.example.org
 * port=587
 * from=argus@example.org
 * tls=starttls
 * username=argus
 * password=…
 * truststore=/etc/argus/smtp-ca.p12   (optional)
 * truststore.password=…
 * </pre>
 *
 * <p>The server's certificate is checked against the JDK's trusted authorities, or against those of
 * {@code truststore} (PKCS12 or JKS) when one is given, for a server with a private authority or a
 * self-signed certificate; the host name is always checked.
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    String username,
    String password,
    Tls tls,
    Duration timeout,
    Path truststore,
    String truststorePassword) {

  /** How the connection is secured. */
  public enum Tls {
    NONE,
    STARTTLS,
    SSL
  }

  public SmtpSettings {
    if (host == null || host.isBlank())
      throw new IllegalArgumentException("smtp: host is required");
    if (port < 1 || port > 65535) throw new IllegalArgumentException("smtp: bad port " + port);
    if (from == null || from.isBlank())
      throw new IllegalArgumentException("smtp: from is required");
    if (tls == null) tls = Tls.STARTTLS;
    if (timeout == null) timeout = Duration.ofSeconds(20);
    if (truststore != null && tls == Tls.NONE)
      throw new IllegalArgumentException("smtp: a truststore needs tls=starttls or tls=ssl");
  }

  /**
   * TLS sockets that trust the certificates of {@link #truststore}, and only those.
   *
   * @throws IllegalArgumentException when the trust store cannot be read
   */
  public SSLSocketFactory trustingSocketFactory() {
    char[] password = truststorePassword() == null ? null : truststorePassword().toCharArray();
    try {
      KeyStore store = KeyStore.getInstance(truststore().toFile(), password);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, tmf.getTrustManagers(), null);
      return tls.getSocketFactory();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "smtp: cannot read the truststore " + truststore() + ": " + e.getMessage(), e);
    }
  }

  /** The settings in a properties file (keys above), or null when the file does not exist. */
  public static SmtpSettings load(Path file) throws IOException {
    if (!Files.exists(file)) return null;
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    try {
      String tls = p.getProperty("tls", "starttls").trim().toUpperCase(Locale.ROOT);
      String truststore = p.getProperty("truststore");
      int port =
          Integer.parseInt(
              p.getProperty("port", tls.equals("SSL") ? "465" : tls.equals("NONE") ? "25" : "587")
                  .trim());
      SmtpSettings settings =
          new SmtpSettings(
              p.getProperty("host"),
              port,
              p.getProperty("from"),
              p.getProperty("username"),
              p.getProperty("password"),
              Tls.valueOf(tls),
              Duration.ofSeconds(Long.parseLong(p.getProperty("timeout", "20").trim())),
              truststore == null || truststore.isBlank()
                  ? null
                  : file.resolveSibling(truststore.trim()),
              p.getProperty("truststore.password"));
      if (settings.truststore() != null) settings.trustingSocketFactory(); // fails early
      return settings;
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
