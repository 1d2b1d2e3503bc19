package dev.argus.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A saved query that notifies: its id (also its saved-query id in the matcher), a name people use
 * (unique, letters, digits, {@code . _ -}, at most {@value #MAX_NAME} characters), the query in the
 * Argus query language, where it is delivered, when (at once or in digests), and whether it is on.
 */
public record Alert(
    String id,
    String name,
    String query,
    List<Channel> channels,
    Mode mode,
    Instant created,
    boolean enabled) {

  /** The longest alert name. */
  public static final int MAX_NAME = 64;

  public Alert {
    Objects.requireNonNull(id, "id");
    checkName(name);
    if (query == null || query.isBlank())
      throw new IllegalArgumentException("an alert needs a query");
    channels = List.copyOf(channels);
    if (channels.isEmpty()) {
      throw new IllegalArgumentException(
          "alert " + name + " has no channel: give --webhook, --email or --atom");
    }
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(created, "created");
  }

  /**
   * Refuses a name that is empty, too long, or has characters other than letters, digits, . _ -.
   */
  public static void checkName(String name) {
    if (name == null || !name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*")) {
      throw new IllegalArgumentException(
          "alert names are letters, digits, '.', '_' and '-', starting with a letter or digit: "
              + name);
    }
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "alert name longer than " + MAX_NAME + " characters: " + name);
    }
  }

  /** The same alert, switched on or off. */
  public Alert withEnabled(boolean on) {
    return new Alert(id, name, query, channels, mode, created, on);
  }
}
