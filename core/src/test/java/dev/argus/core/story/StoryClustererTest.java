package dev.argus.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.core.model.Citation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static final String RECALL_EN =
      "Nexori is recalling 4,500 Veta phones after 17 reports of batteries overheating while"
          + " charging. Owners can return the phone for a refund of 649 euros. The faulty cells"
          + " came from one production batch.";
  private static final String RECALL_FR =
      "Nexori rappelle 4 500 téléphones Veta après 17 signalements de batteries qui chauffent."
          + " Les clients peuvent obtenir un remboursement de 649 euros.";
  private static final String HARBOUR =
      "The harbour authority of Westmere approved a new container terminal after a long review."
          + " Construction of the quay will start in the spring.";

  static StoryInput article(String id, String language, String time, String title, String text) {
    return article(id, language, time, title, text, List.of(), List.of(), null);
  }

  static StoryInput article(
      String id,
      String language,
      String time,
      String title,
      String text,
      List<String> entities,
      List<String> numbers,
      String dupGroup) {
    return new StoryInput(
        id,
        "https://" + language + ".example/" + id,
        language + ".example",
        null,
        language,
        Instant.parse(time),
        title,
        text,
        entities,
        List.of(),
        numbers,
        List.of(),
        List.of(),
        dupGroup);
  }

  private static StoryInput recallEn(String id, String time) {
    return article(
        id,
        "en",
        time,
        "Nexori recalls Veta phones",
        RECALL_EN,
        List.of("Nexori"),
        Numbers.find(RECALL_EN),
        null);
  }

  @Test
  void theSameTextWithinTheWindowJoinsTheStory() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment a = c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    Assignment b = c.add(recallEn("b", "2026-03-04T08:00:00Z"));

    assertThat(a.created()).isTrue();
    assertThat(b.storyId()).isEqualTo(a.storyId());
    assertThat(b.reason()).isEqualTo(Assignment.Reason.SIMILAR);
    assertThat(b.similarity()).isGreaterThan(0.9);
  }

  @Test
  void theSameTextTenDaysLaterStartsANewStory() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment a = c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    Assignment b = c.add(recallEn("b", "2026-03-12T08:00:00Z"));

    assertThat(b.created()).isTrue();
    assertThat(b.storyId()).isNotEqualTo(a.storyId());
  }

  @Test
  void aStoryIsEvictedOnceEnoughArticlesArriveTwoWindowsLater() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment a = c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    List<String> evicted = new java.util.ArrayList<>();
    for (int i = 0; i < StoryClusterer.WATERMARK_RANK; i++) {
      Assignment later =
          c.add(article("l" + i, "en", "2026-03-12T08:00:00Z", "Later", "Nothing in common here."));
      later.evicted().forEach(s -> evicted.add(s.id()));
    }

    assertThat(evicted).containsExactly(a.storyId());
  }

  @Test
  void oneArticleWithAFarLaterTimeEvictsNothing() {
    StoryClusterer c = StoryClusterer.withDefaults();
    for (int i = 0; i < StoryClusterer.WATERMARK_RANK; i++) {
      c.add(recallEn("a" + i, "2026-03-02T08:00:00Z"));
    }
    Assignment undated = c.add(article("x", "en", "2026-11-26T08:00:00Z", "Fetched now", "Other."));
    Assignment b = c.add(recallEn("b", "2026-03-03T08:00:00Z"));

    assertThat(undated.evicted()).isEmpty();
    assertThat(b.created()).isFalse();
  }

  @Test
  void anArticleArrivingUpToAWindowLateStillFindsItsStory() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment a = c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    c.add(article("h", "en", "2026-03-07T08:00:00Z", "Harbour", HARBOUR));
    Assignment late = c.add(recallEn("late", "2026-03-03T08:00:00Z"));

    assertThat(late.storyId()).isEqualTo(a.storyId());
  }

  @Test
  void theWindowIsConfigurable() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withWindow(Duration.ofDays(14)));
    Assignment a = c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    Assignment b = c.add(recallEn("b", "2026-03-12T08:00:00Z"));

    assertThat(b.storyId()).isEqualTo(a.storyId());
  }

  @Test
  void anArticleInAnotherLanguageJoinsOnSharedEntitiesAndNumbers() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment en = c.add(recallEn("en", "2026-03-02T08:00:00Z"));
    Assignment fr =
        c.add(
            article(
                "fr",
                "fr",
                "2026-03-02T10:00:00Z",
                "Nexori rappelle des Veta",
                RECALL_FR,
                List.of("Nexori"),
                Numbers.find(RECALL_FR),
                null));

    assertThat(fr.storyId()).isEqualTo(en.storyId());
    assertThat(fr.reason()).isEqualTo(Assignment.Reason.SHARED_ANCHORS);
  }

  @Test
  void oneSharedEntityIsNotEnoughAcrossLanguages() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment en = c.add(recallEn("en", "2026-03-02T08:00:00Z"));
    Assignment fr =
        c.add(
            article(
                "fr",
                "fr",
                "2026-03-02T10:00:00Z",
                "Nexori ouvre une boutique",
                "Nexori ouvre sa plus grande boutique sur le port, avec un atelier de réparation.",
                List.of("Nexori"),
                List.of(),
                null));

    assertThat(fr.storyId()).isNotEqualTo(en.storyId());
  }

  @Test
  void theSameEntityInAnotherEventStartsAnotherStory() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment recall = c.add(recallEn("recall", "2026-03-02T08:00:00Z"));
    String ceo =
        "Elena Marsh is leaving Nexori after nine years as chief executive. Finance director"
            + " Tomas Brandt will lead the company for now. Shares fell 6.4% in early trading.";
    Assignment other =
        c.add(
            article(
                "ceo",
                "en",
                "2026-03-02T12:00:00Z",
                "Nexori chief executive steps down",
                ceo,
                List.of("Nexori", "Elena Marsh"),
                Numbers.find(ceo),
                null));

    assertThat(other.storyId()).isNotEqualTo(recall.storyId());
  }

  @Test
  void inTheStorysOwnLanguageAnchorsAreHalfOfTheBlend() {
    StoryClusterer c = StoryClusterer.withDefaults();
    List<String> anchors = List.of("Talvik Marine", "Westmere");
    Assignment a =
        c.add(
            article(
                "strike",
                "en",
                "2026-03-06T07:00:00Z",
                "Shipyard strike",
                "Workers walked out over pay.",
                anchors,
                List.of("1200"),
                null));
    Assignment b =
        c.add(
            article(
                "buses",
                "en",
                "2026-03-06T09:00:00Z",
                "Council buses",
                "Councillors approved electric buses.",
                anchors,
                List.of("1200"),
                null));

    // No word in common: the identical anchors give the blend its anchor half, not a free pass.
    assertThat(b.reason()).isEqualTo(Assignment.Reason.SIMILAR);
    assertThat(b.storyId()).isEqualTo(a.storyId());
    assertThat(b.similarity()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void membersOfOneNearDuplicateGroupShareAStoryWhateverTheirText() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment a =
        c.add(
            article(
                "a",
                "en",
                "2026-03-02T08:00:00Z",
                "Recall",
                RECALL_EN,
                List.of(),
                List.of(),
                "g1"));
    Assignment b =
        c.add(
            article(
                "b", "en", "2026-03-02T09:00:00Z", "Harbour", HARBOUR, List.of(), List.of(), "g1"));
    Assignment other =
        c.add(
            article(
                "c", "en", "2026-03-02T09:30:00Z", "Harbour", HARBOUR, List.of(), List.of(), "g2"));

    assertThat(b.storyId()).isEqualTo(a.storyId());
    assertThat(b.reason()).isEqualTo(Assignment.Reason.DUP_GROUP);
    assertThat(other.reason()).isNotEqualTo(Assignment.Reason.DUP_GROUP);
    assertThat(c.story(a.storyId()).orElseThrow().syndicated())
        .containsEntry("g1", List.of("a", "b"));
  }

  @Test
  void theFirstArticleIsTheEarliestPublishedNotTheFirstToArrive() {
    StoryClusterer c = StoryClusterer.withDefaults();
    Assignment late = c.add(recallEn("late", "2026-03-02T10:00:00Z"));
    StoryInput early =
        article(
            "early",
            "en",
            "2026-03-02T07:00:00Z",
            "Scoop: Nexori to recall Veta phones",
            RECALL_EN,
            List.of("Nexori"),
            Numbers.find(RECALL_EN),
            null);
    c.add(early);

    Story s = c.story(late.storyId()).orElseThrow();
    assertThat(s.first().id()).isEqualTo("early");
    assertThat(s.title()).isEqualTo("Scoop: Nexori to recall Veta phones");
    assertThat(s.timeline()).extracting(Story.Member::id).containsExactly("early", "late");
    assertThat(s.id()).isEqualTo(late.storyId());
  }

  @Test
  void storyIdsDependOnlyOnTheInputOrder() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (List<String> ids : List.of(first, second)) {
      StoryClusterer c = StoryClusterer.withDefaults();
      ids.add(c.add(recallEn("a", "2026-03-02T08:00:00Z")).storyId());
      ids.add(c.add(article("h", "en", "2026-03-02T09:00:00Z", "Harbour", HARBOUR)).storyId());
      ids.add(c.add(recallEn("b", "2026-03-02T10:00:00Z")).storyId());
    }

    assertThat(first).containsExactly("s00000000", "s00000001", "s00000000");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aStoryViewGathersLanguagesSourcesCitationsAndLinksBetweenMembers() {
    StoryClusterer c = StoryClusterer.withDefaults();
    StoryInput a = recallEn("a", "2026-03-02T08:00:00Z");
    StoryInput b =
        new StoryInput(
            "b",
            "https://gadgets.example/b",
            "gadgets.example",
            "US",
            "en",
            Instant.parse("2026-03-02T09:00:00Z"),
            "Veta recall",
            RECALL_EN,
            List.of("Nexori"),
            List.of(),
            Numbers.find(RECALL_EN),
            List.of(new Citation("TechWire", null, Citation.Kind.ACCORDING_TO)),
            List.of("https://en.example/a/"),
            null);
    String id = c.add(a).storyId();
    assertThat(c.add(b).storyId()).isEqualTo(id);

    Story s = c.story(id).orElseThrow();
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.sources()).containsExactly("en.example", "gadgets.example");
    assertThat(s.countries()).containsExactly("US");
    assertThat(s.languages()).containsExactly("en");
    assertThat(s.edges())
        .containsExactly(
            new Story.Edge("b", "TechWire", Story.Edge.Kind.CITES),
            new Story.Edge("b", "a", Story.Edge.Kind.LINKS_MEMBER));
    assertThat(s.label()).startsWith("Nexori");
  }

  @Test
  void atMostMaxFeaturesPerArticleAreRead() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withLimits(5, 100, 10));
    c.add(recallEn("a", "2026-03-02T08:00:00Z"));

    assertThat(c.vocabularySize()).isEqualTo(5);
  }

  @Test
  void pastMaxLiveStoriesTheStoryWithTheOldestNewestMemberIsEvicted() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withLimits(200, 2, 10));
    String s0 = c.add(recallEn("a", "2026-03-02T08:00:00Z")).storyId();
    String s1 = c.add(article("h", "en", "2026-03-02T09:00:00Z", "Harbour", HARBOUR)).storyId();
    Assignment third =
        c.add(
            article(
                "x",
                "de",
                "2026-03-02T10:00:00Z",
                "Brücke gesperrt",
                "Die Brücke über die Selt bleibt wegen Bauarbeiten gesperrt."));

    assertThat(third.evicted()).extracting(Story::id).containsExactly(s0);
    assertThat(c.liveStories()).isEqualTo(2);
    assertThat(c.story(s0)).isEmpty();
    assertThat(c.story(s1)).isPresent();
    // The evicted story's postings went with it: the recall now starts a new story.
    assertThat(c.add(recallEn("b", "2026-03-02T11:00:00Z")).created()).isTrue();
  }

  @Test
  void aViewKeepsTheFirstAndTheNewestMembersAndCountsTheRest() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withLimits(200, 100, 3));
    String id = null;
    for (int i = 0; i < 6; i++) {
      id = c.add(recallEn("m" + i, "2026-03-02T0" + i + ":00:00Z")).storyId();
    }

    Story s = c.story(id).orElseThrow();
    assertThat(s.size()).isEqualTo(6);
    assertThat(s.timeline()).extracting(Story.Member::id).containsExactly("m0", "m4", "m5");
    assertThat(s.omitted()).isEqualTo(3);
  }

  @Test
  void atMostMaxCandidatesStoriesAreScoredPerKindOfFeature() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withCandidates(2, 100));
    String[] topics = {
      "harbour cranes containers",
      "railway tracks signals",
      "airport runway terminal",
      "stadium football seats",
      "library books reading",
      "hospital doctors nurses"
    };
    for (int i = 0; i < topics.length; i++) {
      c.add(
          article(
              "t" + i, "en", "2026-03-02T0" + i + ":00:00Z", topics[i], "Westmere " + topics[i]));
    }
    long before = c.scored;
    c.add(article("q", "en", "2026-03-02T08:00:00Z", "Westmere", "Westmere votes today."));

    assertThat(c.liveStories()).isGreaterThanOrEqualTo(topics.length);
    assertThat(c.scored - before).isEqualTo(2);
  }

  @Test
  void aFeatureHeldByMoreThanMaxPostingsStoriesFindsNoCandidates() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withCandidates(64, 3));
    String[] topics = {
      "harbour cranes containers",
      "railway tracks signals",
      "airport runway terminal",
      "stadium football seats"
    };
    for (int i = 0; i < topics.length; i++) {
      c.add(
          article(
              "t" + i, "en", "2026-03-02T0" + i + ":00:00Z", topics[i], "Westmere " + topics[i]));
    }
    long before = c.scored;
    c.add(article("q", "en", "2026-03-02T08:00:00Z", "Westmere", "Westmere votes today."));

    assertThat(c.scored - before).isZero();
  }

  @Test
  void aStoryKeepsAtMostMaxFeaturesPerStoryPerCentroidAndPostsOnlyThose() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withStoryLimits(10, 32));
    String[] texts = {RECALL_EN, HARBOUR, "Die Brücke über die Selt bleibt wegen Bauarbeiten zu."};
    for (int i = 0; i < texts.length; i++) {
      c.add(
          article(
              "m" + i,
              "en",
              "2026-03-02T0" + i + ":00:00Z",
              "Member " + i,
              texts[i],
              List.of("Nexori"),
              Numbers.find(texts[i]),
              "g"));
    }

    assertThat(c.liveStories()).isEqualTo(1);
    StoryState s = c.live.firstEntry().getValue();
    assertThat(s.words.get("en")).hasSizeLessThanOrEqualTo(10);
    assertThat(s.anchors).hasSizeLessThanOrEqualTo(10);
    assertThat(c.postings().keySet()).allSatisfy(k -> assertThat(s.holds(k)).isTrue());
  }

  @Test
  void atMostMaxCitationsPerMemberAreKeptForTheEdges() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withStoryLimits(500, 1));
    StoryInput in =
        new StoryInput(
            "a",
            null,
            "s.example",
            null,
            "en",
            Instant.parse("2026-03-02T08:00:00Z"),
            "Recall",
            RECALL_EN,
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Citation("TechWire", null, Citation.Kind.ACCORDING_TO),
                new Citation("Gadgets Daily", null, Citation.Kind.VIA)),
            List.of(),
            null);
    String id = c.add(in).storyId();

    assertThat(c.story(id).orElseThrow().edges())
        .containsExactly(new Story.Edge("a", "TechWire", Story.Edge.Kind.CITES));
  }

  @Test
  void aFeatureForgottenByHalvingAndCountedAgainIsSeenByTheCentroidsHoldingIt() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withMaxVocabulary(20));
    c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    c.add(article("h", "en", "2026-03-02T09:00:00Z", "Harbour", HARBOUR));
    c.add(recallEn("b", "2026-03-02T10:00:00Z"));

    for (StoryState s : c.live.values()) {
      List<java.util.Map<String, StoryState.Cell>> centroids =
          new java.util.ArrayList<>(s.words.values());
      centroids.add(s.anchors);
      for (java.util.Map<String, StoryState.Cell> centroid : centroids) {
        centroid.forEach((k, cell) -> assertThat(cell.df).isSameAs(c.df.get(k)));
      }
    }
    assertThat(c.df.values().stream().filter(f -> f.n > 0).count()).isEqualTo(c.vocabularySize());
  }

  @Test
  void centroidsHoldTheFrequencyTablesOwnKeysAndAreInTheirPostingsAlsoAfterARestore() {
    StoryClusterer c = StoryClusterer.withDefaults();
    c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    c.add(article("h", "en", "2026-03-02T09:00:00Z", "Harbour", HARBOUR));
    c.add(recallEn("b", "2026-03-02T10:00:00Z"));
    // A word of an earlier story's article that starts a story of its own.
    c.add(
        article(
            "v", "en", "2026-03-02T11:00:00Z", "Volcano", "Volcanic ash grounded every flight."));
    c.add(article("t", "en", "2026-03-02T12:00:00Z", "Trees", "Ash dieback spread in parks."));
    assertThat(c.liveStories()).isEqualTo(4);

    for (StoryClusterer k : List.of(c, StoryClusterer.restore(c.snapshot()))) {
      for (StoryState s : k.live.values()) {
        List<java.util.Map<String, StoryState.Cell>> centroids =
            new java.util.ArrayList<>(s.words.values());
        centroids.add(s.anchors);
        for (java.util.Map<String, StoryState.Cell> centroid : centroids) {
          centroid.forEach(
              (key, cell) -> {
                // The same instance: a look-up of the article's key finds it by reference.
                assertThat(key).isSameAs(cell.df.key);
                assertThat(cell.df.postings()).contains(s);
              });
        }
      }
    }
  }

  @Test
  void pastMaxVocabularyDocumentFrequenciesAreHalved() {
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withMaxVocabulary(20));
    c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    c.add(article("h", "en", "2026-03-02T09:00:00Z", "Harbour", HARBOUR));

    assertThat(c.vocabularySize()).isLessThanOrEqualTo(20);
  }

  @Test
  void evictedStoriesLeaveNoPostingsBehind() {
    StoryClusterer c = StoryClusterer.withDefaults();
    c.add(recallEn("a", "2026-03-02T08:00:00Z"));
    c.add(article("h", "en", "2026-03-02T09:00:00Z", "Harbour", HARBOUR));
    for (int i = 0; i < StoryClusterer.WATERMARK_RANK; i++) {
      c.add(article("later" + i, "en", "2026-03-20T09:00:00Z", "Later", "Nothing in common here."));
    }

    assertThat(c.liveStories()).isEqualTo(1);
    assertThat(c.postings().values()).allSatisfy(p -> assertThat(p).hasSize(1));
    assertThat(c.dupGroups).isEmpty();
  }

  @Test
  void anEmbedderCanLinkArticlesWhoseWordsBarelyMeet() {
    String a = "Nexori phones catch fire while charging, owners report.";
    String b = "Owners describe smoke and melted cases on Veta handsets.";
    Embedder same = text -> new float[] {1, 0.5f, 0.25f};
    StoryClusterer plain = StoryClusterer.withDefaults();
    StoryClusterer embedded = new StoryClusterer(StoryConfig.defaults(), same);
    for (StoryClusterer c : List.of(plain, embedded)) {
      c.add(article("a", "en", "2026-03-02T08:00:00Z", "Fires", a));
      c.add(article("b", "en", "2026-03-02T09:00:00Z", "Smoke", b));
    }

    assertThat(plain.liveStories()).isEqualTo(2);
    assertThat(embedded.liveStories()).isEqualTo(1);
  }

  @Test
  void badSettingsAndInputsGiveClearErrors() {
    assertThatThrownBy(() -> StoryConfig.defaults().withLimits(0, 10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxFeaturesPerArticle");
    assertThatThrownBy(() -> StoryConfig.defaults().withWindow(Duration.ZERO))
        .hasMessageContaining("window");
    assertThatThrownBy(() -> article(" ", "en", "2026-03-02T08:00:00Z", "t", "x"))
        .hasMessageContaining("non-blank id");
  }
}
