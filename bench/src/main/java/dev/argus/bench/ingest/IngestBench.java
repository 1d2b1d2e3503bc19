package dev.argus.bench.ingest;

import dev.argus.bench.eval.Dataset;
import dev.argus.bench.eval.LabelledPage;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.RawPage;
import dev.argus.ingest.pipeline.DataDir;
import dev.argus.ingest.pipeline.IngestReport;
import dev.argus.ingest.pipeline.Ingestor;
import dev.argus.ingest.pipeline.LocalInputs;
import dev.argus.ingest.read.CapturedPage;
import dev.argus.ingest.read.PageReader;
import dev.argus.ingest.read.WarcPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code argus bench ingest}: WARC in, articles out, through the whole embedded pipeline (read,
 * extract, key, dedupe, sink, state commits), against its peer in the same command: the same WARC
 * read and extracted on the same threads with nothing written (the ceiling the pipeline adds its
 * bookkeeping to). Memory is sampled while it runs, to show it stays flat over the file.
 */
public final class IngestBench {

  /**
   * @param warc the WARC to read (built first when absent)
   * @param dataset a labelled set whose pages build the WARC
   * @param records records in a built WARC (the pages repeated, each copy with its own URL)
   * @param threads worker threads for both contenders
   */
  public record Options(Path warc, Path dataset, int records, int threads) {}

  /** A memory sample: records done so far and heap in use. */
  public record Sample(long records, long heapUsedBytes, long oldGenAfterGcBytes) {}

  /**
   * @param records records read from the WARC
   * @param articles articles written by the pipeline
   * @param failures records recorded as failures
   * @param pipelineSeconds wall time of the pipeline run
   * @param peerSeconds wall time of the extract-only peer
   * @param peerArticles articles extracted by the peer
   * @param peakHeapBytes largest heap in use seen during the pipeline run
   * @param samples heap samples over the pipeline run
   */
  public record Report(
      long records,
      long articles,
      long failures,
      double pipelineSeconds,
      double peerSeconds,
      long peerArticles,
      long peakHeapBytes,
      List<Sample> samples) {

    public double pipelinePerSecond() {
      return articles / pipelineSeconds;
    }

    public double peerPerSecond() {
      return peerArticles / peerSeconds;
    }
  }

  private final Options options;
  private final Consumer<String> log;

