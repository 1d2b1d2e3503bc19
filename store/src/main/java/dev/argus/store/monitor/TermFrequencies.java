package dev.argus.store.monitor;

import dev.argus.store.StoredArticle;
import dev.argus.store.index.Analysis;
import dev.argus.store.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.TermWeightor;

/**
 * How many articles of a sample hold each analysed term of title or text, and each pair of adjacent
 * terms ({@code "interest rates"}, as {@link PhrasePairs} indexes exact phrases): what lets the
 * presearcher index a conjunction by its rarest term ({@code "Velmora Motors"} by {@code velmora},
 * not by the longer and far commoner {@code motors}). Only the choice of indexed terms depends on
 * it, never which articles a saved query matches; an empty sample leaves the choice to term length
 * alone.
 *
 * <p>Limit: at most {@value #MAX_TERMS} distinct terms are kept (the first met); terms past it
 * count as unseen, that is rare.
 */
public record TermFrequencies(int documents, Map<String, Integer> frequencies) {

  /** The most distinct terms kept. */
  public static final int MAX_TERMS = 2_000_000;

  public TermFrequencies {
    if (documents < 0) throw new IllegalArgumentException("documents must not be negative");
    frequencies = Map.copyOf(frequencies);
  }

  /** No statistics: terms are weighed by length only, as Lucene's monitor does by default. */
  public static TermFrequencies none() {
    return new TermFrequencies(0, Map.of());
  }

  /**
   * The document frequency of every term and every pair of adjacent terms (joined by a space) of
   * the title and text of {@code sample}.
   */
  public static TermFrequencies of(List<StoredArticle> sample) {
    return of(sample, MAX_TERMS);
  }

  static TermFrequencies of(List<StoredArticle> sample, int maxTerms) {
    Map<String, Integer> df = new HashMap<>();
    for (StoredArticle a : sample) {
      Set<String> terms = new HashSet<>();
      for (String f : Schema.DEFAULT_FIELDS) {
        String value = a.text(f);
        if (value == null || value.isEmpty()) continue;
        try (TokenStream ts = Analysis.forLanguage(a.text("language")).tokenStream(f, value)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
          ts.reset();
          String previous = null;
          while (ts.incrementToken()) {
            String t = term.toString();
            terms.add(t);
            if (previous != null && increment.getPositionIncrement() == 1) {
              terms.add(previous + PhrasePairs.SEPARATOR + t);
            }
            previous = t;
          }
          ts.end();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      for (String t : terms) {
        if (df.size() < maxTerms || df.containsKey(t)) df.merge(t, 1, Integer::sum);
      }
    }
    return new TermFrequencies(sample.size(), df);
  }

  /**
   * Lucene's length weighting times an inverse document frequency, {@code ln(1 + (N + 1) / (df +
   * 0.5))}: a term in every sampled article weighs about a third of an unseen one of the same
   * length.
   */
  TermWeightor weightor() {
    if (documents == 0) return TermWeightor.DEFAULT;
    double n = documents + 1.0;
    TermWeightor idf = t -> Math.log1p(n / (frequencies.getOrDefault(t.text(), 0) + 0.5));
    return TermWeightor.combine(TermWeightor.DEFAULT, idf);
  }

  /** The weight of {@code term} in field {@code field}; for tests. */
  double weight(String field, String term) {
    return weightor().applyAsDouble(new Term(field, term));
  }
}
