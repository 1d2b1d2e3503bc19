package dev.argus.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The two extraction metrics of shared/bench/README.md, as pure functions. */
public final class Metrics {

  private static final Pattern WS = Pattern.compile("\\s+");

  private Metrics() {}

  public static String collapse(String s) {
    return s == null ? "" : WS.matcher(s).replaceAll(" ").strip();
  }

  /** Counts of the snippet metric; they add up across pages. */
  public record Counts(long tp, long fp, long fn, long tn) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }
  }

  /** Snippet metric for one page: wanted snippets found are TP, unwanted ones found are FP. */
  public static Counts snippets(String extracted, List<String> with, List<String> without) {
    String text = collapse(extracted);
    long tp = 0, fp = 0;
    for (String s : with) if (text.contains(collapse(s))) tp++;
    for (String s : without) if (text.contains(collapse(s))) fp++;
    return new Counts(tp, fp, with.size() - tp, without.size() - fp);
  }

  /**
   * Tokens as Python's {@code \w+}: runs of letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and
   * underscore. Java's {@code \w} differs (it takes marks and misses No), hence the explicit types.
   */
  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) return out;
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(s.substring(start));
    return out;
  }

  static boolean isWordChar(int cp) {
    if (cp == '_') return true;
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /** The multiset of 4-token shingles; fewer than 4 tokens make one short shingle. */
  public static Map<String, Integer> shingles(String s) {
    List<String> t = tokens(s);
    Map<String, Integer> out = new HashMap<>();
    if (t.isEmpty()) return out;
    if (t.size() < 4) {
      out.merge(String.join("\u0001", t), 1, Integer::sum);
      return out;
    }
    for (int i = 0; i + 4 <= t.size(); i++) {
      out.merge(String.join("\u0001", t.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }

  /** Per-page precision and recall of the shingle metric; NaN where the page does not count. */
  public record PagePR(double precision, double recall) {}

  public static PagePR shinglePage(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0, fp = 0, fn = 0;
    Map<String, Integer> keys = new HashMap<>(t);
    p.forEach(keys::putIfAbsent);
    for (String k : keys.keySet()) {
      int tc = t.getOrDefault(k, 0), pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    double precision = tp + fp > 0 ? ratio(tp, fp) : Double.NaN;
    double recall = tp + fn > 0 ? ratio(tp, fn) : Double.NaN;
    return new PagePR(precision, recall);
  }

  private static double ratio(double tp, double other) {
    if (other == 0) return 1;
    if (tp == 0) return 0;
    return tp / (tp + other);
  }

  /** Title match: equal after collapsing whitespace and case. */
  public static boolean titleMatches(String truth, String got) {
    return got != null && norm(truth).equals(norm(got));
  }

  /** Author match: any labelled name equals, or is contained in, one of the extracted names. */
  public static boolean authorMatches(List<String> truth, List<String> got) {
    for (String t : truth) {
      String nt = norm(t);
      for (String g : got) {
        String ng = norm(g);
        if (!ng.isEmpty()
            && (ng.equals(nt) || ng.contains(nt) || (ng.length() >= 4 && nt.contains(ng)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Exact author match: a labelled name equals one of the extracted names after collapsing
   * whitespace and case. {@link #authorMatches} also accepts a name inside a longer string, so it
   * does not see a label or a date glued to the name ("Posted by Jane Roe", "Jane Roe Updated").
   */
  public static boolean authorExact(List<String> truth, List<String> got) {
    for (String t : truth) {
      String nt = norm(t);
      for (String g : got) {
        if (norm(g).equals(nt)) return true;
      }
    }
    return false;
  }

  /** Date match: the same calendar day (the first ten characters of an ISO-8601 value). */
  public static boolean dateMatches(String truth, String got) {
    return got != null
        && got.length() >= 10
        && truth.length() >= 10
        && got.substring(0, 10).equals(truth.substring(0, 10));
  }

  static String norm(String s) {
    return collapse(s).toLowerCase(Locale.ROOT);
  }
}
