package dev.argus.bench.dedup;

import dev.argus.bench.eval.Dataset;
import dev.argus.bench.eval.LabelledPage;
import dev.argus.core.dedup.Fingerprint;
import dev.argus.core.dedup.NearDuplicateIndex;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.RawPage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * {@code argus bench dedup}: quality, speed and memory of the near-duplicate index on a labelled
 * set's pages.
 *
 * <p>Each page's extracted text gets one seeded copy per {@link Perturbation}; different-article
 * pairs are drawn from pages of the same site (shared template and topic) and of other sites. All
 * originals and copies go through one index in a seeded random order, with publication times that
 * put some copies before their original, as a syndication stream would. A copy is found when it
 * lands in its original's group; a false positive is any pair of texts from different pages in one
 * group (unless those two pages are themselves near-copies, true Jaccard at least 0.5, which the
 * set does hold: they are counted apart). Recall is over copies whose true shingle Jaccard with
 * their original is at least 0.5.
 */
public final class DedupBench {

  /**
   * @param dataset a labelled set (evaldata.json + html/)
   * @param pairs pages perturbed per kind, and different-article pairs per kind (0: every page)
   * @param seed seed for perturbations, pairs, dates and order
   * @param warmupSeconds single-thread warm-up before the speed measurement
   * @param seconds measured time (whole passes, at least one)
   * @param memoryArticles articles in the large index whose bytes per article are measured
   */
  public record Options(
      java.nio.file.Path dataset,
      int pairs,
      long seed,
      double warmupSeconds,
      double seconds,
      int memoryArticles) {}

  /** One page's text, with the site it came from. */
  public record Page(String id, String site, String text) {}

  /**
   * One row of the table: a perturbation kind (copies) or a kind of different-article pair.
   *
   * @param kind label
   * @param copies true for copies, false for different-article pairs
   * @param pairs pairs of this kind
   * @param meanJaccard mean true shingle Jaccard of the pairs
   * @param atLeastHalf pairs with true Jaccard at least 0.5
   * @param grouped pairs put in one group
   * @param groupedAtLeastHalf of those, with true Jaccard at least 0.5
   * @param wrongPairs for copies: pairs with texts of other pages in the copy's group
   * @param rightPairs for copies: pairs with texts of the same page in the copy's group
   */
  public record Row(
      String kind,
      boolean copies,
      int pairs,
      double meanJaccard,
      int atLeastHalf,
      int grouped,
      int groupedAtLeastHalf,
      long wrongPairs,
      long rightPairs) {

    public double recall() {
      return atLeastHalf == 0 ? Double.NaN : (double) groupedAtLeastHalf / atLeastHalf;
    }

    public double precision() {
      return rightPairs + wrongPairs == 0
          ? Double.NaN
          : (double) rightPairs / (rightPairs + wrongPairs);
    }
  }

  /**
   * @param pages pages used
   * @param shortPages pages left out for having fewer than {@link
   *     NearDuplicateIndex#MIN_NEAR_TOKENS} tokens (they match only exactly)
   * @param texts texts in the stream (originals and copies)
   * @param rows per kind
   * @param truePairs same-page pairs in one group
   * @param falsePairs different-page pairs in one group
   * @param nearCopyPagePairs different-page pairs in one group whose pages are near-copies in the
   *     set
   * @param recall copies with Jaccard at least 0.5 found, over all of them
   * @param fingerprintsPerSecond single thread, after warm-up
   * @param addsPerSecond single thread, after warm-up
   * @param perSecond signature plus lookup-and-add, single thread, by wall time
   * @param perCpuSecond the same by the thread's CPU time (what a shared machine's other load does
   *     not take from it)
   * @param loadAverage the machine's load average when measured, for judging the figures
   * @param cores processors the JVM sees
   * @param streamBytesPerArticle index bytes per article after the stream
   * @param largeArticles articles in the large index
   * @param largeBytesPerArticle its bytes per article, by the index's own count of its arrays
   * @param largeHeapBytesPerArticle its bytes per article, by heap in use before and after
   * @param meanIdBytes mean UTF-8 length of the large index's ids
   */
  public record Report(
      int pages,
      int shortPages,
      int texts,
      List<Row> rows,
      long truePairs,
      long falsePairs,
      long nearCopyPagePairs,
      double recall,
      double fingerprintsPerSecond,
      double addsPerSecond,
      double perSecond,
      double perCpuSecond,
      double loadAverage,
      int cores,
      double streamBytesPerArticle,
      int largeArticles,
      double largeBytesPerArticle,
      double largeHeapBytesPerArticle,
      double meanIdBytes) {

    public double precision() {
      return truePairs + falsePairs == 0
          ? Double.NaN
          : (double) truePairs / (truePairs + falsePairs);
    }
  }

