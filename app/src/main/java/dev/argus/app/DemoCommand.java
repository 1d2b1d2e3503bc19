package dev.argus.app;

import dev.argus.alerts.Alert;
import dev.argus.alerts.Alerts;
import dev.argus.alerts.Channel;
import dev.argus.alerts.IngestHook;
import dev.argus.alerts.Mode;
import dev.argus.app.demo.DemoCorpus;
import dev.argus.app.demo.DemoSite;
import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.core.entity.watch.WatchListMatcher;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.model.Article;
import dev.argus.core.model.Mention;
import dev.argus.core.model.RawPage;
import dev.argus.ingest.fetch.FetchPolicy;
import dev.argus.ingest.fetch.Fetcher;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.ingest.pipeline.DataDir;
import dev.argus.ingest.pipeline.IngestReport;
import dev.argus.ingest.pipeline.Ingestor;
import dev.argus.server.AlertRoutes;
import dev.argus.server.ApiKeys;
import dev.argus.server.ArgusServer;
import dev.argus.server.DataFolderStore;
import dev.argus.server.ServerConfig;
import dev.argus.server.WatchListRoutes;
import dev.argus.store.Order;
import dev.argus.store.index.Schema;
import dev.argus.store.query.QueryLanguage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code argus demo}: the product on the bundled demo corpus. The corpus's outlets are served as
 * news sites with RSS feeds by a loopback server in the JVM ({@link DemoSite}), added as sources
 * and ingested through the real pipeline into a demo data folder; a demo alert (Atom feed and a
 * webhook to a receiver in the JVM) follows the Nexori story; the server with the dashboard starts,
 * and held-back articles then arrive one by one, so the stories and the alert's delivery log change
 * while a person watches. {@code --no-serve} ingests everything, prints the readable summary (one
 * line per article) and exits.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Argus on the bundled demo corpus: news pages in seven languages from 31 fictional"
          + " outlets, served as news sites with RSS feeds on this machine only, added as sources"
          + " and ingested through the real pipeline into a demo data folder. Then it creates a"
          + " demo alert, serves the dashboard and the API, and publishes a few held-back articles"
          + " one by one, so stories and the alert's delivery log change as you watch. Ctrl-C"
          + " stops it.",
      "With --no-serve: ingests every page, prints one line per article (language, publication"
          + " date, title, word count) and exits."
    })
final class DemoCommand implements Callable<Integer> {

  static final int TITLE_COLUMNS = 60;

  /** The demo alert's name and query. */
  static final String ALERT = "nexori-demo";

  static final String ALERT_QUERY = "entity:Nexori";

  /**
   * Held back when serving, published in this order: three more languages of the Nexori story (each
   * an update of the alert) and a story of its own.
   */
  static final List<String> HELD_BACK =
      List.of(
          "de-digitalbote-nexori-kamera-muenchen.html",
          "es-elfarodigital-nexori-division-camaras.html",
          "zh-kejiribao-nexori-yingxiang-bumen.html",
          "pt-jornaldoplanalto-startup-agro-drones.html");

