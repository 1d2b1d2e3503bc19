package dev.argus.bench.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What saved queries and articles are made of: per language, content words (most frequent first)
 * and collocations (word pairs that occur together), and named entities with an alias each. Either
 * made up from a seed ({@link #generated}) or gathered from real texts ({@link #fromTexts}).
 */
public record Vocabulary(
    Map<String, List<String>> words,
    Map<String, List<String>> collocations,
    List<Entity> entities) {

  /** A named entity and another name it goes by (an acronym, a short form). */
  public record Entity(String name, String alias) {}

  public Vocabulary {
    words = Map.copyOf(words);
    collocations = Map.copyOf(collocations);
    entities = List.copyOf(entities);
    if (words.isEmpty() || entities.isEmpty()) {
      throw new IllegalArgumentException("a vocabulary needs words and entities");
    }
  }

  /** Languages of the generated vocabulary and articles. */
  static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it");

  private static final String[] SYLLABLES = {
    "bar", "cel", "dor", "fen", "gal", "hor", "kin", "lum", "mor", "nar", "pol", "quen", "ros",
    "sal", "tor", "vel", "wen", "zar", "tri", "ston", "ber", "cla", "dra", "fli", "gro", "pla",
    "sta", "ven", "mil", "tar"
  };

  /** Endings that make pseudo-words inflect as each language does, so stemmers have work. */
  private static final Map<String, String[]> ENDINGS =
      Map.of(
          "en", new String[] {"", "s", "ing", "ed", "ment", "ers"},
          "fr", new String[] {"e", "es", "ement", "ique", "ation", "eur"},
          "de", new String[] {"en", "ung", "ungen", "er", "lich", "keit"},
          "es", new String[] {"o", "os", "ción", "ado", "ista", "ería"},
          "it", new String[] {"o", "i", "zione", "ato", "ista", "mente"});

  /** Syllables of names, none shared with words, so that a name is never also a word. */
  private static final String[] NAME_SYLLABLES = {
    "ax", "bey", "cru", "dax", "eko", "fyr", "gu", "hax", "ixo", "jor", "kyo", "lix", "myr", "nox",
    "ovo", "pux", "qi", "rhy", "syx", "tux", "uzo", "vyk", "wox", "xan", "yul", "zhe"
  };

  private static final String[] FIRST = {
    "Anna", "Luca", "Marta", "Jürgen", "Élodie", "José", "Giulia", "Oliver", "Sofía", "Henrik",
    "Chloé", "Matteo", "Ingrid", "Pablo", "Noémie", "Stefan", "Lucía", "Tomás", "Amélie", "Franz"
  };
  private static final String[] SUFFIXES = {
    "Motors", "Group", "Bank", "Energie", "Systems", "Pharma", "Holdings", "Labs", "Média", "AG"
  };

  /**
   * A made-up vocabulary: {@code wordsPerLanguage} words and half as many collocations in each of
   * {@link #LANGUAGES}, and {@code entities} companies and people (half each).
   */
  public static Vocabulary generated(int wordsPerLanguage, int entities, long seed) {
    Random r = new Random(seed);
    Map<String, List<String>> words = new LinkedHashMap<>();
    Map<String, List<String>> collocations = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (String lang : LANGUAGES) {
      List<String> w = new ArrayList<>();
      String[] endings = ENDINGS.get(lang);
      while (w.size() < wordsPerLanguage) {
        String stem = syllables(r, 2 + r.nextInt(2));
        String word = stem + endings[r.nextInt(endings.length)];
        if (seen.add(lang + word)) w.add(word);
      }
      words.put(lang, w);
      List<String> c = new ArrayList<>();
      for (int i = 0; i < wordsPerLanguage / 2; i++) {
        c.add(w.get(zipf(r, w.size())) + " " + w.get(zipf(r, w.size())));
      }
      collocations.put(lang, c);
    }
    List<Entity> list = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (list.size() < entities) {
      boolean company = list.size() % 2 == 0;
      StringBuilder sb = new StringBuilder();
      for (int i = 2 + r.nextInt(2); i > 0; i--) {
        sb.append(NAME_SYLLABLES[r.nextInt(NAME_SYLLABLES.length)]);
      }
      String core = capitalise(sb.toString());
      String first = FIRST[r.nextInt(FIRST.length)];
      String name =
          company ? core + " " + SUFFIXES[r.nextInt(SUFFIXES.length)] : first + " " + core;
      String alias = company ? core : first.charAt(0) + ". " + core;
      if (names.add(name)) list.add(new Entity(name, alias));
    }
    return new Vocabulary(words, collocations, list);
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  private static final Pattern NAME =
      Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}(?: \\p{Lu}\\p{Ll}{2,}){1,2}\\b");

  /**
   * A vocabulary from real texts (language → texts): content words are those in at least two texts
   * but at most a twentieth of them, most frequent first; collocations are pairs of such words seen
   * side by side at least twice; entities are runs of two or three capitalised words seen at least
   * twice, their last word as alias.
   */
  public static Vocabulary fromTexts(Map<String, List<String>> textsByLanguage) {
    Map<String, List<String>> words = new LinkedHashMap<>();
    Map<String, List<String>> collocations = new LinkedHashMap<>();
    Map<String, Integer> nameCounts = new HashMap<>();
    int total = textsByLanguage.values().stream().mapToInt(List::size).sum();
    for (var e : textsByLanguage.entrySet()) {
      Map<String, Integer> df = new HashMap<>();
      Map<String, Integer> pairs = new HashMap<>();
      for (String t : e.getValue()) {
        Set<String> inText = new HashSet<>();
        String previous = null;
        Matcher m = WORD.matcher(t);
        int lastEnd = -1;
        while (m.find()) {
          String w = m.group().toLowerCase(Locale.ROOT);
          inText.add(w);
          if (previous != null && t.substring(lastEnd, m.start()).equals(" ")) {
            pairs.merge(previous + " " + w, 1, Integer::sum);
          }
          previous = w;
          lastEnd = m.end();
        }
        for (String w : inText) df.merge(w, 1, Integer::sum);
        Matcher n = NAME.matcher(t);
        while (n.find()) nameCounts.merge(n.group(), 1, Integer::sum);
      }
      int max = Math.max(2, e.getValue().size() / 20);
      List<String> w =
          df.entrySet().stream()
              .filter(x -> x.getValue() >= 2 && x.getValue() <= max)
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .map(Map.Entry::getKey)
              .toList();
      if (w.isEmpty()) continue;
      Set<String> content = new HashSet<>(w);
      List<String> c =
          pairs.entrySet().stream()
              .filter(x -> x.getValue() >= 2)
              .filter(x -> x.getKey().split(" ").length == 2)
              .filter(x -> content.containsAll(List.of(x.getKey().split(" "))))
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .map(Map.Entry::getKey)
              .toList();
      words.put(e.getKey(), w);
      collocations.put(e.getKey(), c.isEmpty() ? List.of(w.get(0) + " " + w.get(0)) : c);
    }
    List<Entity> entities =
        nameCounts.entrySet().stream()
            .filter(x -> x.getValue() >= 2 && x.getValue() <= Math.max(2, total / 10))
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .map(n -> new Entity(n, n.substring(n.lastIndexOf(' ') + 1)))
            .toList();
    return new Vocabulary(words, collocations, entities);
  }

  /** A rank in {@code [0, n)}, small ranks likelier (Zipf-like, exponent 1). */
  static int zipf(Random r, int n) {
    // Inverse of the continuous 1/x distribution over [1, n + 1).
    double x = Math.exp(r.nextDouble() * Math.log(n + 1.0));
    return Math.min(n - 1, (int) x - 1);
  }

  private static String syllables(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    return sb.toString();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
