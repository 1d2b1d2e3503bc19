package dev.argus.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounds that turn candidate stories away before their full score change no assignment: a
 * generated stream of articles, in three languages, about events that share entities and common
 * words, is placed once with the bounds and once scoring every candidate in full.
 */
class StoryClustererBoundTest {

  private static final String[] LANGUAGES = {"en", "fr", "de"};

  /** A pronounceable pseudo-word for {@code n} in {@code language}, of three letters or more. */
  private static String word(String language, int n) {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    StringBuilder sb = new StringBuilder(language.substring(0, 1));
    do {
      sb.append(consonants.charAt(n % consonants.length()));
      n /= consonants.length();
      sb.append(vowels.charAt(n % vowels.length()));
      n /= vowels.length();
    } while (n > 0);
    return sb.toString();
  }

  /** A rank in {@code [0, n)}, small ranks likelier. */
  private static int zipf(SplittableRandom r, int n) {
    return (int) Math.min(n - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(n + 1)) - 1));
  }

  private static List<StoryInput> stream(long seed, int count) {
    SplittableRandom r = new SplittableRandom(seed);
    int events = 60;
    List<StoryInput> out = new ArrayList<>();
    Instant start = Instant.parse("2026-03-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      int event = zipf(r, events);
      String language = LANGUAGES[r.nextInt(LANGUAGES.length)];
      // Twenty entities for sixty events: most entities are in several events.
      List<String> entities = List.of("Entity" + word("en", event % 20), "Org" + (event % 7));
      List<String> numbers = List.of(String.valueOf(1000 + event));
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        int n = r.nextInt(10) < 4 ? 500 + event * 10 + r.nextInt(10) : zipf(r, 400);
        text.append(word(language, n)).append(w % 12 == 11 ? ". " : " ");
      }
      // A name spelt the same in every language: a word the centroids of two languages share.
      text.append(word("zz", event));
      // Events run over a few days each, across three weeks: stories are evicted as it goes.
      Instant time =
          start.plus(Duration.ofHours(event * 8L + r.nextInt(48))).plusSeconds(r.nextInt(3600));
      out.add(
          StoryClustererTest.article(
              "a" + i,
              language,
              time.toString(),
              word(language, 500 + event * 10) + " " + word(language, zipf(r, 400)),
              text.toString(),
              entities,
              numbers,
              null));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {5_000, 4, 1})
  void theBoundsChangeNoAssignment(int maxPostings) {
    // With 4 or 1, features held by more stories are skipped in the candidate search.
    StoryConfig config = StoryConfig.defaults().withCandidates(16, maxPostings);
    StoryClusterer pruned = new StoryClusterer(config);
    StoryClusterer exhaustive = new StoryClusterer(config);
    exhaustive.exhaustive = true;
    for (StoryInput in : stream(7, 1_500)) {
      assertThat(pruned.add(in)).as(in.id()).isEqualTo(exhaustive.add(in));
    }
    assertThat(pruned.turnedAway).isPositive();
    assertThat(exhaustive.turnedAway).isZero();
    // Every score, computed in full, is at most both its bounds.
    assertThat(exhaustive.scored).isEqualTo(pruned.scored).isPositive();
    assertThat(exhaustive.boundsBelowScore).isZero();
    assertThat(pruned.liveStories()).isGreaterThan(10);
  }

  @Test
  void postingsListEachLiveStoryHoldingAFeatureOnce() {
    // Small centroids: they are pruned as stories grow, and stories are evicted as time goes.
    StoryClusterer c = new StoryClusterer(StoryConfig.defaults().withStoryLimits(40, 32));
    boolean shared = false;
    List<StoryInput> stream = stream(11, 1_500);
    for (int i = 0; i < stream.size(); i++) {
      c.add(stream.get(i));
      if (i % 100 == 99) {
        assertPostingsMatchCentroids(c);
        shared |= sharesAWordAcrossLanguages(c);
      }
    }
    assertThat(shared).as("a story holds a word in the centroids of two languages").isTrue();
    assertPostingsMatchCentroids(StoryClusterer.restore(c.snapshot()));
  }

  private static boolean sharesAWordAcrossLanguages(StoryClusterer c) {
    for (StoryState s : c.live.values()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (var centroid : s.words.values()) {
        for (String k : centroid.keySet()) {
          if (!seen.add(k)) return true;
        }
      }
    }
    return false;
  }

  private static void assertPostingsMatchCentroids(StoryClusterer c) {
    java.util.Map<String, java.util.Set<StoryState>> expected = new java.util.HashMap<>();
    for (StoryState s : c.live.values()) {
      List<java.util.Map<String, StoryState.Cell>> centroids = new ArrayList<>(s.words.values());
      centroids.add(s.anchors);
      for (var centroid : centroids) {
        centroid.forEach(
            (k, cell) -> {
              assertThat(c.df.get(k)).as(k).isSameAs(cell.df);
              expected.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(s);
            });
      }
    }
    java.util.Map<String, List<StoryState>> postings = c.postings();
    assertThat(postings.keySet()).isEqualTo(expected.keySet());
    postings.forEach(
        (k, stories) -> {
          assertThat(stories).as(k).doesNotHaveDuplicates();
          assertThat(new java.util.HashSet<>(stories)).as(k).isEqualTo(expected.get(k));
        });
  }
}
