package dev.argus.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.fetch.FetchResult;
import dev.argus.ingest.read.SourceKind;
import dev.argus.ingest.state.SourceRecord;
import dev.argus.ingest.state.StateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  @TempDir Path dir;

  private static final String BASE = "https://harbour.example";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicReference<FakeFetcher> web = new AtomicReference<>();

  private Ingestor open(FakeFetcher.Setup setup) throws IOException {
    return open(setup, Ingestor.Options.defaults().withThreads(2));
  }

  private Ingestor open(FakeFetcher.Setup setup, Ingestor.Options options) throws IOException {
    return Ingestor.open(
        new DataDir(dir),
        listener -> {
          FakeFetcher f = new FakeFetcher(listener);
          setup.apply(f);
          web.set(f);
          return f;
        },
        ArticleExtractor.withDefaults(),
        TestEnricher.SMALL,
        CLOCK,
        options);
  }

  private static SourceRecord addFeed(Ingestor in) {
    String url = BASE + "/feed.xml";
    return in.state()
        .addSource(url, "Harbour", SourceKind.FEED, List.of(url), null, CLOCK.instant());
  }

  private List<JsonNode> articles() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(new DataDir(dir).articles())) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8))
          out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static FakeFetcher.Setup site(int... ids) {
    return f -> {
      f.page(BASE + "/feed.xml", "application/rss+xml", Pages.rss(BASE, ids));
      for (int id : ids) f.page(BASE + "/news/" + id, "text/html; charset=utf-8", Pages.story(id));
    };
  }

  @Test
  void pollsAFeedAndWritesEachArticleOnce() throws Exception {
    try (Ingestor in = open(site(1, 2, 3))) {
      addFeed(in);
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.sourcesPolled()).isEqualTo(1);
      assertThat(r.discovered()).isEqualTo(3);
      assertThat(r.articles()).isEqualTo(3);
      assertThat(r.failures()).isZero();
    }
    List<JsonNode> rows = articles();
    assertThat(rows)
        .extracting(n -> n.get("url").asText())
        .containsExactlyInAnyOrder(BASE + "/news/1", BASE + "/news/2", BASE + "/news/3");
    JsonNode one = rows.get(0);
    assertThat(one.get("title").asText()).startsWith("Harbour story number");
    assertThat(one.get("source").asText()).isEqualTo("Harbour");
    assertThat(one.get("text").asText()).contains("harbour authority");
    assertThat(one.get("contentHash").asText()).hasSize(32);
  }

  @Test
  void theSourcesCountryIsTheArticlesCountry() throws Exception {
    try (Ingestor in = open(site(1, 2))) {
      String url = BASE + "/feed.xml";
      in.state()
          .addSource(url, "Harbour", SourceKind.FEED, List.of(url), null, "NZ", CLOCK.instant());
      in.ingestSources(false, Ingestor.Progress.NONE);
    }
    assertThat(articles())
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.get("country").asText()).isEqualTo("NZ"));
  }

  @Test
  void withoutACountryOfItsOwnASourceOnAGenericDomainHasNone() throws Exception {
    try (Ingestor in = open(site(1))) {
      addFeed(in);
      in.ingestSources(false, Ingestor.Progress.NONE);
    }
    JsonNode one = articles().get(0);
    assertThat(one.path("country").isMissingNode() || one.get("country").isNull()).isTrue();
  }

  @Test
  void aSecondRunFetchesOnlyNewArticlesAndDuplicatesNothing() throws Exception {
    try (Ingestor in = open(site(1, 2))) {
      addFeed(in);
      in.ingestSources(false, Ingestor.Progress.NONE);
    }
    try (Ingestor in = open(site(1, 2, 3))) {
      IngestReport r = in.ingestSources(true, Ingestor.Progress.NONE);
      assertThat(r.discovered()).isEqualTo(1);
      assertThat(r.articles()).isEqualTo(1);
      assertThat(web.get().fetchCount(BASE + "/news/1")).isZero();
    }
    assertThat(articles()).hasSize(3);
  }

  @Test
  void theSameArticleUnderTwoUrlsIsStoredOnce() throws Exception {
    FakeFetcher.Setup setup =
        f -> {
          f.page(BASE + "/feed.xml", "application/rss+xml", Pages.rss(BASE, 1, 2));
          String page =
              Pages.story(1)
                  .replace("<head>", "<head><link rel=\"canonical\" href=\"" + BASE + "/news/1\">");
          f.page(BASE + "/news/1", "text/html", page);
          f.page(BASE + "/news/2", "text/html", page);
        };
    try (Ingestor in = open(setup)) {
      addFeed(in);
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.articles()).isEqualTo(1);
      assertThat(r.duplicates()).isEqualTo(1);
    }
    assertThat(articles()).hasSize(1);
  }

  @Test
  void failuresAreRecordedWithTheirReasonAndTransientOnesRetried() throws Exception {
    FakeFetcher.Setup setup =
        f -> {
          f.page(BASE + "/feed.xml", "application/rss+xml", Pages.rss(BASE, 1, 2, 3, 4));
          f.page(BASE + "/news/1", "text/html", Pages.story(1));
          // 2 is missing: a 404
          f.failure(BASE + "/news/3", FetchResult.Kind.TIMEOUT, 0);
          f.page(BASE + "/news/4", "application/pdf", "%PDF-1.7");
        };
    try (Ingestor in = open(setup)) {
      addFeed(in);
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.articles()).isEqualTo(1);
      assertThat(r.failures()).isEqualTo(2);
      assertThat(r.retries()).isEqualTo(1);
      assertThat(in.state().pendingUrls(CLOCK.instant().plusSeconds(3600), 10))
          .extracting(t -> t.url())
          .containsExactly(BASE + "/news/3");
    }
    String log = Files.readString(new DataDir(dir).failures());
    assertThat(log)
        .contains("/news/2")
        .contains("404")
        .contains("/news/4")
        .contains("not an HTML page");
  }

  @Test
  void anUnexpectedErrorWhileFetchingLeavesTheUrlForALaterRun() throws Exception {
    FakeFetcher.Setup setup =
        f -> {
          f.page(BASE + "/feed.xml", "application/rss+xml", Pages.rss(BASE, 1, 2));
          f.page(BASE + "/news/1", "text/html", Pages.story(1));
          f.explode(BASE + "/news/2");
        };
    try (Ingestor in = open(setup)) {
      addFeed(in);
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.articles()).isEqualTo(1);
      assertThat(r.retries()).isEqualTo(1);
      assertThat(in.state().pendingUrls(CLOCK.instant().plusSeconds(600), 10))
          .extracting(t -> t.url())
          .containsExactly(BASE + "/news/2");
    }
  }

  @Test
  void onePollTakesAtMostTheNewestItems() throws Exception {
    Ingestor.Options few = new Ingestor.Options(2, 4, 2, 25, 1L << 30, 10L << 20, 500, 1000);
    FakeFetcher.Setup setup =
        f -> {
          String feed =
              Pages.rss(BASE, 1, 2, 3)
                  .replaceFirst("Tue, 25 Nov 2026 08:00:00 GMT", "Mon, 24 Nov 2026 08:00:00 GMT");
          f.page(BASE + "/feed.xml", "application/rss+xml", feed);
        };
    try (Ingestor in = open(setup, few)) {
      addFeed(in);
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.discovered()).isEqualTo(2);
      assertThat(in.state().urlCounts().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(2);
    }
  }

  @Test
  void aSitemapIndexIsFollowedOneLevelUpToTheChildLimit() throws Exception {
    Ingestor.Options twoChildren =
        new Ingestor.Options(2, 4, 1000, 2, 1L << 30, 10L << 20, 500, 1000);
    FakeFetcher.Setup setup =
        f -> {
          StringBuilder index =
              new StringBuilder(
                  "<?xml version=\"1.0\"?><sitemapindex"
                      + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
          for (int i = 1; i <= 3; i++) {
            index
                .append("<sitemap><loc>")
                .append(BASE)
                .append("/sm")
                .append(i)
                .append(".xml</loc></sitemap>");
            f.page(
                BASE + "/sm" + i + ".xml",
                "application/xml",
                "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>"
                    + BASE
                    + "/news/"
                    + i
                    + "</loc></url></urlset>");
          }
          f.page(
              BASE + "/sitemap.xml", "application/xml", index.append("</sitemapindex>").toString());
        };
    try (Ingestor in = open(setup, twoChildren)) {
      String url = BASE + "/sitemap.xml";
      in.state().addSource(url, "Map", SourceKind.SITEMAP, List.of(url), null, CLOCK.instant());
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.discovered()).isEqualTo(2);
      assertThat(web.get().fetchCount(BASE + "/sm3.xml")).isZero();
    }
  }

  @Test
  void aSiteWithOneBrokenFeedStaysHealthyButReportsIt() throws Exception {
    try (Ingestor in = open(site(1))) {
      SourceRecord s =
          in.state()
              .addSource(
                  BASE + "/",
                  "Harbour",
                  SourceKind.SITE,
                  List.of(BASE + "/feed.xml", BASE + "/gone.xml"),
                  null,
                  CLOCK.instant());
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.sourceErrors()).isZero();
      assertThat(r.articles()).isEqualTo(1);
      SourceRecord after = in.state().source(Long.toString(s.id())).orElseThrow();
      assertThat(after.consecutiveErrors()).isZero();
      assertThat(after.lastSuccess()).isEqualTo(CLOCK.instant());
      assertThat(after.lastError()).contains("gone.xml").contains("404");
    }
  }

  @Test
  void aFeedDateStandsInForAPageWithoutOne() throws Exception {
    FakeFetcher.Setup setup =
        f -> {
          f.page(BASE + "/feed.xml", "application/rss+xml", Pages.rss(BASE, 1));
          f.page(
              BASE + "/news/1",
              "text/html",
              Pages.story(1)
                  .replace(
                      "<meta property=\"article:published_time\" content=\"2026-11-25T08:00:00Z\">",
                      ""));
        };
    try (Ingestor in = open(setup)) {
      addFeed(in);
      in.ingestSources(false, Ingestor.Progress.NONE);
    }
    assertThat(articles().get(0).get("published").asText()).isEqualTo("2026-11-25T08:00:00Z");
  }

  @Test
  void aBrokenFeedMarksTheSourceUnhealthyWithTheReason() throws Exception {
    try (Ingestor in =
        open(f -> f.page(BASE + "/feed.xml", "application/rss+xml", "<rss><channel><item>"))) {
      SourceRecord s = addFeed(in);
      IngestReport r = in.ingestSources(false, Ingestor.Progress.NONE);
      assertThat(r.sourceErrors()).isEqualTo(1);
      SourceRecord after = in.state().source(Long.toString(s.id())).orElseThrow();
      assertThat(after.consecutiveErrors()).isEqualTo(1);
      assertThat(after.lastError()).contains("feed.xml");
    }
  }

  @Test
  void everyFetchedResponseIsArchived() throws Exception {
    try (Ingestor in = open(site(1, 2))) {
      addFeed(in);
      in.ingestSources(false, Ingestor.Progress.NONE);
    }
    try (Stream<Path> files = Files.list(new DataDir(dir).archive())) {
      assertThat(files.filter(p -> p.toString().endsWith(".warc.gz"))).isNotEmpty();
    }
  }

  @Test
  void reprocessReExtractsFromTheArchiveWithoutFetching() throws Exception {
    try (Ingestor in = open(site(1, 2))) {
      addFeed(in);
      in.ingestSources(false, Ingestor.Progress.NONE);
    }
    try (Ingestor in =
        Ingestor.open(
            new DataDir(dir),
            null,
            ArticleExtractor.withDefaults(),
            TestEnricher.SMALL,
            CLOCK,
            Ingestor.Options.defaults())) {
      IngestReport r = in.reprocess(Ingestor.Progress.NONE);
      assertThat(r.processed()).isEqualTo(2);
      assertThat(r.duplicates()).isEqualTo(2);
      assertThat(r.articles()).isZero();
    }
    assertThat(articles()).hasSize(2);
  }

  @Test
  void aDamagedStoreIsAClearStateError() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("a.html"), Pages.story(1));
    DataDir data = new DataDir(dir.resolve("data"));
    try (Ingestor in = openLocal(data)) {
      in.ingestLocal(LocalInputs.expand(List.of(pages)), Ingestor.Progress.NONE);
    }
    try (Stream<Path> files = Files.list(data.index())) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("state-")).toList()) {
        Files.delete(f);
      }
    }

    assertThatThrownBy(() -> openLocal(data).close())
        .isInstanceOf(StateException.class)
        .hasMessageContaining("cannot open the article store in " + data.index())
        .hasMessageContaining("which is missing");
  }

  private static Ingestor openLocal(DataDir data) throws IOException {
    return Ingestor.open(
        data,
        null,
        ArticleExtractor.withDefaults(),
        TestEnricher.SMALL,
        CLOCK,
        Ingestor.Options.defaults());
  }

  @Test
  void localPagesAreIngestedIdempotently() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("a.html"), Pages.story(1));
    Files.writeString(pages.resolve("b.html"), Pages.story(2));
    Files.write(pages.resolve("broken.html"), new byte[] {0, 1, 2, 3, 0, 0, 0, (byte) 0xff});
    Path data = dir.resolve("data");
    for (int run = 0; run < 2; run++) {
      try (Ingestor in =
          Ingestor.open(
              new DataDir(data),
              null,
              ArticleExtractor.withDefaults(),
              TestEnricher.SMALL,
              CLOCK,
              Ingestor.Options.defaults())) {
        IngestReport r = in.ingestLocal(LocalInputs.expand(List.of(pages)), Ingestor.Progress.NONE);
        assertThat(r.processed()).isEqualTo(3);
        assertThat(r.failures()).isEqualTo(1);
        assertThat(r.articles()).isEqualTo(run == 0 ? 2 : 0);
        assertThat(r.duplicates()).isEqualTo(run == 0 ? 0 : 2);
      }
    }
    assertThat(Files.readString(new DataDir(data).failures()))
        .contains("broken.html")
        .contains("binary");
  }
}
