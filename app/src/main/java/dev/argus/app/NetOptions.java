package dev.argus.app;

import dev.argus.ingest.fetch.FetchPolicy;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The fetcher's settings on the command line (a picocli mixin). */
final class NetOptions {
  @Option(
      names = "--user-agent",
      paramLabel = "UA",
      description =
          "User agent, with a contact URL (default: " + FetchPolicy.DEFAULT_USER_AGENT + ").")
  String userAgent = FetchPolicy.DEFAULT_USER_AGENT;

  @Option(
      names = "--host-delay",
      paramLabel = "DURATION",
      converter = Durations.class,
      description =
          "Least time between two requests to one host (default: 1s; robots.txt Crawl-delay can raise it).")
  Duration hostDelay = Duration.ofSeconds(1);

  @Option(
      names = "--allow-private-network",
      description =
          "Allow fetching loopback, private and link-local addresses (refused by default, to keep"
              + " a crawler from being turned against its own network).")
  boolean allowPrivateNetwork;

  FetchPolicy policy() {
    return FetchPolicy.defaults()
        .withUserAgent(userAgent)
        .withHostDelay(hostDelay)
        .withAllowPrivateNetwork(allowPrivateNetwork);
  }
}
