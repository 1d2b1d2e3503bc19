package dev.argus.ingest.read;

/** A feed, sitemap or OPML document that cannot be read; the message says why. */
public final class SourceFormatException extends Exception {
  public SourceFormatException(String message) {
    super(message);
  }

  public SourceFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
