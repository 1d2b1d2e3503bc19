package dev.argus.app;

import dev.argus.store.LuceneStore;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus reindex}: brings the documents of a store an older version wrote up to date. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites the articles an older version of Argus indexed from their stored copies, so that"
          + " exact phrases are answered from indexed word pairs and result lists read summaries."
          + " Articles already current are left alone; nothing is fetched or extracted again."
          + " With --segments N, then merges the store down to at most N segments: a store that"
          + " is mostly searched answers faster from fewer. Stop ingest, watch and serve on the"
          + " data folder first."
    })
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--no-progress", description = "Print no progress on stderr.")
  boolean noProgress;

  @Option(
      names = "--segments",
      paramLabel = "N",
      description =
          "Then merge the store down to at most N segments (1 to "
              + LuceneStore.MAX_MERGED_SEGMENTS
              + "); searches look each term up once per segment.")
  Integer segments;

  @Override
  public Integer call() throws Exception {
    if (segments != null && (segments < 1 || segments > LuceneStore.MAX_MERGED_SEGMENTS)) {
      throw new ParameterException(
          spec.commandLine(), "--segments must be 1 to " + LuceneStore.MAX_MERGED_SEGMENTS);
    }
    var folder = data.dir().index();
    ParameterException none =
        new ParameterException(
            spec.commandLine(), "no articles in " + data.dir().root() + " yet: nothing to reindex");
    if (!Files.isDirectory(folder)) throw none;
    try (var dir = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(dir)) throw none;
    }
    LuceneStore.Reindexed done;
    int segmentsBefore = 0;
    int segmentsAfter = 0;
    try (LuceneStore store = LuceneStore.open(folder)) {
      // The bar counts the documents to rewrite: those an older version indexed.
      try (Progress progress = Progress.onStderr("reindex", store.outdated(), !noProgress)) {
        done = store.reindex(n -> progress.step());
      }
      if (segments != null) {
        if (!noProgress)
          System.err.println("merging the store (at most " + segments + " segments)");
        segmentsBefore = store.merge(segments);
        segmentsAfter = store.segments();
      }
    } catch (LockObtainFailedException e) {
      throw new ParameterException(
          spec.commandLine(),
          "the store in "
              + data.dir().root()
              + " is open for writing elsewhere (argus ingest, watch or serve): stop it first");
    }
    System.out.printf(
        "reindexed %,d of %,d articles (%s)%n",
        done.rewritten(),
        done.articles(),
        done.rewritten() == 0 ? "all were current" : "written by an older version");
    if (segments != null) {
      System.out.printf("segments: %d before, %d after%n", segmentsBefore, segmentsAfter);
    }
    return 0;
  }
}
