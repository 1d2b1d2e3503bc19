package dev.argus.store;

import static dev.argus.store.Articles.article;
import static dev.argus.store.Articles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.core.story.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryViewsTest {

  private static StoredArticle member(String url, String lang, String published, String group) {
    return with(
        article(url, lang, published, "T " + url, "Text.", null, "Nexori"), "dupGroup", group);
  }

  @Test
  void theEarliestPublishedBrokeItWhateverTheArrivalOrder() {
    Story s =
        StoryViews.of(
            "s1",
            List.of(
                member("https://b.example.de/2", "de", "2026-03-14T10:00:00Z", null),
                member("https://a.example.fr/1", "fr", "2026-03-14T08:00:00Z", null)));

    assertThat(s.first().id()).isEqualTo("https://a.example.fr/1");
    assertThat(s.title()).isEqualTo("T https://a.example.fr/1");
    assertThat(s.timeline()).extracting(Story.Member::language).containsExactly("fr", "de");
    assertThat(s.languages()).containsExactly("de", "fr");
    assertThat(s.countries()).containsExactly("DE", "FR");
  }

  @Test
  void membersOfOneDuplicateGroupAreItsSyndicatedCopies() {
    Story s =
        StoryViews.of(
            "s1",
            List.of(
                member("https://a.example/1", "en", "2026-03-14T08:00:00Z", "g"),
                member("https://b.example/2", "en", "2026-03-14T09:00:00Z", "g"),
                member("https://c.example/3", "en", "2026-03-14T09:30:00Z", "h")));

    assertThat(s.syndicated())
        .containsExactly(Map.entry("g", List.of("https://a.example/1", "https://b.example/2")));
  }

  @Test
  void citationsAndLinksToOtherMembersAreEdges() {
    StoredArticle first = member("https://a.example/1", "en", "2026-03-14T08:00:00Z", null);
    StoredArticle second =
        with(
            with(
                member("https://b.example/2", "en", "2026-03-14T09:00:00Z", null),
                "citations",
                List.of(Map.of("name", "Reuters", "kind", "according-to"))),
            "links",
            List.of(Map.of("url", "https://a.example/1", "text", "first")));

    Story s = StoryViews.of("s1", List.of(first, second));

    assertThat(s.edges())
        .containsExactlyInAnyOrder(
            new Story.Edge("https://b.example/2", "Reuters", Story.Edge.Kind.CITES),
            new Story.Edge(
                "https://b.example/2", "https://a.example/1", Story.Edge.Kind.LINKS_MEMBER));
  }

  @Test
  void aHugeStoryKeepsItsFirstAndNewestMembers() {
    List<StoredArticle> members = new java.util.ArrayList<>();
    for (int i = 0; i < StoryViews.MAX_TIMELINE + 10; i++) {
      members.add(
          member(
              "https://x.example/" + i,
              "en",
              java.time.Instant.parse("2026-03-01T00:00:00Z").plusSeconds(60L * i).toString(),
              null));
    }
    Story s = StoryViews.of("s1", members);

    assertThat(s.size()).isEqualTo(StoryViews.MAX_TIMELINE + 10);
    assertThat(s.timeline()).hasSize(StoryViews.MAX_TIMELINE);
    assertThat(s.omitted()).isEqualTo(10);
    assertThat(s.timeline().get(0).id()).isEqualTo("https://x.example/0");
    assertThat(s.timeline().get(StoryViews.MAX_TIMELINE - 1).id())
        .isEqualTo("https://x.example/" + (StoryViews.MAX_TIMELINE + 9));
  }

  @Test
  void aStoryWithoutMembersIsAnError() {
    assertThatThrownBy(() -> StoryViews.of("s1", List.of())).hasMessageContaining("no members");
  }
}