  private final Options options;
  private final Consumer<String> log;

  public DedupBench(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public Report run() throws IOException {
    Dataset ds = Dataset.load(options.dataset());
    log.accept("extracting " + ds.pages().size() + " pages");
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    List<Page> pages = new ArrayList<>();
    for (LabelledPage p : ds.pages()) {
      if (!Files.exists(p.file())) continue;
      byte[] body = Files.readAllBytes(p.file());
      if (extractor.extract(new RawPage(p.file().toString(), p.url(), body, null))
          instanceof Extraction.Ok ok) {
        pages.add(new Page(p.id(), site(p.url()), ok.article().text()));
      }
    }
    return evaluate(pages, options, log);
  }

  /** The benchmark over pages already in memory. */
  public static Report evaluate(List<Page> all, Options options, Consumer<String> log) {
    List<Page> pages = new ArrayList<>();
    for (Page p : all) {
      if (Fingerprint.of(p.text()).tokens() >= NearDuplicateIndex.MIN_NEAR_TOKENS) pages.add(p);
    }
    int shortPages = all.size() - pages.size();
    if (pages.size() < 2) throw new IllegalArgumentException("need at least two pages of text");
    Random random = new Random(options.seed());
    int perKind = options.pairs() <= 0 ? pages.size() : Math.min(options.pairs(), pages.size());

    // The stream: every original, then one copy per kind for perKind pages.
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) docs.add(new Doc(i, null, pages.get(i).text()));
    for (Perturbation kind : Perturbation.values()) {
      List<Integer> chosen = sample(pages.size(), perKind, random);
      for (int i : chosen) {
        Random r = new Random(options.seed() * 1_000_003L + i * 31L + kind.ordinal());
        String other = pages.get((i + 1 + r.nextInt(pages.size() - 1)) % pages.size()).text();
        docs.add(new Doc(i, kind, kind.apply(pages.get(i).text(), other, r)));
      }
    }
    log.accept(pages.size() + " pages, " + docs.size() + " texts in the stream");

    Map<Integer, long[]> shingles = new HashMap<>();
    for (Doc d : docs) {
      if (d.kind == null) shingles.put(d.page, Fingerprint.shingles(d.text));
    }
    String[] dates = new String[docs.size()];
    Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      long minutes = d.page * 7L * 60 + (d.kind == null ? 0 : random.nextInt(60 * 60) - 6 * 60);
      dates[i] = t0.plusSeconds(minutes * 60).toString();
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) order.add(i);
    Collections.shuffle(order, random);

    NearDuplicateIndex index = NearDuplicateIndex.create();
    String[] group = new String[docs.size()];
    for (int i : order) {
      group[i] =
          index.add(docId(docs.get(i), i), dates[i], Fingerprint.of(docs.get(i).text)).dupGroup();
    }
    double streamBytes = (double) index.memoryBytes() / index.size();

