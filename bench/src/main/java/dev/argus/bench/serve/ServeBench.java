package dev.argus.bench.serve;

import dev.argus.bench.store.StoreBench;
import dev.argus.bench.store.SyntheticArticles;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.fetch.FetchPolicy;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.ingest.pipeline.DataDir;
import dev.argus.server.AnswerCache;
import dev.argus.server.ApiKeys;
import dev.argus.server.ArgusServer;
import dev.argus.server.DataFolderStore;
import dev.argus.server.ServerConfig;
import dev.argus.store.Aggregations;
import dev.argus.store.LuceneStore;
import dev.argus.store.Order;
import dev.argus.store.SearchResult;
import dev.argus.store.StoredArticle;
import dev.argus.store.StoryViews;
import dev.argus.store.View;
import dev.argus.store.index.Schema;
import dev.argus.store.query.QueryLanguage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The REST API's speed under load on loopback: a real {@link ArgusServer}, each in a JVM of its own
 * ({@link ServerProcess}), over a {@link DataFolderStore} of synthetic articles ({@link
 * SyntheticArticles}, built as {@code argus bench store --bulk} builds them), called by {@link
 * LoadLoop#run workers} with Apache's blocking {@link CloseableHttpClient} ({@link #client}) on a
 * {@link ServePlan monitoring mix}, once with the server's {@link AnswerCache} off and once with it
 * on (its hit rate is reported: it depends on how often the mix repeats a request); then the peer,
 * the same requests made directly on the store (the same store calls the handlers make, without
 * HTTP, JSON or cache), under the same limits, so that what HTTP adds shows. The server runs with
 * no rate limit, so that the limiter does not answer 429 to the load; any non-2xx answer counts as
 * an error and is reported.
 */
public final class ServeBench {

  /**
   * What to run.
   *
   * @param articles articles in the store
   * @param requests most measured requests per run (HTTP, then the peer)
   * @param seconds most seconds per measured run
   * @param concurrency requests in flight at a time (workers)
   * @param warmup requests before each measured run, not measured
   * @param keep folder keeping the store across runs, or null for a temporary one
   * @param seed seed of the articles and the requests
   * @param segments merge the store down to at most this many segments before serving it ({@link
   *     LuceneStore#merge}, kept in a {@code keep} folder), or 0 to serve it as it was built
   * @param rounds the measured requests and seconds of each contender are split into this many
   *     rounds, and the contenders take turns round by round, each round in another order: a
   *     machine that gets slower or faster during the bench (the JIT, the page cache, a neighbour)
   *     then weighs on all alike, not on whichever ran first
   * @param serverJavaOptions more options for the servers' JVMs (a flight recording, another
   *     collector); they come after this JVM's heap limit, so an {@code -Xmx} among them overrides
   *     it
   */
  public record Options(
      long articles,
      long requests,
      double seconds,
      int concurrency,
      long warmup,
      Path keep,
      long seed,
      int segments,
      int rounds,
      List<String> serverJavaOptions) {
    public Options {
      serverJavaOptions = List.copyOf(serverJavaOptions);
      if (articles < 1) throw new IllegalArgumentException("articles must be positive");
      if (rounds < 1 || rounds > MAX_ROUNDS) {
        throw new IllegalArgumentException("rounds must be 1 to " + MAX_ROUNDS + ", was " + rounds);
      }
      if (warmup < 0) throw new IllegalArgumentException("warm-up must not be negative");
      if (segments < 0 || segments > LuceneStore.MAX_MERGED_SEGMENTS) {
        throw new IllegalArgumentException(
            "segments must be 0 (as built) to "
                + LuceneStore.MAX_MERGED_SEGMENTS
                + ", was "
                + segments);
      }
      new LoadLoop.Limits(requests, seconds, concurrency); // checks them
    }
  }

  /**
   * One measured run.
   *
   * @param what HTTP or the peer
   * @param seconds how long it ran
   * @param requests requests run
   * @param searches searches among them
   * @param kinds latencies per kind, then of all searches and of everything
   * @param errors requests that failed
   * @param errorSamples the first distinct failures
   * @param meanBytes mean size of an answer (0 for the peer)
   * @param cache the server's answer cache in the run (its hits and misses) and after it (its
   *     size), or null for none
   * @param cpuSeconds CPU time the whole JVM spent during the run (server, client, JIT and GC
   *     threads), or NaN when not known: unlike requests/s, it hardly moves when other processes
   *     take the cores
   * @param serverCpuSeconds CPU time the server's own JVM spent during the run, or NaN for none
   *     (the peer) or not known
   */
  public record Run(
      String what,
      double seconds,
      long requests,
      long searches,
      List<Percentiles.Summary> kinds,
      long errors,
      List<String> errorSamples,
      double meanBytes,
      AnswerCache.Stats cache,
      double cpuSeconds,
      double serverCpuSeconds) {
    /** This run with the server's answer-cache figures (null: no cache). */
    public Run withCache(AnswerCache.Stats stats) {
      return new Run(
          what,
          seconds,
          requests,
          searches,
          kinds,
          errors,
          errorSamples,
          meanBytes,
          stats,
          cpuSeconds,
          serverCpuSeconds);
    }

    /**
     * This run with the CPU time the bench's JVM and the server's JVM spent in it (NaN: none or not
     * known).
     */
    public Run withCpu(double seconds, double serverSeconds) {
      return new Run(
          what,
          this.seconds,
          requests,
          searches,
          kinds,
          errors,
          errorSamples,
          meanBytes,
          cache,
          seconds,
          serverSeconds);
    }

    /**
     * Milliseconds of CPU time per request, the bench's JVM and the server's together (NaN when not
     * known).
     */
    public double cpuMillisPerRequest() {
      double all = Double.isNaN(serverCpuSeconds) ? cpuSeconds : cpuSeconds + serverCpuSeconds;
      return requests == 0 ? Double.NaN : all * 1000 / requests;
    }

    /** Milliseconds of the server JVM's CPU time per request (NaN for none or not known). */
    public double serverCpuMillisPerRequest() {
      return requests == 0 ? Double.NaN : serverCpuSeconds * 1000 / requests;
    }

    public double perSecond() {
      return requests / seconds;
    }

    public double searchesPerSecond() {
      return searches / seconds;
    }

    /** The summary of all searches. */
    public Percentiles.Summary allSearches() {
      return kinds.stream().filter(k -> k.kind().equals(ALL_SEARCHES)).findFirst().orElseThrow();
    }
  }

  /** The figures. */
  public record Report(
      String articles,
      long stored,
      int segments,
      String server,
      int cpus,
      long maxHeapMiB,
      double loadBefore,
      double loadAfter,
      List<Run> runs) {}

  static final String ALL_SEARCHES = "all searches";
  static final String ALL = "all requests";

  /** The API's facet names, and the store field each counts (as the server maps them). */
  static final Map<String, String> FACETS =
      Map.of(
          "language", Schema.LANGUAGE,
          "country", Schema.COUNTRY,
          "source", Schema.SOURCE,
          "entity", Schema.ENTITY);

  private static final int MAX_ERROR_SAMPLES = 10;

  /** Most distinct requests planned: beyond, the plan repeats. */
  private static final long MAX_PLAN = 2_000_000;

  private static final int ID_SEARCHES = 300;

  /** Most measured rounds per contender. */
  public static final int MAX_ROUNDS = 20;

  private final Options options;
  private final Consumer<String> log;

  public ServeBench(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public Report run() throws IOException, InterruptedException {
    Path temp = options.keep() == null ? Files.createTempDirectory("argus-bench-serve") : null;
    Path base = options.keep() == null ? temp : options.keep();
    try {
      return run(base);
    } finally {
      if (temp != null) delete(temp);
    }
  }

  private Report run(Path base) throws IOException, InterruptedException {
    // The store, as argus bench store --keep --bulk builds it (in base/store), or reused.
    StoreBench.Report built =
        new StoreBench(
                new StoreBench.Options(
                    options.articles(), 0, 1, null, base, options.seed(), 500, 5_000, 0, true),
                log)
            .run();
    // The server reads a data folder (DataDir: its index/ folder): a link to the built store, so
    // that the store StoreBench keeps is served as it is, through the server's own DataFolderStore.
    if (options.segments() > 0) merge(base.resolve("store"), options.segments());
    Path data = base.resolve("serve-data");
    Files.createDirectories(data);
    Path index = new DataDir(data).index();
    if (!Files.exists(index, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(index, base.resolve("store").toAbsolutePath());
    }
    double loadBefore = load();
    SyntheticArticles gen = new SyntheticArticles(built.stored(), options.seed());
    List<Run> runs = new ArrayList<>();
    ServePlan plan;
    int segments;
    // The store opened directly, for the ids to fetch and for the peer.
    try (LuceneStore store = LuceneStore.openReadOnly(base.resolve("store"))) {
      segments = store.segments();
      plan = plan(store, gen);
      // Both servers up and everything warmed up before any run is measured: the first run is
      // not the one that pays for the JIT and the page cache. Each server runs in a JVM of its
      // own, as argus serve does: its CPU time is then its own, apart from the client's, and its
      // JIT compiles for its own load only. (Run in this JVM, the servers measured the same on
      // a machine where both were tried.)
      try (CloseableHttpClient client = client(options.concurrency());
          ServerProcess off =
              ServerProcess.start(
                  data, 0, options.serverJavaOptions(), base.resolve("server-cache-off.log"));
          ServerProcess on =
              ServerProcess.start(
                  data,
                  AnswerCache.DEFAULT_BYTES,
                  options.serverJavaOptions(),
                  base.resolve("server-cache-on.log"))) {
        List<ServerProcess> servers = java.util.Arrays.asList(off, on, null);
        List<Contender> contenders =
            List.of(
                new Contender(label("off"), i -> http(client, root(off), plan.get(i)), true),
                new Contender(
                    label((AnswerCache.DEFAULT_BYTES >> 20) + " MiB"),
                    i -> http(client, root(on), plan.get(i)),
                    true),
                new Contender(
                    "peer: the same store calls, no HTTP, no JSON, no cache",
                    i -> direct(store, plan.get(i)),
                    false));
        for (Contender c : contenders) warmUp(c, 0, options.warmup());
        settle(contenders, List.of(off, on));
        int n = contenders.size();
        List<List<LoadLoop.Result>> results = new ArrayList<>();
        long[] cpu = new long[n];
        long[] serverCpu = new long[n];
        long hits = 0;
        long misses = 0;
        for (int i = 0; i < n; i++) results.add(new ArrayList<>());
        for (int round = 0; round < options.rounds(); round++) {
          for (int turn = 0; turn < n; turn++) {
            int i = (turn + round) % n; // each round starts with the next contender
            Contender c = contenders.get(i);
            ServerProcess server = servers.get(i);
            ServerProcess.Stats before = server == null ? null : server.stats();
            long c0 = ServerProcess.cpuNanos();
            results.get(i).add(measure(c, round));
            cpu[i] = c0 < 0 || cpu[i] < 0 ? -1 : cpu[i] + ServerProcess.cpuNanos() - c0;
            if (server != null) {
              ServerProcess.Stats after = server.stats();
              serverCpu[i] =
                  before.cpuNanos() < 0 || serverCpu[i] < 0
                      ? -1
                      : serverCpu[i] + after.cpuNanos() - before.cpuNanos();
              if (server == on) {
                hits += after.cache().hits() - before.cache().hits();
                misses += after.cache().misses() - before.cache().misses();
              }
            }
          }
        }
        for (int i = 0; i < n; i++) {
          Contender c = contenders.get(i);
          Run run = summarize(c.what(), plan, LoadLoop.Result.of(results.get(i)), c.http());
          run =
              run.withCpu(
                  cpu[i] >= 0 ? cpu[i] / 1e9 : Double.NaN,
                  servers.get(i) != null && serverCpu[i] >= 0 ? serverCpu[i] / 1e9 : Double.NaN);
          if (i == 1) {
            AnswerCache.Stats after = on.stats().cache();
            run =
                run.withCache(new AnswerCache.Stats(hits, misses, after.bytes(), after.entries()));
          }
          runs.add(run);
        }
      }
    }
    String described =
        "http://127.0.0.1 (Javalin, DataFolderStore), rate limit off (--rate 0), reads open;"
            + " each server in a JVM of its own, the client and the peer in the bench's";
    return new Report(
        gen.describe(),
        built.stored(),
        segments,
        described,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        loadBefore,
        load(),
        runs);
  }

  /** Merges the store in {@code folder} down to at most {@code segments}, when it has more. */
  private void merge(Path folder, int segments) throws IOException {
    try (LuceneStore store = LuceneStore.open(folder)) {
      int had = store.segments();
      if (had <= segments) return;
      log.accept(String.format(Locale.ROOT, "merging %d segments into %d", had, segments));
      long t0 = System.nanoTime();
      store.merge(segments);
      log.accept(String.format(Locale.ROOT, "merged in %.1f s", (System.nanoTime() - t0) / 1e9));
    }
  }

  /** Article and story ids the store holds: those the first searches of a plan find. */
  private ServePlan plan(LuceneStore store, SyntheticArticles gen) throws IOException {
    ServePlan probe =
        ServePlan.of(
            ID_SEARCHES * ServePlan.MIX.size(),
            gen.vocabulary(),
            List.of("-"),
            List.of("-"),
            options.seed());
    Set<String> articles = new LinkedHashSet<>();
    Set<String> stories = new LinkedHashSet<>();
    for (ServePlan.Request r : probe.requests()) {
      if (!r.kind().search) continue;
      SearchResult result =
          store.search(QueryLanguage.toLucene(r.q()), 3, r.byDate() ? Order.DATE : Order.RELEVANCE);
      for (SearchResult.Hit h : result.hits()) {
        articles.add(h.article().id());
        Object story = h.article().fields().get("storyId");
        if (story instanceof String s) stories.add(s);
      }
    }
    // Room for every warm-up request after the measured ones, so that none is a measured one.
    int size =
        (int)
            Math.min(
                MAX_PLAN,
                Math.max(
                    1, options.requests() + options.warmup() + MAX_SETTLE_PASSES * settlePass()));
    log.accept(
        String.format(
            Locale.ROOT,
            "plan: %,d requests, fetching among %,d articles and %,d stories",
            size,
            articles.size(),
            stories.size()));
    return ServePlan.of(
        size, gen.vocabulary(), List.copyOf(articles), List.copyOf(stories), options.seed() + 1);
  }

  /** One way of making the requests. */
  private record Contender(String what, LoadLoop.Call call, boolean http) {}

  private String label(String cache) {
    return String.format(
        Locale.ROOT,
        "HTTP, answer cache %s: Apache HttpClient (classic), %d connections",
        cache,
        options.concurrency());
  }

  private static String root(ServerProcess server) {
    return "http://127.0.0.1:" + server.port();
  }

  /** A server over the data folder, with no rate limit and an answer cache of {@code cache}. */
  static ArgusServer server(Path data, long cache) {
    return ArgusServer.start(
        new ServerConfig("127.0.0.1", 0, ServerConfig.ReadAccess.OPEN, List.of(), 0)
            .withAnswerCache(cache),
        new ArgusServer.Services(
            new DataFolderStore(new DataDir(data), DataFolderStore.DEFAULT_REFRESH),
            ApiKeys.in(data),
            new HttpFetcher(FetchPolicy.defaults(), null),
            ArticleExtractor.withDefaults()),
        List.of());
  }

  /**
   * {@code requests} unmeasured requests of {@code c}, at most {@code seconds} long, from the
   * plan's requests after the measured ones, starting {@code from} there.
   */
  private void warmUp(Contender c, long from, long requests) throws InterruptedException {
    if (requests == 0) return;
    log.accept(String.format(Locale.ROOT, "%s: %,d warm-up requests", c.what(), requests));
    long offset = options.requests() + from;
    LoadLoop.run(
        new LoadLoop.Limits(requests, Math.max(1, options.seconds()), options.concurrency()),
        i -> c.call().run(i + offset),
        System::nanoTime);
  }

  /** Most extra warm-up passes over all contenders while the JIT is still compiling. */
  static final int MAX_SETTLE_PASSES = 6;

  /** The JIT counts as settled once it compiles for less than this share of a pass's time. */
  static final double SETTLED_SHARE = 0.05;

  /** Warm-up requests per contender in each of {@link #settle}'s passes. */
  private long settlePass() {
    return Math.max(1, options.warmup() / 4);
  }

  /**
   * More warm-up passes over all contenders (a quarter of the warm-up each) while the JITs of the
   * bench's and the servers' JVMs keep compiling, at most {@value #MAX_SETTLE_PASSES}. At 100,000
   * articles the JIT was still compiling for a third of a core through the first measured run after
   * 10,000 warm-up requests per contender: that run paid for it in CPU and throughput.
   */
  private void settle(List<Contender> contenders, List<ServerProcess> servers)
      throws InterruptedException, IOException {
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (options.warmup() == 0 || jit == null || !jit.isCompilationTimeMonitoringSupported()) return;
    long pass = settlePass();
    for (int p = 1; p <= MAX_SETTLE_PASSES; p++) {
      long compiled = jitMillis(jit, servers);
      long t0 = System.nanoTime();
      for (Contender c : contenders) warmUp(c, options.warmup() + (p - 1) * pass, pass);
      double wall = (System.nanoTime() - t0) / 1e9;
      double compiling = (jitMillis(jit, servers) - compiled) / 1e3;
      boolean settled = compiling < SETTLED_SHARE * wall;
      log.accept(
          String.format(
              Locale.ROOT,
              "warm-up pass %d: the JITs (the bench's and the servers') compiled for %.1f s of"
                  + " %.1f s%s",
              p,
              compiling,
              wall,
              settled
                  ? ": settled"
                  : p == MAX_SETTLE_PASSES ? ": still compiling, measuring" : ""));
      if (settled) return;
    }
  }

  /** Milliseconds the JIT compiled so far, in this JVM and the servers' together. */
  private static long jitMillis(
      java.lang.management.CompilationMXBean jit, List<ServerProcess> servers) throws IOException {
    long ms = jit.getTotalCompilationTime();
    for (ServerProcess s : servers) ms += s.stats().jitMillis();
    return ms;
  }

  /** One round of {@code c}: its share of the measured requests and seconds. */
  private LoadLoop.Result measure(Contender c, int round) throws InterruptedException {
    long chunk = Math.max(1, options.requests() / options.rounds());
    long offset = round * chunk;
    log.accept(
        String.format(
            Locale.ROOT,
            "%s: round %d of %d, at most %,d requests or %.1f s, %d at a time",
            c.what(),
            round + 1,
            options.rounds(),
            chunk,
            options.seconds() / options.rounds(),
            options.concurrency()));
    LoadLoop.Result r =
        LoadLoop.run(
            new LoadLoop.Limits(chunk, options.seconds() / options.rounds(), options.concurrency()),
            i -> c.call().run(i + offset),
            System::nanoTime);
    return r.shifted(offset);
  }

  static Run summarize(String what, ServePlan plan, LoadLoop.Result result, boolean http) {
    Map<String, List<Long>> byKind = new LinkedHashMap<>();
    Map<String, Integer> errorsByKind = new LinkedHashMap<>();
    for (ServePlan.Kind k : ServePlan.Kind.values()) {
      byKind.put(k.label, new ArrayList<>());
      errorsByKind.put(k.label, 0);
    }
    byKind.put(ALL_SEARCHES, new ArrayList<>());
    errorsByKind.put(ALL_SEARCHES, 0);
    byKind.put(ALL, new ArrayList<>());
    errorsByKind.put(ALL, 0);
    List<String> errorSamples = new ArrayList<>();
    long errors = 0;
    long searches = 0;
    long bytes = 0;
    for (LoadLoop.Sample s : result.samples()) {
      ServePlan.Request r = plan.get(s.index());
      List<String> into =
          r.kind().search
              ? List.of(r.kind().label, ALL_SEARCHES, ALL)
              : List.of(r.kind().label, ALL);
      if (r.kind().search) searches++;
      bytes += s.outcome().bytes();
      if (s.outcome().succeeded()) {
        for (String k : into) byKind.get(k).add(s.nanos());
      } else {
        errors++;
        for (String k : into) errorsByKind.merge(k, 1, Integer::sum);
        String line =
            (s.outcome().status() < 0 ? "exception" : "HTTP " + s.outcome().status())
                + " on "
                + (http
                    ? "GET " + r.path()
                    : r.kind().label + " " + (r.q() == null ? r.id() : r.q()))
                + ": "
                + s.outcome().error();
        if (errorSamples.size() < MAX_ERROR_SAMPLES) errorSamples.add(line);
      }
    }
    List<Percentiles.Summary> kinds = new ArrayList<>();
    for (var e : byKind.entrySet()) {
      long[] nanos = e.getValue().stream().mapToLong(Long::longValue).toArray();
      kinds.add(Percentiles.summarize(e.getKey(), nanos, errorsByKind.get(e.getKey())));
    }
    int n = result.samples().size();
    return new Run(
        what,
        result.elapsedNanos() / 1e9,
        n,
        searches,
        kinds,
        errors,
        errorSamples,
        n == 0 ? 0 : (double) bytes / n,
        null,
        Double.NaN,
        Double.NaN);
  }

  // ---- the two ways of asking

  /**
   * The load's client: Apache's blocking HttpClient, one pooled keep-alive connection per worker.
   * The client shares the two cores with the server, so its own cost counts against the figure: a
   * blocking call on the worker's thread costs far less CPU per request than the JDK's HttpClient,
   * whose every exchange passes between its selector thread, its executor and the caller.
   */
  static CloseableHttpClient client(int connections) {
    PoolingHttpClientConnectionManager pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(connections)
            .setMaxConnPerRoute(connections)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(10))
                    .setSocketTimeout(Timeout.ofSeconds(30))
                    .build())
            .build();
    return HttpClients.custom()
        .setConnectionManager(pool)
        // No Accept-Encoding, as before with the JDK's client: answers go uncompressed (gzip on
        // both ends would cost more CPU than loopback saves).
        .disableContentCompression()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableRedirectHandling()
        .build();
  }

  static LoadLoop.Outcome http(CloseableHttpClient client, String root, ServePlan.Request r)
      throws IOException {
    return client.execute(
        new HttpGet(root + r.path()),
        response -> {
          byte[] body =
              response.getEntity() == null
                  ? new byte[0]
                  : EntityUtils.toByteArray(response.getEntity());
          int status = response.getCode();
          if (status / 100 == 2) return LoadLoop.Outcome.ok(body.length);
          String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
          return new LoadLoop.Outcome(status, text, body.length);
        });
  }

  /**
   * What the handlers ask of the store for the same request: the page of hits, the facets and
   * histogram; the article; the story's members (whose titles the story page shows).
   */
  static LoadLoop.Outcome direct(LuceneStore store, ServePlan.Request r) throws IOException {
    switch (r.kind()) {
      case ARTICLE -> {
        if (store.get(r.id()).isEmpty())
          return new LoadLoop.Outcome(404, "no article " + r.id(), 0);
      }
      case STORY -> {
        List<StoredArticle> members = new ArrayList<>();
        store.export(
            new TermQuery(new Term(Schema.STORY, Schema.keyword(r.id()))),
            Order.DATE,
            members::add);
        if (members.isEmpty()) return new LoadLoop.Outcome(404, "no story " + r.id(), 0);
        StoryViews.of(r.id(), members);
      }
      default -> {
        Query q = QueryLanguage.parse(r.q()).toLucene();
        Order order = r.byDate() ? Order.DATE : Order.RELEVANCE;
        if (!r.facets().isEmpty() || r.histogram() != null) {
          List<String> fields = r.facets().stream().map(FACETS::get).toList();
          Aggregations.Interval interval =
              r.histogram() == null
                  ? null
                  : Aggregations.Interval.valueOf(r.histogram().toUpperCase(Locale.ROOT));
          store.searchAndCount(
              q,
              ServePlan.LIMIT,
              order,
              fields,
              ServePlan.TOP,
              interval,
              r.facets().contains("tone"),
              View.SUMMARY);
        } else {
          store.search(q, ServePlan.LIMIT, order, View.SUMMARY);
        }
      }
    }
    return LoadLoop.Outcome.ok(0);
  }

  // ---- report

  /** The report as text. */
  public static String table(Report r, Options o) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.articles())
        .append(
            String.format(
                Locale.ROOT,
                "; %,d in the store, in %d segment%s%n",
                r.stored(),
                r.segments(),
                r.segments() == 1 ? "" : "s"));
    sb.append("server ").append(r.server()).append('\n');
    sb.append(ServePlan.describe()).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "%d CPUs, JVM max heap %,d MiB, load average %.2f before, %.2f after;"
                + " %,d warm-up requests per contender and more while the JIT compiles, all"
                + " before the measured runs; each contender measured in %d round%s, taking"
                + " turns%n",
            r.cpus(),
            r.maxHeapMiB(),
            r.loadBefore(),
            r.loadAfter(),
            o.warmup(),
            o.rounds(),
            o.rounds() == 1 ? "" : "s"));
    for (Run run : r.runs()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%n%s: %,d requests in %.1f s, %,.0f requests/s, %,.0f searches/s, %,d errors%s%n",
              run.what(),
              run.requests(),
              run.seconds(),
              run.perSecond(),
              run.searchesPerSecond(),
              run.errors(),
              run.meanBytes() > 0
                  ? String.format(Locale.ROOT, ", %,.1f KiB per answer", run.meanBytes() / 1024)
                  : ""));
      if (!Double.isNaN(run.cpuSeconds()) && !Double.isNaN(run.serverCpuSeconds())) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %.2f ms of CPU per request: the server's JVM %.2f, the bench's (client) %.2f;"
                    + " %.1f cores busy%n",
                run.cpuMillisPerRequest(),
                run.serverCpuMillisPerRequest(),
                run.cpuSeconds() * 1000 / run.requests(),
                (run.cpuSeconds() + run.serverCpuSeconds()) / run.seconds()));
      } else if (!Double.isNaN(run.cpuSeconds())) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %.2f ms of CPU per request (the bench's JVM: the store, JIT, GC;"
                    + " %.1f cores busy)%n",
                run.cpuMillisPerRequest(),
                run.cpuSeconds() / run.seconds()));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-24s %8s %7s %8s %8s %8s %8s%n",
              "ms",
              "n",
              "errors",
              "p50",
              "p95",
              "p99",
              "max"));
      for (Percentiles.Summary s : run.kinds()) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-24s %8d %7d %8.2f %8.2f %8.2f %8.2f%n",
                s.kind(),
                s.count(),
                s.errors(),
                s.p50(),
                s.p95(),
                s.p99(),
                s.max()));
      }
      if (run.cache() != null) {
        AnswerCache.Stats c = run.cache();
        sb.append(
            String.format(
                Locale.ROOT,
                "  answer cache in this run: %,d hits, %,d misses (%.0f%% hits); after it %,d"
                    + " answers, %,d MiB%n",
                c.hits(),
                c.misses(),
                100.0 * c.hits() / Math.max(1, c.hits() + c.misses()),
                c.entries(),
                c.bytes() >> 20));
      }
      for (String e : run.errorSamples()) sb.append("  error: ").append(e).append('\n');
    }
    sb.append('\n');
    for (Run h : r.runs()) {
      if (!h.what().startsWith("HTTP")) continue;
      boolean met =
          h.searchesPerSecond() >= 2_000 && h.allSearches().p99() < 100 && h.errors() == 0;
      sb.append(
          String.format(
              Locale.ROOT,
              "target >= 2,000 searches/s with p99 < 100 ms, no errors: %s for %s (%,.0f"
                  + " searches/s, p99 %.1f ms)%n",
              met ? "met" : "NOT met",
              h.what().substring(0, h.what().indexOf(':')),
              h.searchesPerSecond(),
              h.allSearches().p99()));
    }
    return sb.toString();
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
