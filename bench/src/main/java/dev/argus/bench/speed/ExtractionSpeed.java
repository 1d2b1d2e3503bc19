package dev.argus.bench.speed;

import dev.argus.core.extract.Charsets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code argus bench extraction}: single-threaded pages/s of Argus against Readability4J and bare
 * jsoup (parse + text(), the ceiling for any DOM-based extractor), on the same pages in one run.
 *
 * <p>All pages are read and gunzipped into memory before any timing. Every contender starts from
 * the same raw bytes; see {@link Contender} for where decoding happens.
 *
 * <h2>Fairness</h2>
 *
 * <ul>
 *   <li>Cold ("whole-process") numbers come from a fresh JVM per contender by default ({@link
 *       ColdMode#FORK}): the first full pass, JIT warm-up included, with nothing warmed by another
 *       contender (all three share jsoup's parser, so an in-process cold pass would flatter every
 *       contender but the first).
 *   <li>Warm-up is interleaved: each contender gets its warm-up time in two slices, in rotating
 *       order, so the JIT has seen all three before any measurement and none is compiled against a
 *       profile polluted only after it was measured.
 *   <li>Measurement runs in rounds of one full pass per contender, the order rotating each round (A
 *       B C, B C A, C A B ...), so none always follows the same neighbour or runs while the JIT is
 *       still settling. A contender stops once it has the measured time asked for and at least one
 *       full pass. Each pass starts after a {@code System.gc()}, so a pass does not pay for the
 *       garbage of the pass before; its own garbage collection is part of its time.
 *   <li>Steady pages/s is all measured pages divided by all measured time; the spread of single
 *       passes is reported alongside, because this machine may be shared.
 * </ul>
 */
public final class ExtractionSpeed {

  /** How the cold pass is measured. */
  public enum ColdMode {
    /** One fresh JVM per contender (fair; the default). */
    FORK,
    /** In this JVM before warm-up, in the order given (later contenders find jsoup warmed). */
    INLINE,
    /** No cold pass. */
    NONE
  }

  public record Options(
      Path dataset,
      double warmupSeconds,
      double seconds,
      List<Contender> contenders,
      boolean predecoded,
      ColdMode cold,
      int limit) {}

  /** One timed full pass over the pages. */
  public record Pass(int pages, long nanos, int errors, long chars) {
    public double pagesPerSecond() {
      return pages / (nanos / 1e9);
    }
  }

  public record ContenderResult(
      String contender,
      double steadyPagesPerSecond,
      int passes,
      double measuredSeconds,
      double slowestPassPagesPerSecond,
      double fastestPassPagesPerSecond,
      Double coldPagesPerSecond,
      int errors,
      long charsPerPass,
      List<String> errorSamples) {}

  public record Report(
      String dataset,
      int pages,
      long bytes,
      String java,
      String decoding,
      String coldMode,
      double warmupSeconds,
      double seconds,
      List<ContenderResult> results,
      Map<String, Double> ratios,
      Map<String, Boolean> targetsMet,
      ArgusStages argusStages) {}

  /**
   * Where Argus's steady time goes, and what it would have to be to meet the targets.
   *
   * @param millisPerPage milliseconds per page by stage, in their order (decode, parse, JSON-LD,
   *     metadata, content), over Argus's measured passes
   * @param steadyMillisPerPage Argus's whole time per page in the same passes
   * @param targetMillisPerPage the time per page at which Argus would meet each target, by target,
   *     from the peers' steady speed in this run
   */
  public record ArgusStages(
      Map<String, Double> millisPerPage,
      double steadyMillisPerPage,
      Map<String, Double> targetMillisPerPage) {}

  /** The targets: Argus at least 4x Readability4J, and at least 60 % of bare jsoup. */
  public static final double TARGET_VS_READABILITY = 4.0;

  public static final double TARGET_VS_JSOUP = 0.60;

  /**
   * The targets' names in {@link Report#targetsMet} and {@link ArgusStages#targetMillisPerPage}.
   */
  static final String VS_READABILITY = "argus >= 4x readability4j";

  static final String VS_JSOUP = "argus >= 60% of jsoup";

  private final Options options;
  private final Consumer<String> progress;
  private long sink;

  public ExtractionSpeed(Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  public Report run() throws IOException, InterruptedException {
    progress.accept("loading " + options.dataset() + " ...");
    List<SpeedPage> pages = SpeedPage.loadAll(options.dataset(), options.limit());
    long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
    progress.accept(String.format("loaded %d pages, %.1f MB", pages.size(), bytes / 1e6));
    List<Contender> contenders = options.contenders();

    Map<Contender, Double> cold = new LinkedHashMap<>();
    if (options.cold() != ColdMode.NONE) {
      for (Contender c : contenders) {
        progress.accept(
            "cold pass: " + c.label() + (options.cold() == ColdMode.FORK ? " (fresh JVM)" : ""));
        Pass p =
            options.cold() == ColdMode.FORK
                ? forkColdPass(c)
                : pass(c, pages, predecode(pages, options.predecoded()), new ArrayList<>());
        cold.put(c, p.pagesPerSecond());
        progress.accept(String.format("  %s cold: %.1f pages/s", c.label(), p.pagesPerSecond()));
      }
    }

    String[] predecoded = predecode(pages, options.predecoded());
    warmUp(pages, predecoded);
    for (Contender c : contenders) {
      if (c.stages() != null) c.stages().reset();
    }

    Map<Contender, List<Pass>> passes = new LinkedHashMap<>();
    Map<Contender, List<String>> errorSamples = new LinkedHashMap<>();
    Map<Contender, Map<Integer, Pass>> byRound = new LinkedHashMap<>();
    for (Contender c : contenders) {
      passes.put(c, new ArrayList<>());
      errorSamples.put(c, new ArrayList<>());
      byRound.put(c, new LinkedHashMap<>());
    }
    long target = (long) (options.seconds() * 1e9);
    for (int round = 0; ; round++) {
      boolean any = false;
      for (int i = 0; i < contenders.size(); i++) {
        Contender c = contenders.get((round + i) % contenders.size());
        List<Pass> done = passes.get(c);
        long spent = done.stream().mapToLong(Pass::nanos).sum();
        if (!done.isEmpty() && spent >= target) continue;
        any = true;
        System.gc();
        Pass p = pass(c, pages, predecoded, errorSamples.get(c));
        done.add(p);
        byRound.get(c).put(round, p);
        progress.accept(
            String.format(
                "  round %d %-13s %7.1f pages/s (%.1f s measured)",
                round + 1, c.label(), p.pagesPerSecond(), (spent + p.nanos()) / 1e9));
      }
      if (!any) break;
    }

    List<ContenderResult> results = new ArrayList<>();
    for (Contender c : contenders) {
      List<Pass> ps = passes.get(c);
      long nanos = ps.stream().mapToLong(Pass::nanos).sum();
      long n = ps.stream().mapToLong(Pass::pages).sum();
      results.add(
          new ContenderResult(
              c.label(),
              n / (nanos / 1e9),
              ps.size(),
              nanos / 1e9,
              ps.stream().mapToDouble(Pass::pagesPerSecond).min().orElse(0),
              ps.stream().mapToDouble(Pass::pagesPerSecond).max().orElse(0),
              cold.get(c),
              ps.stream().mapToInt(Pass::errors).max().orElse(0),
              ps.isEmpty() ? 0 : ps.get(0).chars(),
              errorSamples.get(c)));
    }

    Map<String, Double> ratios = new LinkedHashMap<>();
    Map<String, Boolean> met = new LinkedHashMap<>();
    ContenderResult argus = find(results, Contender.ARGUS);
    ContenderResult r4j = find(results, Contender.READABILITY4J);
    ContenderResult jsoup = find(results, Contender.JSOUP);
    if (argus != null && r4j != null) {
      double r = argus.steadyPagesPerSecond() / r4j.steadyPagesPerSecond();
      ratios.put("argus/readability4j", r);
      met.put(VS_READABILITY, r >= TARGET_VS_READABILITY);
      if (argus.coldPagesPerSecond() != null && r4j.coldPagesPerSecond() != null) {
        ratios.put(
            "argus/readability4j cold", argus.coldPagesPerSecond() / r4j.coldPagesPerSecond());
      }
    }
    if (argus != null && jsoup != null) {
      double r = argus.steadyPagesPerSecond() / jsoup.steadyPagesPerSecond();
      ratios.put("argus/jsoup", r);
      met.put(VS_JSOUP, r >= TARGET_VS_JSOUP);
      if (argus.coldPagesPerSecond() != null && jsoup.coldPagesPerSecond() != null) {
        ratios.put("argus/jsoup cold", argus.coldPagesPerSecond() / jsoup.coldPagesPerSecond());
      }
    }
    // Paired ratios: per round, Argus's pass against the peer's pass of the same round (they ran
    // back to back, so they saw about the same machine load); the median over rounds is less
    // sensitive to load that changes during the run than the ratio of the totals.
    for (Contender peer : List.of(Contender.READABILITY4J, Contender.JSOUP)) {
      if (!byRound.containsKey(Contender.ARGUS) || !byRound.containsKey(peer)) continue;
      List<Double> paired = new ArrayList<>();
      for (Map.Entry<Integer, Pass> e : byRound.get(Contender.ARGUS).entrySet()) {
        Pass other = byRound.get(peer).get(e.getKey());
        if (other != null) paired.add(e.getValue().pagesPerSecond() / other.pagesPerSecond());
      }
      if (!paired.isEmpty()) {
        paired.sort(null);
        int m = paired.size();
        double median =
            m % 2 == 1 ? paired.get(m / 2) : (paired.get(m / 2 - 1) + paired.get(m / 2)) / 2;
        String key = "argus/" + peer.label().toLowerCase(java.util.Locale.ROOT);
        ratios.put(key + " paired median", median);
        ratios.put(key + " paired rounds", (double) m);
      }
    }
    ArgusStages stages = null;
    if (argus != null && Contender.ARGUS.stages().pages() > 0) {
      Map<String, Double> targets = new LinkedHashMap<>();
      if (jsoup != null) {
        targets.put(VS_JSOUP, 1000 / (TARGET_VS_JSOUP * jsoup.steadyPagesPerSecond()));
      }
      if (r4j != null) {
        targets.put(VS_READABILITY, 1000 / (TARGET_VS_READABILITY * r4j.steadyPagesPerSecond()));
      }
      stages =
          new ArgusStages(
              Contender.ARGUS.stages().millisPerPage(),
              1000 / argus.steadyPagesPerSecond(),
              targets);
    }
    if (sink == 42) progress.accept(""); // keeps the sink alive
    return new Report(
        options.dataset().toString(),
        pages.size(),
        bytes,
        Runtime.version().toString(),
        options.predecoded()
            ? "peers get pre-decoded text (decoding untimed for them; Argus decodes itself)"
            : "inside the timed region for every contender (same detector for all)",
        options.cold().name().toLowerCase(),
        options.warmupSeconds(),
        options.seconds(),
        results,
        ratios,
        met,
        stages);
  }

  private static ContenderResult find(List<ContenderResult> results, Contender c) {
    return results.stream().filter(r -> r.contender().equals(c.label())).findFirst().orElse(null);
  }

  /**
   * Two slices of half the warm-up time per contender, in rotating order; then any contender that
   * has not yet seen every page finishes its first full cycle, so rare code paths (charset
   * detection, odd markup) are compiled before measurement for all of them alike.
   */
  private void warmUp(List<SpeedPage> pages, String[] predecoded) {
    List<Contender> contenders = options.contenders();
    if (options.warmupSeconds() <= 0) return;
    long slice = (long) (options.warmupSeconds() * 1e9 / 2);
    int[] next = new int[Contender.values().length];
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < contenders.size(); i++) {
        Contender c = contenders.get((round + i) % contenders.size());
        progress.accept(
            String.format("warm-up %d/2: %s for %.0f s", round + 1, c.label(), slice / 1e9));
        long end = System.nanoTime() + slice;
        while (System.nanoTime() < end) warmOne(c, pages, predecoded, next);
      }
    }
    for (Contender c : contenders) {
      if (next[c.ordinal()] >= pages.size()) continue;
      progress.accept(
          String.format(
              "warm-up: %s finishes its first full pass (%d pages left)",
              c.label(), pages.size() - next[c.ordinal()]));
      while (next[c.ordinal()] < pages.size()) warmOne(c, pages, predecoded, next);
    }
  }

  private void warmOne(Contender c, List<SpeedPage> pages, String[] predecoded, int[] next) {
    int k = next[c.ordinal()]++ % pages.size();
    try {
      sink += c.run(pages.get(k), predecoded == null || c.decodesItself() ? null : predecoded[k]);
    } catch (RuntimeException | StackOverflowError e) {
      sink++;
    }
  }

  /** One full timed pass over all pages, on this thread. */
  static Pass pass(Contender c, List<SpeedPage> pages, String[] predecoded, List<String> errors) {
    int failed = 0;
    long chars = 0;
    long start = System.nanoTime();
    for (int k = 0; k < pages.size(); k++) {
      try {
        chars +=
            c.run(pages.get(k), predecoded == null || c.decodesItself() ? null : predecoded[k]);
      } catch (RuntimeException | StackOverflowError e) {
        failed++;
        String sample = pages.get(k).path() + ": " + e;
        if (errors.size() < 5 && !errors.contains(sample)) errors.add(sample);
      }
    }
    long nanos = System.nanoTime() - start;
    return new Pass(pages.size(), nanos, failed, chars);
  }

  static String[] predecode(List<SpeedPage> pages, boolean predecoded) {
    if (!predecoded) return null;
    String[] out = new String[pages.size()];
    for (int i = 0; i < out.length; i++)
      out[i] = Charsets.decode(pages.get(i).bytes(), null).text();
    return out;
  }

  /** Runs {@link ColdPass} in a fresh JVM with this JVM's heap and GC settings. */
  private Pass forkColdPass(Contender c) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-Xm") || a.startsWith("-XX:") || a.startsWith("-Xss")) cmd.add(a);
    }
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ColdPass.class.getName(),
            c.name(),
            options.dataset().toAbsolutePath().toString(),
            Integer.toString(options.limit()),
            Boolean.toString(options.predecoded())));
    Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String last = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith(ColdPass.PREFIX)) last = line;
      }
    }
    int rc = proc.waitFor();
    if (rc != 0 || last == null) {
      throw new IOException(
          "cold pass for " + c.label() + " failed (exit " + rc + "): " + String.join(" ", cmd));
    }
    long[] v =
        Arrays.stream(last.substring(ColdPass.PREFIX.length()).trim().split(" "))
            .mapToLong(Long::parseLong)
            .toArray();
    return new Pass((int) v[0], v[1], (int) v[2], v[3]);
  }

  /** The report as a plain-text table. */
  public static String table(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "Extraction speed, one thread: %d pages (%.1f MB) from %s%n",
            r.pages(), r.bytes() / 1e6, r.dataset()));
    sb.append(
        String.format(
            "Java %s; warm-up %.0f s, measure >= %.0f s per contender; decoding: %s; cold pass: %s%n%n",
            r.java(), r.warmupSeconds(), r.seconds(), r.decoding(), r.coldMode()));
    sb.append(
        String.format(
            "%-14s %12s %16s %7s %10s %8s%n",
            "contender", "steady p/s", "passes min-max", "passes", "cold p/s", "errors"));
    for (ContenderResult c : r.results()) {
      sb.append(
          String.format(
              "%-14s %12.1f %16s %7d %10s %8d%n",
              c.contender(),
              c.steadyPagesPerSecond(),
              String.format(
                  "%.0f-%.0f", c.slowestPassPagesPerSecond(), c.fastestPassPagesPerSecond()),
              c.passes(),
              c.coldPagesPerSecond() == null ? "-" : String.format("%.1f", c.coldPagesPerSecond()),
              c.errors()));
    }
    sb.append('\n');
    Double vsR = r.ratios().get("argus/readability4j");
    if (vsR != null) {
      sb.append(
          String.format(
              "Argus / Readability4J: %.2fx steady%s%s (target >= %.0fx: %s)%n",
              vsR,
              paired(r, "argus/readability4j", "x"),
              cold(r, "argus/readability4j cold", "x"),
              TARGET_VS_READABILITY,
              vsR >= TARGET_VS_READABILITY ? "met" : "NOT met"));
    }
    Double vsJ = r.ratios().get("argus/jsoup");
    if (vsJ != null) {
      sb.append(
          String.format(
              "Argus / jsoup:         %.0f %% steady%s%s (target >= %.0f %%: %s)%n",
              vsJ * 100,
              paired(r, "argus/jsoup", "%"),
              cold(r, "argus/jsoup cold", "%"),
              TARGET_VS_JSOUP * 100,
              vsJ >= TARGET_VS_JSOUP ? "met" : "NOT met"));
    }
    if (r.argusStages() != null) stages(r.argusStages(), sb);
    for (ContenderResult c : r.results()) {
      for (String e : c.errorSamples())
        sb.append("error, ").append(c.contender()).append(": ").append(e).append('\n');
    }
    return sb.toString();
  }

  private static void stages(ArgusStages a, StringBuilder sb) {
    StringBuilder parts = new StringBuilder();
    double sum = 0;
    for (Map.Entry<String, Double> e : a.millisPerPage().entrySet()) {
      if (!parts.isEmpty()) parts.append(", ");
      parts.append(String.format("%s %.3f", e.getKey(), e.getValue()));
      sum += e.getValue();
    }
    sb.append(
        String.format(
            "Argus by stage, ms per page: %s (%.3f in the stages; %.3f a page in all)%n",
            parts, sum, a.steadyMillisPerPage()));
    if (a.targetMillisPerPage().isEmpty()) return;
    StringBuilder targets = new StringBuilder();
    for (Map.Entry<String, Double> e : a.targetMillisPerPage().entrySet()) {
      if (!targets.isEmpty()) targets.append(", ");
      String name =
          e.getKey().equals(VS_JSOUP)
              ? String.format("%.0f %% of jsoup", TARGET_VS_JSOUP * 100)
              : String.format("%.0fx Readability4J", TARGET_VS_READABILITY);
      targets.append(String.format("%.3f for %s", e.getValue(), name));
    }
    sb.append(String.format("Argus at the targets, ms per page: %s%n", targets));
  }

  private static String paired(Report r, String key, String unit) {
    Double v = r.ratios().get(key + " paired median");
    Double n = r.ratios().get(key + " paired rounds");
    if (v == null || n == null) return "";
    return unit.equals("%")
        ? String.format(", %.0f %% paired median of %d rounds", v * 100, n.intValue())
        : String.format(", %.2fx paired median of %d rounds", v, n.intValue());
  }

  private static String cold(Report r, String key, String unit) {
    Double v = r.ratios().get(key);
    if (v == null) return "";
    return unit.equals("%")
        ? String.format(", %.0f %% cold", v * 100)
        : String.format(", %.2fx cold", v);
  }
}
