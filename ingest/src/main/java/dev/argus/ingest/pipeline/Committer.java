package dev.argus.ingest.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.ingest.archive.WarcArchive;
import dev.argus.ingest.sink.JsonlSink;
import dev.argus.ingest.state.Commit;
import dev.argus.ingest.state.CrawlState;
import dev.argus.store.Store;
import dev.argus.store.StoredArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only writer: takes processed inputs one at a time, writes new articles and new versions to
 * the store and the sink, skips duplicates, and commits in batches (sink sync, archive sync, then
 * one state transaction). Not thread-safe by design: the pipeline calls it from one thread.
 */
final class Committer implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  private final CrawlState state;
  private final JsonlSink sink;
  private final Store store;
  private final WarcArchive archive;
  private final Clock clock;
  private final Path failureLog;
  private final int batchSize;
  private final long batchMillis;

  private final List<Commit.UrlOutcome> urls = new ArrayList<>();
  private final List<Commit.ArticleRow> rows = new ArrayList<>();
  private final Map<String, String> batchHashes = new HashMap<>();
  private long batchStarted;
  private Writer failures;

  private final IngestReport.Counter counter;

  /** Told of the articles of each durable flush (alerts); null for none. */
  private final Ingestor.CommitListener listener;

  private final List<StoredArticle> committed = new ArrayList<>();

  Committer(
      CrawlState state,
      JsonlSink sink,
      Store store,
      WarcArchive archive,
      Clock clock,
      Path failureLog,
      IngestReport.Counter counter,
      int batchSize,
      long batchMillis,
      Ingestor.CommitListener listener) {
    this.listener = listener;
    this.state = state;
    this.sink = sink;
    this.store = store;
    this.archive = archive;
    this.clock = clock;
    this.failureLog = failureLog;
    this.counter = counter;
    this.batchSize = batchSize;
    this.batchMillis = batchMillis;
  }

  void accept(Processed p) {
    if (urls.isEmpty() && rows.isEmpty()) batchStarted = System.nanoTime();
    Commit.UrlOutcome outcome = p.urlOutcome();
    if (p.article() != null) {
      Processed.Draft d = p.article();
      String previous =
          batchHashes.containsKey(d.key()) ? batchHashes.get(d.key()) : state.articleHash(d.key());
      if (d.contentHash().equals(previous)) {
        counter.duplicates++;
      } else {
        Instant now = clock.instant();
        Map<String, Object> json = new LinkedHashMap<>(d.json());
        json.put("ingested", now.toString());
        StoredArticle stored;
        try {
          stored = store.add(d.key(), d.enriched(), json, now);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write article " + d.key() + " to the store", e);
        }
        JsonlSink.Placement at = sink.append(day(now), line(stored.fields()));
        if (listener != null) committed.add(stored);
        rows.add(
            new Commit.ArticleRow(
                d.key(),
                d.url(),
                d.contentHash(),
                d.sourceId(),
                at.file(),
                at.offset(),
                d.published(),
                now));
        batchHashes.put(d.key(), d.contentHash());
        if (previous == null) counter.articles++;
        else counter.updated++;
      }
    } else if (p.failure() != null) {
      counter.failures++;
      logFailure(p.locator(), p.failure());
    }
    if (outcome != null) {
      urls.add(outcome);
      switch (outcome.status()) {
        case FAILED -> {
          counter.failures++;
          logFailure(outcome.url(), outcome.error());
        }
        case RETRY -> counter.retries++;
        case DONE -> {}
      }
    }
    counter.processed++;
    if (urls.size() + rows.size() >= batchSize
        || System.nanoTime() - batchStarted > batchMillis * 1_000_000) {
      flush();
    }
  }

  /** Makes everything accepted so far durable. */
  void flush() {
    if (urls.isEmpty() && rows.isEmpty()) return;
    Map<String, Long> lengths = sink.sync();
    try {
      if (archive != null) archive.sync();
      // The store first: an article the crawl state calls done must be in the index. A crash
      // between the two leaves articles the state does not know yet, which the next run writes
      // again over themselves (same id).
      store.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    state.commit(new Commit(urls, rows, lengths));
    if (listener != null && !committed.isEmpty()) {
      List<StoredArticle> durable = List.copyOf(committed);
      committed.clear();
      listener.committed(durable);
    }
    urls.clear();
    rows.clear();
    batchHashes.clear();
    if (failures != null) {
      try {
        failures.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static byte[] line(Map<String, Object> json) {
    try {
      return JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise an article", e);
    }
  }

  static String day(Instant t) {
    return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /**
   * Failures are appended to a log a person can read ({@code failures.jsonl}); the URL failures are
   * also in the crawl state. The log is advisory, so it is not part of the transaction.
   */
  private void logFailure(String locator, String reason) {
    if (failureLog == null) return;
    try {
      if (failures == null) {
        failures =
            Files.newBufferedWriter(
                failureLog,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("time", clock.instant().toString());
      m.put("input", locator);
      m.put("error", reason);
      failures.write(JSON.writeValueAsString(m));
      failures.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + failureLog, e);
    }
  }

  @Override
  public void close() {
    flush();
    if (failures != null) {
      try {
        failures.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
