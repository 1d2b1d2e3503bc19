package dev.argus.core.extract.meta;

import java.util.Locale;
import java.util.Map;

/** Normalises declared languages to ISO 639-1 codes. */
final class Languages {

  private static final Map<String, String> THREE =
      Map.ofEntries(
          Map.entry("deu", "de"),
          Map.entry("ger", "de"),
          Map.entry("eng", "en"),
          Map.entry("fra", "fr"),
          Map.entry("fre", "fr"),
          Map.entry("spa", "es"),
          Map.entry("ita", "it"),
          Map.entry("por", "pt"),
          Map.entry("nld", "nl"),
          Map.entry("dut", "nl"),
          Map.entry("pol", "pl"),
          Map.entry("rus", "ru"),
          Map.entry("zho", "zh"),
          Map.entry("chi", "zh"),
          Map.entry("jpn", "ja"),
          Map.entry("swe", "sv"),
          Map.entry("ces", "cs"),
          Map.entry("cze", "cs"),
          Map.entry("hun", "hu"),
          Map.entry("tur", "tr"),
          Map.entry("ara", "ar"));

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("german", "de"),
          Map.entry("deutsch", "de"),
          Map.entry("english", "en"),
          Map.entry("french", "fr"),
          Map.entry("français", "fr"),
          Map.entry("spanish", "es"),
          Map.entry("español", "es"),
          Map.entry("italian", "it"),
          Map.entry("italiano", "it"),
          Map.entry("chinese", "zh"),
          Map.entry("portuguese", "pt"),
          Map.entry("dutch", "nl"));

  private Languages() {}

  /** "de-DE", "de_AT", "DE", "deu", "German" give "de"; anything else gives null. */
  static String normalize(String declared) {
    if (declared == null) return null;
    String s = declared.trim().toLowerCase(Locale.ROOT);
    int comma = s.indexOf(',');
    if (comma > 0) s = s.substring(0, comma).trim();
    if (s.isEmpty()) return null;
    String primary = s.split("[-_\\s;]", 2)[0];
    if (primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return primary;
    }
    if (primary.length() == 3) return THREE.get(primary);
    return NAMES.get(primary);
  }

  static String first(String... declared) {
    for (String d : declared) {
      String n = normalize(d);
      if (n != null) return n;
    }
    return null;
  }
}
