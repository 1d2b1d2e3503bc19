package dev.argus.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Kills an ingest process with SIGKILL at random moments, many times, against a local server, then
 * lets one run finish and checks: every article is there exactly once, every line of the articles
 * files is whole JSON, and every WARC file of the archive reads to its end.
 *
 * <p>Runs: {@code -Dargus.crash.runs=N} (default 20; the seed is printed, and {@code
 * -Dargus.crash.seed=S} repeats a sequence).
 */
class CrashSafetyTest {
  @TempDir Path dir;

  /** New articles the feed gains before each run, so every run has work to be killed in. */
  private static final int NEW_PER_RUN = 30;

  /** Entries the feed lists: the newest ones. Below the runner's per-poll limit of 1,000. */
  private static final int FEED_WINDOW = 400;

  @Test
  void killNineAtRandomMomentsLosesAndDuplicatesNothing() throws Exception {
    int runs = Integer.getInteger("argus.crash.runs", 20);
    long seed = Long.getLong("argus.crash.seed", System.nanoTime());
    System.out.println("CrashSafetyTest: " + runs + " kills, seed " + seed);
    Random random = new Random(seed);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    java.util.concurrent.atomic.AtomicInteger published =
        new java.util.concurrent.atomic.AtomicInteger();
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body;
          String type = "text/html; charset=utf-8";
          int status = 200;
          if (path.equals("/feed.xml")) {
            // Like a real feed, it lists only the latest entries (a window far wider than what
            // a run adds, so nothing scrolls out before some run has read it).
            int last = published.get();
            int[] ids =
                java.util.stream.IntStream.rangeClosed(Math.max(1, last - FEED_WINDOW + 1), last)
                    .toArray();
            body = Pages.rss(base, ids).getBytes(StandardCharsets.UTF_8);
            type = "application/rss+xml";
          } else if (path.startsWith("/news/")) {
            sleepQuietly(25);
            body =
                Pages.story(Integer.parseInt(path.substring(6))).getBytes(StandardCharsets.UTF_8);
          } else {
            body = "not found".getBytes(StandardCharsets.UTF_8);
            status = 404;
            type = "text/plain";
          }
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    server.start();
    try {
      Path data = dir.resolve("data");
      // Calibrate: how long do a whole run and its article phase take here, now?
      published.set(NEW_PER_RUN);
      Child calibration = Child.start(dir.resolve("calibration"), base + "/feed.xml", dir);
      assertThat(calibration.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      long fullMillis = calibration.millis();
      long articleMillis = fullMillis - calibration.articlePhaseAt();
      System.out.printf(
          "CrashSafetyTest: an uninterrupted run takes %d ms, its article phase %d ms%n",
          fullMillis, articleMillis);
      int killed = 0;
      int midWrite = 0;
      List<Long> linesAfterKill = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        published.addAndGet(NEW_PER_RUN);
        long before = linesOnDisk(data.resolve("articles"));
        Child c = Child.start(data, base + "/feed.xml", dir);
        // Two kills in three land while articles are fetched and written (the phase where a
        // crash can tear a line or a record); the others anywhere, start-up and polling included.
        if (random.nextInt(3) > 0) {
          c.awaitArticlePhase(60_000);
          Thread.sleep((long) (random.nextDouble() * articleMillis));
        } else {
          Thread.sleep((long) (random.nextDouble() * fullMillis));
        }
        if (!c.process.isAlive()) continue; // finished before the kill
        c.process.destroyForcibly().waitFor();
        killed++;
        long after = linesOnDisk(data.resolve("articles"));
        linesAfterKill.add(after);
        if (after > before) midWrite++;
      }
      // Where the kills landed: article lines on disk (committed or not) after each kill.
      System.out.println(
          "CrashSafetyTest: article lines on disk after each kill: " + linesAfterKill);
      System.out.printf(
          "CrashSafetyTest: killed %d of %d runs, %d of them after writing articles%n",
          killed, runs, midWrite);
      Child last = Child.start(data, base + "/feed.xml", dir);
      assertThat(last.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(last.process.exitValue()).as(last.output()).isZero();

      Map<String, Integer> seen = new HashMap<>();
      ObjectMapper json = new ObjectMapper();
      for (Path f : list(data.resolve("articles"))) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode n = json.readTree(line);
          seen.merge(n.get("url").asText(), 1, Integer::sum);
        }
      }
      assertThat(seen).hasSize(published.get());
      assertThat(seen.values()).allMatch(n -> n == 1);
      // The store agrees with the files: every article searchable, once, with its story.
      try (dev.argus.store.Store store = dev.argus.store.Store.open(data.resolve("index"))) {
        assertThat(store.index().count()).isEqualTo(published.get());
        for (String url : seen.keySet()) {
          assertThat(store.index().get(url)).as(url).isPresent();
          assertThat(store.index().get(url).orElseThrow().text("storyId")).as(url).isNotNull();
        }
      }

      for (Path warc : list(data.resolve("archive"))) {
        try (WarcReader reader = new WarcReader(warc)) {
          for (WarcRecord r : reader) {
            r.body().consume();
          }
        }
      }
    } finally {
      server.stop(0);
    }
  }

  /** One ingest process, its output watched for the start of the article phase. */
  private static final class Child {
    final Process process;
    final long started = System.nanoTime();
    final StringBuffer output = new StringBuffer();
    final java.util.concurrent.CountDownLatch articlePhase =
        new java.util.concurrent.CountDownLatch(1);
    volatile long articlePhaseNanos;
    volatile long endedNanos;

    private Child(Process process) {
      this.process = process;
      Thread reader =
          new Thread(
              () -> {
                try (var in =
                    new java.io.BufferedReader(
                        new java.io.InputStreamReader(
                            process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith(CrashChild.ARTICLE_PHASE)) {
                      articlePhaseNanos = System.nanoTime();
                      articlePhase.countDown();
                    }
                  }
                } catch (IOException e) {
                  // the process was killed
                }
                endedNanos = System.nanoTime();
              });
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(Path data, String feed, Path dir) throws IOException {
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> cmd = new ArrayList<>();
      cmd.add(java);
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(CrashChild.class.getName());
      cmd.add(data.toString());
      cmd.add(feed);
      return new Child(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    void awaitArticlePhase(long timeoutMillis) throws InterruptedException {
      articlePhase.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    long millis() throws InterruptedException {
      process.waitFor();
      Thread.sleep(50);
      return ((endedNanos == 0 ? System.nanoTime() : endedNanos) - started) / 1_000_000;
    }

    long articlePhaseAt() {
      return (articlePhaseNanos - started) / 1_000_000;
    }

    String output() {
      return output.toString();
    }
  }

  private static long linesOnDisk(Path articles) throws IOException {
    if (!Files.isDirectory(articles)) return 0;
    long n = 0;
    for (Path f : list(articles)) n += Files.readAllLines(f, StandardCharsets.UTF_8).size();
    return n;
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
