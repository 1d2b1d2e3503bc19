package dev.argus.alerts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

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
 * </pre>
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    String username,
    String password,
    Tls tls,
    Duration timeout) {

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
      int port =
          Integer.parseInt(
              p.getProperty("port", tls.equals("SSL") ? "465" : tls.equals("NONE") ? "25" : "587")
                  .trim());
      return new SmtpSettings(
          p.getProperty("host"),
          port,
          p.getProperty("from"),
          p.getProperty("username"),
          p.getProperty("password"),
          Tls.valueOf(tls),
          Duration.ofSeconds(Long.parseLong(p.getProperty("timeout", "20").trim())));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
