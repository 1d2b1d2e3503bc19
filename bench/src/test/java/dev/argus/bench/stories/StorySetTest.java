package dev.argus.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorySetTest {

  private static final String TWO =
      """
      # A comment.
      === a-en-ferry-1 | a-ferry | 2026-04-02T08:00:00Z | harbour.example | GB
      Ferry crews walk out in Westmere
      Ferry crews in Westmere stopped work on Tuesday.

      A second paragraph.
      === a-fr-ferry-2 | a-ferry | 2026-04-02T09:30:00Z | maree.example | FR
      Grève des équipages de ferry à Westmere
      links: https://harbour.example/a-en-ferry-1
      Les équipages des ferries de Westmere ont cessé le travail mardi.
      """;

  @Test
  void blocksBecomeLabelledArticles() {
    List<StorySet.Labelled> got = StorySet.parse("set.txt", TWO);

    assertThat(got).hasSize(2);
    StorySet.Labelled a = got.get(0);
    assertThat(a.id()).isEqualTo("a-en-ferry-1");
    assertThat(a.story()).isEqualTo("a-ferry");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-04-02T08:00:00Z"));
    assertThat(a.country()).isEqualTo("GB");
    assertThat(a.article().url()).isEqualTo("https://harbour.example/a-en-ferry-1");
    assertThat(a.article().title()).isEqualTo("Ferry crews walk out in Westmere");
    assertThat(a.article().text())
        .isEqualTo("Ferry crews in Westmere stopped work on Tuesday.\n\nA second paragraph.");
    assertThat(a.file()).isEqualTo("set.txt:2");
    assertThat(got.get(1).article().links())
        .extracting(l -> l.url())
        .containsExactly("https://harbour.example/a-en-ferry-1");
  }

  @Test
  void aHeaderWithTooFewFieldsNamesItsLine() {
    String text = "# c\n=== a-1 | story | 2026-04-02T08:00:00Z | x.example\nTitle\nBody.\n";

    assertThatThrownBy(() -> StorySet.parse("set.txt", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("set.txt:2: ")
        .hasMessageContaining("4 fields, expected 5");
  }

  @Test
  void aBadTimestampNamesItsLine() {
    String text = "=== a-1 | story | 2026-04-02 08:00 | x.example | GB\nTitle\nBody.\n";

    assertThatThrownBy(() -> StorySet.parse("set.txt", text))
        .hasMessageStartingWith("set.txt:1: ")
        .hasMessageContaining("'2026-04-02 08:00' is not ISO-8601");
  }

  @Test
  void anEmptyFieldNamesItsLine() {
    String text = "\n\n=== a-1 |  | 2026-04-02T08:00:00Z | x.example | GB\nTitle\nBody.\n";

    assertThatThrownBy(() -> StorySet.parse("set.txt", text))
        .hasMessageStartingWith("set.txt:3: ")
        .hasMessageContaining("story is empty");
  }

  @Test
  void anArticleWithoutBodyIsAnError() {
    String text = "=== a-1 | s | 2026-04-02T08:00:00Z | x.example | GB\nTitle only\n\n";

    assertThatThrownBy(() -> StorySet.parse("set.txt", text))
        .hasMessageStartingWith("set.txt:1: ")
        .hasMessageContaining("a-1 has no body");
  }

  @Test
  void textBeforeTheFirstHeaderIsAnError() {
    assertThatThrownBy(() -> StorySet.parse("set.txt", "stray text\n"))
        .hasMessageStartingWith("set.txt:1: ")
        .hasMessageContaining("expected a header");
  }

  @Test
  void anIdUsedTwiceAcrossFilesIsAnError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), TWO, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        "=== a-en-ferry-1 | other | 2026-04-03T08:00:00Z | y.example | US\nT\nBody.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "not read", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> StorySet.load(dir))
        .hasMessageContaining("b.txt:1: id a-en-ferry-1 already used at ")
        .hasMessageContaining("a.txt:2");
  }

  @Test
  void everyTxtFileOfTheFolderIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), TWO, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        "=== b-1 | other | 2026-04-03T08:00:00Z | y.example | US\nT\nBody.\n",
        StandardCharsets.UTF_8);

    assertThat(StorySet.load(dir).articles())
        .extracting(StorySet.Labelled::id)
        .containsExactly("a-en-ferry-1", "a-fr-ferry-2", "b-1");
  }

  @Test
  void aFileOverTheSizeLimitIsAnErrorBeforeItIsRead(@TempDir Path dir) throws Exception {
    try (var f = new java.io.RandomAccessFile(dir.resolve("big.txt").toFile(), "rw")) {
      f.setLength(StorySet.MAX_FILE_BYTES + 1); // sparse: nothing is written
    }

    assertThatThrownBy(() -> StorySet.load(dir))
        .hasMessageContaining("big.txt: larger than " + StorySet.MAX_FILE_BYTES + " bytes");
  }

  @Test
  void aFolderWithoutTxtFilesIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> StorySet.load(dir)).hasMessageContaining("no *.txt files in");
  }
}
