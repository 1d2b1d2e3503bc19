package dev.argus.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code argus bench}: whole-path benchmarks, each against a peer in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks whole paths against peers.")
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
