package dev.argus.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code argus demo}: extracts the bundled demo corpus and prints a readable summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs Argus on the bundled demo corpus.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("argus demo: the demo corpus is not bundled yet");
    return 1;
  }
}
