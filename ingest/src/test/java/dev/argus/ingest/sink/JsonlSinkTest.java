package dev.argus.ingest.sink;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSinkTest {
  @TempDir Path dir;

  @Test
  void appendsLinesToTheDaysFileAndReportsLengthsOnSync() throws IOException {
    try (JsonlSink sink = JsonlSink.open(dir, Map.of())) {
      JsonlSink.Placement a = sink.append("2026-11-26", "{\"a\":1}".getBytes(UTF_8));
      JsonlSink.Placement b = sink.append("2026-11-26", "{\"b\":2}".getBytes(UTF_8));
      assertThat(a).isEqualTo(new JsonlSink.Placement("2026-11-26.jsonl", 0));
      assertThat(b.offset()).isEqualTo(8);
      assertThat(sink.sync()).containsExactly(Map.entry("2026-11-26.jsonl", 16L));
      assertThat(sink.sync()).isEmpty();
    }
    assertThat(Files.readString(dir.resolve("2026-11-26.jsonl")))
        .isEqualTo("{\"a\":1}\n{\"b\":2}\n");
  }

  @Test
  void openingCutsWhatWasNeverCommitted() throws IOException {
    Map<String, Long> committed = new HashMap<>();
    try (JsonlSink sink = JsonlSink.open(dir, Map.of())) {
      sink.append("2026-11-26", "{\"a\":1}".getBytes(UTF_8));
      committed.putAll(sink.sync());
      sink.append("2026-11-26", "{\"b\":2}".getBytes(UTF_8));
      sink.append("2026-11-27", "{\"c\":3}".getBytes(UTF_8));
    }
    // A torn half-line, as a crash mid-write leaves it.
    Files.writeString(dir.resolve("2026-11-26.jsonl"), "{\"d\":", StandardOpenOption.APPEND);
    try (JsonlSink sink = JsonlSink.open(dir, committed)) {
      assertThat(sink.recovery().truncatedBytes()).isEqualTo(8 + 5);
      assertThat(sink.recovery().removedFiles()).containsExactly("2026-11-27.jsonl");
      sink.append("2026-11-26", "{\"e\":5}".getBytes(UTF_8));
      sink.sync();
    }
    assertThat(Files.readString(dir.resolve("2026-11-26.jsonl")))
        .isEqualTo("{\"a\":1}\n{\"e\":5}\n");
    assertThat(dir.resolve("2026-11-27.jsonl")).doesNotExist();
  }

  @Test
  void aFileShorterThanItsCheckpointIsAnError() throws IOException {
    Files.writeString(dir.resolve("2026-11-26.jsonl"), "{}\n");
    assertThatThrownBy(() -> JsonlSink.open(dir, Map.of("2026-11-26.jsonl", 100L)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("shorter");
  }

  @Test
  void otherFilesInTheFolderAreLeftAlone() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    try (JsonlSink sink = JsonlSink.open(dir, Map.of())) {
      assertThat(sink.recovery().removedFiles()).isEmpty();
    }
    assertThat(dir.resolve("notes.txt")).exists();
  }

  @Test
  void compactionKeepsTheGivenLinesInTheNextGeneration() throws IOException {
    try (JsonlSink sink = JsonlSink.open(dir, Map.of())) {
      sink.append("2026-11-26", "{\"v\":1}".getBytes(UTF_8));
      JsonlSink.Placement keep = sink.append("2026-11-26", "{\"v\":2}".getBytes(UTF_8));
      sink.sync();
      JsonlSink.Compacted c = sink.compact("2026-11-26.jsonl", Set.of(keep.offset()));
      assertThat(c.newFile()).isEqualTo("2026-11-26~2.jsonl");
      assertThat(c.moved()).containsExactly(Map.entry(keep.offset(), 0L));
      sink.dropFile(c.oldFile());
      JsonlSink.Placement next = sink.append("2026-11-26", "{\"v\":3}".getBytes(UTF_8));
      assertThat(next).isEqualTo(new JsonlSink.Placement("2026-11-26~2.jsonl", 8));
      sink.sync();
    }
    assertThat(Files.readString(dir.resolve("2026-11-26~2.jsonl")))
        .isEqualTo("{\"v\":2}\n{\"v\":3}\n");
    assertThat(dir.resolve("2026-11-26.jsonl")).doesNotExist();
  }
}