    // Pair counts within groups.
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < docs.size(); i++)
      groups.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
    long truePairs = 0, falsePairs = 0, nearCopyPagePairs = 0;
    Map<Perturbation, long[]> rightWrong = new HashMap<>();
    for (List<Integer> members : groups.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          Doc x = docs.get(members.get(a));
          Doc y = docs.get(members.get(b));
          boolean same = x.page == y.page;
          if (!same && Fingerprint.jaccard(shingles.get(x.page), shingles.get(y.page)) >= 0.5) {
            nearCopyPagePairs++;
            continue;
          }
          if (same) truePairs++;
          else falsePairs++;
          for (Doc d : List.of(x, y)) {
            if (d.kind != null)
              rightWrong.computeIfAbsent(d.kind, k -> new long[2])[same ? 0 : 1]++;
          }
        }
      }
    }

    List<Row> rows = new ArrayList<>();
    Map<Integer, Integer> originalDoc = new HashMap<>();
    for (int i = 0; i < docs.size(); i++)
      if (docs.get(i).kind == null) originalDoc.put(docs.get(i).page, i);
    int half = 0, halfFound = 0;
    Map<Perturbation, double[]> acc = new LinkedHashMap<>();
    for (Perturbation k : Perturbation.values()) acc.put(k, new double[5]);
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      if (d.kind == null) continue;
      double j = Fingerprint.jaccard(shingles.get(d.page), Fingerprint.shingles(d.text));
      boolean found = group[i].equals(group[originalDoc.get(d.page)]);
      double[] a = acc.get(d.kind);
      a[0]++;
      a[1] += j;
      if (j >= 0.5) a[2]++;
      if (found) a[3]++;
      if (found && j >= 0.5) a[4]++;
    }
    for (Map.Entry<Perturbation, double[]> e : acc.entrySet()) {
      double[] a = e.getValue();
      long[] rw = rightWrong.getOrDefault(e.getKey(), new long[2]);
      rows.add(
          new Row(
              e.getKey().label(),
              true,
              (int) a[0],
              a[0] == 0 ? 0 : a[1] / a[0],
              (int) a[2],
              (int) a[3],
              (int) a[4],
              rw[1],
              rw[0]));
      half += (int) a[2];
      halfFound += (int) a[4];
    }
    rows.add(
        negatives(
            "different page, same site",
            sameSitePairs(pages, perKind, random),
            pages,
            shingles,
            originalDoc,
            group));
    rows.add(
        negatives(
            "different page, other site",
            otherSitePairs(pages, perKind, random),
            pages,
            shingles,
            originalDoc,
            group));

    // Speed: one thread, fresh index per pass, texts already in memory.
    List<String> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> streamDates = new ArrayList<>();
    for (int i : order) {
      texts.add(docs.get(i).text);
      ids.add(docId(docs.get(i), i));
      streamDates.add(dates[i]);
    }
    log.accept(String.format(Locale.ROOT, "warm-up %.0f s", options.warmupSeconds()));
    timed(texts, ids, streamDates, options.warmupSeconds());
    log.accept(String.format(Locale.ROOT, "measuring %.0f s on one thread", options.seconds()));
    long[] t = timed(texts, ids, streamDates, options.seconds());
    double fps = t[2] / (t[0] / 1e9);
    double aps = t[2] / (t[1] / 1e9);
    double both = t[2] / ((t[0] + t[1]) / 1e9);
    double cpu = t[3] <= 0 ? Double.NaN : t[2] / (t[3] / 1e9);
    double load =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    int cores = Runtime.getRuntime().availableProcessors();

    log.accept("memory: an index of " + options.memoryArticles() + " distinct articles");
    double[] mem = memory(options.memoryArticles(), options.seed());
    return new Report(
        pages.size(),
        shortPages,
        docs.size(),
        rows,
        truePairs,
        falsePairs,
        nearCopyPagePairs,
        half == 0 ? Double.NaN : (double) halfFound / half,
        fps,
        aps,
        both,
        cpu,
        load,
        cores,
        streamBytes,
        options.memoryArticles(),
        mem[0],
        mem[1],
        mem[2]);
  }

  private record Doc(int page, Perturbation kind, String text) {}

  private static String docId(Doc d, int i) {
    return d.kind == null ? "p" + d.page : "p" + d.page + "/" + d.kind.ordinal();
  }

  private static Row negatives(
      String label,
      List<int[]> pairs,
      List<Page> pages,
      Map<Integer, long[]> shingles,
      Map<Integer, Integer> originalDoc,
      String[] group) {
    double sum = 0;
    int half = 0, grouped = 0, groupedHalf = 0;
    for (int[] p : pairs) {
      double j = Fingerprint.jaccard(shingles.get(p[0]), shingles.get(p[1]));
      sum += j;
      boolean together = group[originalDoc.get(p[0])].equals(group[originalDoc.get(p[1])]);
      if (j >= 0.5) half++;
      if (together) grouped++;
      if (together && j >= 0.5) groupedHalf++;
    }
    return new Row(
        label,
        false,
        pairs.size(),
        pairs.isEmpty() ? 0 : sum / pairs.size(),
        half,
        grouped,
        groupedHalf,
        0,
        0);
  }

  private static List<int[]> sameSitePairs(List<Page> pages, int max, Random random) {
    Map<String, List<Integer>> bySite = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).site() != null)
        bySite.computeIfAbsent(pages.get(i).site(), s -> new ArrayList<>()).add(i);
    }
    List<int[]> all = new ArrayList<>();
    for (List<Integer> l : bySite.values()) {
      for (int a = 0; a < l.size(); a++)
        for (int b = a + 1; b < l.size(); b++) all.add(new int[] {l.get(a), l.get(b)});
    }
    all.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    Collections.shuffle(all, random);
    return all.subList(0, Math.min(max, all.size()));
  }

  private static List<int[]> otherSitePairs(List<Page> pages, int max, Random random) {
    List<int[]> out = new ArrayList<>();
    for (int tries = 0; out.size() < max && tries < max * 20; tries++) {
      int a = random.nextInt(pages.size());
      int b = random.nextInt(pages.size());
      String sa = pages.get(a).site(), sb = pages.get(b).site();
      if (a != b && (sa == null || !sa.equals(sb))) out.add(new int[] {a, b});
    }
    return out;
  }

  /**
   * Whole passes, a fresh index each, until the time is up: {fingerprint ns, add ns, texts, thread
   * CPU ns}.
   */
  private static long[] timed(
      List<String> texts, List<String> ids, List<String> dates, double seconds) {
    long fp = 0, add = 0, n = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    do {
      NearDuplicateIndex index = NearDuplicateIndex.create();
      for (int i = 0; i < texts.size(); i++) {
        long a = System.nanoTime();
        Fingerprint f = Fingerprint.of(texts.get(i));
        long b = System.nanoTime();
        index.add(ids.get(i), dates.get(i), f);
        long c = System.nanoTime();
        fp += b - a;
        add += c - b;
      }
      n += texts.size();
    } while (System.nanoTime() < end);
    long cpu = cpu0 < 0 ? -1 : mx.getCurrentThreadCpuTime() - cpu0;
    return new long[] {fp, add, n, cpu};
  }

  /**
   * Bytes per article of an index of {@code n} distinct articles (random signatures: no shared band
   * keys, the worst case), by the index's count of its arrays and by heap in use: {counted, heap,
   * mean id bytes}.
   */
  static double[] memory(int n, long seed) {
    if (n <= 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
    Random r = new Random(seed);
    long before = usedAfterGc();
    NearDuplicateIndex index = NearDuplicateIndex.create();
    long idBytes = 0;
    int[] bins = new int[Fingerprint.BINS];
    for (int i = 0; i < n; i++) {
      for (int b = 0; b < bins.length; b++) bins[b] = r.nextInt();
      String id = "article-" + i;
      idBytes += id.length();
      index.add(id, "2026-03-01T00:00:00Z", new Fingerprint(r.nextLong(), 400, bins));
    }
    long after = usedAfterGc();
    double counted = (double) index.memoryBytes() / index.size();
    return new double[] {counted, (double) (after - before) / n, (double) idBytes / n};
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static List<Integer> sample(int n, int k, Random random) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) all.add(i);
    Collections.shuffle(all, random);
    return all.subList(0, k);
  }

  static String site(String url) {
    if (url == null) return null;
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (host == null) return null;
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The report as a readable table. */
  public static String table(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%d pages (%d left out: under %d tokens, exact matches only), %,d texts in one stream%n%n",
            r.pages(),
            r.shortPages(),
            NearDuplicateIndex.MIN_NEAR_TOKENS,
            r.texts()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-28s %6s %7s %7s %8s %9s %10s%n",
            "copies",
            "pairs",
            "mean J",
            "J>=0.5",
            "found",
            "recall",
            "precision"));
    for (Row row : r.rows()) {
      if (!row.copies()) continue;
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-28s %6d %7.3f %7d %8d %9s %10s%n",
              row.kind(),
              row.pairs(),
              row.meanJaccard(),
              row.atLeastHalf(),
              row.grouped(),
              pct(row.recall()),
              pct(row.precision())));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%n  %-28s %6s %7s %7s %8s%n",
            "different articles",
            "pairs",
            "mean J",
            "J>=0.5",
            "grouped"));
    for (Row row : r.rows()) {
      if (row.copies()) continue;
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-28s %6d %7.3f %7d %8d%n",
              row.kind(),
              row.pairs(),
              row.meanJaccard(),
              row.atLeastHalf(),
              row.grouped()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%n  overall: precision %s (%,d same-page pairs grouped, %,d different-page pairs;"
                + " %,d pairs of pages that are near-copies in the set not counted),"
                + " recall %s on copies with J >= 0.5%n",
            pct(r.precision()),
            r.truePairs(),
            r.falsePairs(),
            r.nearCopyPagePairs(),
            pct(r.recall())));
    sb.append(
        String.format(
            Locale.ROOT,
            "  speed, one thread after warm-up: %,.0f signatures/s, %,.0f lookups+adds/s,"
                + " %,.0f signatures+lookups/s%n"
                + "    by the thread's CPU time: %,.0f signatures+lookups per CPU-second"
                + " (load average %.1f on %d cores while measured)%n",
            r.fingerprintsPerSecond(),
            r.addsPerSecond(),
            r.perSecond(),
            r.perCpuSecond(),
            r.loadAverage(),
            r.cores()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  memory: %.0f bytes/article after the stream; %.0f bytes/article counted and %.0f"
                + " by heap in an index of %,d distinct articles (ids of %.1f bytes)%n",
            r.streamBytesPerArticle(),
            r.largeBytesPerArticle(),
            r.largeHeapBytesPerArticle(),
            r.largeArticles(),
            r.meanIdBytes()));
    return sb.toString();
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f%%", v * 100);
  }
}
