package dev.argus.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code argus} command line. */
@Command(
    name = "argus",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Argus: a multilingual news-monitoring engine.",
    subcommands = {
      ExtractCommand.class,
      SourcesCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      AlertsCommand.class,
      SearchCommand.class,
      FacetsCommand.class,
      ExportCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ServeCommand.class,
      ReindexCommand.class,
      KeysCommand.class,
      ReprocessCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Lucene says at start-up that it runs without the incubating vector API. Argus does not use
   * vector search, so the warning would only alarm users; held here so the setting is not
   * collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code (used by tests, which must not exit the JVM). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::failed)
        .execute(args);
  }

  /**
   * What a command that failed on its files says: an I/O error (a file that cannot be read, or
   * holds what Argus did not write) is the user's to fix, so it gets one line and exit code 1, not
   * a stack trace. Anything else is a bug, and keeps picocli's stack trace.
   */
  private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
      cmd.getErr().println("argus: " + e.getMessage());
      return 1;
    }
    throw e;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "argus " + (v == null ? "dev" : v) + " (Java " + Runtime.version() + ")"
      };
    }
  }
}
