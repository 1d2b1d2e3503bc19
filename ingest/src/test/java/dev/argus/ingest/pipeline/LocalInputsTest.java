package dev.argus.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.ingest.read.CapturedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInputsTest {
  @TempDir Path dir;

  private static List<CapturedPage> all(Iterator<CapturedPage> it) {
    List<CapturedPage> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void foldersKeepPagesArchivesAndJsonLinesInOrder() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/page.html"), "<p>x</p>");
    Files.writeString(dir.resolve("a.jsonl"), "{\"url\":\"https://x.example/1\",\"text\":\"t\"}\n");
    Files.writeString(dir.resolve("notes.md"), "skip me");
    Files.writeString(dir.resolve("c.txt.gz"), "");
    assertThat(LocalInputs.expand(List.of(dir)))
        .extracting(i -> dir.relativize(i.path()).toString())
        .containsExactly("a.jsonl", "b/page.html", "c.txt.gz");
  }

  @Test
  void aMissingPathIsAnError() {
    assertThatThrownBy(() -> LocalInputs.expand(List.of(dir.resolve("nope"))))
        .hasMessageContaining("no such file or folder");
  }

  @Test
  void manifestPathsAreRelativeToTheManifest() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, "# pages\npages/a.html\thttps://x.example/a\n\n/abs/b.html\n");
    assertThat(LocalInputs.manifest(m))
        .containsExactly(
            new LocalInputs.Input(dir.resolve("pages/a.html"), "https://x.example/a"),
            new LocalInputs.Input(Path.of("/abs/b.html"), null));
  }

  @Test
  void aFileOverTheLimitIsARecordedFailureAndReadingGoesOn() throws IOException {
    Files.writeString(dir.resolve("big.html"), "<p>" + "x".repeat(2000) + "</p>");
    Files.writeString(dir.resolve("small.html"), "<p>x</p>");
    List<CapturedPage> pages = all(LocalInputs.pages(LocalInputs.expand(List.of(dir)), 1000));
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).error()).contains("file too large").contains("limit 1000");
    assertThat(pages.get(1).failed()).isFalse();
  }

  @Test
  void anUnreadableArchiveIsOneFailureAndReadingGoesOn() throws IOException {
    Files.writeString(dir.resolve("a.warc"), "this is not a WARC file");
    Files.writeString(dir.resolve("b.html"), "<p>x</p>");
    List<CapturedPage> pages = all(LocalInputs.pages(LocalInputs.expand(List.of(dir)), 1 << 20));
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).error()).contains("cannot read");
    assertThat(pages.get(1).failed()).isFalse();
  }
}
