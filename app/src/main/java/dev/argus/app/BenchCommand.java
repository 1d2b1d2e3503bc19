package dev.argus.app;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.argus.bench.speed.Contender;
import dev.argus.bench.speed.ExtractionSpeed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus bench}: whole-path benchmarks, each against a peer in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks whole paths against peers.",
    subcommands = {
      BenchCommand.Extraction.class,
      BenchCommand.Ingest.class,
      BenchDedupCommand.class,
      BenchWatchCommand.class,
      BenchMonitorCommand.class,
      BenchStoreCommand.class,
      BenchServeCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code argus bench extraction}: pages/s of Argus, Readability4J and bare jsoup. */
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Single-threaded extraction speed of Argus against Readability4J and bare jsoup"
            + " (parse + text(), the ceiling), on the same pages in one run.",
        "Pages are loaded into memory first. Steady pages/s is measured after an interleaved"
            + " warm-up, in rotating rounds of full passes; cold pages/s is the first pass of a"
            + " fresh JVM per contender. Progress goes to stderr."
      })
  static final class Extraction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--dataset",
        required = true,
        paramLabel = "DIR",
        description = "A labelled set (evaldata.json + html/), e.g. trafilatura-eval.")
    Path dataset;

    @Option(
        names = "--warmup-seconds",
        paramLabel = "N",
        description = "Warm-up time per contender (default: ${DEFAULT-VALUE}).")
    double warmupSeconds = 10;

    @Option(
        names = "--seconds",
        paramLabel = "N",
        description =
            "Measured time per contender, in full passes, at least one (default: ${DEFAULT-VALUE}).")
    double seconds = 20;

    @Option(
        names = "--contenders",
        split = ",",
        paramLabel = "NAME",
        description = "Which to run (default: argus,readability4j,jsoup).")
    List<String> contenders = new ArrayList<>(List.of("argus", "readability4j", "jsoup"));

    @Option(
        names = "--cold",
        paramLabel = "MODE",
        description = "Cold pass: fork (a fresh JVM each; default), inline, or none.")
    ExtractionSpeed.ColdMode cold = ExtractionSpeed.ColdMode.FORK;

    @Option(
        names = "--predecoded",
        description =
            "Give Readability4J and jsoup pre-decoded text (their decoding untimed). By default"
                + " every contender starts from raw bytes and decoding is timed for all.")
    boolean predecoded;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Use only the first N pages (quick runs).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Override
    public Integer call() throws Exception {
      if (!format.equals("text") && !format.equals("json")) {
        throw new ParameterException(spec.commandLine(), "--format is text or json");
      }
      if (seconds < 0 || warmupSeconds < 0) {
        throw new ParameterException(spec.commandLine(), "times must not be negative");
      }
      List<Contender> list = new ArrayList<>();
      try {
        for (String c : contenders) list.add(Contender.parse(c));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      ExtractionSpeed.Options options =
          new ExtractionSpeed.Options(
              dataset, warmupSeconds, seconds, List.copyOf(list), predecoded, cold, limit);
      ExtractionSpeed.Report report =
          new ExtractionSpeed(options, msg -> System.err.println("bench: " + msg)).run();
      if (format.equals("json")) {
        System.out.println(
            ExtractCommand.JSON
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
      } else {
        System.out.print(ExtractionSpeed.table(report));
      }
      return 0;
    }
  }

  /** {@code argus bench ingest}: WARC to articles through the whole pipeline, against its peer. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Articles/s from a WARC through the whole ingest pipeline (read, extract, dedupe, write,"
            + " commit), against the same WARC read and extracted with nothing written, on the"
            + " same threads in one run. Heap is sampled over the run.",
        "When FILE does not exist it is built first from --dataset's pages, repeated to"
            + " --records records (each copy with its own URL)."
      })
  static final class Ingest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--warc", required = true, paramLabel = "FILE", description = "The WARC file.")
    Path warc;

    @Option(
        names = "--dataset",
        paramLabel = "DIR",
        description = "A labelled set (evaldata.json + html/) to build the WARC from.")
    Path dataset;

    @Option(
        names = "--records",
        paramLabel = "N",
        description = "Records in a built WARC (default: ${DEFAULT-VALUE}).")
    int records = 100_000;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Override
    public Integer call() throws Exception {
      if (threads < 1 || records < 1) {
        throw new ParameterException(
            spec.commandLine(), "--threads and --records must be positive");
      }
      var report =
          new dev.argus.bench.ingest.IngestBench(
                  new dev.argus.bench.ingest.IngestBench.Options(warc, dataset, records, threads),
                  msg -> System.err.println("bench: " + msg))
              .run();
      System.out.print(dev.argus.bench.ingest.IngestBench.table(report));
      return 0;
    }
  }
}
