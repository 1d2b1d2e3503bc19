package dev.argus.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clustering quality on our labelled fixtures (40 fictional articles, 11 stories, six languages,
 * near misses that share an entity), through the real enrichment stages. Pairwise precision and
 * recall count pairs of articles put in one story; B-cubed averages per article.
 */
class StoryClusteringEvaluationTest {

  private static List<StoryFixtures.Prepared> articles;
  private static Map<String, String> predicted;

  @BeforeAll
  static void cluster() {
    articles = StoryFixtures.prepared();
    StoryClusterer clusterer = StoryClusterer.withDefaults();
    predicted = new HashMap<>();
    for (StoryFixtures.Prepared p : articles) {
      Assignment a = clusterer.add(p.input());
      predicted.put(p.labelled().id(), a.storyId());
    }
    for (Story s : clusterer.stories()) {
      System.out.println(
          s.id() + " " + s.label() + " " + s.timeline().stream().map(Story.Member::id).toList());
    }
  }

  @Test
  void theBoundOnScoresChangesNoAssignment() {
    StoryClusterer pruned = StoryClusterer.withDefaults();
    StoryClusterer exhaustive = StoryClusterer.withDefaults();
    exhaustive.exhaustive = true;
    for (StoryFixtures.Prepared p : articles) {
      Assignment a = pruned.add(p.input());
      Assignment b = exhaustive.add(p.input());
      assertThat(a).as(p.labelled().id()).isEqualTo(b);
    }
    assertThat(pruned.scored).isEqualTo(exhaustive.scored).isPositive();
    assertThat(pruned.turnedAway).isPositive();
    assertThat(exhaustive.turnedAway).isZero();
  }

  @Test
  void pairwisePrecisionAndRecallMeetTheirFloors() {
    int tp = 0, fp = 0, fn = 0;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        var a = articles.get(i).labelled();
        var b = articles.get(j).labelled();
        boolean gold = a.story().equals(b.story());
        boolean same = predicted.get(a.id()).equals(predicted.get(b.id()));
        if (gold && same) tp++;
        else if (same) {
          fp++;
          errors.add("wrongly together: " + a.id() + " " + b.id());
        } else if (gold) {
          fn++;
          errors.add("wrongly apart: " + a.id() + " " + b.id());
        }
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    System.out.printf(
        Locale.ROOT,
        "pairwise precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
        precision,
        recall,
        tp,
        fp,
        fn);
    errors.forEach(System.out::println);

    assertThat(precision).isGreaterThanOrEqualTo(0.9);
    assertThat(recall).isGreaterThanOrEqualTo(0.8);
  }

  /**
   * The defaults are not a lucky point: moving either threshold a little keeps the floors. Prints
   * the grid around them.
   */
  @Test
  void thresholdsNearTheDefaultsMeetTheFloorsToo() {
    StoryConfig d = StoryConfig.defaults();
    for (double same : new double[] {-0.1, 0, 0.1}) {
      for (double cross : new double[] {-0.1, 0, 0.1}) {
        StoryConfig k =
            d.withThresholds(
                d.sameLanguageThreshold() + same,
                d.crossLanguageThreshold() + cross,
                d.minSharedAnchors());
        StoryClusterer c = new StoryClusterer(k);
        Map<String, String> got = new HashMap<>();
        for (StoryFixtures.Prepared p : articles) {
          got.put(p.labelled().id(), c.add(p.input()).storyId());
        }
        double[] pr = pairwise(got);
        System.out.printf(
            Locale.ROOT,
            "same %.2f cross %.2f: pairwise P %.3f R %.3f%n",
            k.sameLanguageThreshold(),
            k.crossLanguageThreshold(),
            pr[0],
            pr[1]);
        assertThat(pr[0]).isGreaterThanOrEqualTo(0.9);
        assertThat(pr[1]).isGreaterThanOrEqualTo(0.8);
      }
    }
  }

  private static double[] pairwise(Map<String, String> got) {
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        var a = articles.get(i).labelled();
        var b = articles.get(j).labelled();
        boolean gold = a.story().equals(b.story());
        boolean same = got.get(a.id()).equals(got.get(b.id()));
        if (gold && same) tp++;
        else if (same) fp++;
        else if (gold) fn++;
      }
    }
    return new double[] {tp / (double) (tp + fp), tp / (double) (tp + fn)};
  }

  /**
   * Arrival order is not publication order in a real stream: the file's order (story by story, so a
   * story's last members arrive days after newer stories) and the reverse of publication order meet
   * the floors too.
   */
  @Test
  void otherArrivalOrdersMeetTheFloorsToo() {
    Map<String, StoryFixtures.Prepared> byId = new HashMap<>();
    articles.forEach(p -> byId.put(p.labelled().id(), p));
    List<StoryFixtures.Prepared> fileOrder =
        StoryFixtures.load().stream().map(l -> byId.get(l.id())).toList();
    List<StoryFixtures.Prepared> reversed = new ArrayList<>(articles);
    java.util.Collections.reverse(reversed);
    for (List<StoryFixtures.Prepared> order : List.of(fileOrder, reversed)) {
      StoryClusterer c = StoryClusterer.withDefaults();
      Map<String, String> got = new HashMap<>();
      for (StoryFixtures.Prepared p : order) {
        got.put(p.labelled().id(), c.add(p.input()).storyId());
      }
      double[] pr = pairwise(got);
      System.out.printf(
          Locale.ROOT,
          "%s: pairwise P %.3f R %.3f%n",
          order == fileOrder ? "file order" : "reversed",
          pr[0],
          pr[1]);
      assertThat(pr[0]).isGreaterThanOrEqualTo(0.9);
      assertThat(pr[1]).isGreaterThanOrEqualTo(0.8);
    }
  }

  @Test
  void bCubedPrecisionAndRecallMeetTheirFloors() {
    double p = 0, r = 0;
    for (var x : articles) {
      String gold = x.labelled().story();
      String story = predicted.get(x.labelled().id());
      int sameStory = 0, sameGold = 0, both = 0;
      for (var y : articles) {
        boolean g = y.labelled().story().equals(gold);
        boolean s = predicted.get(y.labelled().id()).equals(story);
        if (s) sameStory++;
        if (g) sameGold++;
        if (g && s) both++;
      }
      p += both / (double) sameStory;
      r += both / (double) sameGold;
    }
    p /= articles.size();
    r /= articles.size();
    System.out.printf(Locale.ROOT, "B-cubed precision %.3f recall %.3f%n", p, r);

    assertThat(p).isGreaterThanOrEqualTo(0.9);
    assertThat(r).isGreaterThanOrEqualTo(0.8);
  }
}
