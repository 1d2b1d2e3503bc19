package dev.argus.core.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a page says its language is: {@code <html lang>}, {@code og:locale} and the {@code
 * Content-Language} header. Each is normalised to an ISO 639-1 code on construction ({@code en-GB}
 * → {@code en}, {@code pt_BR} → {@code pt}, {@code zh-Hans} → {@code zh}, {@code deu} → {@code
 * de}); junk ({@code x-default}, {@code und}, {@code mul}, unknown codes) becomes {@code null}.
 */
public record Declared(String htmlLang, String ogLocale, String contentLanguage) {

  /** A page that declares nothing. */
  public static final Declared NONE = new Declared(null, null, null);

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
  private static final Map<String, String> FROM_ISO_639_2 = new HashMap<>();

  static {
    for (String code : ISO_639_1) {
      FROM_ISO_639_2.put(Locale.of(code).getISO3Language(), code);
    }
    // Bibliographic 639-2 codes still seen in the wild.
    FROM_ISO_639_2.putAll(
        Map.of("ger", "de", "fre", "fr", "chi", "zh", "dut", "nl", "gre", "el", "cze", "cs"));
  }

  public Declared {
    htmlLang = normalise(htmlLang);
    ogLocale = normalise(ogLocale);
    contentLanguage = normalise(contentLanguage);
  }

  /** A declaration from {@code <html lang>} alone. */
  public static Declared htmlLang(String htmlLang) {
    return new Declared(htmlLang, null, null);
  }

  /**
   * The distinct declared languages, {@code <html lang>} first, then og:locale, then the header.
   */
  public List<String> languages() {
    List<String> out = new ArrayList<>(3);
    for (String code : new String[] {htmlLang, ogLocale, contentLanguage}) {
      if (code != null && !out.contains(code)) out.add(code);
    }
    return out;
  }

  /**
   * Normalises one declared value to an ISO 639-1 code, or {@code null} when it names no single
   * language. A list ({@code "de, en"}, as Content-Language allows) yields its first valid entry.
   * Legacy and macro codes map to the code the identifier reports: {@code iw} → {@code he}, {@code
   * in} → {@code id}, {@code ji} → {@code yi}, {@code no} → {@code nb} (Lingua knows Bokmål and
   * Nynorsk, not Norwegian).
   */
  static String normalise(String declared) {
    if (declared == null) return null;
    for (String entry : declared.split(",")) {
      String code = primarySubtag(entry);
      if (code != null) return code;
    }
    return null;
  }

  private static String primarySubtag(String entry) {
    String tag = entry.strip();
    int semicolon = tag.indexOf(';'); // Accept-Language style weights: "de;q=0.8"
    if (semicolon >= 0) tag = tag.substring(0, semicolon).strip();
    int sep = indexOfSeparator(tag);
    String primary = (sep >= 0 ? tag.substring(0, sep) : tag).toLowerCase(Locale.ROOT);
    switch (primary) {
      case "iw":
        return "he";
      case "in":
        return "id";
      case "ji":
        return "yi";
      case "no":
        return "nb";
      default:
        break;
    }
    if (primary.length() == 2) return ISO_639_1.contains(primary) ? primary : null;
    if (primary.length() == 3) return FROM_ISO_639_2.get(primary);
    return null;
  }

  private static int indexOfSeparator(String tag) {
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (c == '-' || c == '_') return i;
    }
    return -1;
  }
}
