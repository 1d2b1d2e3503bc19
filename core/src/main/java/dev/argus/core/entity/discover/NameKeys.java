package dev.argus.core.entity.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys that link the same name across articles and languages, and the grouping of one article's
 * spans under them. Pure and stateless.
 *
 * <p>A key folds case and accents ("Société Générale" and "SOCIETE GENERALE" meet), drops dots
 * ("S.p.A." is "spa"), a possessive ("Nexori's"), leading honorifics ("Dr Anna Weber" is "anna
 * weber") and a trailing legal form when something is left ("Nexori AG" and "Nexori Inc." are both
 * "nexori"). A country name in any of the six languages becomes its ISO code ("Germany",
 * "Allemagne" and "Deutschland" are all "country:de"). Names that differ by translation ("Bank of
 * Spain", "Banco de España") do not meet: that takes a watch list or a knowledge base.
 */
public final class NameKeys {

  /** Prefix of the key of a country name. */
  public static final String COUNTRY_PREFIX = "country:";

  private NameKeys() {}

  /** The key of a name's surface form; empty if nothing is left once folded. */
  public static String key(String surface) {
    if (surface == null) {
      return "";
    }
    String folded = Cues.fold(surface.strip());
    if (folded.endsWith("'s")) {
      folded = folded.substring(0, folded.length() - 2);
    }
    List<String> tokens = words(folded);
    int from = 0;
    int to = tokens.size();
    while (to - from > 1 && Cues.isTitle(tokens.get(from), "")) {
      from++;
    }
    while (to - from > 1 && Cues.isLegalForm(tokens.get(to - 1))) {
      to--;
    }
    String key = String.join(" ", tokens.subList(from, to));
    String country = Cues.countryCode(key);
    return country == null ? key : COUNTRY_PREFIX + country.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether every word starts with a capital and goes on in lower case, as people's names do ("Lei
   * Jun", not "Lei Jun WIRED"): only such names take in a short form.
   */
  private static boolean titleCase(String text) {
    boolean start = true;
    boolean lower = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (start && !Character.isUpperCase(c)) {
          return false;
        }
        if (!start && Character.isUpperCase(c) && !lower) {
          return false;
        }
        lower = !start && Character.isLowerCase(c) || lower;
        start = false;
      } else if (Character.isWhitespace(c)) {
        if (!start && !lower) {
          return false;
        }
        start = true;
        lower = false;
      }
    }
    return lower;
  }

  /** Words of a folded name: split at spaces and hyphens, commas dropped. */
  private static List<String> words(String folded) {
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–') {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else if (c != ',') {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * One article's spans grouped by key, in order of first appearance. A single-word span whose key
   * is the last word of exactly one longer name in the same article that may be a person ("Barra"
   * after "Hugo Barra"), or failing that the first word of exactly one longer name that is not a
   * person ("Nexori" beside "Nexori Mobile"), joins that name's group, unless its own cues give it
   * another type.
   */
  public static Map<String, List<NameSpan>> group(List<NameSpan> spans) {
    Map<String, List<NameSpan>> groups = new LinkedHashMap<>();
    if (spans == null) {
      return groups;
    }
    Map<String, List<String>> byLast = new HashMap<>();
    Map<String, List<String>> byFirst = new HashMap<>();
    Map<String, NameType> types = new HashMap<>();
    List<String> keys = new ArrayList<>(spans.size());
    for (NameSpan span : spans) {
      String key = key(span.text());
      keys.add(key);
      String[] words = key.split(" ");
      if (words.length > 1 && !key.startsWith(COUNTRY_PREFIX)) {
        types.putIfAbsent(key, span.type());
        if ((span.type() == NameType.PERSON || span.type() == NameType.UNKNOWN)
            && titleCase(span.text())) {
          addDistinct(byLast, words[words.length - 1], key);
        }
        if (span.type() != NameType.PERSON) {
          addDistinct(byFirst, words[0], key);
        }
      }
    }
    for (int i = 0; i < spans.size(); i++) {
      String key = keys.get(i);
      if (key.isEmpty()) {
        continue;
      }
      NameSpan span = spans.get(i);
      if (key.indexOf(' ') < 0) {
        List<String> longer = byLast.get(key);
        if (longer == null) {
          longer = byFirst.get(key);
        }
        // A short form cued as something else ("en Madrid" beside "Real Madrid") stays apart.
        if (longer != null
            && longer.size() == 1
            && titleCase(span.text())
            && !(span.cued()
                && span.type() != NameType.UNKNOWN
                && span.type() != types.get(longer.get(0)))) {
          key = longer.get(0);
        }
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
    }
    return groups;
  }

  private static void addDistinct(Map<String, List<String>> map, String word, String key) {
    List<String> keys = map.computeIfAbsent(word, w -> new ArrayList<>(1));
    if (!keys.contains(key)) {
      keys.add(key);
    }
  }
}
