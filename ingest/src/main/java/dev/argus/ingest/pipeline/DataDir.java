package dev.argus.ingest.pipeline;

import java.nio.file.Path;

/**
 * The data folder ({@code --data}, default {@code ./argus-data}) and what lives in it:
 *
 * <pre>
 * argus-data/
 *   state.db        crawl state (SQLite): sources, URLs, articles, sink checkpoint
 *   archive/        every response fetched, as WARC files (gzip per record)
 *   articles/       the articles, one JSON Lines file per day
 *   index/          the article store: the Lucene index and the corpus state committed with it
 *   failures.jsonl  every input that failed, with its reason
 *   watchlist.yaml  the entities to tag, used when a command is given no --watchlist (optional)
 * </pre>
 */
public record DataDir(Path root) {
  public static final Path DEFAULT = Path.of("argus-data");

  public Path state() {
    return root.resolve("state.db");
  }

  public Path archive() {
    return root.resolve("archive");
  }

  public Path articles() {
    return root.resolve("articles");
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path failures() {
    return root.resolve("failures.jsonl");
  }

  /** The data folder's own watch list (it may not exist). */
  public Path watchList() {
    return root.resolve("watchlist.yaml");
  }
}
