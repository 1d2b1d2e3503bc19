package dev.argus.app;

import dev.argus.bench.dedup.DedupBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus bench dedup}: near-duplicate detection quality, speed and memory. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Near-duplicate detection on a labelled set's pages: each page's text gets seeded copies"
          + " (truncated, ads inserted, headline changed, paragraphs reordered, dropped or added,"
          + " another page template, light word edits); different-article pairs come from the"
          + " same site and from other sites. All texts go through one index in a seeded order.",
      "Prints precision and recall per kind (recall over copies with true shingle Jaccard >= 0.5),"
          + " signatures+lookups per second on one thread after warm-up, and bytes per indexed"
          + " article. Progress goes to stderr."
    })
final class BenchDedupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "DIR",
      description = "A labelled set (evaldata.json + html/), e.g. trafilatura-eval.")
  Path dataset;

  @Option(
      names = "--pairs",
      paramLabel = "N",
      description =
          "Pages perturbed per kind, and different-article pairs per kind (default: every page).")
  int pairs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed for copies, pairs, dates and order (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--warmup-seconds",
      paramLabel = "N",
      description = "Single-thread warm-up before timing (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 5;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      description = "Measured time, in whole passes, at least one (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(
      names = "--memory-articles",
      paramLabel = "N",
      description =
          "Articles in the index whose bytes per article are measured (default: ${DEFAULT-VALUE}).")
  int memoryArticles = 1_000_000;

  @Override
  public Integer call() throws Exception {
    if (pairs < 0 || memoryArticles < 0 || seconds < 0 || warmupSeconds < 0) {
      throw new ParameterException(spec.commandLine(), "numbers must not be negative");
    }
    DedupBench.Report report =
        new DedupBench(
                new DedupBench.Options(
                    dataset, pairs, seed, warmupSeconds, seconds, memoryArticles),
                msg -> System.err.println("bench: " + msg))
            .run();
    System.out.print(DedupBench.table(report));
    return 0;
  }
}
