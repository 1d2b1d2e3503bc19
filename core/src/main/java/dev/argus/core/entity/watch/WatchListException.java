package dev.argus.core.entity.watch;

/**
 * A watch list that cannot be used. {@link #entry()} is the 1-based index of the offending entry (0
 * when the problem is not in one entry), {@link #line()} its 1-based line in the file (0 when
 * unknown); both are also in the message.
 */
public final class WatchListException extends IllegalArgumentException {
  private final int entry;
  private final int line;

  WatchListException(String message, int entry, int line) {
    super(message);
    this.entry = entry;
    this.line = line;
  }

  public int entry() {
    return entry;
  }

  public int line() {
    return line;
  }
}
