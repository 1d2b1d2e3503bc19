package dev.argus.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * An article's title or text analysed once by its language chain, replayed as the token stream of
 * every field that indexes it: in a saved-query batch {@link Schema#ALL}, the title or text field
 * itself when a saved query reads it, and the pairs of adjacent terms of the presearcher; in the
 * store the title or text field and its pairs ({@link TextPairs}). Each of those used to run the
 * chain again (tokenizer, folding, stemming, bigrams), which was the larger part of building a
 * batch's index.
 *
 * <p>What is kept is what the indexer reads: each token's term, position increment and offsets,
 * and, after the last token, the stream's final increment and offset, so positions, the gap between
 * two values of a field and the norms come out as the chain's own. Immutable once made.
 */
public final class AnalysedText {

  private final String value;
  private final String[] terms;
  private final int[] increments;
  private final int[] starts;
  private final int[] ends;
  private final int size;
  private final int endIncrement;
  private final int endOffset;

  private AnalysedText(
      String value,
      String[] terms,
      int[] increments,
      int[] starts,
      int[] ends,
      int size,
      int endIncrement,
      int endOffset) {
    this.value = value;
    this.terms = terms;
    this.increments = increments;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
    this.endIncrement = endIncrement;
    this.endOffset = endOffset;
  }

  /** {@code value} as {@code chain} analyses it (under any field name: the chains ignore it). */
  public static AnalysedText of(Analyzer chain, String value) {
    String[] terms = new String[16];
    int[] increments = new int[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    try (TokenStream ts = chain.tokenStream("", value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == terms.length) {
          int grown = n * 2;
          terms = Arrays.copyOf(terms, grown);
          increments = Arrays.copyOf(increments, grown);
          starts = Arrays.copyOf(starts, grown);
          ends = Arrays.copyOf(ends, grown);
        }
        terms[n] = term.toString();
        increments[n] = increment.getPositionIncrement();
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        n++;
      }
      ts.end();
      return new AnalysedText(
          value,
          terms,
          increments,
          starts,
          ends,
          n,
          increment.getPositionIncrement(),
          offset.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a chain reading a string
    }
  }

  /** Terms with the given position increments, as a chain might make them (for tests). */
  static AnalysedText of(String[] terms, int[] increments) {
    int[] zeros = new int[terms.length];
    return new AnalysedText(
        String.join(" ", terms),
        terms.clone(),
        increments.clone(),
        zeros,
        zeros,
        terms.length,
        0,
        0);
  }

  /** How many tokens. */
  public int size() {
    return size;
  }

  /** The term of token {@code i}. */
  public String term(int i) {
    return terms[i];
  }

  /** The position increment of token {@code i}. */
  public int increment(int i) {
    return increments[i];
  }

  /** A field {@code name} of {@code type} indexing these tokens. */
  public Field field(String name, FieldType type) {
    return new Replayed(name, type, this, null);
  }

  /**
   * A field {@code name} of {@code type} indexing {@code only} instead of the tokens (each at an
   * increment of one, without offsets): what a field derived from the tokens, such as their pairs,
   * indexes.
   */
  public static Field field(String name, FieldType type, String[] only) {
    return new Replayed(name, type, null, only);
  }

  /** Between the two terms of a pair; no analysed term contains a space. */
  public static final char PAIR_SEPARATOR = ' ';

  /**
   * A field {@code name} of {@code type} indexing each pair of terms at adjacent positions ({@code
   * "interest rate"}), at the position of its first term: every term at one position with every
   * term at the next, should a chain ever stack terms; no pair spans a position gap. A phrase over
   * these pairs at consecutive positions then matches exactly where the words' phrase does.
   */
  public Field pairs(String name, FieldType type) {
    return pairs(name, type, null);
  }

  /**
   * {@link #pairs(String, FieldType)}, only the pairs where {@code common} holds both terms ({@code
   * common} null: every pair).
   */
  public Field pairs(String name, FieldType type, java.util.Set<String> common) {
    String[] pairs = new String[Math.max(1, size)];
    int[] pairIncrements = new int[pairs.length];
    int m = 0;
    int previousStart = 0; // the terms at the position before the current one: [start, end)
    int previousEnd = 0;
    long previousPosition = Long.MIN_VALUE;
    int currentStart = 0;
    long position = -1;
    long emitted = -1;
    // Each term looked up once, though it pairs with the terms on both sides.
    boolean[] isCommon = null;
    if (common != null) {
      isCommon = new boolean[size];
      for (int i = 0; i < size; i++) isCommon[i] = common.contains(terms[i]);
    }
    for (int i = 0; i < size; i++) {
      if (i == 0 || increments[i] > 0) {
        previousStart = currentStart;
        previousEnd = i;
        previousPosition = position;
        currentStart = i;
        position += Math.max(1, increments[i]);
      }
      if (previousPosition != position - 1) continue; // a gap: no pair spans it
      for (int j = previousStart; j < previousEnd; j++) {
        if (isCommon != null && !(isCommon[j] && isCommon[i])) continue;
        if (m == pairs.length) {
          pairs = Arrays.copyOf(pairs, m * 2);
          pairIncrements = Arrays.copyOf(pairIncrements, m * 2);
        }
        pairs[m] = terms[j] + PAIR_SEPARATOR + terms[i];
        pairIncrements[m] = (int) (previousPosition - emitted);
        emitted = previousPosition;
        m++;
      }
    }
    return new Replayed(
        name, type, null, Arrays.copyOf(pairs, m), Arrays.copyOf(pairIncrements, m));
  }

  private static final class Replayed extends Field {
    private final AnalysedText text;
    private final String[] only;
    private final int[] onlyIncrements;

    Replayed(String name, FieldType type, AnalysedText text, String[] only) {
      this(name, type, text, only, null);
    }

    Replayed(String name, FieldType type, AnalysedText text, String[] only, int[] onlyIncrements) {
      super(name, text != null ? text.value : "", type);
      this.text = text;
      this.only = only;
      this.onlyIncrements = onlyIncrements;
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
      return new Replay(text, only, onlyIncrements);
    }
  }

  /** The recorded tokens, or the given terms. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final AnalysedText text;
    private final String[] only;
    private final int[] onlyIncrements;
    private int next;

    Replay(AnalysedText text, String[] only, int[] onlyIncrements) {
      this.text = text;
      this.only = only;
      this.onlyIncrements = onlyIncrements;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      if (text != null) {
        if (next >= text.size) return false;
        term.setEmpty().append(text.terms[next]);
        increment.setPositionIncrement(text.increments[next]);
        offset.setOffset(text.starts[next], text.ends[next]);
      } else {
        if (next >= only.length) return false;
        term.setEmpty().append(only[next]);
        if (onlyIncrements != null) increment.setPositionIncrement(onlyIncrements[next]);
      }
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      if (text != null) {
        increment.setPositionIncrement(text.endIncrement);
        offset.setOffset(text.endOffset, text.endOffset);
      } else {
        increment.setPositionIncrement(0);
      }
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
