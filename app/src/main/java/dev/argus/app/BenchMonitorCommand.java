package dev.argus.app;

import dev.argus.bench.monitor.MonitorBench;
import dev.argus.store.monitor.SavedQueries;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus bench monitor}: saved-query matching speed, against brute force. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Saved-query matching speed: registers --queries generated saved queries (entity names and"
          + " aliases, phrases, AND/OR/NOT, NEAR/n, field filters, wildcards), then matches"
          + " enriched articles in batches on --threads threads and reports articles/s after a"
          + " warm-up pass. Articles are generated, or the extracted and enriched pages of"
          + " --dataset (the queries then use its words and names).",
      "The peer, in the same run: every query run against each article alone (a one-article"
          + " MemoryIndex) on --peer-sample articles; the report gives the speed-up and whether"
          + " both found the same matches. Progress goes to stderr."
    })
final class BenchMonitorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--queries",
      paramLabel = "N",
      description = "Saved queries (default: ${DEFAULT-VALUE}).")
  int queries = 100_000;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description =
          "Generated articles, or at most this many dataset pages with --dataset (default:"
              + " ${DEFAULT-VALUE}).")
  int articles = 4_000;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Matching threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "Articles matched together (default: ${DEFAULT-VALUE}, what one commit of argus ingest"
              + " hands the matcher under load).")
  int batch = dev.argus.ingest.pipeline.Ingestor.Options.defaults().commitEvery();

  @Option(
      names = "--dataset",
      paramLabel = "DIR",
      description = "A labelled set (evaldata.json + html/) whose pages are the articles.")
  Path dataset;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the generated queries and articles (default: ${DEFAULT-VALUE}).")
  long seed = 11;

  @Option(
      names = "--presearcher",
      paramLabel = "NAME",
      description = "term_filtered or multipass (default: the engine's, ${DEFAULT-VALUE}).")
  SavedQueries.Presearch presearch = SavedQueries.Options.defaults().presearch();

  @Option(
      names = "--whole",
      description =
          "Keep each query whole instead of letting the monitor split its top-level OR into"
              + " separately run parts (the engine's default, as Lucene's).")
  boolean whole;

  @Option(
      names = "--length-weights",
      description =
          "Weigh the terms of a conjunction by length only, as Lucene does by default, instead of"
              + " by their frequency in a sample of articles.")
  boolean lengthWeights;

  @Option(
      names = "--peer-sample",
      paramLabel = "N",
      description = "Articles the brute-force peer matches (default: ${DEFAULT-VALUE}).")
  int peerSample = 20;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      description = "Measured time, in full passes, at least one (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Override
  public Integer call() throws Exception {
    if (queries < 1 || articles < 1 || threads < 1 || batch < 1 || peerSample < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--queries, --articles, --threads, --batch and --peer-sample must be positive");
    }
    if (batch > SavedQueries.MAX_BATCH || peerSample > SavedQueries.MAX_BATCH) {
      throw new ParameterException(
          spec.commandLine(),
          "--batch and --peer-sample are at most %,d".formatted(SavedQueries.MAX_BATCH));
    }
    if (queries > SavedQueries.MAX_QUERIES) {
      throw new ParameterException(
          spec.commandLine(), "--queries is at most %,d".formatted(SavedQueries.MAX_QUERIES));
    }
    if (seconds < 0) {
      throw new ParameterException(spec.commandLine(), "--seconds must not be negative");
    }
    MonitorBench.Report report =
        new MonitorBench(
                new MonitorBench.Options(
                    queries,
                    articles,
                    threads,
                    batch,
                    dataset,
                    seed,
                    presearch,
                    !whole,
                    !lengthWeights,
                    peerSample,
                    seconds),
                msg -> System.err.println("bench: " + msg))
            .run();
    System.out.print(MonitorBench.table(report));
    return 0;
  }
}
