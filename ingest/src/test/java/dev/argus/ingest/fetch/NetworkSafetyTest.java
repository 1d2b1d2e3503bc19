package dev.argus.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.ingest.fetch.FetchResult.Failed;
import dev.argus.ingest.fetch.FetchResult.Kind;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF defences. No request leaves the test: every case is refused before connecting. */
class NetworkSafetyTest {

  private static final FetchPolicy SAFE = Site.policy().withAllowPrivateNetwork(false);

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static FetchResult fetch(Dns dns, String url) {
    try (HttpFetcher fetcher =
        new HttpFetcher(SAFE, ResponseListener.NONE, dns, Set.of(), d -> {})) {
      return fetcher.fetch(FetchRequest.of(url));
    }
  }

  private static Failed blocked(FetchResult result) {
    assertThat(result).isInstanceOf(Failed.class);
    Failed failed = (Failed) result;
    assertThat(failed.kind()).as(failed.reason()).isEqualTo(Kind.BLOCKED_ADDRESS);
    return failed;
  }

  private static final Dns NO_DNS =
      host -> {
        throw new AssertionError("literal IPs must not be resolved: " + host);
      };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8080/admin",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://192.168.1.1/",
        "http://172.16.5.4/",
        "http://224.0.0.1/"
      })
  void literalInternalAddressesAreBlocked(String url) {
    blocked(fetch(NO_DNS, url));
  }

  @Test
  void aNameWithAnyInternalAddressIsBlocked() {
    Dns dns = Site.dns(Map.of("mixed.example", List.of(ip("93.184.216.34"), ip("10.1.2.3"))));

    Failed failed = blocked(fetch(dns, "http://mixed.example/"));

    assertThat(failed.reason()).contains("10.1.2.3");
  }

  @Test
  void cloudMetadataNamesAreBlockedWithoutResolving() {
    blocked(fetch(NO_DNS, "http://metadata.google.internal/computeMetadata/v1/"));
    blocked(fetch(NO_DNS, "http://localhost/"));
  }

  @Test
  void dnsRebindingIsCaughtAtConnectTime() throws Exception {
    // Public at the first lookup, loopback at the second (the one OkHttp connects with).
    var lookups = new java.util.concurrent.atomic.AtomicInteger();
    try (Site site = new Site()) {
      site.on("/", Site.ok("internal"));
      Dns rebinding =
          host ->
              lookups.getAndIncrement() == 0
                  ? List.of(ip("93.184.216.34"))
                  : List.of(ip("127.0.0.1"));

      Failed failed = blocked(fetch(rebinding, site.url("rebind.example", "/")));

      assertThat(failed.reason()).contains("127.0.0.1");
      assertThat(site.hits).isEmpty();
    }
  }

  @Test
  void allowPrivateNetworkLiftsTheCheck() throws Exception {
    try (Site site = new Site();
        HttpFetcher fetcher =
            new HttpFetcher(Site.policy(), ResponseListener.NONE, NO_DNS, Set.of(), d -> {})) {
      site.on("/", Site.ok("local"));

      assertThat(fetcher.fetch(FetchRequest.of("http://127.0.0.1:" + site.server.getPort() + "/")))
          .isInstanceOf(FetchResult.Fetched.class);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.1.2.3",
        "10.255.0.1",
        "100.127.255.255",
        "127.8.8.8",
        "169.254.0.1",
        "172.31.0.1",
        "192.0.0.8",
        "192.168.0.1",
        "198.18.0.1",
        "224.0.0.251",
        "240.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "fc00::1",
        "fdff::1",
        "fe80::abcd",
        "fec0::1",
        "ff02::1",
        "::127.0.0.1",
        "64:ff9b::a00:1",
        "2002:a00:1::",
        "2001:0:4136:e378::1"
      })
  void internalAddressesAreRecognised(String literal) {
    assertThat(NetworkGuard.isInternal(ip(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "100.128.0.1",
        "172.32.0.1",
        "192.169.0.1",
        "2606:4700::1",
        "64:ff9b::808:808",
        "2002:808:808::"
      })
  void publicAddressesAreNot(String literal) {
    assertThat(NetworkGuard.isInternal(ip(literal))).isFalse();
  }

  @Test
  void ipv4MappedIpv6FormIsJudgedByItsIpv4Address() throws Exception {
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1};
    // Built as an Inet6Address on purpose: getByName would hand back the plain IPv4 address.
    assertThat(NetworkGuard.isInternal(Inet6Address.getByAddress(null, mapped, -1))).isTrue();
    mapped[12] = 8;
    mapped[13] = 8;
    mapped[14] = 8;
    mapped[15] = 8;
    assertThat(NetworkGuard.isInternal(Inet6Address.getByAddress(null, mapped, -1))).isFalse();
  }
}
