package dev.argus.store.monitor;

import dev.argus.store.index.AnalysedText;
import dev.argus.store.index.Phrases;
import dev.argus.store.index.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * Lets the presearcher filter exact phrases by a pair of adjacent words instead of one word. Left
 * alone, the monitor indexes {@code "interest rates"} under its rarer word only, and a phrase of
 * two common words is then a candidate in every batch (in {@code argus bench monitor}, a third of
 * all candidates). Here a phrase is indexed under its rarest pair of adjacent terms ({@code
 * "interest rates"} as one term) in the field {@link #FIELD}, and each batch article carries the
 * pairs of adjacent terms of its title and text in that field ({@link #field}), made over the
 * article's own analysis chain: a phrase that matches an article has each of its adjacent pairs
 * there. Of an article's pairs, only those of some saved phrase ({@link #learn}) are kept: the
 * others could select no query and would only make the batch's index larger.
 *
 * <p>Lucene's monitor shows a custom handler only the leaves of a query, and a phrase is no leaf
 * (its visitor sees its terms), so {@link #mark} wraps each exact phrase of a saved query in a
 * {@link Marked} leaf that rewrites to the phrase itself: what is matched is unchanged. Phrases
 * with a slop and phrases in other fields than title, text and {@link Schema#ALL} are left as they
 * are.
 *
 * <p>Written here because Lucene has no phrase handler for its monitor. One per set of saved
 * queries; thread safe.
 */
final class PhrasePairs implements CustomQueryHandler {

  /** The field of the pairs, for title, text and {@link Schema#ALL} phrases alike. */
  static final String FIELD = "_pairs";

  /** Fields whose exact phrases are indexed by pairs. */
  private static final Set<String> FIELDS = Set.of(Schema.ALL, Schema.TITLE, Schema.TEXT);

  /** Between the two terms of a pair; no analysed term contains a space. */
  static final String SEPARATOR = String.valueOf(AnalysedText.PAIR_SEPARATOR);

  /**
   * Every pair of adjacent terms of the exact phrases of the saved queries, the only pairs worth
   * giving a batch, as first term → its second terms: a batch's text is checked token by token with
   * two look-ups of terms it already has, and a pair's string is only built for a known pair
   * (building one for every token and looking that up was a tenth of matching a batch). Never
   * shrinks: a pair of a removed query only costs a little room.
   */
  private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

  @Override
  public QueryTree handleQuery(Query query, TermWeightor weightor) {
    if (!(query instanceof Marked m)) return null;
    Term[] terms = m.phrase.getTerms();
    int[] positions = m.phrase.getPositions();
    List<Function<TermWeightor, QueryTree>> pairs = new ArrayList<>();
    for (int i = 1; i < terms.length; i++) {
      if (positions[i] != positions[i - 1] + 1) continue; // a gap: no shingle holds both
      BytesRef pair = new BytesRef(terms[i - 1].text() + SEPARATOR + terms[i].text());
      pairs.add(w -> QueryTree.term(FIELD, pair, w.applyAsDouble(new Term(FIELD, pair))));
    }
    if (pairs.isEmpty()) {
      // No adjacent pair: as the monitor would have it, one of the phrase's own terms.
      for (Term t : terms) pairs.add(w -> QueryTree.term(t, w));
    }
    return QueryTree.conjunction(pairs, weightor);
  }

  @Override
  public TokenStream wrapTermStream(String field, TokenStream in) {
    return in;
  }

  /**
   * {@code q} with each exact phrase of the fields handled here wrapped in a {@link Marked} leaf,
   * through boolean and boost queries (which is all the query language nests phrases in, outside
   * NEAR, which keeps its own terms).
   */
  static Query mark(Query q) {
    return Phrases.map(
        q, p -> p.getSlop() == 0 && p.getTerms().length > 1 && handled(p) ? new Marked(p) : p);
  }

  /** Adds the pairs of the exact phrases of {@code q} (as {@link #mark} left it) to the known. */
  void learn(Query q) {
    switch (q) {
      case Marked m -> {
        Term[] terms = m.phrase.getTerms();
        int[] positions = m.phrase.getPositions();
        for (int i = 1; i < terms.length; i++) {
          if (positions[i] == positions[i - 1] + 1) {
            known
                .computeIfAbsent(terms[i - 1].text(), k -> ConcurrentHashMap.newKeySet())
                .add(terms[i].text());
          }
        }
      }
      case BooleanQuery b -> b.clauses().forEach(c -> learn(c.query()));
      case BoostQuery b -> learn(b.getQuery());
      default -> {}
    }
  }

  private static boolean handled(PhraseQuery p) {
    return FIELDS.contains(p.getField());
  }

  /**
   * The known pairs of adjacent terms of {@code text} (a title or text as its article's chain
   * analysed it), for a batch document; terms apart (a position gap, none in the chains as they
   * are) make no pair.
   */
  Field field(AnalysedText text) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < text.size(); i++) {
      if (text.increment(i) != 1) continue;
      Set<String> seconds = known.get(text.term(i - 1));
      if (seconds != null && seconds.contains(text.term(i))) {
        out.add(text.term(i - 1) + SEPARATOR + text.term(i));
      }
    }
    return AnalysedText.field(FIELD, TYPE, out.toArray(String[]::new));
  }

  /** Which articles hold a pair is all the presearcher reads: no positions, no norms. */
  private static final FieldType TYPE = new FieldType();

  static {
    TYPE.setIndexOptions(IndexOptions.DOCS);
    TYPE.setTokenized(true);
    TYPE.setOmitNorms(true);
    TYPE.freeze();
  }

  /** An exact phrase, seen by the monitor's query analysis as one leaf; matches as the phrase. */
  static final class Marked extends Query {
    final PhraseQuery phrase;

    Marked(PhraseQuery phrase) {
      this.phrase = Objects.requireNonNull(phrase);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
      return phrase;
    }

    @Override
    public void visit(QueryVisitor visitor) {
      if (visitor.acceptField(phrase.getField())) visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return phrase.toString(field);
    }

    @Override
    public boolean equals(Object o) {
      return sameClassAs(o) && phrase.equals(((Marked) o).phrase);
    }

    @Override
    public int hashCode() {
      return classHash() * 31 + phrase.hashCode();
    }
  }
}
