package dev.argus.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An ingest worker's task never fails the run: whatever it throws becomes a recorded failure. */
class SafelyTest {

  @Test
  void anExceptionBecomesARecordedFailure() {
    Processed p =
        Ingestor.safely(
            () -> {
              throw new IllegalStateException("broken stage");
            });
    assertThat(p.failure()).contains("internal error").contains("broken stage");
    assertThat(p.article()).isNull();
  }

  @Test
  void runningOutOfMemoryOnOneArticleBecomesARecordedFailure() {
    Processed p =
        Ingestor.safely(
            () -> {
              throw new OutOfMemoryError("Java heap space");
            });
    assertThat(p.failure()).contains("internal error").contains("OutOfMemoryError");
  }

  @Test
  void aStackOverflowBecomesARecordedFailure() {
    Processed p =
        Ingestor.safely(
            () -> {
              throw new StackOverflowError();
            });
    assertThat(p.failure()).contains("StackOverflowError");
  }
}
