package dev.argus.bench.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A closed-loop load: {@code concurrency} workers each take the next request number, run it and
 * record how long it took, until {@link Limits#requests} requests were started or {@link
 * Limits#seconds} have passed, whichever comes first. Written here rather than taken from a load
 * tool (JMH, Gatling) because it is a few lines, runs the same calls over HTTP and directly on the
 * store, and its clock can be a test's.
 */
public final class LoadLoop {

  /** Most workers a loop starts. */
  public static final int MAX_CONCURRENCY = 1_024;

  private LoadLoop() {}

  /**
   * How much load.
   *
   * @param requests most requests started
   * @param seconds most seconds of load: no request starts after this
   * @param concurrency workers, each with one request in flight at a time
   */
  public record Limits(long requests, double seconds, int concurrency) {
    public Limits {
      if (requests < 0) throw new IllegalArgumentException("requests must not be negative");
      if (!(seconds > 0) || Double.isInfinite(seconds)) {
        throw new IllegalArgumentException("seconds must be positive, was " + seconds);
      }
      if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
        throw new IllegalArgumentException(
            "concurrency must be 1 to " + MAX_CONCURRENCY + ", was " + concurrency);
      }
    }
  }

  /**
   * What one request gave.
   *
   * @param status the HTTP status, 200 for a direct call that worked, -1 for an exception
   * @param error what went wrong, or null
   * @param bytes the size of the answer (0 when not known)
   */
  public record Outcome(int status, String error, long bytes) {
    public static Outcome ok(long bytes) {
      return new Outcome(200, null, bytes);
    }

    /** Whether it worked: a 2xx status. */
    public boolean succeeded() {
      return status >= 200 && status < 300;
    }
  }

  /** One request. */
  @FunctionalInterface
  public interface Call {
    /** Runs request {@code index} (0, 1, 2 …). */
    Outcome run(long index) throws Exception;
  }

  /** One request's record: which it was, how long it took, what it gave. */
  public record Sample(long index, long nanos, Outcome outcome) {}

  /**
   * What a loop did.
   *
   * @param samples every request run, in index order
   * @param elapsedNanos from the start to the end of the last request
   */
  public record Result(List<Sample> samples, long elapsedNanos) {
    public Result {
      samples = List.copyOf(samples);
    }

    /** Requests per second. */
    public double perSecond() {
      return elapsedNanos <= 0 ? 0 : samples.size() / (elapsedNanos / 1e9);
    }

    /** This result with every sample's index raised by {@code offset}. */
    public Result shifted(long offset) {
      List<Sample> out = new ArrayList<>(samples.size());
      for (Sample s : samples) out.add(new Sample(s.index() + offset, s.nanos(), s.outcome()));
      return new Result(out, elapsedNanos);
    }

    /** Results of one call in several runs as one: all samples by index, the times added. */
    public static Result of(List<Result> runs) {
      List<Sample> all = new ArrayList<>();
      long elapsed = 0;
      for (Result r : runs) {
        all.addAll(r.samples());
        elapsed += r.elapsedNanos();
      }
      all.sort(Comparator.comparingLong(Sample::index));
      return new Result(all, elapsed);
    }
  }

  /**
   * Runs {@code call} under {@code limits} and returns once every worker stopped. An exception of a
   * call is recorded as an outcome with status -1; it does not stop the loop.
   *
   * @param clock nanoseconds ({@link System#nanoTime} outside tests)
   */
  public static Result run(Limits limits, Call call, LongSupplier clock)
      throws InterruptedException {
    AtomicLong next = new AtomicLong();
    long start = clock.getAsLong();
    long budget = (long) (limits.seconds() * 1e9);
    List<List<Sample>> perWorker = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < limits.concurrency(); w++) {
      List<Sample> mine = new ArrayList<>();
      perWorker.add(mine);
      workers.add(
          Thread.ofPlatform()
              .name("load-" + w)
              .daemon()
              .start(
                  () -> {
                    while (true) {
                      if (clock.getAsLong() - start >= budget) return;
                      long i = next.getAndIncrement();
                      if (i >= limits.requests()) return;
                      long t0 = clock.getAsLong();
                      Outcome o;
                      try {
                        o = call.run(i);
                      } catch (Exception e) {
                        o =
                            new Outcome(
                                -1, e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
                      }
                      mine.add(new Sample(i, clock.getAsLong() - t0, o));
                    }
                  }));
    }
    for (Thread t : workers) t.join();
    long elapsed = clock.getAsLong() - start;
    List<Sample> all = new ArrayList<>();
    for (List<Sample> s : perWorker) all.addAll(s);
    all.sort(Comparator.comparingLong(Sample::index));
    return new Result(all, elapsed);
  }
}
