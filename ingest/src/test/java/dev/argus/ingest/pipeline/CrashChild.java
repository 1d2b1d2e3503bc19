package dev.argus.ingest.pipeline;

import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.fetch.FetchPolicy;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.ingest.read.SourceKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The process {@link CrashSafetyTest} kills: an ordinary ingest of one feed into a data folder,
 * with a real fetcher against the test's loopback server. Exits 0 when the run completes.
 */
public final class CrashChild {
  /** Printed when the article phase (fetch, extract, write, commit) begins. */
  static final String ARTICLE_PHASE = "crash child: article phase";

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    String feed = args[1];
    FetchPolicy policy =
        FetchPolicy.defaults().withAllowPrivateNetwork(true).withHostDelay(Duration.ZERO);
    try (Ingestor in =
        Ingestor.open(
            new DataDir(data),
            listener -> new HttpFetcher(policy, listener),
            ArticleExtractor.withDefaults(),
            TestEnricher.SMALL,
            Clock.systemUTC(),
            // Commits every few articles, so kills land between commits as well as before the
            // first one.
            Ingestor.Options.defaults().withThreads(2).withCommits(4, 100))) {
      if (in.state().source(feed).isEmpty()) {
        in.state()
            .addSource(
                feed, "crash", SourceKind.FEED, List.of(feed), null, Clock.systemUTC().instant());
      }
      in.ingestSources(
          true,
          new Ingestor.Progress() {
            @Override
            public void start(String phase, long total) {
              if (phase.equals("articles")) {
                System.out.println(ARTICLE_PHASE);
                System.out.flush();
              }
            }
          });
    }
  }
}
