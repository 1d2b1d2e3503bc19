package dev.argus.alerts;

import static dev.argus.alerts.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.alerts.Fixtures.MovableClock;
import dev.argus.alerts.Notification.Kind;
import dev.argus.store.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alerts of a data folder, with the store's saved-query matcher and the Atom channel. */
class AlertsTest {

  @TempDir Path data;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-14T10:00:00Z"));

  private Alerts open() throws IOException {
    return Alerts.open(data, Alerts.Settings.defaults().withClock(clock));
  }

  private static List<AtomFeed.Entry> entries(Alerts alerts, String name) {
    return alerts.store().atomEntries(alerts.get(name).orElseThrow().id());
  }

  @Test
  void aBadQueryIsRefusedWithItsPosition() throws IOException {
    try (Alerts alerts = open()) {
      assertThatThrownBy(
              () ->
                  alerts.add(
                      "bad", "Nexori AND (camera", List.of(new Channel.Atom()), Mode.INSTANT))
          .isInstanceOfSatisfying(
              QuerySyntaxException.class, e -> assertThat(e.position()).isGreaterThan(0));
      assertThat(alerts.list()).isEmpty();
    }
  }

  @Test
  void aRelativeDateIsRefused() throws IOException {
    try (Alerts alerts = open()) {
      assertThatThrownBy(
              () ->
                  alerts.add(
                      "recent",
                      "Nexori published:>now-7d",
                      List.of(new Channel.Atom()),
                      Mode.INSTANT))
          .isInstanceOf(QuerySyntaxException.class);
    }
  }

