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

  private static final int ARTICLES = 40;

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
    int[] ids = new int[ARTICLES];
    for (int i = 0; i < ARTICLES; i++) ids[i] = i + 1;
    String feed = Pages.rss(base, ids);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body;
          String type = "text/html; charset=utf-8";
          int status = 200;
          if (path.equals("/feed.xml")) {
            body = feed.getBytes(StandardCharsets.UTF_8);
            type = "application/rss+xml";
          } else if (path.startsWith("/news/")) {
            sleepQuietly(15);
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
      int killed = 0;
      List<Long> linesAfterKill = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        Process p = child(data, base + "/feed.xml");
        long wait = 200 + random.nextInt(2300);
        if (p.waitFor(wait, TimeUnit.MILLISECONDS)) continue; // finished before the kill
        p.destroyForcibly().waitFor();
        killed++;
        linesAfterKill.add(linesOnDisk(data.resolve("articles")));
      }
      // Where the kills landed: article lines on disk (committed or not) after each kill.
      System.out.println(
          "CrashSafetyTest: article lines on disk after each kill: " + linesAfterKill);
      Process last = child(data, base + "/feed.xml");
      assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(last.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
      System.out.println("CrashSafetyTest: killed " + killed + " of " + runs + " runs");

      Map<String, Integer> seen = new HashMap<>();
      ObjectMapper json = new ObjectMapper();
      for (Path f : list(data.resolve("articles"))) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode n = json.readTree(line);
          seen.merge(n.get("url").asText(), 1, Integer::sum);
        }
      }
      assertThat(seen).hasSize(ARTICLES);
      assertThat(seen.values()).allMatch(n -> n == 1);

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

  private Process child(Path data, String feed) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(CrashChild.class.getName());
    cmd.add(data.toString());
    cmd.add(feed);
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile()))
        .start();
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
