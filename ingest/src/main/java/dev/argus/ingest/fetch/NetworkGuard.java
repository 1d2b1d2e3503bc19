package dev.argus.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Dns;

/**
 * Keeps the fetcher off internal networks (SSRF). Host names are resolved here and the whole
 * request is refused when any address is internal: a name with one public and one private address
 * could otherwise be steered to the private one. OkHttp connects only to the addresses this {@link
 * Dns} returns, so a name that re-resolves to an internal address between our check and the
 * connection (DNS rebinding) is refused at the second lookup too. Public for the alerts' webhook
 * client, which guards its targets the same way.
 */
public final class NetworkGuard implements Dns {

  /** Cloud metadata and local names, refused even before resolving: they never serve news. */
  private static final Set<String> BLOCKED_NAMES =
      Set.of(
          "localhost",
          "metadata",
          "metadata.google.internal",
          "metadata.goog",
          "instance-data",
          "instance-data.ec2.internal");

  /**
   * Thrown by the lookup when a name is refused; an UnknownHostException so OkHttp passes it on.
   */
  public static final class BlockedAddressException extends UnknownHostException {
    BlockedAddressException(String message) {
      super(message);
    }
  }

  private final Dns resolver;
  private final boolean allowPrivate;
  private final Set<InetAddress> trusted;

  /**
   * @param resolver the real name lookup ({@link Dns#SYSTEM} in production)
   * @param allowPrivate lifts every check (tests against loopback servers)
   * @param trusted addresses let through although internal; only tests use it, to stand a loopback
   *     server in for a public host while the checks stay on for every other address
   */
  public NetworkGuard(Dns resolver, boolean allowPrivate, Set<InetAddress> trusted) {
    this.resolver = resolver;
    this.allowPrivate = allowPrivate;
    this.trusted = Set.copyOf(trusted);
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    if (allowPrivate) return resolver.lookup(hostname);
    String name = hostname.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
    if (BLOCKED_NAMES.contains(name) || name.endsWith(".localhost")) {
      throw new BlockedAddressException(hostname + " is a local or cloud-metadata name");
    }
    List<InetAddress> addresses = resolver.lookup(hostname);
    if (addresses.isEmpty()) throw new UnknownHostException(hostname + " has no address");
    for (InetAddress address : addresses) {
      if (!trusted.contains(address) && isInternal(address)) {
        throw new BlockedAddressException(
            hostname + " resolves to the internal address " + address.getHostAddress());
      }
    }
    return addresses;
  }

  /**
   * Checks a URL host before any connection. Literal IPs never reach a {@link Dns} in OkHttp, so
   * they are checked here; names are resolved and checked as in {@link #lookup}.
   */
  public void check(String host) throws UnknownHostException {
    if (allowPrivate) return;
    InetAddress literal = parseLiteral(host);
    if (literal != null) {
      if (!trusted.contains(literal) && isInternal(literal)) {
        throw new BlockedAddressException(
            "the URL names the internal address " + literal.getHostAddress());
      }
      return;
    }
    lookup(host);
  }

  /** The address a literal IPv4 or IPv6 host stands for, or null for a name. Never resolves. */
  static InetAddress parseLiteral(String host) {
    String h = host;
    if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
    boolean v6 = h.indexOf(':') >= 0;
    boolean v4 = !v6 && h.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    if (!v4 && !v6) return null;
    if (v6 && !h.matches("[0-9A-Fa-f:.%a-zA-Z]+")) return null;
    try {
      // A literal never triggers a DNS query in getByName.
      return InetAddress.getByName(h);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** True for every address a crawler must not reach: anything that is not public unicast. */
  static boolean isInternal(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) return isInternalV4(b, 0);
    if (!(address instanceof Inet6Address)) return true;
    if (isZero(b, 0, 16)) return true; // ::
    if (isZero(b, 0, 15) && b[15] == 1) return true; // ::1
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if ((first & 0xfe) == 0xfc) return true; // fc00::/7 unique local
    if (first == 0xfe && (second & 0xc0) == 0x80) return true; // fe80::/10 link-local
    if (first == 0xfe && (second & 0xc0) == 0xc0) return true; // fec0::/10 old site-local
    if (first == 0xff) return true; // multicast
    // Forms that embed an IPv4 address reach that address: judge the embedded one.
    if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return isInternalV4(b, 12); // ::ffff:a.b.c.d, IPv4-mapped
    }
    if (isZero(b, 0, 12)) return isInternalV4(b, 12); // ::a.b.c.d, IPv4-compatible
    if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return isInternalV4(b, 12); // 64:ff9b::/96 NAT64
    }
    if (first == 0x20 && second == 0x02) return isInternalV4(b, 2); // 2002::/16 6to4
    if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) return true; // Teredo tunnels
    return false;
  }

  private static boolean isInternalV4(byte[] b, int at) {
    int a = b[at] & 0xff;
    int c = b[at + 1] & 0xff;
    int d = b[at + 2] & 0xff;
    if (a == 0) return true; // 0.0.0.0/8 "this network"
    if (a == 10) return true;
    if (a == 100 && (c & 0xc0) == 64) return true; // 100.64/10 carrier-grade NAT
    if (a == 127) return true;
    if (a == 169 && c == 254) return true; // link-local, incl. 169.254.169.254 metadata
    if (a == 172 && (c & 0xf0) == 16) return true;
    if (a == 192 && c == 0 && d == 0) return true; // 192.0.0/24 protocol assignments
    if (a == 192 && c == 168) return true;
    if (a == 198 && (c & 0xfe) == 18) return true; // 198.18/15 benchmarking
    return a >= 224; // multicast, reserved and broadcast
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }
}