  public IngestBench(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public Report run() throws IOException, InterruptedException {
    if (!Files.exists(options.warc())) {
      if (options.dataset() == null) {
        throw new IOException(options.warc() + " does not exist; give --dataset DIR to build it");
      }
      log.accept("building " + options.warc() + " with " + options.records() + " records");
      build(options.dataset(), options.warc(), options.records());
    }
    log.accept("peer: reading and extracting only, " + options.threads() + " threads");
    long t0 = System.nanoTime();
    long peerArticles = extractOnly(options.warc(), options.threads());
    double peerSeconds = (System.nanoTime() - t0) / 1e9;

    log.accept(
        "pipeline: argus ingest into a fresh data folder, " + options.threads() + " threads");
    Path data = Files.createTempDirectory("argus-bench-ingest");
    try {
      List<Sample> samples = new ArrayList<>();
      long[] peak = {0};
      long[] done = {0};
      Ingestor.Progress progress =
          new Ingestor.Progress() {
            @Override
            public void step() {
              done[0]++;
              if (done[0] % 500 == 0) {
                long used = heapUsed();
                peak[0] = Math.max(peak[0], used);
                if (done[0] % 5000 == 0) {
                  samples.add(new Sample(done[0], used, oldGenAfterGc()));
                  log.accept(
                      String.format(Locale.ROOT, "%,d records, heap %d MB", done[0], used >> 20));
                }
              }
            }
          };
      t0 = System.nanoTime();
      IngestReport r;
      try (Ingestor in =
          Ingestor.open(
              new DataDir(data),
              null,
              ArticleExtractor.withDefaults(),
              Enricher.withDefaults(),
              Clock.systemUTC(),
              Ingestor.Options.defaults().withThreads(options.threads()))) {
        r = in.ingestLocal(List.of(new LocalInputs.Input(options.warc(), null)), progress);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Report(
          r.processed(),
          r.articles() + r.updated(),
          r.failures(),
          seconds,
          peerSeconds,
          peerArticles,
          peak[0],
          samples);
    } finally {
      deleteTree(data);
    }
  }

  /**
   * The peer: the same reader, extractor and enrichment on the same threads, writing nothing. The
   * gap to it is what ingestion's own work costs: state, sink, commits.
   */
  private static long extractOnly(Path warc, int threads) throws IOException, InterruptedException {
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Enricher enricher = Enricher.withDefaults().withoutCorpusInputs();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long ok = 0;
    try (PageReader reader = WarcPages.open(warc)) {
      ArrayList<Future<Boolean>> window = new ArrayList<>();
      while (reader.hasNext()) {
        CapturedPage p = reader.next();
        window.add(
            pool.submit(
                () -> {
                  if (p.failed()) return false;
                  Extraction x =
                      extractor.extract(
                          new RawPage(p.locator(), p.url(), p.body(), p.contentType()));
                  if (!(x instanceof Extraction.Ok done)) return false;
                  return enricher.enrich(done.article()) != null;
                }));
        if (window.size() >= threads * 4) {
          ok += count(window.remove(0));
        }
      }
      for (Future<Boolean> f : window) ok += count(f);
    } finally {
      pool.shutdownNow();
    }
    return ok;
  }

  private static long count(Future<Boolean> f) throws InterruptedException {
    try {
      return f.get() ? 1 : 0;
    } catch (java.util.concurrent.ExecutionException e) {
      return 0;
    }
  }

  /**
   * Builds a WARC of {@code records} response records from a labelled set's pages, repeated; each
   * copy gets its own URL (see {@link #copyUrl}), so every record is a distinct article.
   */
  public static void build(Path dataset, Path warc, int records) throws IOException {
    Dataset ds = Dataset.load(dataset);
    List<LabelledPage> pages = new ArrayList<>(ds.pages());
    pages.removeIf(p -> p.url() == null || !Files.exists(p.file()));
    if (pages.isEmpty()) throw new IOException("no pages with URLs in " + dataset);
    List<byte[]> bodies = new ArrayList<>();
    for (LabelledPage p : pages) bodies.add(read(p.file()));
    Path parent = warc.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (FileChannel ch =
            FileChannel.open(
                warc,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(ch, WarcCompression.GZIP)) {
      Instant date = Instant.parse("2026-11-26T00:00:00Z");
      for (int i = 0; i < records; i++) {
        int k = i % pages.size();
        int copy = i / pages.size();
        String url = pages.get(k).url();
        if (copy > 0) url = copyUrl(url, copy);
        byte[] body = bodies.get(k);
        byte[] head =
            ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        WarcResponse response =
            new WarcResponse.Builder(URI.create(url.replace(" ", "%20")))
                .date(date)
                .body(MediaType.HTTP_RESPONSE, http)
                .build();
        writer.write(response);
      }
    }
  }

  /**
   * Copy {@code n} of a page lives on host {@code copyN.<host>}: a distinct article to the
   * pipeline, since a page's canonical link is only trusted on its own host.
   */
  static String copyUrl(String url, int n) {
    int scheme = url.indexOf("://");
    if (scheme < 0) return url + "#copy" + n;
    return url.substring(0, scheme + 3) + "copy" + n + "." + url.substring(scheme + 3);
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.toString().endsWith(".gz")) return Files.readAllBytes(file);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Old generation in use right after the last collection: the live set, not garbage. */
  private static long oldGenAfterGc() {
    long max = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        String n = pool.getName().toLowerCase(Locale.ROOT);
        if (n.contains("old") || n.contains("tenured")) {
          max = Math.max(max, pool.getCollectionUsage().getUsed());
        }
      }
    }
    return max;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  /** The report as a short table. */
  public static String table(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "records %,d, articles %,d, failures %,d%n",
            r.records(),
            r.articles(),
            r.failures()));
    sb.append(
        String.format(Locale.ROOT, "  %-34s %10s %12s%n", "contender", "seconds", "articles/s"));
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-34s %10.1f %12.0f%n",
            "argus ingest (whole pipeline)",
            r.pipelineSeconds(),
            r.pipelinePerSecond()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-34s %10.1f %12.0f%n",
            "peer: read + extract, no writes",
            r.peerSeconds(),
            r.peerPerSecond()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  pipeline / peer: %.2f; peak heap %d MB%n",
            r.pipelinePerSecond() / r.peerPerSecond(),
            r.peakHeapBytes() >> 20));
    if (!r.samples().isEmpty()) {
      sb.append("  heap over the run (records: used MB / old gen after GC MB):");
      for (Sample s : r.samples()) {
        sb.append(
            String.format(
                Locale.ROOT,
                " %,d: %d/%d",
                s.records(),
                s.heapUsedBytes() >> 20,
                s.oldGenAfterGcBytes() >> 20));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
