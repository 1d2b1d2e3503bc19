package dev.argus.bench.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scores of a story set: BCubed across languages and within each, plus the worst merges
 * (predicted stories mixing gold labels) and splits (gold labels spread over predicted stories).
 *
 * @param results every article's outcome, in the order it was clustered
 * @param across BCubed over all articles
 * @param languages BCubed within each identified language, by language code
 * @param events the number of gold labels
 * @param stories the number of predicted stories
 */
public record StoryEvalReport(
    List<StoryEval.Result> results,
    BCubed.Score across,
    List<Language> languages,
    int events,
    int stories) {

  /** How many merges and splits the report lists. */
  public static final int WORST = 5;

  /** How many article ids one line of a merge or split shows. */
  static final int IDS_PER_LINE = 4;

  public StoryEvalReport {
    results = List.copyOf(results);
    languages = List.copyOf(languages);
  }

  /** The scores within one language. */
  public record Language(
      String language, int articles, int events, int stories, BCubed.Score score) {}

  /**
   * One predicted story mixing gold labels, or one gold label spread over predicted stories.
   *
   * @param key the predicted story (a merge) or the gold label (a split)
   * @param wrongPairs the pairs of its articles wrongly together (merge) or apart (split)
   * @param parts its articles grouped by gold label (merge) or predicted story (split), largest
   *     first
   */
  public record Error(String key, int size, long wrongPairs, Map<String, List<String>> parts) {}

  /** BCubed F1 within languages: the mean over languages, weighted by their articles. */
  public double withinF1() {
    return weighted(s -> s.f1());
  }

  public double withinPrecision() {
    return weighted(s -> s.precision());
  }

  public double withinRecall() {
    return weighted(s -> s.recall());
  }

  private double weighted(java.util.function.ToDoubleFunction<BCubed.Score> f) {
    double sum = 0;
    int n = 0;
    for (Language l : languages) {
      sum += f.applyAsDouble(l.score()) * l.articles();
      n += l.articles();
    }
    return n == 0 ? 1 : sum / n;
  }

  /** Predicted stories mixing gold labels, most wrong pairs first. */
  public List<Error> merges() {
    return errors(StoryEval.Result::predicted, r -> r.labelled().story());
  }

  /** Gold labels spread over several predicted stories, most wrong pairs first. */
  public List<Error> splits() {
    return errors(r -> r.labelled().story(), StoryEval.Result::predicted);
  }

  private List<Error> errors(
      java.util.function.Function<StoryEval.Result, String> group,
      java.util.function.Function<StoryEval.Result, String> part) {
    Map<String, Map<String, List<String>>> groups = new TreeMap<>();
    for (StoryEval.Result r : results) {
      groups
          .computeIfAbsent(group.apply(r), k -> new TreeMap<>())
          .computeIfAbsent(part.apply(r), k -> new ArrayList<>())
          .add(r.labelled().id());
    }
    List<Error> out = new ArrayList<>();
    groups.forEach(
        (key, parts) -> {
          if (parts.size() < 2) return;
          int size = parts.values().stream().mapToInt(List::size).sum();
          long pairs = (long) size * (size - 1) / 2;
          for (List<String> ids : parts.values()) pairs -= (long) ids.size() * (ids.size() - 1) / 2;
          Map<String, List<String>> sorted = new LinkedHashMap<>();
          parts.entrySet().stream()
              .sorted(
                  Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size()))
              .forEach(e -> sorted.put(e.getKey(), List.copyOf(e.getValue())));
          out.add(new Error(key, size, pairs, sorted));
        });
    out.sort(Comparator.comparing((Error e) -> -e.wrongPairs()).thenComparing(Error::key));
    return out;
  }

  /** The report as text: a table by language, the worst merges and splits, then a summary line. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-9s %8s %7s %8s %7s %7s %7s%n",
            "language",
            "articles",
            "events",
            "stories",
            "P",
            "R",
            "F1"));
    for (Language l : languages) {
      b.append(row(l.language(), l.articles(), l.events(), l.stories(), l.score()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%-9s %8d %7s %8s %7.3f %7.3f %7.3f%n",
            "within",
            across.items(),
            "",
            "",
            withinPrecision(),
            withinRecall(),
            withinF1()));
    b.append(row("across", across.items(), events, stories, across));
    appendErrors(b, "Worst merges (predicted story: articles by gold label)", merges());
    appendErrors(b, "Worst splits (gold label: articles by predicted story)", splits());
    b.append(
        String.format(
            Locale.ROOT,
            "BCubed within F1 %.3f across F1 %.3f articles %d events %d%n",
            withinF1(),
            across.f1(),
            across.items(),
            events));
    return b.toString();
  }

  private static String row(String name, int articles, int events, int stories, BCubed.Score s) {
    return String.format(
        Locale.ROOT,
        "%-9s %8d %7d %8d %7.3f %7.3f %7.3f%n",
        name,
        articles,
        events,
        stories,
        s.precision(),
        s.recall(),
        s.f1());
  }

  private static void appendErrors(StringBuilder b, String title, List<Error> errors) {
    b.append(String.format(Locale.ROOT, "%n%s: %d%n", title, errors.size()));
    for (Error e : errors.subList(0, Math.min(WORST, errors.size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %s (%d articles, %d wrong pairs)%n",
              e.key(),
              e.size(),
              e.wrongPairs()));
      e.parts()
          .forEach(
              (part, ids) -> {
                String shown =
                    ids.stream().limit(IDS_PER_LINE).collect(Collectors.joining(" "))
                        + (ids.size() > IDS_PER_LINE ? " …" : "");
                b.append(String.format(Locale.ROOT, "    %s ×%d: %s%n", part, ids.size(), shown));
              });
    }
    b.append('\n');
  }

  /** The report as a map, for JSON. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", across.items());
    m.put("events", events);
    m.put("stories", stories);
    m.put("within", scoreMap(withinPrecision(), withinRecall(), withinF1()));
    m.put("across", scoreMap(across.precision(), across.recall(), across.f1()));
    Map<String, Object> byLanguage = new LinkedHashMap<>();
    for (Language l : languages) {
      Map<String, Object> x = scoreMap(l.score().precision(), l.score().recall(), l.score().f1());
      x.put("articles", l.articles());
      x.put("events", l.events());
      x.put("stories", l.stories());
      byLanguage.put(l.language(), x);
    }
    m.put("languages", byLanguage);
    m.put("merges", merges().stream().limit(WORST).map(StoryEvalReport::errorMap).toList());
    m.put("splits", splits().stream().limit(WORST).map(StoryEvalReport::errorMap).toList());
    return m;
  }

  private static Map<String, Object> scoreMap(double p, double r, double f1) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(p));
    m.put("recall", round(r));
    m.put("f1", round(f1));
    return m;
  }

  private static Map<String, Object> errorMap(Error e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", e.key());
    m.put("size", e.size());
    m.put("wrongPairs", e.wrongPairs());
    m.put("parts", e.parts());
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }
}
