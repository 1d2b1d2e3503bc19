package dev.argus.ingest.pipeline;

import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.Article;
import dev.argus.core.model.RawPage;
import dev.argus.ingest.archive.WarcArchive;
import dev.argus.ingest.fetch.FetchRequest;
import dev.argus.ingest.fetch.FetchResponse;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.fetch.Fetcher;
import dev.argus.ingest.fetch.ResponseListener;
import dev.argus.ingest.read.CapturedPage;
import dev.argus.ingest.read.Detection;
import dev.argus.ingest.read.FeedItem;
import dev.argus.ingest.read.Feeds;
import dev.argus.ingest.read.Sitemap;
import dev.argus.ingest.read.Sitemaps;
import dev.argus.ingest.read.SourceDetector;
import dev.argus.ingest.read.SourceFormatException;
import dev.argus.ingest.read.SourceKind;
import dev.argus.ingest.sink.JsonlSink;
import dev.argus.ingest.state.Commit;
import dev.argus.ingest.state.CrawlState;
import dev.argus.ingest.state.SourceRecord;
import dev.argus.ingest.state.StateException;
import dev.argus.ingest.state.UrlTask;
import dev.argus.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The embedded ingest runner. It composes the stages (read or fetch, extract, key) on a worker pool
 * and hands every result to one {@link Committer}, which writes the sink and commits the crawl
 * state in batches. The three entry points are {@link #ingestSources}, {@link #ingestLocal} and
 * {@link #reprocess}.
 */
public final class Ingestor implements AutoCloseable {

  /**
   * @param threads worker threads for extraction (local input and reprocessing)
   * @param fetchThreads worker threads for fetching (network-bound; politeness is per host)
   * @param maxItemsPerPoll newest entries taken from one feed or sitemap poll
   * @param maxChildSitemaps child sitemaps read from one sitemap index
   * @param archiveRotateBytes size at which the archive starts a new WARC file
   * @param maxBodyBytes largest record read from a local archive
   * @param commitEvery inputs handled between two commits at most
   * @param commitMillis time between two commits at most (a commit syncs files and snapshots the
   *     store's corpus and story state, whose cost grows with that state: not too often)
   */
  public record Options(
      int threads,
      int fetchThreads,
      int maxItemsPerPoll,
      int maxChildSitemaps,
      long archiveRotateBytes,
      long maxBodyBytes,
      int commitEvery,
      long commitMillis) {
    public static Options defaults() {
      return new Options(
          Runtime.getRuntime().availableProcessors(), 16, 1000, 25, 1L << 30, 10L << 20, 500, 5000);
    }

    public Options withThreads(int n) {
      return new Options(
          n,
          fetchThreads,
          maxItemsPerPoll,
          maxChildSitemaps,
          archiveRotateBytes,
          maxBodyBytes,
          commitEvery,
          commitMillis);
    }

    public Options withCommits(int every, long millis) {
      return new Options(
          threads,
          fetchThreads,
          maxItemsPerPoll,
          maxChildSitemaps,
          archiveRotateBytes,
          maxBodyBytes,
          every,
          millis);
    }
  }

  /** Progress of a run: a total when known (-1 otherwise), then one step per input. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void start(String phase, long total) {}

    default void step() {}

    default void done() {}
  }

  /**
   * Told, on the committing thread, of the articles each commit made durable (in the store, the
   * sink and the crawl state), once that commit is done: what it is told can no longer be lost.
   * Alerts listen here. A listener that throws stops the run, so it should catch its own errors.
   */
  public interface CommitListener {
    void committed(List<dev.argus.store.StoredArticle> articles);
  }

  private CommitListener commitListener;

  /** Sets the listener told of each commit's articles (null for none); before a run starts. */
  public void setCommitListener(CommitListener listener) {
    this.commitListener = listener;
  }

  private final DataDir data;
  private final CrawlState state;
  private final JsonlSink sink;
  private final Store store;
  private final WarcArchive archive;
  private final Fetcher fetcher;
  private final ArticleExtractor extractor;
  private final Enricher enricher;
  private final Clock clock;
  private final Options options;

  private Ingestor(
      DataDir data,
      CrawlState state,
      JsonlSink sink,
      Store store,
      WarcArchive archive,
      Fetcher fetcher,
      ArticleExtractor extractor,
      Enricher enricher,
      Clock clock,
      Options options) {
    this.data = data;
    this.state = state;
    this.sink = sink;
    this.store = store;
    this.archive = archive;
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.enricher = enricher;
    this.clock = clock;
    this.options = options;
  }

  /**
   * Opens the data folder: the crawl state, the sink (cut back to its last commit) and the archive
   * (its torn last record repaired). {@code fetchers} builds the fetcher around the archive's
   * listener; pass null for runs that never fetch.
   */
  public static Ingestor open(
      DataDir data,
      Function<ResponseListener, Fetcher> fetchers,
      ArticleExtractor extractor,
      Enricher enricher,
      Clock clock,
      Options options)
      throws IOException {
    return open(data, fetchers, extractor, enricher, null, clock, options);
  }

  /**
   * As {@link #open(DataDir, Function, ArticleExtractor, Enricher, Clock, Options)}, with a
   * sentence-embedding model for the story clusterer ({@code storyEmbedder}, null for none).
   */
  public static Ingestor open(
      DataDir data,
      Function<ResponseListener, Fetcher> fetchers,
      ArticleExtractor extractor,
      Enricher enricher,
      dev.argus.core.story.Embedder storyEmbedder,
      Clock clock,
      Options options)
      throws IOException {
    Files.createDirectories(data.root());
    CrawlState state = CrawlState.open(data.state());
    try {
      JsonlSink sink = JsonlSink.open(data.articles(), state.sinkLengths());
      Store store;
      try {
        store = Store.open(data.index(), storyEmbedder);
      } catch (IOException e) {
        sink.close();
        throw new StateException(
            "cannot open the article store in " + data.index() + ": " + e.getMessage(), e);
      }
      try {
        WarcArchive archive = null;
        Fetcher fetcher = null;
        if (fetchers != null) {
          archive = WarcArchive.open(data.archive(), options.archiveRotateBytes());
          fetcher = fetchers.apply(archive);
        }
        return new Ingestor(
            data, state, sink, store, archive, fetcher, extractor, enricher, clock, options);
      } catch (IOException | RuntimeException e) {
        store.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      state.close();
      throw e;
    }
  }

  public CrawlState state() {
    return state;
  }

  public JsonlSink sink() {
    return sink;
  }

  /** The article store this run writes through. */
  public Store store() {
    return store;
  }

  // ------------------------------------------------------------------ sources

  /**
   * Polls the due sources (every source with {@code all}), records the article URLs they list, then
   * fetches every pending article URL once.
   */
  public IngestReport ingestSources(boolean all, Progress progress) throws InterruptedException {
    requireFetcher();
    long t0 = System.nanoTime();
    IngestReport.Counter counter = new IngestReport.Counter();
    Instant now = clock.instant();
    if (all) state.makeAllDue(now);
    pollSources(state.dueSources(now), counter, progress);
    fetchPending(counter, progress);
    return counter.report(Duration.ofNanos(System.nanoTime() - t0));
  }

  /** Fetches the given article URLs once (they are recorded like URLs a source listed). */
  public IngestReport ingestUrls(List<String> urls, Progress progress) throws InterruptedException {
    requireFetcher();
    long t0 = System.nanoTime();
    IngestReport.Counter counter = new IngestReport.Counter();
    List<FeedItem> items = urls.stream().map(u -> new FeedItem(u, null, null)).toList();
    counter.discovered += state.discover(0, items, clock.instant());
    fetchPending(counter, progress);
    return counter.report(Duration.ofNanos(System.nanoTime() - t0));
  }

  private void pollSources(List<SourceRecord> due, IngestReport.Counter counter, Progress progress)
      throws InterruptedException {
    if (due.isEmpty()) return;
    progress.start("sources", due.size());
    ExecutorService pool = pool(Math.min(options.fetchThreads(), due.size()), "poll");
    try {
      List<Future<Poll>> polls = new ArrayList<>();
      for (SourceRecord s : due) polls.add(pool.submit(() -> poll(s)));
      for (Future<Poll> f : polls) {
        Poll p = get(f);
        Instant now = clock.instant();
        int added = p.error() == null ? state.discover(p.source().id(), p.items(), now) : 0;
        state.sourcePolled(p.source().id(), now, p.error(), p.warning(), added);
        counter.sourcesPolled++;
        if (p.error() != null) counter.sourceErrors++;
        counter.discovered += added;
        progress.step();
      }
    } finally {
      pool.shutdownNow();
      progress.done();
    }
  }

  /**
   * The outcome of polling one source: the entries found, or why it failed; {@code warning} says
   * which of its endpoints failed while others worked.
   */
  record Poll(SourceRecord source, List<FeedItem> items, String error, String warning) {}

  Poll poll(SourceRecord source) {
    List<FeedItem> items = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String endpoint : source.endpoints()) {
      try {
        readEndpoint(endpoint, source.kind(), items, 0);
      } catch (EndpointException e) {
        errors.add(endpoint + ": " + e.getMessage());
      }
    }
    // A site with several feeds is healthy while one of them works; the broken ones are still
    // reported (as the source's last error), never dropped.
    boolean allFailed = !errors.isEmpty() && errors.size() == source.endpoints().size();
    String joined = errors.isEmpty() ? null : String.join("; ", errors);
    return new Poll(
        source, newest(dedupe(items)), allFailed ? joined : null, allFailed ? null : joined);
  }

  private void readEndpoint(String url, SourceKind kind, List<FeedItem> into, int depth)
      throws EndpointException {
    String[] validators = state.endpointValidators(url);
    FetchResult r = fetcher.fetch(new FetchRequest(url, validators[0], validators[1]));
    Instant now = clock.instant();
    if (r instanceof FetchResult.Failed f) {
      state.endpointFetched(url, f.status(), null, null, now);
      throw new EndpointException(f.kind() + ": " + f.reason());
    }
    FetchResponse resp = ((FetchResult.Fetched) r).response();
    state.endpointFetched(url, resp.status(), resp.etag(), resp.lastModified(), now);
    if (resp.notModified()) return;
    try {
      Detection d = SourceDetector.detect(resp.finalUrl(), resp.contentType(), resp.body());
      switch (d.kind()) {
        case FEED -> into.addAll(Feeds.parse(resp.body(), resp.finalUrl()).items());
        case SITEMAP -> {
          Sitemap sm = Sitemaps.parse(resp.body(), resp.contentType(), resp.finalUrl());
          switch (sm) {
            case Sitemap.UrlSet set -> into.addAll(set.items());
            case Sitemap.Index index -> {
              if (depth >= 1) throw new EndpointException("sitemap index nested in an index");
              List<String> children = index.sitemaps();
              for (String child :
                  children.subList(0, Math.min(children.size(), options.maxChildSitemaps()))) {
                try {
                  readEndpoint(child, SourceKind.SITEMAP, into, depth + 1);
                } catch (EndpointException e) {
                  // One broken child sitemap does not fail the index; the others still count.
                }
              }
            }
          }
        }
        case SITE ->
            throw new EndpointException(
                "expected a "
                    + kind.name().toLowerCase()
                    + " but found an HTML page"
                    + (d.feeds().isEmpty() ? "" : " (it declares feeds: " + d.feeds() + ")"));
      }
    } catch (SourceFormatException e) {
      throw new EndpointException(e.getMessage());
    }
  }

  private static final class EndpointException extends Exception {
    EndpointException(String message) {
      super(message);
    }
  }

  private static List<FeedItem> dedupe(List<FeedItem> items) {
    Map<String, FeedItem> byUrl = new LinkedHashMap<>();
    for (FeedItem i : items) byUrl.putIfAbsent(i.url(), i);
    return new ArrayList<>(byUrl.values());
  }

  /** The newest entries (by date; undated ones keep their order after the dated). */
  private List<FeedItem> newest(List<FeedItem> items) {
    if (items.size() <= options.maxItemsPerPoll()) return items;
    List<FeedItem> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.reverseOrder())));
    return sorted.subList(0, options.maxItemsPerPoll());
  }

  /** Fetches every pending article URL whose time has come, in rounds, committing each round. */
  private void fetchPending(IngestReport.Counter counter, Progress progress)
      throws InterruptedException {
    Map<Long, SourceRecord> sources = sourcesById();
    Map<String, Long> counts = state.urlCounts();
    progress.start("articles", counts.getOrDefault("PENDING", 0L));
    try (Committer committer = committer(counter)) {
      while (true) {
        List<UrlTask> round = state.pendingUrls(clock.instant(), 256);
        if (round.isEmpty()) break;
        Iterator<Callable<Processed>> tasks =
            round.stream()
                .map(
                    t ->
                        (Callable<Processed>)
                            () -> fetchArticleSafely(t, sources.get(t.sourceId())))
                .iterator();
        run(tasks, options.fetchThreads(), committer, progress);
        committer.flush();
      }
    } finally {
      progress.done();
    }
  }

  /**
   * Every URL taken from the pending list leaves it with an outcome, even when something unexpected
   * breaks (the archive's disk is full, a bug): then it is retried later, so a run always ends and
   * the URL is never lost.
   */
  private Processed fetchArticleSafely(UrlTask task, SourceRecord source) {
    try {
      return fetchArticle(task, source);
    } catch (RuntimeException | StackOverflowError e) {
      Instant now = clock.instant();
      Commit.Status status =
          task.attempts() + 1 < CrawlState.MAX_URL_ATTEMPTS
              ? Commit.Status.RETRY
              : Commit.Status.FAILED;
      return urlOnly(
          task, status, 0, null, "internal error: " + e, now, now.plus(Duration.ofMinutes(5)));
    }
  }

  Processed fetchArticle(UrlTask task, SourceRecord source) {
    FetchResult r = fetcher.fetch(new FetchRequest(task.url(), task.etag(), task.lastModified()));
    Instant now = clock.instant();
    if (r instanceof FetchResult.Failed f) {
      boolean retryable =
          switch (f.kind()) {
            case THROTTLED, TIMEOUT, NETWORK -> true;
            case HTTP_STATUS -> f.status() >= 500;
            default -> false;
          };
      int attempts = task.attempts() + 1;
      String reason = f.kind() + ": " + f.reason();
      if (retryable && attempts < CrawlState.MAX_URL_ATTEMPTS) {
        Duration wait = Duration.ofMinutes(5).multipliedBy(1L << Math.min(attempts - 1, 6));
        if (f.retryAfter() != null && f.retryAfter().compareTo(wait) > 0) wait = f.retryAfter();
        return urlOnly(task, Commit.Status.RETRY, f.status(), null, reason, now, now.plus(wait));
      }
      return urlOnly(task, Commit.Status.FAILED, f.status(), null, reason, now, null);
    }
    FetchResponse resp = ((FetchResult.Fetched) r).response();
    if (resp.notModified()) {
      return urlOnly(task, Commit.Status.DONE, 304, resp, null, now, null);
    }
    if (!resp.isHtml()) {
      return urlOnly(
          task,
          Commit.Status.FAILED,
          resp.status(),
          resp,
          "not an HTML page: " + resp.contentType(),
          now,
          null);
    }
    Extraction e =
        extractor.extract(
            new RawPage(resp.finalUrl(), resp.finalUrl(), resp.body(), resp.contentType()));
    if (e instanceof Extraction.Failed failed) {
      return urlOnly(task, Commit.Status.FAILED, resp.status(), resp, failed.reason(), now, null);
    }
    Article article = ((Extraction.Ok) e).article();
    if (article.text().isBlank()) {
      return urlOnly(
          task, Commit.Status.FAILED, resp.status(), resp, "no article text found", now, null);
    }
    Processed.Draft draft =
        draft(
            article,
            resp.finalUrl(),
            task.sourceId(),
            source,
            resp.fetchedAt(),
            null,
            task.published());
    Commit.UrlOutcome outcome =
        new Commit.UrlOutcome(
            task.url(),
            task.sourceId(),
            Commit.Status.DONE,
            resp.status(),
            resp.etag(),
            resp.lastModified(),
            draft.contentHash(),
            null,
            now,
            null);
    return new Processed(outcome, draft, null, task.url());
  }

  private static Processed urlOnly(
      UrlTask task,
      Commit.Status status,
      int httpStatus,
      FetchResponse resp,
      String error,
      Instant now,
      Instant nextTry) {
    return new Processed(
        new Commit.UrlOutcome(
            task.url(),
            task.sourceId(),
            status,
            httpStatus,
            resp == null ? null : resp.etag(),
            resp == null ? null : resp.lastModified(),
            null,
            error,
            now,
            nextTry),
        null,
        null,
        task.url());
  }

  // ------------------------------------------------------------------ local input

  /** Ingests local files, folders, archives and manifests. */
  public IngestReport ingestLocal(List<LocalInputs.Input> inputs, Progress progress)
      throws InterruptedException {
    long t0 = System.nanoTime();
    IngestReport.Counter counter = new IngestReport.Counter();
    // Archives and JSON Lines files hold an unknown number of documents: no total then.
    boolean onlyPages =
        inputs.stream()
            .map(i -> LocalInputs.kindOf(i.path()))
            .noneMatch(k -> k == LocalInputs.Kind.WARC || k == LocalInputs.Kind.JSONL);
    progress.start("ingest", onlyPages ? inputs.size() : -1);
    try (Committer committer = committer(counter)) {
      Iterator<CapturedPage> pages = LocalInputs.pages(inputs, options.maxBodyBytes());
      run(
          map(pages, p -> () -> extractCaptured(p, 0, null)),
          options.threads(),
          committer,
          progress);
    } finally {
      progress.done();
    }
    return counter.report(Duration.ofNanos(System.nanoTime() - t0));
  }

  Processed extractCaptured(CapturedPage page, long sourceId, SourceRecord source) {
    if (page.failed()) return new Processed(null, null, page.error(), page.locator());
    Article article;
    if (page.text() != null) {
      article = extractor.fromText(page.text(), page.url());
    } else {
      Extraction e =
          extractor.extract(
              new RawPage(page.locator(), page.url(), page.body(), page.contentType()));
      if (e instanceof Extraction.Failed f) {
        return new Processed(null, null, f.reason(), page.locator());
      }
      article = ((Extraction.Ok) e).article();
    }
    if (article.text().isBlank()) {
      return new Processed(null, null, "no article text found", page.locator());
    }
    Instant fetched = page.capturedAt();
    Processed.Draft d = draft(article, page.url(), sourceId, source, fetched, page.locator(), null);
    return new Processed(null, d, null, page.locator());
  }

  // ------------------------------------------------------------------ reprocess

  /**
   * Re-extracts every article page in the archive with the current extractor. Articles whose text
   * changed get a new version; the sink is then compacted so each article appears once.
   */
  public IngestReport reprocess(Progress progress) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    IngestReport.Counter counter = new IngestReport.Counter();
    Map<Long, SourceRecord> sources = sourcesById();
    List<LocalInputs.Input> files = new ArrayList<>();
    for (Path f : archiveFiles()) files.add(new LocalInputs.Input(f, null));
    progress.start("reprocess", -1);
    try (Committer committer = committer(counter)) {
      Iterator<CapturedPage> pages = LocalInputs.pages(files, options.maxBodyBytes());
      run(
          filter(map(pages, p -> reprocessTask(p, sources)), Objects::nonNull),
          options.threads(),
          committer,
          progress);
    } finally {
      progress.done();
    }
    compact();
    return counter.report(Duration.ofNanos(System.nanoTime() - t0));
  }

  /**
   * The task re-extracting one archived record, or null to skip it: feeds, sitemaps and home pages
   * are archived too, and only article URLs (those the crawl state knows) are re-extracted.
   */
  private Callable<Processed> reprocessTask(CapturedPage p, Map<Long, SourceRecord> sources) {
    if (p.failed()) return () -> extractCaptured(p, 0, null);
    if (p.url() == null) return null;
    OptionalLong source = state.sourceOfUrl(p.url());
    if (source.isEmpty()) return null;
    long id = source.getAsLong();
    return () -> extractCaptured(p, id, sources.get(id));
  }

  private Map<Long, SourceRecord> sourcesById() {
    Map<Long, SourceRecord> byId = new HashMap<>();
    for (SourceRecord s : state.sources()) byId.put(s.id(), s);
    return byId;
  }

  /** Rewrites sink files that hold superseded versions, keeping each article's current line. */
  public void compact() throws IOException {
    Map<String, Map<String, Long>> locations = state.articleLocations();
    for (Path file : sink.files()) {
      String name = file.getFileName().toString();
      Map<String, Long> current = locations.getOrDefault(name, Map.of());
      long lines = countLines(file);
      if (lines == current.size()) continue;
      Set<Long> keep = new HashSet<>(current.values());
      JsonlSink.Compacted c = sink.compact(name, keep);
      Map<String, Commit.ArticleRow> moved = new HashMap<>();
      for (Map.Entry<String, Long> e : current.entrySet()) {
        moved.put(
            e.getKey(),
            new Commit.ArticleRow(
                e.getKey(), null, null, 0, c.newFile(), c.moved().get(e.getValue()), null, null));
      }
      Map<String, Long> sinkChange = new HashMap<>();
      sinkChange.put(c.newFile(), c.newLength());
      sinkChange.put(c.oldFile(), -1L);
      state.relocate(moved, sinkChange);
      sink.dropFile(c.oldFile());
    }
  }

  private static long countLines(Path file) throws IOException {
    long n = 0;
    try (var in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) if (buf[i] == '\n') n++;
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ shared

  /**
   * The article as a sink line. {@code listedPublished} is the date the feed or sitemap gave, used
   * when the page itself has none.
   */
  private Processed.Draft draft(
      Article a,
      String url,
      long sourceId,
      SourceRecord source,
      Instant fetched,
      String input,
      Instant listedPublished) {
    String fallback = input != null ? "file:" + input : "unknown:";
    String key = ArticleKeys.key(a, url, fallback);
    String hash = ArticleKeys.contentHash(a.text());
    Instant published = ArticleKeys.instant(a.published());
    String publishedText = a.published();
    if (published == null && listedPublished != null) {
      published = listedPublished;
      publishedText = listedPublished.toString();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    Enriched enriched = enricher.enrich(a);
    json.put("key", key);
    json.putAll(ArticleFields.of(enriched));
    json.put("url", url != null ? url : a.url());
    json.put("published", publishedText);
    json.put("source", source == null ? null : source.name());
    // The source's own country wins over its domain's country code (see ArticleDocuments).
    if (source != null && source.country() != null) json.put("country", source.country());
    json.put("fetched", fetched == null ? null : fetched.toString());
    if (input != null) json.put("input", input);
    json.put("contentHash", hash);
    return new Processed.Draft(key, hash, url, sourceId, published, enriched, json);
  }

  private Committer committer(IngestReport.Counter counter) {
    return new Committer(
        state,
        sink,
        store,
        archive,
        clock,
        data.failures(),
        counter,
        options.commitEvery(),
        options.commitMillis(),
        commitListener);
  }

  /**
   * Runs tasks on a pool with a bounded number in flight (so a huge archive streams in constant
   * memory), handing each result to the committer on this thread.
   */
  private static void run(
      Iterator<Callable<Processed>> tasks, int threads, Committer committer, Progress progress)
      throws InterruptedException {
    ExecutorService pool = pool(threads, "ingest");
    try {
      CompletionService<Processed> done = new ExecutorCompletionService<>(pool);
      int inFlight = 0;
      int max = threads * 4;
      while (tasks.hasNext()) {
        Callable<Processed> task = tasks.next();
        done.submit(() -> safely(task));
        inFlight++;
        while (inFlight >= max) {
          committer.accept(get(done.take()));
          progress.step();
          inFlight--;
        }
        Future<Processed> ready;
        while ((ready = done.poll()) != null) {
          committer.accept(get(ready));
          progress.step();
          inFlight--;
        }
      }
      while (inFlight > 0) {
        committer.accept(get(done.take()));
        progress.step();
        inFlight--;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A worker never fails the run: an unexpected error becomes a recorded failure. Running out of
   * memory on one huge article too: what the task held is garbage once it returns.
   */
  static Processed safely(Callable<Processed> task) {
    try {
      return task.call();
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return new Processed(null, null, "internal error: " + e, "task");
    }
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("ingest worker failed", e.getCause());
    }
  }

  private static ExecutorService pool(int threads, String name) {
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }

  private static <A> Iterator<A> filter(Iterator<A> in, java.util.function.Predicate<A> keep) {
    return new Iterator<>() {
      private A next;

      @Override
      public boolean hasNext() {
        while (next == null && in.hasNext()) {
          A a = in.next();
          if (keep.test(a)) next = a;
        }
        return next != null;
      }

      @Override
      public A next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        A a = next;
        next = null;
        return a;
      }
    };
  }

  private void requireFetcher() {
    if (fetcher == null)
      throw new IllegalStateException("this ingestor was opened without a fetcher");
  }

  private List<Path> archiveFiles() throws IOException {
    if (archive != null) return archive.files();
    if (!Files.isDirectory(data.archive())) return List.of();
    try (var list = Files.list(data.archive())) {
      return list.filter(p -> LocalInputs.kindOf(p) == LocalInputs.Kind.WARC).sorted().toList();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (fetcher != null) fetcher.close();
      if (archive != null) archive.close();
      sink.close();
    } finally {
      try {
        store.close();
      } finally {
        state.close();
      }
    }
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
