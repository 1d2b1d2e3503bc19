package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus search}, {@code facets} and {@code export} over the demo corpus, ingested once. */
class StoreCommandsTest {

  @TempDir static Path dir;

  @BeforeAll
  static void ingest() {
    Cli.Run r =
        Cli.run(
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
    Cli.Run r = Cli.run("search", "--data", dir.toString(), "--format", "jsonl", "Photographie");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("lechodeseine");
  }

  @Test
  void aFieldFilterKeepsOnlyItsLanguage() {
    Cli.Run r =
        Cli.run("search", "--data", dir.toString(), "--format", "csv", "--limit", "100", "lang:fr");

    List<String> rows = r.out().lines().skip(1).toList();
    assertThat(rows).hasSize(5).allMatch(l -> l.contains(",fr,"));
  }

  @Test
  void watchListEntitiesAreSearchableAndCounted() {
    Cli.Run search = Cli.run("search", "--data", dir.toString(), "entity:Nexori");
    Cli.Run facets =
        Cli.run("facets", "--data", dir.toString(), "--by", "entity", "--format", "json", "*");

    assertThat(search.out()).containsPattern("\\d+ articles match");
    assertThat(facets.out()).contains("\"value\" : \"Nexori\"");
  }

  @Test
  void aBadQueryPointsAtTheErrorAndExitsWithTwo() {
    Cli.Run r = Cli.run("search", "--data", dir.toString(), "lang:fr AND (port");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("missing closing parenthesis")
        .contains("lang:fr AND (port\n                 ^");
  }

  @Test
  void exportWritesEveryMatchingArticle() throws Exception {
    Path out = dir.resolve("all.csv");
    Cli.Run r =
        Cli.run(
            "export", "--data", dir.toString(), "--format", "csv", "--out", out.toString(), "*");

    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(1 + 31);
  }

  @Test
  void theDemosCameraStorySpansFiveLanguagesWithItsCopies() throws Exception {
    Cli.Run stories =
        Cli.run("stories", "--data", dir.toString(), "--format", "jsonl", "--limit", "1");
    var top =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(stories.out().lines().findFirst().orElseThrow());
    Cli.Run story = Cli.run("story", "--data", dir.toString(), top.get("id").asText());

    assertThat(top.get("languages").toString()).isEqualTo("[\"de\",\"en\",\"es\",\"fr\",\"zh\"]");
    assertThat(story.out())
        .contains("Broke it: Midland Post")
        .contains("Syndicated copies")
        .contains("reaches zh");
  }

  @Test
  void anUnknownStoryIsAClearError() {
    Cli.Run r = Cli.run("story", "--data", dir.toString(), "s99999999");

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
    Cli.Run withModel =
        Cli.run(
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
    Cli.Run missing =
        Cli.run(
            "ingest",
            "--data",
            data.toString(),
            "--story-model",
            dir.resolve("none.onnx").toString());

    assertThat(withModel.code()).as(withModel.err()).isZero();
    assertThat(withModel.out()).contains("31 new articles");
    assertThat(Cli.run("stories", "--data", data.toString()).out()).contains("s00000000");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot load the story model").contains("none.onnx");
  }

  @Test
  void searchingAnEmptyDataFolderSaysToIngestFirst() {
    Cli.Run r = Cli.run("search", "--data", dir.resolve("nothing").toString(), "*");

    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("ingest some first");
  }

  @Test
  void reindexLeavesACurrentStoreAlone() {
    Cli.Run r = Cli.run("reindex", "--data", dir.toString(), "--no-progress");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("reindexed 0 of 31 articles (all were current)");
    assertThat(Cli.run("search", "--data", dir.toString(), "entity:Nexori").out())
        .containsPattern("\\d+ articles match");
  }

  @Test
  void reindexWithoutAStoreSaysSo(@TempDir Path empty) {
    Cli.Run r = Cli.run("reindex", "--data", empty.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nothing to reindex");
  }

  @Test
  void reindexWithSegmentsMergesTheStore(@TempDir Path copy) throws Exception {
    Cli.Run ingested =
        Cli.run(
            "ingest",
            "--data",
            copy.toString(),
            "--no-progress",
            "--languages",
            "en,fr",
            "--manifest",
            "../demo/corpus/manifest.tsv");
    assertThat(ingested.code()).as(ingested.err()).isZero();

    Cli.Run r = Cli.run("reindex", "--data", copy.toString(), "--no-progress", "--segments", "1");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("segments: \\d+ before, 1 after");
    assertThat(Cli.run("search", "--data", copy.toString(), "Nexori").out())
        .containsPattern("\\d+ articles match");
    assertThat(Cli.run("reindex", "--data", copy.toString(), "--segments", "0").err())
        .contains("--segments must be 1 to");
  }
}
