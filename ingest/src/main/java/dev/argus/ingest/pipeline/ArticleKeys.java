package dev.argus.ingest.pipeline;

import dev.argus.core.model.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An article's identity: its canonical URL (when the page declares a trustworthy one, else the URL
 * it was fetched from) plus a hash of its normalised text. The same key with the same hash is the
 * same article, whatever ads or scripts changed around it; the same key with a new hash is a new
 * version of it.
 */
public final class ArticleKeys {
  private ArticleKeys() {}

  /**
   * The identity URL. A canonical link is trusted only when it is an absolute http(s) URL on the
   * same site (same host, ignoring {@code www.}) and does not collapse an article onto the site's
   * home page, a common template mistake.
   */
  public static String key(Article article, String fetchedUrl, String fallback) {
    String url = fetchedUrl != null ? fetchedUrl : article.url();
    String canonical = article.canonicalUrl();
    if (canonical != null && url != null && trustworthy(canonical, url)) return canonical;
    if (url != null) return url;
    if (canonical != null && canonical.startsWith("http")) return canonical;
    return fallback;
  }

  static boolean trustworthy(String canonical, String url) {
    try {
      URI c = URI.create(canonical.strip());
      URI u = URI.create(url.strip());
      if (c.getScheme() == null || !c.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
        return false;
      }
      if (c.getHost() == null || u.getHost() == null) return false;
      if (!bareHost(c.getHost()).equals(bareHost(u.getHost()))) return false;
      String cp = c.getPath() == null ? "" : c.getPath();
      String up = u.getPath() == null ? "" : u.getPath();
      boolean canonicalIsHome = cp.isEmpty() || cp.equals("/");
      boolean urlIsHome = up.isEmpty() || up.equals("/");
      return !canonicalIsHome || urlIsHome;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String bareHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /** SHA-256 (first 16 bytes, hex) of the text, case-folded with whitespace collapsed. */
  public static String contentHash(String text) {
    StringBuilder norm = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch)) {
        space = norm.length() > 0;
      } else {
        if (space) norm.append(' ');
        space = false;
        norm.append(Character.toLowerCase(ch));
      }
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(norm.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An article date (a day or an instant with offset) as an instant, or null. */
  public static Instant instant(String iso) {
    if (iso == null || iso.isBlank()) return null;
    try {
      if (iso.length() == 10) return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(iso);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
