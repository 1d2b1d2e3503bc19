package dev.argus.alerts;

import java.net.URI;
import java.util.Locale;

/** Where an alert is delivered: a signed webhook, an e-mail address, or the alert's Atom feed. */
public sealed interface Channel {

  /**
   * A short label for logs and listings: {@code webhook https://…}, {@code email a@b}, {@code
   * atom}.
   */
  String label();

  /**
   * A JSON POST signed with {@code secret} (HMAC-SHA256 of the body, in {@code X-Argus-Signature}).
   * Loopback and private addresses are refused unless {@code allowPrivateNetwork} was chosen
   * explicitly.
   */
  record Webhook(String url, String secret, boolean allowPrivateNetwork) implements Channel {
    public Webhook {
      if (url == null || url.isBlank()) throw new IllegalArgumentException("a webhook needs a URL");
      URI u;
      try {
        u = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: " + url);
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        throw new IllegalArgumentException("a webhook URL must be http(s)://host/…: " + url);
      }
      if (secret == null || secret.isBlank()) {
        throw new IllegalArgumentException("a webhook needs a secret to sign its deliveries");
      }
    }

    @Override
    public String label() {
      return "webhook " + url;
    }
  }

  /** An e-mail to {@code to}, sent over the configured SMTP server. */
  record Email(String to) implements Channel {
    public Email {
      if (to == null || !to.matches("[^@\\s<>,]+@[^@\\s<>,]+\\.[^@\\s<>,]+")) {
        throw new IllegalArgumentException("not an e-mail address: " + to);
      }
    }

    @Override
    public String label() {
      return "email " + to;
    }
  }

  /** Entries in the alert's Atom feed ({@code argus alerts feed NAME}). */
  record Atom() implements Channel {
    @Override
    public String label() {
      return "atom";
    }
  }
}
