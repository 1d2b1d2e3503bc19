package dev.argus.app;

import dev.argus.alerts.IngestHook;
import dev.argus.ingest.pipeline.Ingestor;
import dev.argus.ingest.state.SourceRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argus watch}: keeps polling the sources, each at its own interval. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps polling: each source when it is due (its interval adapts to how often it"
          + " publishes), and URLs waiting for a retry when their time comes. Stop it with Ctrl-C"
          + " or kill; it is safe to stop at any moment."
    })
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;
  @Mixin NetOptions net;
  @Mixin EnrichOptions enrich;
  @Mixin StoryModelOptions storyModel;

  @Option(
      names = "--max-sleep",
      paramLabel = "DURATION",
      converter = Durations.class,
      description = "Longest wait between two checks for due sources (default: 1m).")
  Duration maxSleep = Duration.ofMinutes(1);

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Stop after N rounds (default: run until stopped).")
  long rounds = Long.MAX_VALUE;

  @Override
  public Integer call() throws Exception {
    Clock clock = Clock.systemUTC();
    try (var model = storyModel.open(spec);
        Ingestor ingestor =
            IngestCommand.open(
                data,
                net,
                Runtime.getRuntime().availableProcessors(),
                enrich.enricher(spec, data.dir()),
                model);
        IngestHook alerts = IngestCommand.alerts(data, ingestor)) {
      System.err.println(
          "argus watch: polling " + ingestor.state().sources().size() + " sources; Ctrl-C stops");
      for (long round = 0; round < rounds; round++) {
        var report = ingestor.ingestSources(false, Ingestor.Progress.NONE);
        if (report.sourcesPolled() > 0 || report.processed() > 0) {
          IngestCommand.print(Instant.now().toString().substring(0, 19), report, System.out);
        }
        // Digests whose period ended and retries whose time came, also in quiet rounds.
        if (alerts != null) alerts.kick();
        if (round + 1 >= rounds) break;
        Thread.sleep(sleep(ingestor, clock).toMillis());
      }
    }
    return 0;
  }

  private Duration sleep(Ingestor ingestor, Clock clock) {
    Instant now = clock.instant();
    Duration wait = maxSleep;
    for (SourceRecord s : ingestor.state().sources()) {
      Duration d = Duration.between(now, s.nextDue());
      if (d.compareTo(wait) < 0) wait = d;
    }
    return wait.isNegative() ? Duration.ofSeconds(1) : wait.plusMillis(100);
  }
}
