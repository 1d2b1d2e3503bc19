package dev.argus.alerts;

import static dev.argus.alerts.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.argus.alerts.Fixtures.MovableClock;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomFeedTest {

  @TempDir Path data;

  @Test
  void theFeedParsesAndHasTheEntries() throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-03-14T10:00:00Z"));
    String xml;
    try (Alerts alerts = Alerts.open(data, Alerts.Settings.defaults().withClock(clock))) {
      alerts.add("nexori", "Nexori OR \"Sony & <Co>\"", List.of(new Channel.Atom()), Mode.INSTANT);
      alerts.onCommitted(
          List.of(
              article(
                  "https://a.example/1?x=1&y=2", "s1", "fr", "FR", "Nexori <lance>", "Nexori")));
      clock.advance(Duration.ofMinutes(5));
      alerts.onCommitted(
          List.of(article("https://b.example/2", "s2", "en", "GB", "Nexori two", "Nexori")));
      alerts.deliverDue();
      xml = alerts.feed("nexori");
    }
    SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Argus alert: nexori");
    assertThat(feed.getDescription()).isEqualTo("Nexori OR \"Sony & <Co>\"");
    assertThat(feed.getUri()).startsWith("urn:argus:alert:");
    assertThat(feed.getPublishedDate().toInstant())
        .isEqualTo(Instant.parse("2026-03-14T10:05:00Z"));
    List<SyndEntry> entries = feed.getEntries();
    assertThat(entries)
        .extracting(SyndEntry::getTitle)
        .containsExactly(
            "[argus] nexori: new story: Nexori two", "[argus] nexori: new story: Nexori <lance>");
    assertThat(entries.get(1).getLink()).isEqualTo("https://a.example/1?x=1&y=2");
    assertThat(entries.get(1).getUri()).startsWith("urn:argus:delivery:");
    assertThat(entries.get(1).getUpdatedDate().toInstant())
        .isEqualTo(Instant.parse("2026-03-14T10:00:00Z"));
    assertThat(entries.get(1).getDescription().getValue()).contains("https://a.example/1?x=1&y=2");
  }

  @Test
  void anEmptyFeedIsValidToo() throws Exception {
    Alert a =
        new Alert(
            "a1",
            "quiet",
            "Nexori",
            List.of(new Channel.Atom()),
            Mode.INSTANT,
            Instant.parse("2026-03-14T10:00:00Z"),
            true);
    SyndFeed feed = new SyndFeedInput().build(new StringReader(AtomFeed.render(a, List.of())));
    assertThat(feed.getEntries()).isEmpty();
    assertThat(feed.getTitle()).isEqualTo("Argus alert: quiet");
  }
}
