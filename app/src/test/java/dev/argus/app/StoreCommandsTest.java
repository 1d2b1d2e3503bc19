package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus search}, {@code facets} and {@code export} over the demo corpus, ingested once. */
class StoreCommandsTest {

  @TempDir static Path dir;

  private record Run(int code, String out, String err) {}

  @BeforeAll
  static void ingest() {
    Run r =
        run(
            "ingest",
            "--data",
            dir.toString(),
            "--no-progress",
            "--languages",
            "en,fr,de,es,it,pt,zh",
            "--watchlist",
            "../demo/corpus/watchlist.yaml",
            "--manifest",
            "../demo/corpus/manifest.tsv");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void aFrenchWordFindsItsArticleWhateverTheCase() {
    Run r = run("search", "--data", dir.toString(), "--format", "jsonl", "Photographie");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("lechodeseine");
  }

  @Test
  void aFieldFilterKeepsOnlyItsLanguage() {
    Run r = run("search", "--data", dir.toString(), "--format", "csv", "--limit", "100", "lang:fr");

    List<String> rows = r.out().lines().skip(1).toList();
    assertThat(rows).hasSize(5).allMatch(l -> l.contains(",fr,"));
  }

  @Test
  void watchListEntitiesAreSearchableAndCounted() {
    Run search = run("search", "--data", dir.toString(), "entity:Nexori");
    Run facets = run("facets", "--data", dir.toString(), "--by", "entity", "--format", "json", "*");

    assertThat(search.out()).containsPattern("\\d+ articles match");
    assertThat(facets.out()).contains("\"value\" : \"Nexori\"");
  }

  @Test
  void aBadQueryPointsAtTheErrorAndExitsWithTwo() {
    Run r = run("search", "--data", dir.toString(), "lang:fr AND (port");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("missing closing parenthesis")
        .contains("lang:fr AND (port\n                 ^");
  }

  @Test
  void exportWritesEveryMatchingArticle() throws Exception {
    Path out = dir.resolve("all.csv");
    Run r =
        run("export", "--data", dir.toString(), "--format", "csv", "--out", out.toString(), "*");

    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(1 + 31);
  }

  @Test
  void theDemosCameraStorySpansFiveLanguagesWithItsCopies() throws Exception {
    Run stories = run("stories", "--data", dir.toString(), "--format", "jsonl", "--limit", "1");
    var top =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(stories.out().lines().findFirst().orElseThrow());
    Run story = run("story", "--data", dir.toString(), top.get("id").asText());

    assertThat(top.get("languages").toString()).isEqualTo("[\"de\",\"en\",\"es\",\"fr\",\"zh\"]");
    assertThat(story.out())
        .contains("Broke it: Midland Post")
        .contains("Syndicated copies")
        .contains("reaches zh");
  }

  @Test
  void anUnknownStoryIsAClearError() {
    Run r = run("story", "--data", dir.toString(), "s99999999");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no story s99999999");
  }

  @Test
  void aStoryModelJoinsTheClustererAndAMissingOneIsAClearError() throws Exception {
    Path models = dir.resolve("model");
    Files.createDirectories(models);
    for (String name : List.of("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json")) {
      try (var in = StoreCommandsTest.class.getResourceAsStream("/" + name)) {
        Files.copy(in, models.resolve(name));
      }
    }
    Path data = dir.resolve("with-model");
    Run withModel =
        run(
            "ingest",
            "--data",
            data.toString(),
            "--no-progress",
            "--languages",
            "en,fr,de,es,it,pt,zh",
            "--story-model",
            models.resolve("all-minilm-l6-v2-q.onnx").toString(),
            "--story-tokenizer",
            models.resolve("all-minilm-l6-v2-q-tokenizer.json").toString(),
            "--manifest",
            "../demo/corpus/manifest.tsv");
    Run missing =
        run(
            "ingest",
            "--data",
            data.toString(),
            "--story-model",
            dir.resolve("none.onnx").toString());

    assertThat(withModel.code()).as(withModel.err()).isZero();
    assertThat(withModel.out()).contains("31 new articles");
    assertThat(run("stories", "--data", data.toString()).out()).contains("s00000000");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot load the story model").contains("none.onnx");
  }

  @Test
  void searchingAnEmptyDataFolderSaysToIngestFirst() {
    Run r = run("search", "--data", dir.resolve("nothing").toString(), "*");

    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("ingest some first");
  }

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
