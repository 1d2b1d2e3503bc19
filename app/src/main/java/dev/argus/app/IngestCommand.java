package dev.argus.app;

import dev.argus.alerts.Alerts;
import dev.argus.alerts.IngestHook;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.ingest.pipeline.IngestReport;
import dev.argus.ingest.pipeline.Ingestor;
import dev.argus.ingest.pipeline.LocalInputs;
import dev.argus.ingest.state.StateException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argus ingest}: polls the due sources once, or reads the given files, archives and URLs.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "With no arguments: polls every due source once and fetches the new articles.",
      "With arguments: ingests them once: HTML and text files, folders (recursive), WARC and ARC"
          + " archives (.warc, .warc.gz, .arc, .arc.gz), JSON Lines ({\"url\",\"html\"} or"
          + " {\"url\",\"text\"} per line), and article URLs.",
      "Articles go to DATA/articles/<day>.jsonl; fetched responses to DATA/archive/*.warc.gz;"
          + " failures, with their reasons, to DATA/failures.jsonl. Re-running never"
          + " duplicates an article."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;
  @Mixin NetOptions net;
  @Mixin EnrichOptions enrich;
  @Mixin StoryModelOptions storyModel;

  @Parameters(paramLabel = "PATH|URL", description = "Files, folders, archives or article URLs.")
  List<String> args = new ArrayList<>();

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "A TSV of path<TAB>url lines; relative paths are resolved against its folder.")
  Path manifest;

  @Option(names = "--all", description = "Poll every source now, not only the due ones.")
  boolean all;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-progress", description = "Print no progress on stderr.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    if (threads < 1)
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    List<String> urls = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (String a : args) {
      String lower = a.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) urls.add(a);
      else paths.add(Path.of(a));
    }
    List<LocalInputs.Input> inputs = new ArrayList<>();
    try {
      inputs.addAll(LocalInputs.expand(paths));
      if (manifest != null) inputs.addAll(LocalInputs.manifest(manifest));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    IngestProgress progress = new IngestProgress(!noProgress);
    try (var model = storyModel.open(spec);
        Ingestor ingestor = open(data, net, threads, enrich.enricher(spec, data.dir()), model);
        // The data folder's alerts, told of each commit's articles; null when it has none.
        IngestHook alerts = alerts(data, ingestor)) {
      if (!inputs.isEmpty()) print("files", ingestor.ingestLocal(inputs, progress), System.out);
      if (!urls.isEmpty()) print("urls", ingestor.ingestUrls(urls, progress), System.out);
      if (inputs.isEmpty() && urls.isEmpty() && manifest == null) {
        if (ingestor.state().sources().isEmpty()) {
          System.err.println(
              "argus: no sources yet: add one with `argus sources add URL`, or give files to"
                  + " ingest");
          return 1;
        }
        print("sources", ingestor.ingestSources(all, progress), System.out);
      }
    } catch (StateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return 0;
  }

  /**
   * Opens the data folder for a run; with {@code net} null the run never fetches. Says on stderr
   * when it repaired what an interrupted run left.
   */
  static Ingestor open(
      DataOption data,
      NetOptions net,
      int threads,
      Enricher enricher,
      dev.argus.core.story.Embedder storyModel)
      throws IOException {
    Ingestor ingestor =
        Ingestor.open(
            data.dir(),
            net == null ? null : listener -> new HttpFetcher(net.policy(), listener),
            ArticleExtractor.withDefaults(),
            enricher,
            storyModel,
            Clock.systemUTC(),
            Ingestor.Options.defaults().withThreads(threads));
    printRecovery(ingestor, System.err);
    return ingestor;
  }

  /** Hooks the data folder's alerts, when it has any, to the run. */
  static IngestHook alerts(DataOption data, Ingestor ingestor) throws IOException {
    return IngestHook.attach(data.data, ingestor, Alerts.Settings.defaults(), System.err);
  }

  static void printRecovery(Ingestor ingestor, PrintStream err) {
    var r = ingestor.sink().recovery();
    if (r.truncatedBytes() > 0 || !r.removedFiles().isEmpty()) {
      err.printf(
          "argus: recovered from an interrupted run: cut %d uncommitted bytes%s%n",
          r.truncatedBytes(),
          r.removedFiles().isEmpty() ? "" : ", removed uncommitted " + r.removedFiles());
    }
  }

  static void print(String what, IngestReport r, PrintStream out) {
    StringBuilder sb = new StringBuilder();
    if (r.sourcesPolled() > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%d sources polled (%d failed), %d new URLs; ",
              r.sourcesPolled(),
              r.sourceErrors(),
              r.discovered()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%s: %,d processed: %,d new articles, %,d updated, %,d unchanged, %,d failed"
                + "%s in %.1f s (%.0f articles/s)",
            what,
            r.processed(),
            r.articles(),
            r.updated(),
            r.duplicates(),
            r.failures(),
            r.retries() > 0 ? ", " + r.retries() + " to retry" : "",
            r.elapsed().toMillis() / 1000.0,
            r.articlesPerSecond()));
    out.println(sb);
  }
}
