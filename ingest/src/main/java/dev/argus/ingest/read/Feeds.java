package dev.argus.ingest.read;

/** Reads RSS 0.9x/1.0/2.0 and Atom (with Rome) and JSON Feed (with Jackson). */
public final class Feeds {
  private Feeds() {}

  /**
   * Parses a feed. Relative links are resolved against {@code url}. Entries without a usable link
   * are listed in {@link Feed#skipped()}; bad dates become null.
   */
  public static Feed parse(byte[] body, String url) throws SourceFormatException {
    throw new UnsupportedOperationException("TODO");
  }
}
