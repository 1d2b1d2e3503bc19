package dev.argus.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.bench.monitor.Vocabulary;
import dev.argus.server.AnswerCache;
import dev.argus.store.LuceneStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeBenchTest {

  @Test
  void aSmallRunMeasuresEveryContenderInRoundsWithoutErrors(@TempDir Path keep) throws Exception {
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    ServeBench.Options options =
        new ServeBench.Options(300, 90, 20, 2, 30, keep, 3, 0, 3, List.of());

    ServeBench.Report r = new ServeBench(options, log::add).run();

    assertThat(r.stored()).isEqualTo(300);
    assertThat(r.runs()).hasSize(3);
    assertThat(r.runs())
        .allSatisfy(
            run -> {
              assertThat(run.requests()).as(run.what()).isEqualTo(90);
              assertThat(run.errors()).as(run.what()).isZero();
            });
    // Each server ran in a JVM of its own, whose CPU time is counted beside the bench's.
    assertThat(r.runs().subList(0, 2))
        .allSatisfy(run -> assertThat(run.serverCpuSeconds()).isPositive());
    assertThat(r.runs().get(2).serverCpuSeconds()).isNaN();
    AnswerCache.Stats cache = r.runs().get(1).cache();
    assertThat(cache.hits() + cache.misses()).isEqualTo(90);
    assertThat(log).filteredOn(l -> l.contains("round 3 of 3")).hasSize(3);
    assertThat(log).anyMatch(l -> l.startsWith("warm-up pass 1:"));
    assertThat(ServeBench.table(r, options))
        .contains("measured in 3 rounds")
        .contains("ms of CPU per request: the server's JVM");
  }

  private static final ServePlan PLAN =
      ServePlan.of(
          ServePlan.MIX.size(),
          Vocabulary.generated(100, 20, 1),
          List.of("https://a.example/x y"),
          List.of("s00000001"),
          2);

  @Test
  void thePlanFollowsTheMixAndEncodesItsRequests() {
    assertThat(PLAN.requests())
        .extracting(ServePlan.Request::kind)
        .containsExactlyElementsOf(ServePlan.MIX);
    ServePlan.Request article =
        PLAN.requests().stream()
            .filter(r -> r.kind() == ServePlan.Kind.ARTICLE)
            .findFirst()
            .orElseThrow();
    assertThat(article.path()).isEqualTo("/api/v1/article?id=https%3A%2F%2Fa.example%2Fx%20y");
    assertThat(PLAN.get(0).path())
        .startsWith("/api/v1/search?q=entity%3A%22")
        .contains("&facets=language%2Ccountry%2Csource&top=10&histogram=week");
    assertThat(PLAN.get(ServePlan.MIX.size())).isEqualTo(PLAN.get(0)); // it repeats
  }

  @Test
  void everyNon2xxAnswerIsAnErrorOfItsKindAndIsListed() {
    List<LoadLoop.Sample> samples =
        List.of(
            new LoadLoop.Sample(0, 2_000_000, LoadLoop.Outcome.ok(100)),
            new LoadLoop.Sample(2, 1_000_000, new LoadLoop.Outcome(404, "no article", 30)),
            new LoadLoop.Sample(
                5, 1_000_000, new LoadLoop.Outcome(-1, "ConnectException: refused", 0)));

    ServeBench.Run run =
        ServeBench.summarize("HTTP", PLAN, new LoadLoop.Result(samples, 1_000_000_000), true);

    assertThat(run.requests()).isEqualTo(3);
    assertThat(run.searches()).isEqualTo(1);
    assertThat(run.errors()).isEqualTo(2);
    assertThat(run.perSecond()).isEqualTo(3.0);
    assertThat(run.errorSamples())
        .containsExactly(
            "HTTP 404 on GET " + PLAN.get(2).path() + ": no article",
            "exception on GET " + PLAN.get(5).path() + ": ConnectException: refused");
    assertThat(run.kinds())
        .filteredOn(k -> k.kind().equals(ServePlan.Kind.ARTICLE.label))
        .singleElement()
        .satisfies(k -> assertThat(k.errors()).isEqualTo(1));
    assertThat(run.allSearches().count()).isEqualTo(1);
    assertThat(run.allSearches().p50()).isEqualTo(2.0);
    assertThat(run.cpuMillisPerRequest()).isNaN();
    assertThat(run.withCpu(1.5, Double.NaN).cpuMillisPerRequest()).isEqualTo(500.0);
    assertThat(run.withCpu(1.5, 0.5).cpuMillisPerRequest()).isEqualTo(2000.0 / 3);
    assertThat(run.withCpu(1.5, 0.5).serverCpuMillisPerRequest()).isEqualTo(500.0 / 3);
  }

  @Test
  void optionsOutOfBoundsAreRefused() {
    assertThatThrownBy(() -> new ServeBench.Options(0, 10, 1, 1, 0, null, 1, 0, 3, List.of()))
        .hasMessageContaining("articles");
    assertThatThrownBy(() -> new ServeBench.Options(10, 10, 1, 0, 0, null, 1, 0, 3, List.of()))
        .hasMessageContaining("concurrency");
    assertThatThrownBy(() -> new ServeBench.Options(10, 10, 0, 1, 0, null, 1, 0, 3, List.of()))
        .hasMessageContaining("seconds");
    assertThatThrownBy(() -> new ServeBench.Options(10, 10, 1, 1, -1, null, 1, 0, 3, List.of()))
        .hasMessageContaining("warm-up");
    assertThatThrownBy(() -> new ServeBench.Options(10, 10, 1, 1, 0, null, 1, -1, 3, List.of()))
        .hasMessageContaining("segments");
    assertThatThrownBy(
            () ->
                new ServeBench.Options(
                    10, 10, 1, 1, 0, null, 1, LuceneStore.MAX_MERGED_SEGMENTS + 1, 3, List.of()))
        .hasMessageContaining("segments");
    assertThatThrownBy(() -> new ServeBench.Options(10, 10, 1, 1, 0, null, 1, 0, 0, List.of()))
        .hasMessageContaining("rounds");
    assertThatThrownBy(
            () ->
                new ServeBench.Options(
                    10, 10, 1, 1, 0, null, 1, 0, ServeBench.MAX_ROUNDS + 1, List.of()))
        .hasMessageContaining("rounds");
  }
}
