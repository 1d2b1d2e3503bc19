package dev.argus.alerts;

import dev.argus.ingest.pipeline.Ingestor;
import dev.argus.store.StoredArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Alerts as an ingestion's commit listener: each durable batch is matched and its notifications
 * queued on the committing thread (a quick, local step), then delivered on a thread of its own, so
 * a slow webhook or mail server never holds ingestion up. Closing waits for the deliveries under
 * way (at most {@code closeWait}), then closes the alerts; what is left stays in the outbox for the
 * next run or {@code argus alerts run-due}. An alerts error is reported, never stops ingestion.
 */
public final class IngestHook implements Ingestor.CommitListener, AutoCloseable {

  private final Alerts alerts;
  private final PrintStream err;
  private final long closeWaitSeconds;
  private final ExecutorService delivery =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "alerts-delivery");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean queued = new AtomicBoolean();

  public IngestHook(Alerts alerts, PrintStream err, long closeWaitSeconds) {
    this.alerts = alerts;
    this.err = err;
    this.closeWaitSeconds = closeWaitSeconds;
  }

  /** Hooks the data folder's alerts, when it has any, to {@code ingestor}; null when none. */
  public static IngestHook attach(
      java.nio.file.Path dataRoot, Ingestor ingestor, Alerts.Settings settings, PrintStream err)
      throws IOException {
    if (!Alerts.exist(dataRoot)) return null;
    IngestHook hook = new IngestHook(Alerts.open(dataRoot, settings), err, 60);
    ingestor.setCommitListener(hook);
    hook.kick(); // retries and digests left by an earlier run
    return hook;
  }

  @Override
  public void committed(List<StoredArticle> articles) {
    try {
      alerts
          .onCommitted(articles)
          .forEach(
              (name, reason) ->
                  err.println("argus: alerts: the query of " + name + " failed: " + reason));
    } catch (IOException | RuntimeException e) {
      err.println("argus: alerts: cannot handle " + articles.size() + " articles: " + e);
      return;
    }
    kick();
  }

  /** Runs what is due on the delivery thread (at most one run waiting at a time). */
  public void kick() {
    if (!queued.compareAndSet(false, true)) return;
    delivery.execute(
        () -> {
          queued.set(false);
          try {
            Alerts.Report r = alerts.runDue();
            if (r.failed() > 0) {
              err.println(
                  "argus: alerts: "
                      + r.failed()
                      + " deliveries failed (see argus alerts log --failures)");
            }
          } catch (RuntimeException e) {
            err.println("argus: alerts: delivery: " + e);
          }
        });
  }

  /** The alerts this hook feeds. */
  public Alerts alerts() {
    return alerts;
  }

  @Override
  public void close() throws IOException {
    delivery.shutdown();
    try {
      if (!delivery.awaitTermination(closeWaitSeconds, TimeUnit.SECONDS)) {
        delivery.shutdownNow();
        err.println("argus: alerts: deliveries still running at exit stay queued for the next run");
      }
    } catch (InterruptedException e) {
      delivery.shutdownNow();
      Thread.currentThread().interrupt();
    }
    alerts.close();
  }
}
