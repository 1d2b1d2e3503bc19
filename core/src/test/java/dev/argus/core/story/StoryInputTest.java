package dev.argus.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.model.Article;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Link;
import dev.argus.core.model.Mention;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryInputTest {

  private static final Instant FETCHED = Instant.parse("2026-03-02T12:00:00Z");

  private static Enriched enriched(String published) {
    String text = "Nexori recalls 4,500 phones. See the notice.";
    Article a =
        new Article(
            "https://www.techwire.example/recall",
            "Recall of 4.500 phones",
            null,
            published,
            null,
            "en",
            null,
            null,
            null,
            null,
            text,
            List.of(new Link("https://nexori.example/notice", "the notice", 34, 44)));
    return new Enriched(
        a,
        "en",
        0.99,
        null,
        List.of(new Mention("Nexori", "organization", "Nexori", 0, 6)),
        List.of(),
        List.of(
            new Citation("nexori.example", "https://nexori.example/notice", Citation.Kind.LINK)),
        List.of(),
        null);
  }

  @Test
  void anEnrichedArticleGivesItsFields() {
    StoryInput in =
        StoryInput.of(
            "a1",
            enriched("2026-03-02T08:30:00+01:00"),
            new Corpus.Placed("g7", null, List.of()),
            null,
            "GB",
            FETCHED);

    assertThat(in.time()).isEqualTo(Instant.parse("2026-03-02T07:30:00Z"));
    assertThat(in.source()).isEqualTo("techwire.example");
    assertThat(in.country()).isEqualTo("GB");
    assertThat(in.language()).isEqualTo("en");
    assertThat(in.entities()).containsExactly("Nexori");
    assertThat(in.numbers()).containsExactly("4500");
    assertThat(in.links()).containsExactly("https://nexori.example/notice");
    assertThat(in.citations()).hasSize(1);
    assertThat(in.dupGroup()).isEqualTo("g7");
  }

  @Test
  void aDayAloneIsItsStartInUtc() {
    StoryInput in = StoryInput.of("a1", enriched("2026-03-01"), null, "s", null, FETCHED);

    assertThat(in.time()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void aMissingUnreadableOrFutureDateGivesTheFetchTime() {
    for (String published : new String[] {null, "last Tuesday", "2026-03-09T00:00:00Z"}) {
      StoryInput in = StoryInput.of("a1", enriched(published), null, "s", null, FETCHED);
      assertThat(in.time()).as(String.valueOf(published)).isEqualTo(FETCHED);
    }
  }

  @Test
  void anOverlongIdIsRefused() {
    String id = "x".repeat(StoryInput.MAX_ID_LENGTH + 1);
    assertThatThrownBy(() -> StoryInput.of(id, enriched(null), null, "s", null, FETCHED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("over the limit of " + StoryInput.MAX_ID_LENGTH);
  }
}
