package dev.argus.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two author scores of the evaluation: a name found, and a name exactly as labelled. */
class AuthorMetricsTest {

  @Test
  void aNameInsideALongerStringIsFoundButNotExact() {
    List<String> truth = List.of("Jane Roe");
    List<String> got = List.of("Posted by Jane Roe");
    assertThat(Metrics.authorMatches(truth, got)).isTrue();
    assertThat(Metrics.authorExact(truth, got)).isFalse();
  }

  @Test
  void exactIgnoresCaseAndSpacing() {
    assertThat(Metrics.authorExact(List.of("JANE  Roe"), List.of("Tom Lee", "jane roe"))).isTrue();
  }

  @Test
  void noNameIsNoMatch() {
    assertThat(Metrics.authorExact(List.of("Jane Roe"), List.of())).isFalse();
    assertThat(Metrics.authorMatches(List.of("Jane Roe"), List.of())).isFalse();
  }
}
