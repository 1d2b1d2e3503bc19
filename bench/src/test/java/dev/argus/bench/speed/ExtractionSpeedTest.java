package dev.argus.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extraction bench on a few demo pages: one measured pass each, no warm-up, no cold pass. */
class ExtractionSpeedTest {

  private static final Path DEMO = Path.of("..", "demo", "corpus");

  private static ExtractionSpeed.Report run(List<Contender> contenders) throws Exception {
    List<String> progress = new ArrayList<>();
    return new ExtractionSpeed(
            new ExtractionSpeed.Options(
                DEMO, 0, 0, contenders, false, ExtractionSpeed.ColdMode.NONE, 6),
            progress::add)
        .run();
  }

  @Test
  void timesArgusStageByStageWithinItsMeasuredTime() throws Exception {
    ExtractionSpeed.Report r = run(List.of(Contender.ARGUS, Contender.JSOUP));

    ExtractionSpeed.ArgusStages stages = r.argusStages();
    assertThat(stages.millisPerPage().keySet())
        .containsExactly("decode", "parse", "JSON-LD", "metadata", "content");
    assertThat(stages.millisPerPage().values()).allSatisfy(ms -> assertThat(ms).isPositive());
    double sum = stages.millisPerPage().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isLessThanOrEqualTo(stages.steadyMillisPerPage());
    assertThat(stages.steadyMillisPerPage())
        .isCloseTo(1000 / r.results().get(0).steadyPagesPerSecond(), within(1e-9));
  }

  @Test
  void givesTheTimePerPageAtWhichArgusWouldMeetEachTarget() throws Exception {
    ExtractionSpeed.Report r = run(List.of(Contender.ARGUS, Contender.JSOUP));

    double jsoup = r.results().get(1).steadyPagesPerSecond();
    assertThat(r.argusStages().targetMillisPerPage())
        .containsOnlyKeys("argus >= 60% of jsoup")
        .containsEntry("argus >= 60% of jsoup", 1000 / (0.6 * jsoup));
    assertThat(ExtractionSpeed.table(r))
        .contains("Argus by stage, ms per page: decode ")
        .contains("Argus at the targets, ms per page: ")
        .contains(" for 60 % of jsoup");
  }

  @Test
  void hasNoStagesWithoutArgus() throws Exception {
    ExtractionSpeed.Report r = run(List.of(Contender.JSOUP));

    assertThat(r.argusStages()).isNull();
    assertThat(ExtractionSpeed.table(r)).doesNotContain("Argus by stage");
  }
}
