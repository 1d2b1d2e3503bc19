package dev.argus.alerts;

import static dev.argus.alerts.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.alerts.Engine.Seen;
import dev.argus.alerts.Engine.StoryKey;
import dev.argus.alerts.Notification.Kind;
import dev.argus.store.StoredArticle;
import dev.argus.store.monitor.BatchMatches;
import dev.argus.store.monitor.MatchedArticle;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineTest {

  private static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");
  private static final Alert ALERT =
      new Alert("a1", "nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT, NOW, true);
  private static final Map<String, Alert> ALERTS = Map.of("a1", ALERT);

  /** Every article matches the alert. */
  private static BatchMatches all(List<StoredArticle> batch) {
    return new BatchMatches(
        batch.stream().map(a -> new MatchedArticle(a.id(), List.of("a1"))).toList(), Map.of(), 1);
  }

  private static Engine.Outcome decide(Map<StoryKey, Seen> seen, StoredArticle... batch) {
    List<StoredArticle> list = List.of(batch);
    return Engine.decide(ALERTS, seen, list, all(list), NOW);
  }

  @Test
  void syndicatedCopiesOfAStoryMakeOneNotification() {
    Engine.Outcome o =
        decide(
            Map.of(),
            article("https://a.example/1", "s1", "fr", "FR", "Nexori lance", "x"),
            article("https://b.example/1", "s1", "fr", "FR", "Nexori lance", "x"),
            article("https://c.example/1", "s1", "fr", "FR", "Nexori lance", "x"));
    assertThat(o.notifications()).hasSize(1);
    Notification n = o.notifications().get(0);
    assertThat(n.kind()).isEqualTo(Kind.NEW);
    assertThat(n.storyId()).isEqualTo("s1");
    assertThat(n.articleIds()).hasSize(3);
    assertThat(o.volume()).containsEntry("a1", 3);
  }

  @Test
  void twoStoriesMakeTwoNotifications() {
    Engine.Outcome o =
        decide(
            Map.of(),
            article("https://a.example/1", "s1", "fr", "FR", "One", "x"),
            article("https://a.example/2", "s2", "fr", "FR", "Two", "x"));
    assertThat(o.notifications()).extracting(Notification::storyId).containsExactly("s1", "s2");
  }

  @Test
  void aKnownStorySaysNothingAgain() {
    Map<StoryKey, Seen> seen = new HashMap<>();
    seen.put(new StoryKey("a1", "s1"), new Seen(java.util.Set.of("fr"), java.util.Set.of("FR")));
    Engine.Outcome o = decide(seen, article("https://d.example/1", "s1", "fr", "FR", "Again", "x"));
    assertThat(o.notifications()).isEmpty();
    assertThat(o.volume()).containsEntry("a1", 1);
  }

  @Test
  void aNewLanguageIsAnUpdate() {
    Map<StoryKey, Seen> seen =
        Map.of(new StoryKey("a1", "s1"), new Seen(java.util.Set.of("fr"), java.util.Set.of("FR")));
    Engine.Outcome o =
        decide(
            seen,
            article("https://d.example/1", "s1", "fr", "FR", "Again", "x"),
            article("https://e.example/1", "s1", "de", "FR", "Nexori startet", "x"));
    assertThat(o.notifications()).hasSize(1);
    Notification n = o.notifications().get(0);
    assertThat(n.kind()).isEqualTo(Kind.UPDATE);
    assertThat(n.stories().get(0).newLanguages()).containsExactly("de");
    assertThat(n.stories().get(0).newCountries()).isEmpty();
    assertThat(n.articleIds()).containsExactly("https://e.example/1");
    assertThat(o.seen().get(new StoryKey("a1", "s1")).languages())
        .containsExactlyInAnyOrder("fr", "de");
  }

  @Test
  void aNewCountryIsAnUpdate() {
    Map<StoryKey, Seen> seen =
        Map.of(new StoryKey("a1", "s1"), new Seen(java.util.Set.of("fr"), java.util.Set.of("FR")));
    Engine.Outcome o = decide(seen, article("https://f.example/1", "s1", "fr", "BE", "Belge", "x"));
    assertThat(o.notifications())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(Kind.UPDATE);
              assertThat(n.stories().get(0).newCountries()).containsExactly("BE");
            });
  }

  @Test
  void theSameStoryIsTrackedPerAlert() {
    Alert other =
        new Alert("a2", "other", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT, NOW, true);
    List<StoredArticle> batch = List.of(article("https://a.example/1", "s1", "fr", "FR", "T", "x"));
    BatchMatches m =
        new BatchMatches(
            List.of(new MatchedArticle("https://a.example/1", List.of("a1", "a2"))), Map.of(), 2);
    Map<StoryKey, Seen> seen =
        Map.of(new StoryKey("a1", "s1"), new Seen(java.util.Set.of("fr"), java.util.Set.of("FR")));
    Engine.Outcome o = Engine.decide(Map.of("a1", ALERT, "a2", other), seen, batch, m, NOW);
    assertThat(o.notifications()).extracting(Notification::alertId).containsExactly("a2");
  }

  @Test
  void disabledAndUnknownAlertsAreIgnored() {
    List<StoredArticle> batch = List.of(article("https://a.example/1", "s1", "fr", "FR", "T", "x"));
    BatchMatches m =
        new BatchMatches(
            List.of(new MatchedArticle("https://a.example/1", List.of("a1", "zz"))), Map.of(), 2);
    Engine.Outcome o =
        Engine.decide(Map.of("a1", ALERT.withEnabled(false)), Map.of(), batch, m, NOW);
    assertThat(o.notifications()).isEmpty();
    assertThat(o.volume()).isEmpty();
  }

  @Test
  void anArticleWithoutAStoryIsItsOwnStory() {
    StoredArticle a = article("https://a.example/1", null, "fr", "FR", "T", "x");
    assertThat(Engine.storyOf(a)).isEqualTo("https://a.example/1"); // its dupGroup
  }
}
