package dev.argus.ingest.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Resolves the links found in feeds, sitemaps and pages to absolute http(s) URLs. */
final class Links {
  private Links() {}

  /**
   * A resolved link: {@code url} when usable, else {@code problem} says why not.
   *
   * @param url the absolute http(s) URL, or null
   * @param problem why the link is unusable, or null
   */
  record Resolved(String url, String problem) {
    boolean ok() {
      return url != null;
    }
  }

  /** The absolute http(s) URL of {@code href} against {@code base}, or null when unusable. */
  static String absolute(String base, String href) {
    return resolve(base, href).url();
  }

  static Resolved resolve(String base, String href) {
    if (href == null || href.isBlank()) {
      return new Resolved(null, "no link");
    }
    String link = href.strip();
    URI uri;
    try {
      uri = new URI(escape(link));
    } catch (URISyntaxException e) {
      return new Resolved(null, "malformed link: " + shorten(link));
    }
    if (!uri.isAbsolute()) {
      URI baseUri = baseUri(base);
      if (baseUri == null) {
        return new Resolved(null, "relative link without a base URL: " + shorten(link));
      }
      try {
        uri = baseUri.resolve(uri);
      } catch (IllegalArgumentException e) {
        return new Resolved(null, "malformed link: " + shorten(link));
      }
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Resolved(null, "not an http(s) link: " + shorten(link));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return new Resolved(null, "link without a host: " + shorten(link));
    }
    return new Resolved(uri.toString(), null);
  }

  private static URI baseUri(String base) {
    if (base == null || base.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(escape(base.strip()));
      if (!uri.isAbsolute() || uri.isOpaque()) {
        return null;
      }
      // URI.resolve glues "a" onto "http://host" as "http://hosta": give the base a root path.
      if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
        uri = new URI(uri.getScheme(), uri.getRawAuthority(), "/", null, null);
        uri = URI.create(uri.toString());
      }
      return uri;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Percent-encodes the characters that java.net.URI rejects but that real feeds contain. */
  static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement =
          switch (c) {
            case ' ' -> "%20";
            case '"' -> "%22";
            case '<' -> "%3C";
            case '>' -> "%3E";
            case '\\' -> "%5C";
            case '^' -> "%5E";
            case '`' -> "%60";
            case '{' -> "%7B";
            case '|' -> "%7C";
            case '}' -> "%7D";
            case '\t', '\n', '\r' -> "";
            default -> null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? s : out.toString();
  }

  static String shorten(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}
