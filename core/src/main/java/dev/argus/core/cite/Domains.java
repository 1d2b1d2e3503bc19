package dev.argus.core.cite;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Registered domains ("news.example.co.uk" → "example.co.uk") by a small rule instead of the Public
 * Suffix List: crawler-commons (which ships the list) is not a core dependency, and the JDK's own
 * copy sits behind the internal {@code sun.security.util.RegisteredDomain}, which core cannot use
 * without opening JDK internals. The rule: the last two labels, or the last three when the top
 * level is a two-letter country code and the second level is one of the generic second levels
 * countries register under (co.uk, com.au, com.br, gouv.fr, co.jp, ne.jp …). Its known cost: hosts
 * under private suffixes (blogspot.com, github.io) count as one site, and a registrable name that
 * happens to equal a generic second level under a country code ("com.xx" owned by someone) is read
 * as a suffix.
 */
public final class Domains {

  private Domains() {}

  private static final Set<String> GENERIC_SECOND_LEVELS =
      Set.of(
          "co", "com", "org", "net", "gov", "gouv", "ac", "edu", "ne", "or", "go", "gob", "nic",
          "mil", "ltd", "plc", "sch", "info", "biz", "nom", "asso");

  /** The lower-case host of {@code url}, without a leading "www.", or null if it has none. */
  public static String host(String url) {
    if (url == null) return null;
    try {
      URI u = new URI(url.strip());
      String h = u.getHost();
      if (h == null || h.isEmpty()) return null;
      h = h.toLowerCase(Locale.ROOT);
      if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (Exception e) {
      return null;
    }
  }

  /** The registered domain of a host (see the class comment); an IP address is its own. */
  public static String registered(String host) {
    if (host == null) return null;
    if (host.matches("[0-9.]+") || host.startsWith("[")) return host;
    String[] l = host.split("\\.");
    if (l.length <= 2) return host;
    int n = l.length;
    boolean generic = l[n - 1].length() == 2 && GENERIC_SECOND_LEVELS.contains(l[n - 2]);
    int keep = generic ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(l, n - keep, n));
  }
}
