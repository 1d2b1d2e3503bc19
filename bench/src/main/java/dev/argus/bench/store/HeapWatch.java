package dev.argus.bench.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap over a phase of a benchmark: the used heap sampled every {@value #PERIOD_MS} ms (what
 * the run held at once, garbage included) and the sum of the heap pools' peaks as the JVM records
 * them (an upper bound: pools peak at different moments). {@link #reset} starts a new phase.
 */
final class HeapWatch implements AutoCloseable {

  static final int PERIOD_MS = 50;

  private final Thread thread;
  private volatile long peak;
  private volatile boolean running = true;

  HeapWatch() {
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("heap-watch")
            .start(
                () -> {
                  while (running) {
                    sample();
                    try {
                      Thread.sleep(PERIOD_MS);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  private void sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    if (used > peak) peak = used;
  }

  /** The peaks of the phase that ends now, in MiB. */
  record Peak(long sampledMiB, long poolPeaksMiB, long maxMiB) {}

  /** The peaks since the last reset; starts a new phase. */
  synchronized Peak reset() {
    sample();
    long pools = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        pools += p.getPeakUsage().getUsed();
        p.resetPeakUsage();
      }
    }
    Peak out = new Peak(peak >> 20, pools >> 20, Runtime.getRuntime().maxMemory() >> 20);
    peak = 0;
    return out;
  }

  /** Heap used now, in MiB. */
  static long usedMiB() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
