package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The budget of large pages that extraction workers hold at once. */
class PageBudgetTest {

  private static final long MIB = PageBudget.MIB;

  @Test
  void pagesUnderOneMebibyteClaimNothing() {
    PageBudget budget = new PageBudget(40);
    assertThat(budget.permitsFor(MIB - 1)).isZero();
    assertThat(budget.permitsFor(MIB)).isEqualTo(1);
    assertThat(budget.permitsFor(MIB + 1)).isEqualTo(2);
  }

  @Test
  void aPageLargerThanTheBudgetClaimsAllOfItAndStillRuns() throws Exception {
    PageBudget budget = new PageBudget(40);
    assertThat(budget.permitsFor(100 * MIB)).isEqualTo(40);
    try (PageBudget.Claim claim = budget.claim(100 * MIB)) {
      assertThat(claim).isNotNull();
    }
  }

  @Test
  void aSecondLargePageWaitsUntilTheFirstIsDoneWhileSmallPagesPass() throws Exception {
    PageBudget budget = new PageBudget(40);
    CountDownLatch secondClaimed = new CountDownLatch(1);
    Thread second;
    try (PageBudget.Claim first = budget.claim(32 * MIB)) {
      second =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (PageBudget.Claim c = budget.claim(32 * MIB)) {
                      secondClaimed.countDown();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
      assertThat(secondClaimed.await(300, TimeUnit.MILLISECONDS)).isFalse();
      try (PageBudget.Claim small = budget.claim(500_000)) {
        assertThat(small).isNotNull();
      }
    }
    assertThat(secondClaimed.await(10, TimeUnit.SECONDS)).isTrue();
    second.join();
  }

  @Test
  void anEmptyBudgetIsRefused() {
    assertThatThrownBy(() -> new PageBudget(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
