package dev.argus.ingest.state;

/** The crawl state cannot be read or written (a broken or locked database, a full disk). */
public final class StateException extends RuntimeException {
  public StateException(String message, Throwable cause) {
    super(message, cause);
  }
}
