package dev.argus.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations as people write them: {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, or
 * ISO-8601.
 */
final class Durations implements ITypeConverter<Duration> {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h|d)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  static Duration parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m", "min" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration (write e.g. 90s, 15m, 2h, 1d or PT15M)");
    }
  }

  static String format(Duration d) {
    if (d == null) return "-";
    long s = d.toSeconds();
    if (s < 120) return s + "s";
    if (s < 7200) return (s / 60) + "m";
    if (s < 172800) return String.format(Locale.ROOT, "%.1fh", s / 3600.0);
    return String.format(Locale.ROOT, "%.1fd", s / 86400.0);
  }
}
