package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.app.demo.DemoCorpus;
import dev.argus.app.demo.DemoSite;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.pipeline.DataDir;
import dev.argus.ingest.state.CrawlState;
import dev.argus.store.LuceneStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir Path data;

  @Test
  void noServeIngestsEveryDemoPageIntoTheStoreThroughItsSources() throws Exception {
    List<DemoCorpus.Page> pages = DemoCorpus.pages();

    String out = runDemo("--no-serve", "--data", data.toString());

    assertThat(out).contains("into " + data);
    assertThat(out).contains(pages.size() + " articles in the store");
    try (LuceneStore store = LuceneStore.openReadOnly(new DataDir(data).index())) {
      assertThat(store.count()).isEqualTo(pages.size());
    }
    try (CrawlState state = CrawlState.open(new DataDir(data).state())) {
      assertThat(state.sources())
          .hasSize(
              (int)
                  pages.stream()
                      .map(p -> java.net.URI.create(p.url()).getHost())
                      .distinct()
                      .count());
      assertThat(state.source(DemoSite.feedUrl("www.lechodeseine.example")))
          .hasValueSatisfying(s -> assertThat(s.country()).isEqualTo("fr"));
    }
  }

  @Test
  void aFolderInUseIsRefused() throws Exception {
    Files.writeString(data.resolve("mine.txt"), "keep me");
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(Main.run("demo", "--no-serve", "--data", data.toString())).isEqualTo(1);
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");
    assertThat(Files.readString(data.resolve("mine.txt"))).isEqualTo("keep me");
  }

  @Test
  void listsEveryArticleOfTheCorpus() throws Exception {
    List<DemoCorpus.Page> pages = DemoCorpus.pages();
    String out = runDemo("--no-serve", "--data", data.toString());

    assertThat(out).contains("Argus demo: extracting " + pages.size() + " news pages");
    assertThat(out).doesNotContain("FAILED");
    assertThat(out)
        .containsPattern(
            "\n"
                + pages.size()
                + " articles, \\d+ languages, [\\d,]+ words, \\d+ syndicated copies");

    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Enricher enricher = DemoCommand.demoEnricher();
    for (DemoCorpus.Page p : pages) {
      ExtractCommand.Outcome x = DemoCommand.extract(extractor, enricher, p);
      assertThat(x.error()).as(p.path()).isNull();
      String title = x.enriched().article().title();
      assertThat(out)
          .as("the line for %s", p.path())
          .contains(DemoCommand.truncate(title, DemoCommand.TITLE_COLUMNS));
    }
    assertThat(out).containsPattern("\n  Nexori +organization +\\d+ mentions in +\\d+ articles");
    long articleLines =
        out.lines()
            .filter(l -> l.matches("\\s+\\d+  \\S+\\s+\\S+  .*\\s\\d+\\s+[-+][\\d.]*.*"))
            .count();
    assertThat(articleLines).isEqualTo(pages.size());
  }

  @Test
  void truncatesLongTitlesAtAWordAndCountsWideCharactersTwice() {
    String t =
        DemoCommand.truncate("Nexori sets up camera division, hires former Sony imaging chief", 40);
    assertThat(t).isEqualTo("Nexori sets up camera division, hires…");
    assertThat(DemoCommand.width(t)).isLessThanOrEqualTo(40);
    String zh = DemoCommand.truncate("奈克索瑞成立独立影像部门 前索尼图像传感器专家出任负责人", 20);
    assertThat(DemoCommand.width(zh)).isLessThanOrEqualTo(20);
    assertThat(zh).endsWith("…");
    assertThat(DemoCommand.truncate("Short title", 40)).isEqualTo("Short title");
    assertThat(DemoCommand.day("2026-03-14T08:42:00+00:00")).isEqualTo("2026-03-14");
    assertThat(DemoCommand.day(null)).isEqualTo("-");
  }

  private static String runDemo(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      String[] all = new String[args.length + 1];
      all[0] = "demo";
      System.arraycopy(args, 0, all, 1, args.length);
      code = Main.run(all);
    } finally {
      System.setOut(saved);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(code).as("exit code; output:%n%s", out).isZero();
    return out;
  }
}
