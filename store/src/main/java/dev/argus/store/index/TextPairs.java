package dev.argus.store.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The article's title and text indexed a second time as pairs of adjacent terms ({@code "interest
 * rates"} as one term, at the position of its first word), so that an exact phrase is a term
 * look-up instead of a walk through the positions of every article holding all its words. A phrase
 * of two common words otherwise costs as much as reading the positions of a large part of the
 * index; Elasticsearch offers the same trade ({@code index_phrases}) for the same reason: a larger
 * index, faster phrases.
 *
 * <p>The text is analysed once, by its language's chain, and both fields replay that analysis
 * ({@link AnalysedText}). Each article indexed this way also carries the term {@link
 * #MARKER_FIELD}:{@link #MARKER}: a store whose every document has it (or {@link #EARLIER_MARKER})
 * answers phrases through {@link #viaPairs}; an older store keeps answering them with positions.
 * Once a store has fixed its common terms ({@link CommonTerms}), it indexes only the pairs of two
 * common terms; the mark then stands for the pairs of the store's rule, and {@link #viaPairs(Query,
 * java.util.Set)} rewrites only the phrases those pairs answer.
 *
 * <p>Written here because Lucene's {@code ShingleFilter} cannot be told to pair only terms at
 * adjacent positions, and a phrase query over its shingles would then not match exactly what the
 * phrase matches.
 */
public final class TextPairs {

  /** The fields of the pairs of adjacent terms, by the field they come from. */
  static final Map<String, String> FIELDS =
      Map.of(Schema.TITLE, "_title_pairs", Schema.TEXT, "_text_pairs");

  /** The field marking a document indexed with pairs. */
  public static final String MARKER_FIELD = "_indexed";

  /**
   * The value of {@link #MARKER_FIELD}: which fields have pairs, and that once the store fixed its
   * common terms a document has only the pairs of two of them.
   */
  public static final String MARKER = "pairs:title,text;common:both";

  /**
   * The mark of the versions that indexed, once the common terms were fixed, every pair holding one
   * of them (and every pair before): more pairs than {@link #MARKER} stands for, so such documents
   * answer the phrases {@link #viaPairs(Query, java.util.Set)} rewrites too. A build of those
   * versions does not know {@link #MARKER}, and answers phrases in a store written since from
   * positions instead of looking up pairs that are not there.
   */
  static final String EARLIER_MARKER = "pairs:title,text";

  private TextPairs() {}

  /**
   * The fields of {@code text} in {@code language}: the field itself ({@link Schema#TITLE} or
   * {@link Schema#TEXT}) and its pairs, those {@code common} asks for: every pair while it learns
   * (an article's text counts towards it), then only those of two common terms ({@code common}
   * null: every pair).
   */
  public static List<Field> fields(String field, String text, String language, CommonTerms common) {
    String pairs = FIELDS.get(field);
    if (pairs == null) throw new IllegalArgumentException("no pairs for the field " + field);
    AnalysedText analysed = AnalysedText.of(Analysis.forLanguage(language), text);
    java.util.Set<String> fixed = common == null ? null : common.fixed();
    if (common != null && fixed == null && field.equals(Schema.TEXT)) common.observe(analysed);
    return List.of(
        analysed.field(field, TextField.TYPE_NOT_STORED),
        analysed.pairs(pairs, TextField.TYPE_NOT_STORED, fixed));
  }

  /** The mark of a document indexed with pairs (whether or not it has text). */
  public static Field marker() {
    return new StringField(MARKER_FIELD, MARKER, Field.Store.NO);
  }

  /**
   * The terms marking the documents indexed with pairs that {@link #viaPairs} can use: {@link
   * #MARKER} and {@link #EARLIER_MARKER} (a document has one at most).
   */
  public static List<Term> markerTerms() {
    return List.of(new Term(MARKER_FIELD, MARKER), new Term(MARKER_FIELD, EARLIER_MARKER));
  }

  /** Whether every document of {@code reader} was indexed with pairs. */
  public static boolean everyDocumentPaired(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      // Deleted documents count in both: a segment is paired when all it ever held was.
      int marked = 0;
      for (Term t : markerTerms()) marked += leaf.reader().docFreq(t);
      if (marked != leaf.reader().maxDoc()) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code q} with each exact phrase over {@link Schema#TITLE} or {@link Schema#TEXT} answered from
   * the pairs: a two-word phrase becomes a term query on its pair, a longer one a phrase over its
   * pairs. Matches are exactly those of the phrase (the pairs of a phrase sit at consecutive
   * positions exactly where its words do); scores differ, as the pair's statistics stand for the
   * phrase's. Phrases with a slop or a gap between their terms, and phrases in other fields, are
   * left alone. Goes through boolean and boost queries, which is all the query language nests
   * phrases in.
   */
  public static Query viaPairs(Query q) {
    return viaPairs(q, null);
  }

  /**
   * {@link #viaPairs(Query)} for a store that indexes only the pairs of two of the {@code common}
   * terms ({@link CommonTerms}; null: every pair): a phrase with a term that is not common is left
   * to positions, where it is fast, as the rarer term's articles are the most it reads.
   */
  public static Query viaPairs(Query q, java.util.Set<String> common) {
    return Phrases.map(q, p -> pairable(p, common) ? pairs(p) : p);
  }

  private static boolean pairable(PhraseQuery p, java.util.Set<String> common) {
    if (p.getSlop() != 0 || !FIELDS.containsKey(p.getField()) || p.getTerms().length < 2) {
      return false;
    }
    int[] positions = p.getPositions();
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] != positions[i - 1] + 1) return false;
    }
    // Every adjacent pair of two common terms: every term common.
    if (common != null) {
      for (Term t : p.getTerms()) {
        if (!common.contains(t.text())) return false;
      }
    }
    return true;
  }

  private static Query pairs(PhraseQuery p) {
    Term[] terms = p.getTerms();
    if (terms.length == 2) return new TermQuery(pair(terms[0], terms[1]));
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 1; i < terms.length; i++) b.add(pair(terms[i - 1], terms[i]), i - 1);
    return b.build();
  }

  private static Term pair(Term a, Term b) {
    return new Term(FIELDS.get(a.field()), a.text() + AnalysedText.PAIR_SEPARATOR + b.text());
  }
}
