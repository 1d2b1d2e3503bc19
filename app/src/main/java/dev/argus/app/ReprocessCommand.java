package dev.argus.app;

import dev.argus.ingest.pipeline.Ingestor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus reprocess}: re-extracts every archived article with the current extractor. */
@Command(
    name = "reprocess",
    mixinStandardHelpOptions = true,
    description = {
      "Re-extracts every article page in DATA/archive with the current extractor, without"
          + " fetching anything. Articles whose text changed get their new version; the articles"
          + " files are then compacted so each article appears once."
    })
final class ReprocessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;
  @Mixin EnrichOptions enrich;
  @Mixin StoryModelOptions storyModel;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-progress", description = "Print no progress on stderr.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    if (threads < 1)
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    try (var model = storyModel.open(spec);
        Ingestor ingestor =
            IngestCommand.open(data, null, threads, enrich.enricher(spec, data.dir()), model)) {
      IngestCommand.print(
          "archive", ingestor.reprocess(new IngestProgress(!noProgress)), System.out);
    }
    return 0;
  }
}
