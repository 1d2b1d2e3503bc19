package dev.argus.app;

import dev.argus.store.LuceneStore;
import dev.argus.store.Order;
import dev.argus.store.RowWriter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.search.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus export}: every matching article, streamed as CSV or JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every stored article that matches QUERY (* for all) as JSON Lines or CSV, streaming:"
          + " memory stays the same for ten rows or ten million."
    })
final class ExportCommand extends QueryCommand {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "QUERY", description = "The query (quote it for the shell).")
  String query;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or csv.")
  Format format = Format.JSONL;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "date (default: newest first) or relevance.")
  Order sort = Order.DATE;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--no-progress", description = "Print no progress on stderr.")
  boolean noProgress;

  enum Format {
    JSONL,
    CSV
  }

  @Override
  int run() throws Exception {
    Query q = StoreOptions.parse(query, System.err);
    if (q == null) return StoreOptions.BAD_QUERY;
    try (LuceneStore index = store.open(spec)) {
      long total = index.search(q, 0, sort).total();
      OutputStream target =
          out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
      try (Progress progress = Progress.onStderr("export", total, !noProgress && out != null);
          RowWriter w = format == Format.CSV ? RowWriter.csv(target) : RowWriter.jsonl(target)) {
        index.export(
            q,
            sort,
            a -> {
              w.accept(a);
              progress.step();
            });
      } finally {
        if (out != null) target.close();
        else System.out.flush();
      }
      if (out != null) System.err.printf("argus: exported %,d articles to %s%n", total, out);
    }
    return 0;
  }
}