  @Test
  void namesAreUniqueAndChecked() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      assertThatThrownBy(
              () -> alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT))
          .hasMessageContaining("exists already");
      assertThatThrownBy(
              () -> alerts.add("a b", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> alerts.add("x".repeat(65), "Nexori", List.of(new Channel.Atom()), Mode.INSTANT))
          .hasMessageContaining("longer than 64");
      assertThatThrownBy(() -> alerts.add("none", "Nexori", List.of(), Mode.INSTANT))
          .hasMessageContaining("no channel");
    }
  }

  @Test
  void aStoryIsAnnouncedOnceAcrossBatchesAndReopening() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(
              article(
                  "https://a.example/1", "s1", "fr", "FR", "Nexori lance un téléphone", "Nexori"),
              article(
                  "https://b.example/1", "s1", "fr", "FR", "Nexori lance un téléphone", "Nexori"),
              article("https://c.example/9", "s9", "fr", "FR", "Rien à voir", "La météo")));
      assertThat(alerts.deliverDue().delivered()).isEqualTo(1);
      assertThat(entries(alerts, "nexori")).hasSize(1);
    }
    try (Alerts alerts = open()) {
      assertThat(alerts.list()).extracting(Alert::name).containsExactly("nexori");
      alerts.onCommitted(
          List.of(article("https://d.example/1", "s1", "fr", "FR", "Nexori, encore", "Nexori")));
      assertThat(alerts.deliverDue().delivered()).isZero();
      alerts.onCommitted(
          List.of(article("https://e.example/1", "s1", "en", "GB", "Nexori launches", "Nexori")));
      assertThat(alerts.deliverDue().delivered()).isEqualTo(1);
      List<AtomFeed.Entry> feed = entries(alerts, "nexori");
      assertThat(feed).hasSize(2);
      assertThat(feed.get(0).title()).contains("story reached en, GB");
      assertThat(alerts.log("nexori", false, 10))
          .extracting(Delivery::kind)
          .containsExactly(Kind.NEW, Kind.UPDATE);
    }
  }

  @Test
  void aRemovedAlertMatchesNoMore() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      assertThat(alerts.remove("nexori")).isTrue();
      assertThat(alerts.remove("nexori")).isFalse();
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori", "Nexori")));
      assertThat(alerts.pending()).isZero();
    }
  }

  @Test
  void anAlertAddedByAnotherProcessIsPickedUp() throws IOException {
    try (Alerts watcher = open()) {
      try (Alerts cli = open()) {
        cli.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      }
      watcher.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori", "Nexori")));
      assertThat(watcher.pending()).isEqualTo(1);
    }
  }

  @Test
  void aDigestCollectsItsPeriodAndIsSentOnce() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("daily", "Nexori", List.of(new Channel.Atom()), Mode.DAILY);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori un", "Nexori")));
      clock.advance(Duration.ofHours(2));
      alerts.onCommitted(
          List.of(
              article("https://a.example/2", "s2", "fr", "FR", "Nexori deux", "Nexori"),
              article("https://a.example/3", "s1", "de", "DE", "Nexori eins", "Nexori")));
      assertThat(alerts.runDue().digests()).isZero(); // the day is not over
      assertThat(entries(alerts, "daily")).isEmpty();

      clock.set(Instant.parse("2026-03-15T00:00:01Z"));
      Alerts.Report r = alerts.runDue();
      assertThat(r.digests()).isEqualTo(1);
      assertThat(r.delivered()).isEqualTo(1);
      List<AtomFeed.Entry> feed = entries(alerts, "daily");
      assertThat(feed)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.title()).contains("digest: 2 stories");
                assertThat(e.links())
                    .extracting(AtomFeed.Link::href)
                    .containsExactly(
                        "https://a.example/1", "https://a.example/3", "https://a.example/2");
              });
      assertThat(alerts.runDue().digests()).isZero();
      assertThat(entries(alerts, "daily")).hasSize(1);
    }
  }

  @Test
  void aWeeklyDigestWaitsForTheWeeksEnd() throws IOException {
    try (Alerts alerts = open()) { // 2026-03-14 is a Saturday
      alerts.add("weekly", "Nexori", List.of(new Channel.Atom()), Mode.WEEKLY);
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori", "Nexori")));
      clock.set(Instant.parse("2026-03-15T23:59:59Z"));
      assertThat(alerts.runDue().digests()).isZero();
      clock.set(Instant.parse("2026-03-16T00:00:00Z"));
      assertThat(alerts.runDue().digests()).isEqualTo(1);
    }
  }

  @Test
  void aSpikeIsRaisedOncePerDay() throws IOException {
    try (Alerts alerts = open()) {
      clock.set(Instant.parse("2026-03-01T10:00:00Z"));
      Alert a = alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      LocalDate day = LocalDate.parse("2026-03-15");
      for (int i = 1; i <= 14; i++) alerts.store().setVolume(a.id(), day.minusDays(i), 1 + i % 2);
      clock.set(Instant.parse("2026-03-15T09:00:00Z"));
      for (int i = 0; i < 8; i++) {
        alerts.onCommitted(
            List.of(
                article("https://a.example/" + i, "s" + i, "fr", "FR", "Nexori " + i, "Nexori")));
      }
      assertThat(alerts.store().volume(a.id(), day)).isEqualTo(8);
      alerts.deliverDue();
      assertThat(alerts.log("nexori", false, 100))
          .filteredOn(d -> d.kind() == Kind.SPIKE)
          .singleElement()
          .satisfies(d -> assertThat(d.status()).isEqualTo(Delivery.Status.OK));
      assertThat(alerts.checkSpike(a, day, clock.instant())).isFalse(); // raised already today
      // raised when the day's count reached the minimum volume, 5
      assertThat(entries(alerts, "nexori"))
          .filteredOn(e -> e.title().contains("spike"))
          .singleElement()
          .satisfies(e -> assertThat(e.title()).contains("spike: 5 articles on 2026-03-15"));
    }
  }

  @Test
  void aNewAlertHasNoSpikeBeforeItHasABaseline() throws IOException {
    try (Alerts alerts = open()) {
      Alert a = alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      for (int i = 0; i < 20; i++) {
        alerts.onCommitted(
            List.of(
                article("https://a.example/" + i, "s" + i, "fr", "FR", "Nexori " + i, "Nexori")));
      }
      assertThat(alerts.checkSpike(a, LocalDate.parse("2026-03-14"), clock.instant())).isFalse();
    }
  }

  @Test
  void theAtomFeedKeepsTheNewestEntries() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      List<dev.argus.store.StoredArticle> batch = new java.util.ArrayList<>();
      for (int i = 0; i < AlertStore.ATOM_ENTRIES + 5; i++) {
        batch.add(article("https://a.example/" + i, "s" + i, "fr", "FR", "Nexori " + i, "Nexori"));
      }
      alerts.onCommitted(batch);
      alerts.deliverDue();
      List<AtomFeed.Entry> feed = entries(alerts, "nexori");
      assertThat(feed).hasSize(AlertStore.ATOM_ENTRIES);
      assertThat(feed.get(0).title()).endsWith("Nexori " + (AlertStore.ATOM_ENTRIES + 4));
    }
  }

  @Test
  void aQueryThatFailsOnABatchIsReported() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("wild", "zq*", List.of(new Channel.Atom()), Mode.INSTANT);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 1_100; i++) {
        text.append("zq")
            .append((char) ('a' + i / 676))
            .append((char) ('a' + i / 26 % 26))
            .append((char) ('a' + i % 26))
            .append(' ');
      }
      Map<String, String> failures =
          alerts.onCommitted(
              List.of(article("https://a.example/1", "s1", "en", "GB", "Words", text.toString())));
      assertThat(failures).containsOnlyKeys("wild");
      assertThat(alerts.pending()).isZero();
    }
  }

  @Test
  void aDigestListsAtMostItsLimitAndCountsTheRest() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("daily", "Nexori", List.of(new Channel.Atom()), Mode.DAILY);
      List<dev.argus.store.StoredArticle> batch = new java.util.ArrayList<>();
      for (int i = 0; i < Alerts.MAX_DIGEST_STORIES + 5; i++) {
        batch.add(article("https://a.example/" + i, "s" + i, "fr", "FR", "Nexori " + i, "Nexori"));
      }
      alerts.onCommitted(batch);
      clock.set(Instant.parse("2026-03-15T00:00:00Z"));
      assertThat(alerts.runDue().digests()).isEqualTo(1);
      AtomFeed.Entry digest = entries(alerts, "daily").get(0);
      assertThat(digest.title())
          .endsWith("digest: " + (Alerts.MAX_DIGEST_STORIES + 5) + " stories");
      assertThat(digest.links()).hasSize(Alerts.MAX_DIGEST_STORIES);
      assertThat(digest.summary()).contains("… and 5 more stories");
    }
  }

  @Test
  void aBatchLargerThanTheMatcherTakesIsMatchedInParts() throws IOException {
    List<Integer> sizes = new java.util.ArrayList<>();
    Matcher everything =
        new Matcher() {
          private List<Alert> alerts = List.of();

          @Override
          public void sync(List<Alert> all) {
            alerts = all;
          }

          @Override
          public dev.argus.store.monitor.BatchMatches match(
              List<dev.argus.store.StoredArticle> batch) {
            sizes.add(batch.size());
            List<String> ids = alerts.stream().map(Alert::id).toList();
            return new dev.argus.store.monitor.BatchMatches(
                batch.stream()
                    .map(a -> new dev.argus.store.monitor.MatchedArticle(a.id(), ids))
                    .toList(),
                Map.of(),
                ids.size());
          }

          @Override
          public int maxBatch() {
            return 2;
          }

          @Override
          public void close() {}
        };
    try (Alerts alerts =
        Alerts.open(data, Alerts.Settings.defaults().withClock(clock), everything)) {
      alerts.add("all", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(
              article("https://a.example/1", "s1", "fr", "FR", "Un", "x"),
              article("https://a.example/2", "s2", "fr", "FR", "Deux", "x"),
              article("https://a.example/3", "s3", "fr", "FR", "Trois", "x"),
              article("https://a.example/4", "s1", "fr", "FR", "Un bis", "x"),
              article("https://a.example/5", "s1", "en", "GB", "One", "x")));
      assertThat(sizes).containsExactly(2, 2, 1);
      assertThat(alerts.deliverDue().delivered()).isEqualTo(4); // s1, s2, s3, then s1 reaches en
    }
  }

  @Test
  void theDeliveryLogKeepsTheNewestLinesPerAlert() throws IOException {
    try (AlertStore store = AlertStore.open(data.resolve("log.db"), 3)) {
      for (int i = 1; i <= 5; i++) store.log(line("a", i));
      store.log(line("b", 1));
      assertThat(store.log("a", false, 100)).extracting(Delivery::attempt).containsExactly(3, 4, 5);
      assertThat(store.log("b", false, 100)).hasSize(1);
    }
  }

  private Delivery line(String alert, int attempt) {
    return new Delivery(
        0,
        "d",
        alert,
        alert,
        null,
        List.of(),
        Kind.TEST,
        "atom",
        attempt,
        Delivery.Status.OK,
        0,
        null,
        clock.instant());
  }

  @Test
  void aDisabledAlertMatchesNothingUntilEnabled() throws IOException {
    try (Alerts alerts = open()) {
      alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      assertThat(alerts.setEnabled("nexori", false)).isTrue();
      assertThat(alerts.get("nexori").orElseThrow().enabled()).isFalse();
      alerts.onCommitted(
          List.of(article("https://a.example/1", "s1", "fr", "FR", "Nexori", "Nexori")));
      assertThat(alerts.pending()).isZero();
      alerts.setEnabled("nexori", true);
      alerts.onCommitted(
          List.of(article("https://a.example/2", "s2", "fr", "FR", "Nexori", "Nexori")));
      assertThat(alerts.pending()).isEqualTo(1);
      assertThat(alerts.setEnabled("other", true)).isFalse();
    }
  }
}
