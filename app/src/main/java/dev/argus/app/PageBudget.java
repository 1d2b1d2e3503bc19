package dev.argus.app;

import java.util.concurrent.Semaphore;

/**
 * Bounds the bytes of large pages that workers hold at once, so that memory does not grow with the
 * number of threads when several large pages come together. Pages under one MiB (nearly all news
 * pages) pass freely; a larger one takes its size in MiB from the budget, and one larger than the
 * whole budget takes all of it and runs alone. Extraction's own limits bound each page; this bounds
 * how many big ones share the heap.
 */
final class PageBudget {

  static final int MIB = 1 << 20;

  /** The default budget: one page at the 32 MiB size limit, and a few megabytes besides. */
  static final int DEFAULT_MIB = 40;

  private final int mib;
  private final Semaphore permits;

  PageBudget(int mib) {
    if (mib < 1) throw new IllegalArgumentException("the budget must be at least 1 MiB");
    this.mib = mib;
    this.permits = new Semaphore(mib, true);
  }

  /** A claim on the budget, given back when closed. */
  interface Claim extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits until a page of {@code bytes} fits in the budget and claims it. */
  Claim claim(long bytes) throws InterruptedException {
    int n = permitsFor(bytes);
    if (n == 0) return () -> {};
    permits.acquire(n);
    return () -> permits.release(n);
  }

  /** The MiB a page of {@code bytes} claims: none under one MiB, at most the whole budget. */
  int permitsFor(long bytes) {
    if (bytes < MIB) return 0;
    return (int) Math.min(mib, (bytes + MIB - 1) / MIB);
  }
}
