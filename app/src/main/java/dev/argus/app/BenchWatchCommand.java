package dev.argus.app;

import dev.argus.bench.watch.WatchBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus bench watch}: watch-list matching speed on one thread. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Single-threaded speed of watch-list matching: compiles a generated watch list of"
          + " --entries entries (names in Latin, Cyrillic, Greek, Han and katakana scripts, some"
          + " with context words and exclusions), then measures steady-state articles/s after a"
          + " warm-up, on generated texts or on the extracted texts of --dataset.",
      "Progress goes to stderr."
    })
final class BenchWatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--entries",
      paramLabel = "N",
      description = "Entries in the generated watch list (default: ${DEFAULT-VALUE}).")
  int entries = 10_000;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description =
          "Generated texts, or at most this many dataset pages with --dataset (default:"
              + " ${DEFAULT-VALUE}).")
  int articles = 2_000;

  @Option(
      names = "--chars",
      paramLabel = "N",
      description = "Length of a generated text in chars (default: ${DEFAULT-VALUE}).")
  int chars = 3_000;

  @Option(
      names = "--dataset",
      paramLabel = "DIR",
      description = "A labelled set (evaldata.json + html/) whose extracted texts are matched.")
  Path dataset;

  @Option(
      names = "--warmup-seconds",
      paramLabel = "N",
      description = "Warm-up time (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 5;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      description = "Measured time, in full passes, at least one (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the generated list and texts (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Override
  public Integer call() throws Exception {
    if (entries < 1 || articles < 1 || chars < 1) {
      throw new ParameterException(
          spec.commandLine(), "--entries, --articles and --chars must be positive");
    }
    if (seconds < 0 || warmupSeconds < 0) {
      throw new ParameterException(spec.commandLine(), "times must not be negative");
    }
    WatchBench.Report report =
        new WatchBench(
                new WatchBench.Options(
                    entries, articles, chars, dataset, warmupSeconds, seconds, seed),
                msg -> System.err.println("bench: " + msg))
            .run();
    System.out.print(WatchBench.table(report));
    return 0;
  }
}
