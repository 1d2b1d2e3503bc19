package dev.argus.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleKeysTest {

  private static Article withCanonical(String canonical) {
    return new Article(null, "t", null, null, null, null, null, canonical, null, null, "text");
  }

  @Test
  void aCanonicalUrlOnTheSameSiteIsTheKey() {
    Article a = withCanonical("https://www.news.example/story/42");
    assertThat(ArticleKeys.key(a, "https://news.example/story/42?utm_source=rss", "f"))
        .isEqualTo("https://www.news.example/story/42");
  }

  @Test
  void aCanonicalUrlOnAnotherSiteIsNotTrusted() {
    Article a = withCanonical("https://other.example/story/42");
    assertThat(ArticleKeys.key(a, "https://news.example/story/42", "f"))
        .isEqualTo("https://news.example/story/42");
  }

  @Test
  void aCanonicalUrlPointingAtTheHomePageIsNotTrusted() {
    Article a = withCanonical("https://news.example/");
    assertThat(ArticleKeys.key(a, "https://news.example/story/42", "f"))
        .isEqualTo("https://news.example/story/42");
  }

  @Test
  void withoutAnyUrlTheFallbackIsTheKey() {
    assertThat(ArticleKeys.key(withCanonical(null), null, "file:/tmp/a.html"))
        .isEqualTo("file:/tmp/a.html");
  }

  @Test
  void theContentHashIgnoresCaseAndWhitespace() {
    assertThat(ArticleKeys.contentHash("Hello  World\n\nBye"))
        .isEqualTo(ArticleKeys.contentHash(" hello world bye "))
        .isNotEqualTo(ArticleKeys.contentHash("hello world"))
        .hasSize(32);
  }

  @Test
  void datesBecomeInstants() {
    assertThat(ArticleKeys.instant("2026-03-14")).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
    assertThat(ArticleKeys.instant("2026-03-14T09:30:00+01:00"))
        .isEqualTo(Instant.parse("2026-03-14T08:30:00Z"));
    assertThat(ArticleKeys.instant("yesterday")).isNull();
  }
}
