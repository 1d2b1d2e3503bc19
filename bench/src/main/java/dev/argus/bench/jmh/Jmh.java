package dev.argus.bench.jmh;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs one JMH benchmark class from its own main, with any JMH command-line option. */
final class Jmh {

  private Jmh() {}

  /** Runs {@code benchmark}'s benchmarks, or those {@code args} include instead. */
  static void run(Class<?> benchmark, String[] args)
      throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      builder.include(benchmark.getName());
    }
    new Runner(builder.build()).run();
  }
}
