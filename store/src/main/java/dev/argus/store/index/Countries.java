package dev.argus.store.index;

import java.util.Locale;
import java.util.Map;

/**
 * The country of a site from its domain's country-code top-level domain, for sources whose settings
 * give none. Generic domains (.com, .org, .news …) have no country. Written here because no library
 * we use maps ccTLDs to ISO 3166 codes: the table is the ISO code itself, except for the few ccTLDs
 * that differ from it (uk → GB) and the ones that are used as generic names (.tv, .io, .co, .me,
 * .ai …), which say nothing about where an outlet is.
 */
public final class Countries {

  private static final Map<String, String> DIFFERENT = Map.of("uk", "GB", "eu", "EU");

  private static final java.util.Set<String> GENERIC_USE =
      java.util.Set.of(
          "tv", "io", "co", "me", "ai", "fm", "am", "ly", "to", "cc", "ws", "gg", "nu", "tk", "sh",
          "ac", "app", "su");

  private Countries() {}

  /** ISO 3166-1 alpha-2 code (upper case) for {@code host}'s ccTLD, or null. */
  public static String ofHost(String host) {
    if (host == null) return null;
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    int dot = h.lastIndexOf('.');
    if (dot < 0) return null;
    String tld = h.substring(dot + 1);
    if (tld.length() != 2 || !tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) return null;
    if (GENERIC_USE.contains(tld)) return null;
    String different = DIFFERENT.get(tld);
    return different != null ? different : tld.toUpperCase(Locale.ROOT);
  }
}
