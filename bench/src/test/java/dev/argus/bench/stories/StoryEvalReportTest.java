package dev.argus.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argus.core.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryEvalReportTest {

  private static StoryEval.Result result(String id, String gold, String language, String story) {
    Article a =
        new Article(
            "https://x.example/" + id,
            "t",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "b",
            List.of());
    StorySet.Labelled l =
        new StorySet.Labelled(
            id, gold, Instant.parse("2026-04-01T00:00:00Z"), "x.example", "GB", a, "f:1");
    return new StoryEval.Result(l, language, story);
  }

  // en: e1 e2 (gold x), e3 (gold y), all in story 1 (a merge). fr: f1 (gold x) alone in story 2.
  private static final StoryEvalReport REPORT =
      StoryEval.score(
          List.of(
              result("e1", "x", "en", "s1"),
              result("e2", "x", "en", "s1"),
              result("e3", "y", "en", "s1"),
              result("f1", "x", "fr", "s2")));

  @Test
  void withinLanguageScoresRestrictBothClusteringsToTheLanguage() {
    StoryEvalReport.Language en = REPORT.languages().get(0);
    StoryEvalReport.Language fr = REPORT.languages().get(1);

    assertThat(en.language()).isEqualTo("en");
    // e1, e2: 2/3 of their story is x; e3: 1/3. Recall is full within en.
    assertThat(en.score().precision()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(en.score().recall()).isEqualTo(1.0);
    assertThat(fr.score().f1()).isEqualTo(1.0);
    // Article-weighted: 3 en articles and 1 fr article.
    assertThat(REPORT.withinF1()).isCloseTo((3 * en.score().f1() + 1) / 4, within(1e-12));
  }

  @Test
  void acrossLanguagesSeesTheSplitOfTheCrossLanguageEvent() {
    // x: e1, e2 in s1 and f1 in s2; recall of e1, e2 is 2/3, of f1 1/3, of e3 1.
    assertThat(REPORT.across().recall()).isCloseTo((2.0 / 3 * 2 + 1.0 / 3 + 1) / 4, within(1e-12));
    assertThat(REPORT.events()).isEqualTo(2);
    assertThat(REPORT.stories()).isEqualTo(2);
  }

  @Test
  void mergesAndSplitsNameTheirArticles() {
    assertThat(REPORT.merges()).hasSize(1);
    StoryEvalReport.Error merge = REPORT.merges().get(0);
    assertThat(merge.key()).isEqualTo("s1");
    assertThat(merge.wrongPairs()).isEqualTo(2);
    assertThat(merge.parts()).containsKeys("x", "y");
    assertThat(merge.parts().get("x")).containsExactly("e1", "e2");

    StoryEvalReport.Error split = REPORT.splits().get(0);
    assertThat(split.key()).isEqualTo("x");
    assertThat(split.wrongPairs()).isEqualTo(2);
    assertThat(split.parts().keySet()).containsExactly("s1", "s2");
  }

  @Test
  void theTextEndsWithTheSummaryLine() {
    String text = REPORT.toText();
    String last = text.strip().lines().reduce((a, b) -> b).orElseThrow();

    assertThat(last)
        .matches("BCubed within F1 0\\.\\d{3} across F1 0\\.\\d{3} articles 4 events 2");
    assertThat(text).contains("Worst merges").contains("Worst splits").contains("e1 e2");
  }

  @Test
  void theMapCarriesTheSameFigures() {
    var m = REPORT.toMap();

    assertThat(m).containsEntry("articles", 4).containsEntry("events", 2);
    assertThat(m).containsKeys("within", "across", "languages", "merges", "splits");
  }
}
