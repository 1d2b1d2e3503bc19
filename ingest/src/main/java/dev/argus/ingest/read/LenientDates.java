package dev.argus.ingest.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback for feed and sitemap dates that Rome and crawler-commons reject: RFC 822 with a
 * missing or unusual zone, ISO 8601 with a space or without a zone, "November 3, 2025 10:00 AM". A
 * date without a zone is taken as UTC; anything else unreadable is null, never a guess.
 */
final class LenientDates {
  private LenientDates() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** Zone abbreviations seen in feeds, as hours (and minutes) from UTC. */
  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("z", "+00:00"),
          Map.entry("ut", "+00:00"),
          Map.entry("utc", "+00:00"),
          Map.entry("gmt", "+00:00"),
          Map.entry("wet", "+00:00"),
          Map.entry("west", "+01:00"),
          Map.entry("bst", "+01:00"),
          Map.entry("cet", "+01:00"),
          Map.entry("met", "+01:00"),
          Map.entry("cest", "+02:00"),
          Map.entry("mest", "+02:00"),
          Map.entry("eet", "+02:00"),
          Map.entry("eest", "+03:00"),
          Map.entry("msk", "+03:00"),
          Map.entry("ist", "+05:30"),
          Map.entry("sgt", "+08:00"),
          Map.entry("hkt", "+08:00"),
          Map.entry("awst", "+08:00"),
          Map.entry("jst", "+09:00"),
          Map.entry("kst", "+09:00"),
          Map.entry("aest", "+10:00"),
          Map.entry("aedt", "+11:00"),
          Map.entry("nzst", "+12:00"),
          Map.entry("nzdt", "+13:00"),
          Map.entry("ast", "-04:00"),
          Map.entry("adt", "-03:00"),
          Map.entry("est", "-05:00"),
          Map.entry("edt", "-04:00"),
          Map.entry("cst", "-06:00"),
          Map.entry("cdt", "-05:00"),
          Map.entry("mst", "-07:00"),
          Map.entry("mdt", "-06:00"),
          Map.entry("pst", "-08:00"),
          Map.entry("pdt", "-07:00"),
          Map.entry("akst", "-09:00"),
          Map.entry("akdt", "-08:00"),
          Map.entry("hst", "-10:00"));

  private static final String TIME =
      "(?:[T,\\s]+(?:at\\s+)?(\\d{1,2})[:h.](\\d{2})(?:[:.](\\d{2}))?(?:[.,]\\d+)?\\s*([ap]\\.?m\\.?)?)?";
  private static final String ZONE =
      "\\s*(?:(?:(?:GMT|UTC)?\\s*([+-]\\d{1,2}(?::?\\d{2})?))|\\(?([A-Za-z]{1,5})\\)?)?";

  /** 2025-11-03, 2025/11/03 10:00:00, 2025-11-03T10:00:00.123+0100 ... */
  private static final Pattern YMD =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME + ZONE + "\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** (Mon,) 3 Nov 2025 10:00 (+0100|CEST) */
  private static final Pattern DMY =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th)?[\\s.-]+([A-Za-z]{3,9})\\.?[\\s.,-]+(\\d{4})"
              + TIME
              + ZONE
              + "\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** (Monday,) November 3(rd), 2025 (10:00 AM) (EST) */
  private static final Pattern MDY =
      Pattern.compile(
          "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE + "\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^\\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+", Pattern.CASE_INSENSITIVE);

  static Instant parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() > 80) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeException ignored) {
      // not strict ISO 8601: try the lenient forms
    }
    Matcher m = YMD.matcher(s);
    if (m.lookingAt()) {
      return build(m.group(1), m.group(2), m.group(3), m, 4);
    }
    String rest = WEEKDAY.matcher(s).replaceFirst("");
    m = DMY.matcher(rest);
    if (m.lookingAt()) {
      Integer month = month(m.group(2));
      return month == null ? null : build(m.group(3), month.toString(), m.group(1), m, 4);
    }
    m = MDY.matcher(rest);
    if (m.lookingAt()) {
      Integer month = month(m.group(1));
      return month == null ? null : build(m.group(3), month.toString(), m.group(2), m, 4);
    }
    return null;
  }

  private static Integer month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    Integer m = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
    if (m == null && key.length() == 4) {
      m = MONTHS.get(key.substring(0, 3));
    }
    return m;
  }

  /** Groups from {@code first}: hour, minute, second, am/pm, numeric offset, zone name. */
  private static Instant build(String y, String mo, String d, Matcher m, int first) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (date.getYear() < 1970 || date.getYear() > 2200) {
        return null;
      }
      LocalTime time = LocalTime.MIDNIGHT;
      if (m.group(first) != null) {
        int hour = Integer.parseInt(m.group(first));
        int minute = Integer.parseInt(m.group(first + 1));
        int second = m.group(first + 2) == null ? 0 : Integer.parseInt(m.group(first + 2));
        String half = m.group(first + 3);
        if (half != null) {
          boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
          if (hour < 1 || hour > 12) {
            return null;
          }
          hour = hour % 12 + (pm ? 12 : 0);
        }
        time = LocalTime.of(hour, minute, second);
      }
      ZoneOffset offset = offset(m.group(first + 4), m.group(first + 5));
      if (offset == null) {
        return null;
      }
      return LocalDateTime.of(date, time).toInstant(offset);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String numeric, String name) {
    if (numeric != null) {
      String digits = numeric.substring(1).replace(":", "");
      int hours;
      int minutes = 0;
      if (digits.length() <= 2) {
        hours = Integer.parseInt(digits);
      } else {
        hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
        minutes = Integer.parseInt(digits.substring(digits.length() - 2));
      }
      int sign = numeric.charAt(0) == '-' ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    if (name == null) {
      return ZoneOffset.UTC;
    }
    String zone = ZONES.get(name.toLowerCase(Locale.ROOT));
    // An unknown abbreviation is taken as UTC: the day stays right, the hour may be off.
    return zone == null ? ZoneOffset.UTC : ZoneOffset.of(zone);
  }
}
