package dev.argus.app;

import dev.argus.bench.serve.ServeBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code argus bench serve}: the REST API under load on loopback, against the store called
 * directly.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "The REST API's throughput and latency under load: a real server (rate limit off, in a"
          + " JVM of its own) on loopback over a store of generated articles (built as bench store --bulk builds"
          + " it), called with Apache's blocking HttpClient by --concurrency workers on a"
          + " monitoring mix (entity, phrase, date range and entity + range searches with"
          + " facets and histograms; article and story fetches), with the server's answer cache"
          + " off, then on"
          + " (its hit rate is printed). Then the peer: the same requests made"
          + " directly on the store, no HTTP, under the same limits.",
      "Reports requests/s, searches/s, p50/p95/p99 per kind and every error (any non-2xx"
          + " answer). Progress goes to stderr."
    })
final class BenchServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Articles in the store (default: ${DEFAULT-VALUE}).")
  long articles = 100_000;

  @Option(
      names = "--requests",
      paramLabel = "N",
      description = "Most measured requests per run (default: ${DEFAULT-VALUE}).")
  long requests = 60_000;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Most seconds per measured run (default: ${DEFAULT-VALUE}).")
  double seconds = 30;

  @Option(
      names = "--concurrency",
      paramLabel = "C",
      description = "Requests in flight at a time (default: ${DEFAULT-VALUE}).")
  int concurrency = 8;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description =
          "Unmeasured requests before each run (default: ${DEFAULT-VALUE}; at 100,000 articles,"
              + " 2,000 left the JIT far from done).")
  long warmup = 10_000;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description =
          "Keep the store in DIR across runs (built once; a store there with enough articles is"
              + " reused). Default: a temporary folder, deleted after.")
  Path keep;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the articles and requests (default: ${DEFAULT-VALUE}).")
  long seed = 5;

  @Option(
      names = "--segments",
      paramLabel = "N",
      description =
          "Merge the store down to at most N segments before serving it (kept so in --keep DIR);"
              + " 0 serves it as it was built (default: ${DEFAULT-VALUE}).")
  int segments = 0;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Split each contender's measured requests and seconds into N rounds, the contenders"
              + " taking turns (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(
      names = "--server-java-option",
      paramLabel = "OPTION",
      description =
          "An option for the servers' JVMs (each server runs in a JVM of its own, with this one's"
              + " heap limit unless an -Xmx here sets another), such as"
              + " -XX:StartFlightRecording=filename=serve.jfr; repeat for more.")
  java.util.List<String> serverJavaOptions = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ServeBench.Options options;
    try {
      options =
          new ServeBench.Options(
              articles,
              requests,
              seconds,
              concurrency,
              warmup,
              keep,
              seed,
              segments,
              rounds,
              serverJavaOptions);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ServeBench.Report report =
        new ServeBench(options, msg -> System.err.println("bench: " + msg)).run();
    System.out.print(ServeBench.table(report, options));
    return report.runs().stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
  }
}
