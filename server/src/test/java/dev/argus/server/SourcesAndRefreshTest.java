package dev.argus.server;

import static dev.argus.server.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.ingest.pipeline.DataDir;
import dev.argus.ingest.read.SourceKind;
import dev.argus.ingest.state.CrawlState;
import dev.argus.store.LuceneStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources' health from the crawl state, and how often the server looks for a new commit. */
class SourcesAndRefreshTest {

  @TempDir Path data;

  @Test
  void sourcesComeWithTheirHealth() throws Exception {
    Fixtures.store(data);
    Instant added = Instant.parse("2026-03-01T00:00:00Z");
    try (CrawlState state = CrawlState.open(new DataDir(data).state())) {
      state.addSource(
          "https://midlandpost.example/feed.xml",
          "Midland Post",
          SourceKind.FEED,
          List.of("https://midlandpost.example/feed.xml"),
          Duration.ofMinutes(15),
          "GB",
          added);
      state.sourcePolled(1, added.plusSeconds(60), "HTTP 503 from the feed", 0);
    }
    try (ArgusServer s = Fixtures.server(data, Fixtures.config())) {
      JsonNode source = json(new Fixtures.Client(s.port()).get("/api/v1/sources")).at("/sources/0");

      assertThat(source.at("/source/name").asText()).isEqualTo("Midland Post");
      assertThat(source.at("/source/country").asText()).isEqualTo("GB");
      assertThat(source.at("/source/consecutiveErrors").asInt()).isEqualTo(1);
      assertThat(source.at("/source/lastError").asText()).contains("503");
      assertThat(source.get("articles").asLong()).isZero();
    }
  }

  @Test
  void aNewCommitIsLookedForAtMostOncePerInterval() throws Exception {
    Fixtures.store(data);
    AtomicLong clock = new AtomicLong();
    DataFolderStore access =
        new DataFolderStore(new DataDir(data), Duration.ofSeconds(1), clock::get);
    assertThat(access.store().count()).isEqualTo(5);
    try (LuceneStore writer = LuceneStore.open(new DataDir(data).index())) {
      writer.delete(Fixtures.MIDLAND);
      writer.commit(Map.of());
    }

    clock.addAndGet(999_000_000L);
    long before = access.store().count();
    clock.addAndGet(1_000_000L);
    long after = access.store().count();

    assertThat(before).isEqualTo(5);
    assertThat(after).isEqualTo(4);
    access.close();
  }
}
