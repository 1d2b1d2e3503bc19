package dev.argus.store.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terms common enough that a phrase of them alone is slow to answer from positions: the store
 * indexes a pair of adjacent terms ({@link TextPairs}) only when both its terms are common, once it
 * has fixed which terms those are. A phrase with a rarer word is fast from positions alone: a
 * phrase query reads the articles of its rarest word (in under {@link Rule#share} of them) and only
 * there the positions of the others. The pairs holding a rarer word were nearly all the distinct
 * pair terms, and what they cost is what a commit's flush and every merge spend on the pairs.
 * Lucene's {@code CommonGramsFilter} (and HathiTrust's full-text search) pairs every common word
 * with its neighbours, whatever they are: more phrases from pairs, at the cost of those terms.
 *
 * <p>The store learns the terms from the texts of the first {@link Rule#sample} articles it indexes
 * (all pairs are indexed meanwhile): common are those in at least {@link Rule#share} of them. Once
 * fixed, they never change (a store keeps them in its commits), so that every article indexed since
 * holds the pairs of every phrase of common terms; such a phrase is answered from pairs, any other
 * from positions ({@link TextPairs#viaPairs( org.apache.lucene.search.Query, Set)}). Thread-safe.
 *
 * <p>Lucene's filter is not used: it pairs within an analysis chain, from a word list given up
 * front, while here the pairs are a field of their own made from the analysed text ({@link
 * AnalysedText#pairs(String, org.apache.lucene.document.FieldType, Set)}), and the words are learnt
 * from the store's own articles, whatever their languages.
 */
public final class CommonTerms {

  /**
   * How the terms are learnt: from the texts of the first {@code sample} articles indexed, those in
   * at least {@code share} of them.
   */
  public record Rule(int sample, double share) {
    public Rule {
      if (sample < 1) throw new IllegalArgumentException("sample must be at least 1: " + sample);
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("share must be in (0, 1]: " + share);
      }
    }

    /**
     * The first 2,000 articles, terms in 10 % of them. Measured with {@code argus bench store} over
     * 40,000 synthetic articles (2026-11-27): 240 common terms; pairs holding one common term gave
     * 910 and 955 articles/s against 779 and 763 with every pair (291 MiB against 376); pairs of
     * two gave 1,465 and 1,539 against 1,024 and 1,139 on a later build (241 MiB against 291). The
     * phrases found the same articles each time.
     */
    public static final Rule DEFAULT = new Rule(2_000, 0.10);
  }

  private final Rule rule;
  private Map<String, int[]> counts = new HashMap<>();
  private int seen;
  private volatile Set<String> fixed;

  private CommonTerms(Rule rule, Set<String> fixed) {
    this.rule = rule;
    this.fixed = fixed;
    if (fixed != null) counts = null;
  }

  /** Terms still to be learnt by {@code rule}. */
  public static CommonTerms learning(Rule rule) {
    return new CommonTerms(rule, null);
  }

  /** Terms already fixed, as a store's commit keeps them ({@link #encode}). */
  public static CommonTerms decode(String encoded) {
    Set<String> terms = new HashSet<>();
    for (String t : encoded.split(String.valueOf(AnalysedText.PAIR_SEPARATOR))) {
      if (!t.isEmpty()) terms.add(t);
    }
    return new CommonTerms(null, Collections.unmodifiableSet(terms));
  }

  /** The fixed terms, sorted and separated as no term can hold; null while learning. */
  public String encode() {
    Set<String> f = fixed;
    return f == null
        ? null
        : String.join(String.valueOf(AnalysedText.PAIR_SEPARATOR), new TreeSet<>(f));
  }

  /** The common terms, or null while they are still learnt (every pair is indexed meanwhile). */
  public Set<String> fixed() {
    return fixed;
  }

  /**
   * Counts the distinct terms of one article's text, while learning; the article that completes the
   * sample fixes the terms.
   */
  void observe(AnalysedText text) {
    if (fixed != null) return;
    String[] distinct = new String[text.size()];
    for (int i = 0; i < distinct.length; i++) distinct[i] = text.term(i);
    Arrays.sort(distinct);
    synchronized (this) {
      if (fixed != null) return;
      for (int i = 0; i < distinct.length; i++) {
        if (i > 0 && distinct[i].equals(distinct[i - 1])) continue;
        counts.computeIfAbsent(distinct[i], k -> new int[1])[0]++;
      }
      if (++seen == rule.sample()) {
        Set<String> common = new HashSet<>();
        double least = rule.share() * seen;
        counts.forEach(
            (t, n) -> {
              if (n[0] >= least) common.add(t);
            });
        counts = null;
        fixed = Collections.unmodifiableSet(common);
      }
    }
  }
}
