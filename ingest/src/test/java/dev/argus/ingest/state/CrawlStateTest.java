package dev.argus.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.ingest.read.FeedItem;
import dev.argus.ingest.read.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

  private CrawlState open() {
    return CrawlState.open(dir.resolve("state.db"));
  }

  private static SourceRecord feed(CrawlState s, String url) {
    return s.addSource(url, "Feed", SourceKind.FEED, List.of(url), null, T0);
  }

  @Test
  void sourcesSurviveReopening() {
    try (CrawlState s = open()) {
      feed(s, "https://a.example/feed.xml");
      s.addSource(
          "https://b.example/",
          "B",
          SourceKind.SITE,
          List.of("https://b.example/rss", "https://b.example/atom"),
          Duration.ofMinutes(15),
          T0);
    }
    try (CrawlState s = open()) {
      assertThat(s.sources()).hasSize(2);
      SourceRecord b = s.source("https://b.example/").orElseThrow();
      assertThat(b.endpoints()).containsExactly("https://b.example/rss", "https://b.example/atom");
      assertThat(b.every()).isEqualTo(Duration.ofMinutes(15));
      assertThat(s.source(Long.toString(b.id()))).contains(b);
    }
  }

  @Test
  void addingTheSameUrlTwiceFailsClearly() {
    try (CrawlState s = open()) {
      feed(s, "https://a.example/feed.xml");
      assertThatThrownBy(() -> feed(s, "https://a.example/feed.xml"))
          .isInstanceOf(StateException.class)
          .hasMessageContaining("exists already");
    }
  }

  @Test
  void aNewSourceIsDueAtOnceThenAfterItsInterval() {
    try (CrawlState s = open()) {
      SourceRecord f = feed(s, "https://a.example/feed.xml");
      assertThat(s.dueSources(T0)).extracting(SourceRecord::id).containsExactly(f.id());
      s.sourcePolled(f.id(), T0, null, 4);
      assertThat(s.dueSources(T0.plusSeconds(60))).isEmpty();
      SourceRecord after = s.source("https://a.example/feed.xml").orElseThrow();
      assertThat(after.interval()).isEqualTo(Duration.ofMinutes(15));
      assertThat(after.nextDue()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
      assertThat(after.lastSuccess()).isEqualTo(T0);
    }
  }

  @Test
  void failedPollsCountUpAndKeepTheReason() {
    try (CrawlState s = open()) {
      SourceRecord f = feed(s, "https://a.example/feed.xml");
      s.sourcePolled(f.id(), T0, "TIMEOUT: no answer", 0);
      s.sourcePolled(f.id(), T0.plusSeconds(600), "HTTP_STATUS: 500", 0);
      SourceRecord after = s.source(Long.toString(f.id())).orElseThrow();
      assertThat(after.consecutiveErrors()).isEqualTo(2);
      assertThat(after.lastError()).isEqualTo("HTTP_STATUS: 500");
      assertThat(after.lastSuccess()).isNull();
      s.sourcePolled(f.id(), T0.plusSeconds(1200), null, 0);
      assertThat(s.source(Long.toString(f.id())).orElseThrow().consecutiveErrors()).isZero();
    }
  }

  @Test
  void discoveringCountsOnlyNewUrls() {
    try (CrawlState s = open()) {
      SourceRecord f = feed(s, "https://a.example/feed.xml");
      List<FeedItem> items =
          List.of(
              new FeedItem("https://a.example/1", "One", T0),
              new FeedItem("https://a.example/2", "Two", null));
      assertThat(s.discover(f.id(), items, T0)).isEqualTo(2);
      assertThat(s.discover(f.id(), items, T0)).isZero();
      assertThat(s.pendingUrls(T0, 10))
          .extracting(UrlTask::url)
          .containsExactly("https://a.example/1", "https://a.example/2");
      assertThat(s.pendingUrls(T0, 10).get(0).published()).isEqualTo(T0);
    }
  }

  @Test
  void commitMovesUrlsOutOfPendingAndRecordsArticlesAndTheSinkCheckpoint() {
    try (CrawlState s = open()) {
      SourceRecord f = feed(s, "https://a.example/feed.xml");
      s.discover(
          f.id(),
          List.of(
              new FeedItem("https://a.example/1", null, null),
              new FeedItem("https://a.example/2", null, null),
              new FeedItem("https://a.example/3", null, null)),
          T0);
      Instant later = T0.plusSeconds(30);
      s.commit(
          new Commit(
              List.of(
                  outcome("https://a.example/1", f.id(), Commit.Status.DONE, later, null),
                  outcome(
                      "https://a.example/2",
                      f.id(),
                      Commit.Status.RETRY,
                      later,
                      later.plusSeconds(300)),
                  outcome("https://a.example/3", f.id(), Commit.Status.FAILED, later, null)),
              List.of(
                  new Commit.ArticleRow(
                      "https://a.example/1",
                      "https://a.example/1",
                      "h1",
                      f.id(),
                      "2026-11-26.jsonl",
                      0,
                      T0.minusSeconds(3600),
                      later)),
              Map.of("2026-11-26.jsonl", 120L)));
      assertThat(s.pendingUrls(later, 10)).isEmpty();
      assertThat(s.pendingUrls(later.plusSeconds(301), 10))
          .extracting(UrlTask::url, UrlTask::attempts)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("https://a.example/2", 1));
      assertThat(s.articleHash("https://a.example/1")).isEqualTo("h1");
      assertThat(s.articleHash("https://a.example/9")).isNull();
      assertThat(s.sinkLengths()).containsEntry("2026-11-26.jsonl", 120L);
      assertThat(s.urlCounts()).containsEntry("DONE", 1L).containsEntry("FAILED", 1L);
      SourceHealth h = s.health(later).get(0);
      assertThat(h.articles()).isEqualTo(1);
      assertThat(h.medianDelay()).isEqualTo(Duration.ofSeconds(3630));
      assertThat(h.failedUrls()).isEqualTo(1);
      assertThat(h.pendingUrls()).isEqualTo(1);
    }
  }

  @Test
  void aNewVersionOfAnArticleReplacesItsRow() {
    try (CrawlState s = open()) {
      Instant t = T0;
      s.commit(
          new Commit(List.of(), List.of(row("k", "h1", "d.jsonl", 0, t)), Map.of("d.jsonl", 10L)));
      s.commit(
          new Commit(List.of(), List.of(row("k", "h2", "d.jsonl", 10, t)), Map.of("d.jsonl", 20L)));
      assertThat(s.articleHash("k")).isEqualTo("h2");
      assertThat(s.articleCount()).isEqualTo(1);
      assertThat(s.articleLocations()).containsEntry("d.jsonl", Map.of("k", 10L));
    }
  }

  @Test
  void aFailedCommitChangesNothing() {
    try (CrawlState s = open()) {
      Commit.ArticleRow bad = new Commit.ArticleRow("k", "u", null, 0, "d.jsonl", 0, null, T0);
      assertThatThrownBy(() -> s.commit(new Commit(List.of(), List.of(bad), Map.of("d.jsonl", 5L))))
          .isInstanceOf(StateException.class);
      assertThat(s.sinkLengths()).isEmpty();
      assertThat(s.articleCount()).isZero();
    }
  }

  @Test
  void aSourceKeepsItsCountryAndEditingChangesOrClearsIt() {
    try (CrawlState s = open()) {
      SourceRecord f =
          s.addSource(
              "https://a.example/feed.xml", "A", SourceKind.FEED, List.of(), null, "IT", T0);
      assertThat(f.country()).isEqualTo("IT");
      assertThat(feed(s, "https://b.example/feed.xml").country()).isNull();

      assertThat(s.editSource(f.id(), "A Roma", null)).isTrue();
      assertThat(s.source("https://a.example/feed.xml").orElseThrow())
          .extracting(SourceRecord::name, SourceRecord::country)
          .containsExactly("A Roma", "IT");
      s.editSource(f.id(), null, "CH");
      assertThat(s.source("https://a.example/feed.xml").orElseThrow().country()).isEqualTo("CH");
      s.editSource(f.id(), null, "");
      assertThat(s.source("https://a.example/feed.xml").orElseThrow().country()).isNull();
      assertThat(s.editSource(999, "x", null)).isFalse();
    }
  }

  @Test
  void aStateWrittenBeforeSourcesHadACountryOpensAndGainsTheColumn() throws Exception {
    Path file = dir.resolve("state.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var st = c.createStatement()) {
      st.execute(
          "CREATE TABLE sources (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE,"
              + " name TEXT NOT NULL, kind TEXT NOT NULL, endpoints TEXT NOT NULL, every_s INTEGER,"
              + " interval_s INTEGER NOT NULL, next_due INTEGER NOT NULL, added INTEGER NOT NULL,"
              + " last_fetch INTEGER, last_success INTEGER,"
              + " consecutive_errors INTEGER NOT NULL DEFAULT 0, last_error TEXT)");
      st.execute(
          "INSERT INTO sources(url, name, kind, endpoints, interval_s, next_due, added)"
              + " VALUES ('https://old.example/rss', 'Old', 'FEED', '', 600, 0, 0)");
    }
    try (CrawlState s = open()) {
      SourceRecord old = s.source("https://old.example/rss").orElseThrow();
      assertThat(old.name()).isEqualTo("Old");
      assertThat(old.country()).isNull();
      s.editSource(old.id(), null, "FR");
      assertThat(s.source("https://old.example/rss").orElseThrow().country()).isEqualTo("FR");
    }
    try (CrawlState s = open()) {
      assertThat(s.source("https://old.example/rss").orElseThrow().country()).isEqualTo("FR");
    }
  }

  @Test
  void removingASourceDropsItsPendingUrls() {
    try (CrawlState s = open()) {
      SourceRecord f = feed(s, "https://a.example/feed.xml");
      s.discover(f.id(), List.of(new FeedItem("https://a.example/1", null, null)), T0);
      assertThat(s.removeSource(f.id())).isTrue();
      assertThat(s.sources()).isEmpty();
      assertThat(s.pendingUrls(T0, 10)).isEmpty();
    }
  }

  private static Commit.ArticleRow row(
      String key, String hash, String file, long offset, Instant t) {
    return new Commit.ArticleRow(key, "https://x.example/" + key, hash, 0, file, offset, null, t);
  }

  private static Commit.UrlOutcome outcome(
      String url, long source, Commit.Status status, Instant at, Instant next) {
    return new Commit.UrlOutcome(
        url,
        source,
        status,
        200,
        null,
        null,
        null,
        status == Commit.Status.DONE ? null : "failed",
        at,
        next);
  }
}
