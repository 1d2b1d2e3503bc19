package dev.argus.core.extract.meta;

import dev.argus.core.text.WordPatterns;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates as pages write them: ISO-8601 and its relatives in machine-readable places, and
 * written-out dates in many languages and formats in visible text.
 */
final class Dates {

  /** A parsed date: its calendar day and its ISO-8601 form (with offset when the page gave one). */
  record Value(LocalDate day, String iso) {}

  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    month(
        1,
        "january",
        "jan",
        "januar",
        "jänner",
        "jaenner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "stycznia",
        "styczeń",
        "styczen",
        "января",
        "leden",
        "ledna",
        "január",
        "januára",
        "janúar",
        "tammikuuta");
    month(
        2,
        "february",
        "feb",
        "februar",
        "feber",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "lutego",
        "luty",
        "февраля",
        "února",
        "február",
        "februára");
    month(
        3, "march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco",
        "maart", "mrt", "marca", "marzec", "марта", "března", "március", "marca");
    month(
        4,
        "april",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "kwietnia",
        "kwiecień",
        "апреля",
        "dubna",
        "április",
        "apríl");
    month(
        5, "may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "мая", "května",
        "május", "mája");
    month(
        6,
        "june",
        "jun",
        "juni",
        "juin",
        "junio",
        "giugno",
        "giu",
        "junho",
        "czerwca",
        "czerwiec",
        "июня",
        "června",
        "június",
        "júna");
    month(
        7,
        "july",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "luglio",
        "lug",
        "julho",
        "lipca",
        "lipiec",
        "июля",
        "července",
        "július",
        "júla");
    month(
        8,
        "august",
        "aug",
        "août",
        "aout",
        "agosto",
        "ago",
        "augustus",
        "augusti",
        "sierpnia",
        "sierpień",
        "августа",
        "srpna",
        "augusztus",
        "augusta");
    month(
        9,
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
        "września",
        "wrzesień",
        "сентября",
        "září",
        "szeptember",
        "septembra");
    month(
        10,
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "października",
        "październik",
        "октября",
        "října",
        "október",
        "októbra");
    month(
        11,
        "november",
        "nov",
        "novembre",
        "noviembre",
        "novembro",
        "listopada",
        "listopad",
        "ноября",
        "listopadu",
        "novembra");
    month(
        12,
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "grudnia",
        "grudzień",
        "декабря",
        "prosince",
        "decembra");
  }

  private static void month(int m, String... names) {
    for (String n : names) MONTHS.putIfAbsent(n, m);
  }

  /**
   * The month names as one alternation, longest first. Names are grouped under their first letter
   * ("j(?:anuary|an|...)|f(?:...)"), which keeps their order within a letter but spares the matcher
   * from trying every name at every word start.
   */
  private static final String MONTH_ALT;

  private static final String MONTH_RE;

  static {
    List<String> names = new ArrayList<>(MONTHS.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    Map<Integer, List<String>> byFirst = new java.util.LinkedHashMap<>();
    for (String n : names) {
      int first = n.codePointAt(0);
      byFirst
          .computeIfAbsent(first, k -> new ArrayList<>())
          .add(n.substring(Character.charCount(first)));
    }
    List<String> groups = new ArrayList<>();
    byFirst.forEach(
        (first, rests) ->
            groups.add(
                Pattern.quote(new String(Character.toChars(first)))
                    + "(?:"
                    + String.join("|", rests.stream().map(Pattern::quote).toList())
                    + ")"));
    MONTH_ALT = String.join("|", groups);
    MONTH_RE = "(" + MONTH_ALT + ")";
  }

  private static final String NB = "(?<![\\p{L}\\p{N}])";
  private static final String NA = "(?![\\p{L}\\p{N}])";

  /** Whitespace as pages write it between the parts of a date, no-break spaces included. */
  private static final String S = "[\\s\\u00a0\\u202f]";

  /** Every written-out form in one alternation, so that one pass finds the earliest match. */
  static final Pattern TEXT =
      Pattern.compile(
          NB
              + "(?:"
              // 14. März 2026, 14 de marzo de 2026, 1er janvier 2020, 14th March 2026
              + "(?<d1>\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)?"
              + S
              + "*(?:de\\s+|di\\s+)?"
              + "(?<m1>"
              + MONTH_ALT
              + ")"
              + "\\.?,?"
              + S
              + "*(?:de\\s+|del\\s+)?(?<y1>\\d{4})"
              + NA
              // March 14, 2026
              + "|"
              + "(?<m2>"
              + MONTH_ALT
              + ")"
              + "\\.?"
              + S
              + "+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?"
              + S
              + "+(?<y2>\\d{4})"
              + NA
              // 2026-03-14, 2026/03/14, 2026.03.14
              + "|"
              + "(?<y3>\\d{4})(?<s3>[-/.])(?<m3>\\d{1,2})\\k<s3>(?<d3>\\d{1,2})"
              + NA
              // 14.03.2026, 14/03/2026, 03/14/2026
              + "|"
              + "(?<a4>\\d{1,2})(?<s4>[-/.])"
              + S
              + "?(?<b4>\\d{1,2})\\k<s4>"
              + S
              + "?(?<y4>\\d{4})"
              + NA
              // 14.03.26: a two-digit year, only with two-digit day and month and dots (version
              // numbers such as 2.1.20 are not dates)
              + "|"
              + "(?<a6>\\d{2})\\.(?<b6>\\d{2})\\.(?<y6>\\d{2})(?![\\p{L}\\p{N}]|\\.\\d)"
              + ")"
              // 2026年3月14日, 2026년 3월 14일
              + "|(?<y5>\\d{4})\\s*[年년]\\s*(?<m5>\\d{1,2})\\s*[月월]\\s*(?<d5>\\d{1,2})\\s*[日일]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern ISO =
      Pattern.compile(
          "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern COMPACT =
      Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(?!\\d)");
  private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");

  /** Java's Date.toString() and similar: "Tue Jan 28 15:28:56 CET 2020". */
  private static final Pattern CTIME =
      Pattern.compile(
          "^\\s*\\p{L}{3}\\s+"
              + MONTH_RE
              + "\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+\\S+\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** HTTP and RSS dates: "Wed, 04 May 2022 02:41:00 GMT", "4 May 2022 02:41 +0200". */
  private static final Pattern RFC1123 =
      Pattern.compile(
          "^\\s*(?:\\p{L}{2,3},?\\s+)?(\\d{1,2})\\s+"
              + MONTH_RE
              + "\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(GMT|UTC|Z|[+-]\\d{2}:?\\d{2})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** JavaScript's Date.toString(): "Tue Feb 20 2018 01:00:00 GMT+0100 (Central European ...)". */
  private static final Pattern JS_DATE =
      Pattern.compile(
          "^\\s*\\p{L}{3}\\s+"
              + MONTH_RE
              + "\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+GMT([+-]\\d{2}:?\\d{2})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern URL_YMD =
      Pattern.compile(
          "(?<!\\d)(?:(\\d{4})/(\\d{1,2})/(\\d{1,2})(?=/|$|\\D)|(\\d{4})[-_](\\d{2})[-_](\\d{2})(?!\\d)"
              + "|/(\\d{4})(\\d{2})(\\d{2})(?=[/_.-])"
              // /meldungen/29-10-2021, /news-29.10.2021.html: the day first, as in most of Europe
              + "|(?<=[/_-])(\\d{2})([-_.])(\\d{2})\\11(\\d{4})(?!\\d))");

  private static final DateTimeFormatter OFFSET_FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Dates() {}

  static boolean plausible(LocalDate d) {
    return d != null
        && !d.isBefore(EARLIEST)
        && !d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
  }

  /** Parses a machine-readable value (meta content, JSON-LD, datetime attribute). */
  static Value parseStructured(String s) {
    if (s == null || s.isBlank()) return null;
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      LocalDate day = date(m.group(1), m.group(2), m.group(3));
      if (day == null) return null;
      if (m.group(4) != null && m.group(7) != null) {
        try {
          LocalTime t =
              LocalTime.of(
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
          ZoneOffset off = offset(m.group(7));
          if (off != null) {
            return new Value(
                day, OffsetDateTime.of(LocalDateTime.of(day, t), off).format(OFFSET_FORMAT));
          }
        } catch (DateTimeException e) {
          // fall through to the day alone
        }
      }
      return new Value(day, day.toString());
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      LocalDate day = date(m.group(1), m.group(2), m.group(3));
      if (day != null) return new Value(day, day.toString());
    }
    m = EPOCH.matcher(s);
    if (m.find()) {
      long v = Long.parseLong(m.group(1));
      if (m.group(1).length() == 13) v /= 1000;
      OffsetDateTime t = Instant.ofEpochSecond(v).atOffset(ZoneOffset.UTC);
      return new Value(t.toLocalDate(), t.format(OFFSET_FORMAT));
    }
    m = RFC1123.matcher(s);
    if (m.find()) {
      Value v =
          withOffset(
              m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7));
      if (v != null) return v;
    }
    m = JS_DATE.matcher(s);
    if (m.find()) {
      Value v =
          withOffset(
              m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7));
      if (v != null) return v;
    }
    m = CTIME.matcher(s);
    if (m.find()) {
      Integer mon = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      LocalDate day = mon == null ? null : date(m.group(3), mon.toString(), m.group(2));
      if (day != null) return new Value(day, day.toString());
    }
    return findInText(s, null);
  }

  /** A date and time with a named month and an offset (GMT and UTC are zero), or null. */
  private static Value withOffset(
      String y, String month, String d, String h, String min, String sec, String zone) {
    LocalDate day = named(y, month, d);
    if (day == null) return null;
    String z = zone.equalsIgnoreCase("GMT") || zone.equalsIgnoreCase("UTC") ? "Z" : zone;
    ZoneOffset off = offset(z);
    if (off == null) return new Value(day, day.toString());
    try {
      LocalTime t =
          LocalTime.of(
              Integer.parseInt(h), Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec));
      return new Value(day, OffsetDateTime.of(LocalDateTime.of(day, t), off).format(OFFSET_FORMAT));
    } catch (DateTimeException e) {
      return new Value(day, day.toString());
    }
  }

  /** The first plausible written-out date in the text, or null. */
  static Value findInText(CharSequence text, String lang) {
    return findInText(text, 0, text.length(), lang);
  }

  static Value findInText(CharSequence text, int from, int to, String lang) {
    List<Value> found = allInText(text, from, to, lang, 1);
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The plausible written-out dates in a part of the text, in order, at most {@code max}.
   *
   * <p>The same as searching {@code [from, to)} with {@link #TEXT}, but the pattern is tried only
   * where a date can start ({@link #nextMatch}) instead of at every position: the part is copied
   * out, so that the look-arounds see its ends as a search over it would, and the pattern is
   * anchored at each candidate in turn.
   */
  static List<Value> allInText(CharSequence text, int from, int to, String lang, int max) {
    if (text == null) return List.of();
    String part = text.subSequence(Math.max(0, from), Math.min(text.length(), to)).toString();
    List<Value> out = new ArrayList<>(Math.min(max, 4));
    Matcher m = TEXT.matcher(part);
    m.useTransparentBounds(true);
    boolean monthFirst = "en".equals(lang);
    int n = part.length();
    int pos = 0;
    while (pos < n && nextMatch(m, part, pos) >= 0) {
      pos = m.end();
      LocalDate d = dateOf(m, monthFirst);
      if (plausible(d)) {
        out.add(new Value(d, d.toString()));
        if (out.size() >= max) break;
      }
    }
    return out;
  }

  /**
   * Anchors the matcher at each place at or after {@code pos} where a date can start, in order, and
   * returns the first place it matches, or -1. Every form of {@link #TEXT} holds an ASCII digit,
   * and before its first digit stands at most a month name, a full stop and spaces ("March 14,
   * 2026"): so a date starts at a digit, or at the letters before a run of digits that only spaces
   * and a full stop part from it.
   */
  private static int nextMatch(Matcher m, String s, int pos) {
    int n = s.length();
    int i = pos;
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int month = i > pos && !isDigit(s.charAt(i - 1)) ? monthBefore(s, pos, i) : -1;
      if (month >= 0 && matchesAt(m, month, n)) return month;
      if (matchesAt(m, i, n)) return i;
      i++;
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean matchesAt(Matcher m, int at, int end) {
    m.region(at, end);
    return m.lookingAt();
  }

  /**
   * Where a month name would start that the digit at {@code digit} follows after an optional full
   * stop and spaces, not before {@code pos}; -1 when there is none. A run of letters longer than
   * any month name holds none (one would start inside a word).
   */
  private static int monthBefore(String s, int pos, int digit) {
    int i = digit;
    while (i > pos && isDateSpace(s.charAt(i - 1))) i--;
    if (i == digit) return -1;
    if (i > pos && s.charAt(i - 1) == '.') i--;
    int j = i;
    while (j > pos && i - j <= MAX_MONTH_LENGTH && Character.isLetter(s.charAt(j - 1))) j--;
    return j == i || i - j > MAX_MONTH_LENGTH ? -1 : j;
  }

  /** The pattern's {@link #S} and {@code \\s} (without Unicode classes). */
  private static boolean isDateSpace(char c) {
    return WordPatterns.isPatternSpace(c) || c == '\u00a0' || c == '\u202f';
  }

  /** The longest month name, in chars. */
  private static final int MAX_MONTH_LENGTH;

  static {
    int longest = 0;
    for (String name : MONTHS.keySet()) {
      // monthBefore relies on this: a month name is letters only.
      if (!name.chars().allMatch(Character::isLetter)) {
        throw new IllegalStateException("a month name of other than letters: " + name);
      }
      longest = Math.max(longest, name.length());
    }
    MAX_MONTH_LENGTH = longest;
  }

  /** The day a match of {@link #TEXT} names, or null when it names none. */
  static LocalDate dateOf(Matcher m, boolean monthFirst) {
    LocalDate d = null;
    if (m.group("d1") != null) {
      d = named(m.group("y1"), m.group("m1"), m.group("d1"));
    } else if (m.group("d2") != null) {
      d = named(m.group("y2"), m.group("m2"), m.group("d2"));
    } else if (m.group("y3") != null) {
      d = date(m.group("y3"), m.group("m3"), m.group("d3"));
    } else if (m.group("y4") != null) {
      int a = Integer.parseInt(m.group("a4"));
      int b = Integer.parseInt(m.group("b4"));
      boolean slash = m.group("s4").equals("/");
      if (a > 12 || (!(monthFirst && slash) && b <= 12)) {
        d = date(m.group("y4"), m.group("b4"), m.group("a4"));
      } else {
        d = date(m.group("y4"), m.group("a4"), m.group("b4"));
      }
    } else if (m.group("y6") != null) {
      d = date(century(m.group("y6")), m.group("b6"), m.group("a6"));
    } else if (m.group("y5") != null) {
      d = date(m.group("y5"), m.group("m5"), m.group("d5"));
    }
    return d;
  }

  /**
   * "26" as a year of this century unless that lies in the future, then of the last: a page that
   * writes two-digit years is read in its own time.
   */
  private static String century(String yy) {
    int y = 2000 + Integer.parseInt(yy);
    return Integer.toString(y > LocalDate.now(ZoneOffset.UTC).getYear() ? y - 100 : y);
  }

  /**
   * The page's date checked against the day in its URL. A URL is minted in the site's own calendar
   * when the page first goes out: a URL day just before a declared UTC time means that the time is
   * past midnight in UTC but not yet at the site. A URL day further back is not taken, as sites
   * also put the day of an event or of a first draft into their URLs; nor is one before a time that
   * carries the site's own offset.
   */
  static Value firstDay(Value declared, Value fromUrl) {
    if (fromUrl == null || !isUtc(declared.iso())) return declared;
    return fromUrl.day().equals(declared.day().minusDays(1)) ? fromUrl : declared;
  }

  private static boolean isUtc(String iso) {
    return iso.endsWith("Z") || iso.endsWith("+00:00");
  }

  /** Day and month as written day first, unless only the other order gives a date (12-31). */
  private static LocalDate dayFirst(String y, String a, String b) {
    LocalDate d = date(y, b, a);
    return d != null ? d : date(y, a, b);
  }

  /** A full day encoded in a URL path (/2026/03/14/, -2026-03-14-, /20260314/), or null. */
  static Value fromUrl(String url) {
    if (url == null || url.isEmpty()) return null;
    Matcher m = URL_YMD.matcher(url);
    while (m.find()) {
      LocalDate d;
      if (m.group(1) != null) d = date(m.group(1), m.group(2), m.group(3));
      else if (m.group(4) != null) d = date(m.group(4), m.group(5), m.group(6));
      else if (m.group(7) != null) d = date(m.group(7), m.group(8), m.group(9));
      else d = dayFirst(m.group(13), m.group(10), m.group(12));
      if (plausible(d)) return new Value(d, d.toString());
    }
    return null;
  }

  private static LocalDate named(String y, String month, String d) {
    Integer mon = MONTHS.get(month.toLowerCase(Locale.ROOT));
    return mon == null ? null : date(y, mon.toString(), d);
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static final Map<String, String> ZONES = new HashMap<>();

  static {
    for (String cc :
        "de at ch li it fr es nl be lu pl cz sk hu dk se no si hr rs ba mc sm va ad mt"
            .split(" ")) {
      ZONES.put(cc, "Europe/Berlin");
    }
    for (String cc : "fi ee lv lt gr ro bg ua cy".split(" ")) ZONES.put(cc, "Europe/Helsinki");
    ZONES.put("uk", "Europe/London");
    ZONES.put("gb", "Europe/London");
    ZONES.put("ie", "Europe/Dublin");
    ZONES.put("pt", "Europe/Lisbon");
    ZONES.put("ru", "Europe/Moscow");
    ZONES.put("tr", "Europe/Istanbul");
    ZONES.put("jp", "Asia/Tokyo");
    ZONES.put("kr", "Asia/Seoul");
    for (String cc : "cn hk tw sg my ph".split(" ")) ZONES.put(cc, "Asia/Shanghai");
    ZONES.put("in", "Asia/Kolkata");
    ZONES.put("bd", "Asia/Dhaka");
    ZONES.put("th", "Asia/Bangkok");
    ZONES.put("vn", "Asia/Bangkok");
    ZONES.put("id", "Asia/Jakarta");
    ZONES.put("au", "Australia/Sydney");
    ZONES.put("nz", "Pacific/Auckland");
    ZONES.put("za", "Africa/Johannesburg");
    ZONES.put("br", "America/Sao_Paulo");
    ZONES.put("ar", "America/Argentina/Buenos_Aires");
    ZONES.put("uy", "America/Montevideo");
    ZONES.put("cl", "America/Santiago");
    ZONES.put("py", "America/Asuncion");
    ZONES.put("bo", "America/La_Paz");
    ZONES.put("ve", "America/Caracas");
    ZONES.put("pe", "America/Lima");
    ZONES.put("co", "America/Bogota");
    ZONES.put("ec", "America/Guayaquil");
    ZONES.put("mx", "America/Mexico_City");
    ZONES.put("ca", "America/Toronto");
    ZONES.put("us", "America/New_York");
  }

  /** Languages spoken in one time zone, or nearly so; English and Spanish are not. */
  private static final Map<String, String> LANGUAGE_ZONES =
      Map.ofEntries(
          Map.entry("de", "Europe/Berlin"),
          Map.entry("fr", "Europe/Paris"),
          Map.entry("it", "Europe/Rome"),
          Map.entry("nl", "Europe/Amsterdam"),
          Map.entry("pl", "Europe/Warsaw"),
          Map.entry("cs", "Europe/Prague"),
          Map.entry("sk", "Europe/Bratislava"),
          Map.entry("hu", "Europe/Budapest"),
          Map.entry("da", "Europe/Copenhagen"),
          Map.entry("sv", "Europe/Stockholm"),
          Map.entry("nb", "Europe/Oslo"),
          Map.entry("no", "Europe/Oslo"),
          Map.entry("fi", "Europe/Helsinki"),
          Map.entry("el", "Europe/Athens"),
          Map.entry("tr", "Europe/Istanbul"),
          Map.entry("ja", "Asia/Tokyo"),
          Map.entry("ko", "Asia/Seoul"),
          Map.entry("zh", "Asia/Shanghai"),
          Map.entry("bn", "Asia/Dhaka"),
          Map.entry("th", "Asia/Bangkok"),
          Map.entry("vi", "Asia/Bangkok"));

  /**
   * The time zone the page most likely shows its dates in: from the host's country code, else from
   * a language tag with a region ("en-US", "pt-BR"), else from a language spoken in one zone. Null
   * when nothing tells.
   */
  static java.time.ZoneId zoneOf(String host, String lang) {
    String id = null;
    if (host != null) {
      int dot = host.lastIndexOf('.');
      if (dot >= 0) id = ZONES.get(host.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
    if (id == null && lang != null && !lang.isEmpty()) {
      String l = lang.toLowerCase(Locale.ROOT).replace('_', '-');
      int dash = l.indexOf('-');
      // "en-US" is the default of blog software everywhere: it says nothing about the zone.
      if (dash > 0 && l.length() == dash + 3 && !l.endsWith("-us")) {
        id = ZONES.get(l.substring(dash + 1));
      }
      if (id == null) id = LANGUAGE_ZONES.get(dash > 0 ? l.substring(0, dash) : l);
    }
    try {
      return id == null ? null : java.time.ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A date-time given in UTC, moved to the page's own zone: the calendar day a reader of the page
   * sees. Values with another offset keep it; they already are the page's local time.
   */
  static Value localise(Value v, java.time.ZoneId zone) {
    if (v == null || zone == null || v.iso().length() <= 10) return v;
    String iso = v.iso();
    if (!isUtc(iso)) return v;
    try {
      OffsetDateTime t =
          OffsetDateTime.parse(iso, OFFSET_FORMAT).atZoneSameInstant(zone).toOffsetDateTime();
      return new Value(t.toLocalDate(), t.format(OFFSET_FORMAT));
    } catch (DateTimeException e) {
      return v;
    }
  }

  private static ZoneOffset offset(String s) {
    try {
      if (s.equals("Z")) return ZoneOffset.UTC;
      String v =
          s.length() == 5 && s.indexOf(':') < 0 ? s.substring(0, 3) + ":" + s.substring(3) : s;
      return ZoneOffset.of(v);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
