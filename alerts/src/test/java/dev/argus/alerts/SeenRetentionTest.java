package dev.argus.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.alerts.Engine.Seen;
import dev.argus.alerts.Engine.StoryKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an alert said about a story is kept for a while after the story last matched, not forever.
 */
class SeenRetentionTest {

  @TempDir Path dir;

  private static final StoryKey KEY = new StoryKey("a1", "s1");
  private static final Map<StoryKey, Seen> SEEN = Map.of(KEY, new Seen(Set.of("en"), Set.of()));
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Duration RETENTION = Duration.ofDays(AlertStore.SEEN_RETENTION_DAYS);

  private static void record(AlertStore store, Map<StoryKey, Seen> seen, Instant now) {
    store.record(seen, Map.of(), "2026-03-01", Map.of(), Map.of(), List.of(), now);
  }

  @Test
  void aStoryIsForgottenOnceItHasNotMatchedForTheRetention() throws Exception {
    try (AlertStore store = AlertStore.open(dir.resolve("alerts.db"))) {
      record(store, SEEN, T0);
      record(store, Map.of(), T0.plus(RETENTION).minusSeconds(60));
      assertThat(store.seen(Set.of(KEY))).containsKey(KEY);
      record(store, Map.of(), T0.plus(RETENTION).plusSeconds(60));
      assertThat(store.seen(Set.of(KEY))).isEmpty();
    }
  }

  @Test
  void eachMatchStartsTheRetentionAgain() throws Exception {
    try (AlertStore store = AlertStore.open(dir.resolve("alerts.db"))) {
      record(store, SEEN, T0);
      Instant again = T0.plus(Duration.ofDays(20));
      record(store, SEEN, again);
      record(store, Map.of(), T0.plus(RETENTION).plusSeconds(60));
      assertThat(store.seen(Set.of(KEY))).containsKey(KEY);
      record(store, Map.of(), again.plus(RETENTION).plusSeconds(60));
      assertThat(store.seen(Set.of(KEY))).isEmpty();
    }
  }

  @Test
  void aDatabaseFromBeforeRetentionKeepsItsStoriesAndCountsFromTheUpgrade() throws Exception {
    Path file = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE seen (alert TEXT NOT NULL, story TEXT NOT NULL, languages TEXT NOT NULL,"
              + " countries TEXT NOT NULL, PRIMARY KEY (alert, story))");
      s.execute("INSERT INTO seen VALUES ('a1', 's1', 'en,fr', '')");
    }
    Instant upgraded = Instant.now();
    try (AlertStore store = AlertStore.open(file)) {
      assertThat(store.seen(Set.of(KEY)).get(KEY).languages())
          .containsExactlyInAnyOrder("en", "fr");
      record(store, Map.of(), upgraded.plus(RETENTION).minus(Duration.ofHours(1)));
      assertThat(store.seen(Set.of(KEY))).containsKey(KEY);
      record(store, Map.of(), upgraded.plus(RETENTION).plus(Duration.ofHours(1)));
      assertThat(store.seen(Set.of(KEY))).isEmpty();
    }
  }
}
