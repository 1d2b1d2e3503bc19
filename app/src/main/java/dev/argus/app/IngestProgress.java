package dev.argus.app;

import dev.argus.ingest.pipeline.Ingestor;

/** Shows an ingest run's phases with {@link Progress} on stderr. */
final class IngestProgress implements Ingestor.Progress {
  private final boolean enabled;
  private Progress current;

  IngestProgress(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void start(String phase, long total) {
    done();
    current = Progress.onStderr(phase, total, enabled);
  }

  @Override
  public void step() {
    if (current != null) current.step();
  }

  @Override
  public void done() {
    if (current != null) current.close();
    current = null;
  }
}
