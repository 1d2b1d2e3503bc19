package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.extract.ArticleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM options the {@code ./argus} launcher adds for a command (scripts/jdk.sh). */
class LauncherOptionsTest {

  private static final Path SCRIPT = Path.of("..", "scripts", "jdk.sh").toAbsolutePath();

  private static final String BATCH = "-XX:+UseParallelGC -Xmn128m";

  @Test
  void extractAndEvalGetTheThroughputCollectorAndASmallYoungGeneration() throws Exception {
    assertThat(opts("", "extract", "pages/")).isEqualTo(BATCH);
    assertThat(opts("", "eval", "extraction", "--dataset", "d")).isEqualTo(BATCH);
  }

  @Test
  void optionsBeforeTheCommandAreSkipped() throws Exception {
    assertThat(opts("", "--verbose", "extract", "x.html")).isEqualTo(BATCH);
  }

  @Test
  void noHeapLimitIsAddedSoThatLongRunsCanGrowTheirCorpus() throws Exception {
    assertThat(opts("", "extract", "pages/")).doesNotContain("-Xmx");
    assertThat(opts("-Xmx2g", "extract", "pages/")).isEqualTo(BATCH);
  }

  @Test
  void aYoungGenerationInArgusJavaOptsWins() throws Exception {
    assertThat(opts("-Xmn64m", "extract", "pages/")).isEqualTo("-XX:+UseParallelGC");
    assertThat(opts("-XX:MaxNewSize=1g", "extract", "pages/")).isEqualTo("-XX:+UseParallelGC");
  }

  @Test
  void aCollectorInArgusJavaOptsWins() throws Exception {
    // Two collectors on one command line stop the JVM: nothing is added beside the user's.
    assertThat(opts("-XX:+UseG1GC", "extract", "pages/")).isEmpty();
    assertThat(opts("-Xmx1g -XX:+UseZGC", "eval", "extraction")).isEmpty();
  }

  @Test
  void otherCommandsKeepTheJvmDefault() throws Exception {
    assertThat(opts("", "serve")).isEmpty();
    assertThat(opts("", "ingest", "a.warc.gz")).isEmpty();
    assertThat(opts("")).isEmpty();
  }

  /**
   * Large pages stay within a bounded heap: four pages just under the size limit (31 MB of Chinese
   * text each, in 140,000 paragraphs) on four workers complete in a JVM with the launcher's options
   * for extract and 512 MB of heap. Without the {@link PageBudget} that runs them one at a time,
   * one of them runs out of memory.
   */
  @Test
  void theLargestAcceptedPagesFitInFiveHundredTwelveMegabytes(@TempDir Path dir) throws Exception {
    String chars = "新闻记者报道市场公司发展经济技术城市政府国际";
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder(12 << 20).append("<html><body><article>");
    while (sb.length() < 11_000_000) {
      sb.append("<p>");
      for (int i = 0; i < 70; i++) sb.append(chars.charAt(random.nextInt(chars.length())));
      sb.append("</p>");
    }
    byte[] bytes =
        sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isBetween(30_000_000, ArticleExtractor.Limits.DEFAULT.maxBytes());
    for (String name : List.of("a.html", "b.html", "c.html", "d.html")) {
      Files.write(dir.resolve(name), bytes);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(List.of(opts("", "extract").split(" ")));
    cmd.add("-Xmx512m");
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of("extract", dir.toString(), "--threads", "4", "--no-progress"));
    cmd.addAll(List.of("--out", dir.resolve("out.jsonl").toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(log).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("out.jsonl"));
    assertThat(rows).hasSize(4);
    for (String row : rows) {
      assertThat(row).doesNotContain("\"error\"").contains("\"language\":\"zh\"");
      assertThat(row.length()).as("the whole text is kept").isGreaterThan(9_000_000);
    }
  }

  private static String opts(String javaOpts, String... args)
      throws IOException, InterruptedException {
    assertThat(SCRIPT).exists();
    List<String> cmd = new ArrayList<>();
    cmd.add("bash");
    cmd.add("-c");
    cmd.add(". \"$0\"; argus_default_opts \"$@\"");
    cmd.add(SCRIPT.toString());
    cmd.add(javaOpts);
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }
}
