package dev.argus.core.tone;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One language's sentiment lexicon, compiled for lookup: single-word entries, phrase entries (keys
 * of several tokens, matched longest first) and the negators. Valences are stored divided by the
 * lexicon's largest magnitude, so every entry lies in [-1, 1] whatever scale the source uses
 * (AFINN's integers run from -5 to 5). Immutable and safe to share between threads.
 */
public final class ToneLexicon {
  private final Map<String, Double> words;
  private final Map<String, Double> phrases;
  private final Set<String> phraseStarts;
  private final int longestPhrase;
  private final Set<String> negators;

  private ToneLexicon(
      Map<String, Double> words,
      Map<String, Double> phrases,
      Set<String> phraseStarts,
      int longestPhrase,
      Set<String> negators) {
    this.words = words;
    this.phrases = phrases;
    this.phraseStarts = phraseStarts;
    this.longestPhrase = longestPhrase;
    this.negators = negators;
  }

  /**
   * Compiles a lexicon.
   *
   * @param entries key (a word or a phrase, in the source's own spelling) to valence on the
   *     source's scale
   * @param scale the source's largest magnitude (5 for AFINN); valences are divided by it and
   *     clamped to [-1, 1]
   * @param negators words or phrases that flip the valence of what follows; only single-token ones
   *     are used (the multi-word negators of the sources each contain a single-token one)
   */
  public static ToneLexicon of(
      Map<String, ? extends Number> entries, double scale, Iterable<String> negators) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(negators, "negators");
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be positive and finite: " + scale);
    }
    Map<String, Double> words = new HashMap<>();
    Map<String, Double> phrases = new HashMap<>();
    Set<String> starts = new HashSet<>();
    Map<Double, Double> values = new HashMap<>();
    int longest = 1;
    for (Map.Entry<String, ? extends Number> e : entries.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) continue;
      double v = e.getValue().doubleValue() / scale;
      if (Double.isNaN(v)) continue;
      List<String> forms = ToneTokens.forms(e.getKey());
      // A zero-valued word never changes a score; a zero-valued phrase does, by hiding its words.
      if (forms.isEmpty() || (v == 0 && forms.size() == 1)) continue;
      // Sources use a handful of distinct valences: one boxed instance each keeps the heap small.
      Double valence = values.computeIfAbsent(Math.max(-1, Math.min(1, v)), x -> x);
      // A source may list one word in two spellings that fold together (German "Abfall" and
      // "abfall"): the first listed wins, so the result does not depend on hash order.
      if (forms.size() == 1) {
        words.putIfAbsent(forms.get(0), valence);
      } else {
        phrases.putIfAbsent(String.join(" ", forms), valence);
        starts.add(forms.get(0));
        longest = Math.max(longest, forms.size());
      }
    }
    Set<String> negs = new HashSet<>();
    for (String n : negators) {
      if (n == null) continue;
      List<String> forms = ToneTokens.forms(n);
      if (forms.size() == 1) negs.add(forms.get(0));
    }
    return new ToneLexicon(
        Map.copyOf(words), Map.copyOf(phrases), Set.copyOf(starts), longest, Set.copyOf(negs));
  }

  /** Number of entries, words and phrases together. */
  public int size() {
    return words.size() + phrases.size();
  }

  /** The valence in [-1, 1] of one folded word, or {@code null} when the lexicon lacks it. */
  Double word(String form) {
    return words.get(form);
  }

  /** The valence of a folded phrase (forms joined by one space), or {@code null}. */
  Double phrase(String joined) {
    return phrases.get(joined);
  }

  /** Whether some phrase begins with this folded word: spares building phrase keys elsewhere. */
  boolean startsPhrase(String form) {
    return phraseStarts.contains(form);
  }

  int longestPhrase() {
    return longestPhrase;
  }

  boolean isNegator(String form) {
    return negators.contains(form);
  }

  Set<String> negators() {
    return negators;
  }
}
