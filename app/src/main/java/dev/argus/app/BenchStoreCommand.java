package dev.argus.app;

import dev.argus.bench.store.StoreBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus bench store}: the store's ingest and search speed, against plain Lucene. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "The store's write and search speed on generated enriched articles (several languages,"
          + " Zipf-like words, entities, events, copies, a year of dates). Ingest: articles/s"
          + " through Store.add (corpus, stories, index) with the ingest runner's commits, on one"
          + " writer thread; peers on the first --peer-articles: LuceneStore.put alone and a plain"
          + " IndexWriter with the StandardAnalyzer.",
      "Search: p50/p95/p99 of monitoring queries (an entity, a phrase, a date range, an entity in"
          + " a date range; newest 20, facets by language and source, a day histogram) against a"
          + " plain TermQuery. Peak heap per phase; run it under -Xmx1g. Progress goes to stderr."
    })
final class BenchStoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Articles in the store (default: ${DEFAULT-VALUE}).")
  long articles = 20_000;

  @Option(
      names = "--queries",
      paramLabel = "N",
      description = "Most queries measured, after 100 warm-up ones (default: ${DEFAULT-VALUE}).")
  int queries = 2_000;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Most seconds of measured queries (default: ${DEFAULT-VALUE}).")
  double seconds = 30;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder for the stores, deleted after (default: a temporary folder).")
  Path data;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description =
          "Keep the store in DIR across runs: a store there with fewer than --articles gets the"
              + " rest added, one with enough is only searched (building 1,000,000 takes a while).")
  Path keep;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the articles and queries (default: ${DEFAULT-VALUE}).")
  long seed = 5;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description = "Articles between commits (default: the ingest runner's, ${DEFAULT-VALUE}).")
  int commitEvery = 500;

  @Option(
      names = "--commit-millis",
      paramLabel = "MS",
      description = "Store time between commits (default: the ingest runner's, ${DEFAULT-VALUE}).")
  long commitMillis = 5_000;

  @Option(
      names = "--peer-articles",
      paramLabel = "N",
      description = "Articles the ingest peers store, 0 for none (default: ${DEFAULT-VALUE}).")
  int peerArticles = 20_000;

  @Option(
      names = "--bulk",
      description =
          "With --keep: fill the store with LuceneStore.put on every core (corpus and story fields"
              + " made up), for search figures at a size Store.add takes hours to reach; no ingest"
              + " figures. A stopped build resumes.")
  boolean bulk;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || queries < 0 || commitEvery < 1 || commitMillis < 1 || peerArticles < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--articles, --commit-every and --commit-millis must be positive, --queries and"
              + " --peer-articles not negative");
    }
    if (seconds < 0) {
      throw new ParameterException(spec.commandLine(), "--seconds must not be negative");
    }
    if (keep != null && data != null) {
      throw new ParameterException(spec.commandLine(), "--keep and --data exclude each other");
    }
    if (bulk && keep == null) {
      throw new ParameterException(spec.commandLine(), "--bulk needs --keep");
    }
    StoreBench.Options options =
        new StoreBench.Options(
            articles,
            queries,
            seconds,
            data,
            keep,
            seed,
            commitEvery,
            commitMillis,
            peerArticles,
            bulk);
    StoreBench.Report report =
        new StoreBench(options, msg -> System.err.println("bench: " + msg)).run();
    System.out.print(StoreBench.table(report, options));
    return 0;
  }
}