  /**
   * The outlets whose country is clear: their pages declare a region (lang="en-GB" …) or report on
   * their home city. The others are placed by their domain, which for .example says nothing.
   */
  static final Map<String, String> COUNTRIES =
      Map.ofEntries(
          Map.entry("www.harbourcourier.example", "gb"),
          Map.entry("eastbridgegazette.example", "gb"),
          Map.entry("midlandpost.example", "us"),
          Map.entry("lanternreview.example", "us"),
          Map.entry("www.lechodeseine.example", "fr"),
          Map.entry("www.progreslyonnais.example", "fr"),
          Map.entry("www.sportsouest.example", "fr"),
          Map.entry("www.corrieredelleprealpi.example", "it"),
          Map.entry("notedisala.example", "it"),
          Map.entry("www.digitalbote.example", "de"),
          Map.entry("www.neustaedter-anzeiger.example", "de"),
          Map.entry("www.diariodelameseta.example", "es"),
          Map.entry("cuadernodearte.example", "es"),
          Map.entry("finanzasmx.example", "mx"),
          Map.entry("www.jornaldoplanalto.example", "br"),
          Map.entry("www.kejiribao.example", "cn"),
          Map.entry("www.caijingguancha.example", "cn"),
          Map.entry("sports.tiyuxinwen.example", "cn"));

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The demo's data folder, empty or new (default: a new folder argus-demo-* in the"
              + " temporary directory, kept after the demo so you can look at it).")
  Path data;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The dashboard's port (default: 8080, or any free one when it is taken).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      converter = Durations.class,
      description = "Time between two held-back articles (default: 20s).")
  Duration every = Duration.ofSeconds(20);

  @Option(
      names = "--no-serve",
      description = "Ingest every page, print the summary and exit (for scripts and CI).")
  boolean noServe;

  /**
   * Counted down once the demo has closed everything (server, alerts, ingestor, store): what the
   * Ctrl-C hook waits for. Not the main thread's end, which {@code System.exit} blocks until every
   * hook is done: waiting for it kept a stopped demo alive for the hook's whole time limit.
   */
  private final java.util.concurrent.CountDownLatch closed =
      new java.util.concurrent.CountDownLatch(1);

  /** Longest wait of the Ctrl-C hook for the demo to close, in seconds. */
  static final int STOP_SECONDS = 30;

  @Override
  public Integer call() throws Exception {
    try {
      return demo();
    } finally {
      closed.countDown();
    }
  }

  private int demo() throws Exception {
    PrintStream out = System.out;
    List<DemoCorpus.Page> pages;
    try {
      pages = DemoCorpus.pages();
    } catch (IOException e) {
      System.err.println(
          "argus demo: the demo corpus is missing from this build: " + e.getMessage());
      return 1;
    }
    Path root = data != null ? data : Files.createTempDirectory("argus-demo-");
    if (Files.isDirectory(root)) {
      try (var entries = Files.list(root)) {
        if (entries.findAny().isPresent()) {
          System.err.println(
              "argus demo: "
                  + root
                  + " is not empty: give --data a new or empty folder (the demo makes its own"
                  + " sources, alert and key)");
          return 1;
        }
      }
    } else if (Files.exists(root)) {
      System.err.println("argus demo: " + root + " is not a folder");
      return 1;
    }
    List<DemoCorpus.Page> held = new ArrayList<>();
    if (!noServe) {
      for (DemoCorpus.Page p : pages) if (HELD_BACK.contains(p.file())) held.add(p);
    }
    // The data folder's watch list (served at /api/v1/watchlist, used by a later ingest or watch).
    Files.createDirectories(root);
    Files.writeString(new DataDir(root).watchList(), DemoCorpus.watchList());
    try (DemoSite site = DemoSite.start(pages, held, out);
        Ingestor ingestor = openIngestor(root, site)) {
      Alerts alerts = null;
      IngestHook hook = null;
      try {
        if (!noServe) {
          alerts = Alerts.open(root, Alerts.Settings.defaults());
          alerts.add(
              ALERT,
              ALERT_QUERY,
              List.of(
                  new Channel.Atom(),
                  // The demo's own receiver, on the loopback address: allowed for it explicitly.
                  new Channel.Webhook(
                      site.hookUrl(), java.util.UUID.randomUUID().toString(), true)),
              Mode.INSTANT);
          hook = new IngestHook(alerts, System.err, 10);
          ingestor.setCommitListener(hook);
        }
        int sources = addSources(ingestor, site, out);
        out.printf(
            "Argus demo: ingesting %d news pages from %d demo news sites (RSS feeds on a loopback"
                + " server) into %s%n",
            pages.size() - held.size(), sources, root);
        IngestReport r = ingestor.ingestSources(true, Ingestor.Progress.NONE);
        IngestCommand.print("sources", r, out);
        long stored = ingestor.store().index().count();
        out.printf("%,d articles in the store%n%n", stored);
        if (noServe) {
          summary(pages, out);
          return stored == pages.size() ? 0 : 1;
        }
        return serve(root, site, ingestor, alerts, hook, out);
      } finally {
        if (hook != null) hook.close(); // closes the alerts too
        else if (alerts != null) alerts.close();
      }
    }
  }

  private static Ingestor openIngestor(Path root, DemoSite site) throws IOException {
    // The demo's sites all answer on one loopback address: no politeness delay between them.
    FetchPolicy local =
        FetchPolicy.defaults().withAllowPrivateNetwork(true).withHostDelay(Duration.ZERO);
    return Ingestor.open(
        new DataDir(root),
        listener ->
            site.fetcher(
                new HttpFetcher(local, listener),
                new HttpFetcher(FetchPolicy.defaults(), listener)),
        ArticleExtractor.withDefaults(),
        demoEnricher(),
        null,
        Clock.systemUTC(),
        Ingestor.Options.defaults());
  }

  /** Adds each outlet's feed as a source, with its country where it is clear. */
  private static int addSources(Ingestor ingestor, DemoSite site, PrintStream out)
      throws IOException {
    int n = 0;
    try (Fetcher setup =
        site.fetcher(
            new HttpFetcher(
                FetchPolicy.defaults().withAllowPrivateNetwork(true).withHostDelay(Duration.ZERO),
                null),
            new HttpFetcher(FetchPolicy.defaults(), null))) {
      PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
      for (String host : site.hosts()) {
        int code =
            SourcesCommand.add(
                ingestor.state(),
                setup,
                DemoSite.feedUrl(host),
                host,
                null,
                COUNTRIES.get(host),
                quiet,
                System.err);
        if (code != 0) throw new IOException("cannot add the demo source " + host);
        n++;
      }
    }
    return n;
  }

  /** Serves the dashboard, publishes the held-back articles one by one, waits for Ctrl-C. */
  private int serve(
      Path root, DemoSite site, Ingestor ingestor, Alerts alerts, IngestHook hook, PrintStream out)
      throws Exception {
    ApiKeys keys = ApiKeys.in(root);
    String key = keys.create("demo", java.time.Instant.now());
    ArgusServer server = startServer(root, keys, alerts);
    Thread main = Thread.currentThread();
    Thread stopper =
        new Thread(
            () -> {
              main.interrupt();
              try {
                closed.await(STOP_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "argus-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      String url = "http://127.0.0.1:" + server.port();
      Alert alert = alerts.get(ALERT).orElseThrow();
      String story = nexoriStory(ingestor);
      out.printf("Argus demo on %s/%n%n", url);
      out.printf("  Look at:%n");
      out.printf("    a story across languages  %s/#/story/%s%n", url, story == null ? "" : story);
      out.printf("    the biggest stories       %s/#/stories%n", url);
      out.printf("    an entity page            %s/#/entity/Nexori%n", url);
      out.printf(
          "    the alert's delivery log  %s/#/alerts?id=%s   (alert %s: %s; Atom feed %s%s)%n",
          url, alert.id(), ALERT, ALERT_QUERY, url, "/api/v1/alerts/" + alert.id() + "/feed.atom");
      out.printf("    the API                   %s/api%n", url);
      out.printf("  API key for the dashboard's writes (\u201cAPI key\u201d button): %s%n", key);
      out.printf("  Data folder: %s%n%n", root);
      out.printf(
          "Every %s one more article arrives (%d held back): watch the story grow and the alert's"
              + " delivery log. Ctrl-C stops.%n",
          Durations.format(every), site.heldBack());
      out.flush();
      DemoCorpus.Page p;
      while ((p = nextArrival(site)) != null) {
        out.printf("%s new in its feed: %s%n", time(), p.url());
        IngestReport r = ingestor.ingestSources(true, Ingestor.Progress.NONE);
        IngestCommand.print(time(), r, out);
        out.flush();
      }
      out.printf(
          "%s every held-back article has arrived; still serving %s/ (Ctrl-C stops)%n",
          time(), url);
      out.flush();
      new java.util.concurrent.CountDownLatch(1).await();
      return 0;
    } catch (InterruptedException e) {
      out.println("argus demo: stopping");
      return 0;
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is what stopped us
      }
    }
  }

  private DemoCorpus.Page nextArrival(DemoSite site) throws InterruptedException {
    if (site.heldBack() == 0) return null;
    Thread.sleep(every.toMillis());
    return site.publishNext();
  }

  private ArgusServer startServer(Path root, ApiKeys keys, Alerts alerts) {
    for (int p : port == 0 ? new int[] {0} : new int[] {port, 0}) {
      try {
        return ArgusServer.start(
            ServerConfig.defaults(p),
            new ArgusServer.Services(
                new DataFolderStore(new DataDir(root), DataFolderStore.DEFAULT_REFRESH),
                keys,
                new HttpFetcher(FetchPolicy.defaults(), null),
                ArticleExtractor.withDefaults()),
            java.util.stream.Stream.concat(
                    AlertRoutes.of(alerts, false).stream(),
                    WatchListRoutes.of(new DataDir(root)).stream())
                .toList());
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof java.net.BindException) || p == 0) throw e;
        System.err.println("argus demo: port " + p + " is taken; using a free one");
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** The story of the most articles about Nexori, or null. */
  private static String nexoriStory(Ingestor ingestor) {
    try {
      Map<String, Integer> sizes = new HashMap<>();
      for (var hit :
          ingestor
              .store()
              .index()
              .search(QueryLanguage.toLucene(ALERT_QUERY), 100, Order.RELEVANCE)
              .hits()) {
        String s = hit.article().text(Schema.STORY);
        if (s != null) sizes.merge(s, 1, Integer::sum);
      }
      return sizes.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String time() {
    return java.time.LocalTime.now()
        .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
  }

  /** The readable summary: one line per article, then the watch list's entities. */
  static void summary(List<DemoCorpus.Page> pages, PrintStream out) throws InterruptedException {
    int threads = Math.max(1, Math.min(pages.size(), Runtime.getRuntime().availableProcessors()));
    out.printf(
        "Argus demo: extracting %d news pages bundled with Argus (%d threads)%n%n",
        pages.size(), threads);
    out.printf(
        "  %3s  %-5s  %-10s  %s  %5s  %5s  %s%n",
        "#", "lang", "published", pad("title", TITLE_COLUMNS), "words", "tone", "syndication");

    long start = System.nanoTime();
    List<ExtractCommand.Outcome> results = extractAll(pages, threads);
    long millis = (System.nanoTime() - start) / 1_000_000;
    int articles = 0;
    long words = 0;
    int copies = 0;
    Set<String> languages = new TreeSet<>();
    Map<String, Integer> lineOf = new HashMap<>();
    // The group's last member to arrive was judged against all the others: its duplicateOf (or
    // itself) is the group's earliest-published member once the whole corpus is in.
    Map<String, String> earliest = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      ExtractCommand.Outcome r = results.get(i);
      String id = r.id();
      lineOf.put(id, i + 1);
      if (r.placed() != null && r.placed().dupGroup() != null) {
        String of = r.placed().duplicateOf();
        earliest.put(r.placed().dupGroup(), of != null ? of : id);
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      ExtractCommand.Outcome r = results.get(i);
      if (r.enriched() == null) {
        out.printf("  FAILED %s: %s%n", pages.get(i).path(), r.error());
      } else {
        {
          Article a = r.enriched().article();
          String language = r.enriched().language();
          articles++;
          words += a.wordCount();
          if (language != null) languages.add(language);
          String id = r.id();
          String first =
              r.placed() == null || r.placed().dupGroup() == null
                  ? id
                  : earliest.get(r.placed().dupGroup());
          String copyOf = id.equals(first) ? null : first;
          if (copyOf != null) copies++;
          out.printf(
              "  %3d  %-5s  %-10s  %s  %5d  %5s  %s%n",
              i + 1,
              orDash(language),
              day(a.published()),
              pad(
                  truncate(a.title() == null ? "(no title)" : a.title(), TITLE_COLUMNS),
                  TITLE_COLUMNS),
              a.wordCount(),
              tone(r.enriched().tone()),
              copyOf == null ? "" : "copy of #" + lineOf.getOrDefault(copyOf, 0));
        }
      }
    }
    printEntities(results, out);
    int failed = pages.size() - articles;
    out.printf(
        "%n%d articles, %d languages, %,d words, %d syndicated copies, extracted and enriched in"
            + " %.2f s%s%n",
        articles,
        languages.size(),
        words,
        copies,
        millis / 1000.0,
        failed == 0 ? "" : " (" + failed + (failed == 1 ? " page" : " pages") + " failed)");
  }

  /**
   * Extracts and enriches every page on a small pool; results come back in manifest order, placed
   * in one corpus in that order.
   */
  static List<ExtractCommand.Outcome> extractAll(List<DemoCorpus.Page> pages, int threads)
      throws InterruptedException {
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Enricher enricher = demoEnricher();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ExtractCommand.Outcome>> futures = new ArrayList<>();
      for (DemoCorpus.Page p : pages) {
        futures.add(pool.submit(() -> extract(extractor, enricher, p)));
      }
      List<ExtractCommand.Outcome> results = new ArrayList<>();
      Corpus corpus = Corpus.empty();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get().placedIn(corpus));
        } catch (ExecutionException e) {
          DemoCorpus.Page p = pages.get(i);
          results.add(ExtractCommand.Outcome.failed(p.path(), p.url(), "crashed: " + e.getCause()));
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Per watched entity: mentions, articles, languages and mean tone around its mentions. */
  static void printEntities(List<ExtractCommand.Outcome> results, PrintStream out) {
    Map<String, int[]> counts = new TreeMap<>(); // mentions, articles
    Map<String, Set<String>> langs = new HashMap<>();
    Map<String, double[]> tones = new HashMap<>(); // sum, n
    Map<String, String> types = new HashMap<>();
    int quotes = 0;
    int attributed = 0;
    int citations = 0;
    for (ExtractCommand.Outcome r : results) {
      if (r.enriched() == null) continue;
      quotes += r.enriched().quotes().size();
      attributed += (int) r.enriched().quotes().stream().filter(q -> q.speaker() != null).count();
      citations += r.enriched().citations().size();
      Set<String> seen = new HashSet<>();
      for (Mention m : r.enriched().mentions()) {
        int[] c = counts.computeIfAbsent(m.entity(), k -> new int[2]);
        c[0]++;
        if (seen.add(m.entity())) c[1]++;
        types.put(m.entity(), m.type());
        if (r.enriched().language() != null) {
          langs.computeIfAbsent(m.entity(), k -> new TreeSet<>()).add(r.enriched().language());
        }
        if (m.tone() != null) {
          double[] t = tones.computeIfAbsent(m.entity(), k -> new double[2]);
          t[0] += m.tone();
          t[1]++;
        }
      }
    }
    if (!counts.isEmpty()) {
      out.printf("%nWatch list (demo/corpus/watchlist.yaml):%n");
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        double[] t = tones.get(e.getKey());
        out.printf(
            "  %-20s %-13s %3d mentions in %2d articles, languages %-18s tone %s%n",
            e.getKey(),
            types.get(e.getKey()),
            e.getValue()[0],
            e.getValue()[1],
            String.join(" ", langs.getOrDefault(e.getKey(), Set.of())),
            t == null ? "-" : tone(t[0] / t[1]));
      }
    }
    out.printf(
        "%nQuotes: %d (%d with a speaker); cited sources: %d%n", quotes, attributed, citations);
  }

  /** The default stages with the demo's watch list. */
  static Enricher demoEnricher() {
    try {
      return Enricher.withDefaults()
          .withWatchList(WatchListMatcher.compile(WatchList.parse(DemoCorpus.watchList())));
    } catch (IOException e) {
      throw new UncheckedIOException("the demo watch list is missing from this build", e);
    }
  }

  static ExtractCommand.Outcome extract(
      ArticleExtractor extractor, Enricher enricher, DemoCorpus.Page p) {
    byte[] bytes;
    try {
      bytes = DemoCorpus.read(p);
    } catch (IOException e) {
      return ExtractCommand.Outcome.failed(p.path(), p.url(), "cannot read: " + e.getMessage());
    }
    return ExtractCommand.process(new RawPage(p.path(), p.url(), bytes, null), extractor, enricher);
  }

  static String tone(Double tone) {
    return tone == null ? "-" : String.format(Locale.ROOT, "%+.2f", tone);
  }

  /** The calendar day of an ISO date, or the value as given (cut short) when it is not ISO. */
  static String day(String date) {
    if (date == null || date.isBlank()) return "-";
    if (date.matches("\\d{4}-\\d\\d-\\d\\d.*")) return date.substring(0, 10);
    return date.length() <= 10 ? date : date.substring(0, 9) + "…";
  }

  static String primaryLanguage(String tag) {
    int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  /**
   * Cuts a title to fit {@code columns} terminal columns, at a word boundary when one is close,
   * ending with an ellipsis. Wide (CJK) characters count as two columns.
   */
  static String truncate(String title, int columns) {
    String t = title.strip().replaceAll("\\s+", " ");
    if (width(t) <= columns) return t;
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int cw = isWide(cp) ? 2 : 1;
      if (w + cw > columns - 1) break;
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    String cut = b.toString();
    int space = cut.lastIndexOf(' ');
    if (space > cut.length() * 2 / 3) cut = cut.substring(0, space);
    return cut.replaceAll("[\\s,;:|–—-]+$", "") + "…";
  }

  /** Pads with spaces to {@code columns} terminal columns. */
  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - width(s)));
  }

  static int width(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  /** East Asian wide characters: CJK ideographs, kana, Hangul, CJK punctuation, fullwidth forms. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
