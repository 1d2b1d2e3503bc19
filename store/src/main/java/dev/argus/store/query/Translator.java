package dev.argus.store.query;

import static dev.argus.store.query.QueryLanguage.MAX_CLAUSES;
import static dev.argus.store.query.QueryLanguage.MAX_WILDCARD_TERMS;
import static dev.argus.store.query.QueryLanguage.TITLE_BOOST;

import dev.argus.store.index.Analysis;
import dev.argus.store.index.Schema;
import dev.argus.store.query.Node.And;
import dev.argus.store.query.Node.DateRange;
import dev.argus.store.query.Node.Exists;
import dev.argus.store.query.Node.MatchAll;
import dev.argus.store.query.Node.Near;
import dev.argus.store.query.Node.Not;
import dev.argus.store.query.Node.NumberRange;
import dev.argus.store.query.Node.Or;
import dev.argus.store.query.Node.Phrase;
import dev.argus.store.query.Node.Wildcard;
import dev.argus.store.query.Node.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Syntax tree to Lucene query. Only query types whose terms a {@link QueryVisitor} sees (term,
 * phrase, boolean, interval, wildcard, point range) so that Lucene Monitor can index saved queries.
 * Counts clauses as it goes and stops at {@link QueryLanguage#MAX_CLAUSES}.
 */
final class Translator {

  private static final List<Analyzer> ANALYZERS = List.copyOf(Analysis.queryAnalyzers());

  private static final String CJK = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]";
  private static final Pattern CJK_SPACE = Pattern.compile("(?<=" + CJK + ")\\s+(?=" + CJK + ")");

  /** A term and its position in the analysed text. */
  private record Token(String term, int position) {}

  /** Text analysed by a set of chains. */
  private record Analysed(List<Analyzer> chains, String text) {}

  /**
   * Recent analyses, shared by every translation: saved queries repeat the same names and words,
   * and analysing one word with every chain is the costly part of registering them. At most {@value
   * #MAX_CACHED} entries; the cache is emptied when full.
   */
  private static final Map<Analysed, List<List<Token>>> CACHE = new ConcurrentHashMap<>();

  static final int MAX_CACHED = 100_000;

  private final String source;
  private final Instant now;
  private final boolean monitor;
  private int clauses;

  /**
   * The chains words are analysed with: every language's, or, under a language filter ({@code
   * lang:fr word}), the plain chain and the filtered languages' only.
   */
  private List<Analyzer> analyzers = ANALYZERS;

  /**
   * A translator for search, or, with {@code monitor}, for saved-query matching, where words
   * without a field search the one field {@link Schema#ALL} instead of the title and the text.
   */
  Translator(String source, Instant now, boolean monitor) {
    this.source = source;
    this.now = now;
    this.monitor = monitor;
  }

  Query translate(Node n) {
    return switch (n) {
      case And a -> and(a);
      case Or o -> or(o);
      case Not not -> not(not);
      case Near near -> count(near, near(near));
      case Word w -> count(w, word(w));
      case Wildcard w -> count(w, wildcard(w));
      case Phrase p -> count(p, phrase(p));
      case MatchAll m -> count(m, new MatchAllDocsQuery());
      case Exists e -> count(e, new FieldExistsQuery(e.field()));
      case DateRange d -> count(d, dateRange(d));
      case NumberRange r -> count(r, numberRange(r));
    };
  }

  // ---- boolean structure

  private Query and(And a) {
    List<Analyzer> outer = analyzers;
    List<Analyzer> restricted = restriction(a);
    if (restricted != null) {
      analyzers =
          outer == ANALYZERS ? restricted : outer.stream().filter(restricted::contains).toList();
    }
    try {
      return and0(a);
    } finally {
      analyzers = outer;
    }
  }

  /**
   * The chains that can have analysed the text of an article this conjunction matches, when one of
   * its clauses filters on the language ({@code lang:fr}, {@code lang:(fr OR it)}): the plain chain
   * and those languages' own. An article is analysed by its language's chain only, so a word's
   * forms in other languages could only match it by coincidence. Null when there is no such filter.
   */
  private static List<Analyzer> restriction(And a) {
    for (Node c : a.clauses()) {
      Set<Analyzer> chains = languageChains(c);
      if (chains != null) {
        Set<Analyzer> out = new LinkedHashSet<>();
        out.add(Analysis.plain());
        out.addAll(chains);
        return List.copyOf(out);
      }
    }
    return null;
  }

  /** The chains of the languages {@code n} requires, or null when it is no language filter. */
  private static Set<Analyzer> languageChains(Node n) {
    return switch (n) {
      case Word w when Schema.LANGUAGE.equals(w.field()) ->
          Set.of(Analysis.forLanguage(Schema.keyword(w.text())));
      case Phrase p when Schema.LANGUAGE.equals(p.field()) ->
          Set.of(Analysis.forLanguage(Schema.keyword(p.text())));
      case Or o -> {
        Set<Analyzer> out = new LinkedHashSet<>();
        for (Node c : o.clauses()) {
          Set<Analyzer> one = languageChains(c);
          if (one == null) yield null;
          out.addAll(one);
        }
        yield out;
      }
      default -> null;
    };
  }

  private Query and0(And a) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    for (Node c : a.clauses()) {
      if (c instanceof Not not) {
        b.add(translate(not.clause()), Occur.MUST_NOT);
      } else {
        b.add(translate(c), Occur.MUST);
        positive = true;
      }
    }
    // Lucene matches nothing with only MUST_NOT clauses: "NOT a NOT b" means all but those.
    if (!positive) b.add(count(a, new MatchAllDocsQuery()), Occur.FILTER);
    return b.build();
  }

  private Query or(Or o) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Node c : o.clauses()) b.add(translate(c), Occur.SHOULD);
    return b.build();
  }

  private Query not(Not n) {
    return new BooleanQuery.Builder()
        .add(count(n, new MatchAllDocsQuery()), Occur.FILTER)
        .add(translate(n.clause()), Occur.MUST_NOT)
        .build();
  }

  // ---- words and phrases

  private Query word(Word w) {
    if (w.field() != null && Schema.kind(w.field()) == Schema.Kind.KEYWORD) {
      return keyword(w, w.field(), w.text());
    }
    return text(w, w.field(), w.text(), 0);
  }

  private Query phrase(Phrase p) {
    if (p.field() != null && Schema.kind(p.field()) == Schema.Kind.KEYWORD) {
      return keyword(p, p.field(), p.text());
    }
    return text(p, p.field(), p.text(), p.slop());
  }

  private Query keyword(Node n, String field, String value) {
    String key = Schema.keyword(value);
    if (key.isEmpty()) throw new QuerySyntaxException(source, n.start(), "empty value");
    return new TermQuery(new Term(field, key));
  }

  /** Every language's analysis of {@code text}, OR-ed, in one field or the default fields. */
  private Query text(Node n, String field, String text, int slop) {
    List<List<Token>> variants = analyse(n, text);
    return perField(
        field,
        f -> {
          List<Query> alternatives = new ArrayList<>();
          for (List<Token> v : variants) alternatives.add(sequence(f, v, slop));
          return should(alternatives);
        });
  }

  private static Query sequence(String field, List<Token> tokens, int slop) {
    if (tokens.size() == 1) return new TermQuery(new Term(field, tokens.get(0).term()));
    PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
    for (Token t : tokens) b.add(new Term(field, t.term()), t.position());
    return b.build();
  }

  /**
   * The distinct token sequences the query analysers make of {@code text}. Spaces between two CJK
   * characters are also tried without the space: Chinese and Japanese text has none, so {@code "小米
   * 手机"} must find the bigrams of 小米手机 as well as the words spaced as typed.
   */
  private List<List<Token>> analyse(Node n, String text) {
    Analysed key = new Analysed(analyzers, text);
    List<List<Token>> cached = CACHE.get(key);
    if (cached == null) {
      cached = analyse(analyzers, text);
      putBounded(CACHE, key, cached, MAX_CACHED);
    }
    if (cached.isEmpty()) {
      throw new QuerySyntaxException(
          source, n.start(), "nothing to search in '%s': no letters or digits".formatted(text));
    }
    return cached;
  }

  /** Puts {@code key} in {@code cache}, emptied first when it holds {@code max} entries. */
  static <K, V> void putBounded(Map<K, V> cache, K key, V value, int max) {
    if (cache.size() >= max) cache.clear();
    cache.put(key, value);
  }

  private static List<List<Token>> analyse(List<Analyzer> analyzers, String text) {
    Set<List<Token>> distinct = new LinkedHashSet<>();
    String joined = CJK_SPACE.matcher(text).replaceAll("");
    for (String variant : joined.equals(text) ? List.of(text) : List.of(text, joined)) {
      for (Analyzer a : analyzers) {
        List<Token> tokens = tokens(a, variant);
        if (!tokens.isEmpty()) distinct.add(tokens);
      }
    }
    return List.copyOf(distinct);
  }

  private static List<Token> tokens(Analyzer a, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(new Token(term.toString(), Math.max(position, 0)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  // ---- wildcards

  private Query wildcard(Wildcard w) {
    if (w.field() != null && Schema.kind(w.field()) == Schema.Kind.KEYWORD) {
      return wildcardQuery(w, w.field(), Schema.keyword(w.pattern()));
    }
    List<String> patterns = normalised(w.pattern());
    return perField(
        w.field(), f -> should(patterns.stream().map(p -> wildcardQuery(w, f, p)).toList()));
  }

  private Query wildcardQuery(Wildcard w, String field, String pattern) {
    try {
      return new WildcardQuery(
          new Term(field, pattern),
          Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
          new CappedRewrite(source, w.start(), w.pattern(), MAX_WILDCARD_TERMS));
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(w);
    }
  }

  private QuerySyntaxException tooComplex(Wildcard w) {
    return new QuerySyntaxException(
        source,
        w.start(),
        "wildcard '%s' is too complex; use fewer * and ?".formatted(w.pattern()));
  }

  /** The pattern as each analyser normalises a wildcard term (case and accent folding). */
  private static List<String> normalised(String pattern) {
    Set<String> out = new LinkedHashSet<>();
    for (Analyzer a : ANALYZERS) out.add(a.normalize(Schema.TEXT, pattern).utf8ToString());
    return List.copyOf(out);
  }

  // ---- proximity

  private Query near(Near near) {
    String field = fieldOf(near);
    IntervalsSource intervals = intervals(near); // field-free: built once for every field
    return perField(field, f -> new IntervalQuery(f, intervals));
  }

  private IntervalsSource intervals(Node n) {
    return switch (n) {
      case Near near ->
          Intervals.maxgaps(
              near.distance(),
              Intervals.unordered(intervals(near.left()), intervals(near.right())));
      case Or or -> Intervals.or(or.clauses().stream().map(this::intervals).toList());
      case Word w -> sequences(analyse(w, w.text()), 0);
      case Phrase p -> sequences(analyse(p, p.text()), p.slop());
      case Wildcard w ->
          Intervals.or(
              normalised(w.pattern()).stream()
                  .map(
                      p ->
                          (IntervalsSource)
                              new CappedIntervals(
                                  intervalsWildcard(w, p),
                                  source,
                                  w.start(),
                                  w.pattern(),
                                  MAX_WILDCARD_TERMS))
                  .toList());
      // The parser lets nothing else into a NEAR.
      default -> throw new IllegalStateException("not a NEAR operand: " + n);
    };
  }

  private IntervalsSource intervalsWildcard(Wildcard w, String pattern) {
    try {
      return Intervals.wildcard(new BytesRef(pattern), MAX_WILDCARD_TERMS);
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(w);
    }
  }

  private static IntervalsSource sequences(List<List<Token>> variants, int slop) {
    List<IntervalsSource> out = new ArrayList<>();
    for (List<Token> v : variants) {
      IntervalsSource[] terms =
          v.stream().map(t -> Intervals.term(t.term())).toArray(IntervalsSource[]::new);
      if (terms.length == 1) out.add(terms[0]);
      else if (slop == 0) out.add(Intervals.phrase(terms));
      else out.add(Intervals.maxgaps(slop, Intervals.unordered(terms)));
    }
    return out.size() == 1 ? out.get(0) : Intervals.or(out);
  }

  /** The one field a NEAR searches (the parser checked there is one), null for the defaults. */
  private static String fieldOf(Node n) {
    return switch (n) {
      case Near near -> fieldOf(near.left());
      case Or or -> fieldOf(or.clauses().get(0));
      case Word w -> w.field();
      case Phrase p -> p.field();
      case Wildcard w -> w.field();
      default -> null;
    };
  }

  // ---- ranges

  private Query dateRange(DateRange d) {
    long lo =
        d.from() == null
            ? Long.MIN_VALUE
            : d.fromInclusive() ? d.from().firstMillis(now) : d.from().endMillis(now);
    long hi =
        d.to() == null
            ? Long.MAX_VALUE
            : d.toInclusive() ? d.to().endMillis(now) - 1 : d.to().firstMillis(now) - 1;
    return LongPoint.newRangeQuery(d.field(), lo, hi);
  }

  private static Query numberRange(NumberRange r) {
    double lo = Double.NEGATIVE_INFINITY;
    if (r.from() != null) {
      double v = r.from();
      // DoublePoint orders -0.0 before 0.0: ">= 0" takes both zeros, "> 0" neither.
      lo = r.fromInclusive() ? (v == 0 ? -0.0 : v) : Math.nextUp(v);
    }
    double hi = Double.POSITIVE_INFINITY;
    if (r.to() != null) {
      double v = r.to();
      hi = r.toInclusive() ? (v == 0 ? 0.0 : v) : Math.nextDown(v);
    }
    return DoublePoint.newRangeQuery(r.field(), lo, hi);
  }

  // ---- helpers

  /**
   * {@code build} for {@code field}, or for each default field OR-ed, the title boosted; for
   * saved-query matching, the default is the one field {@link Schema#ALL}.
   */
  private Query perField(String field, Function<String, Query> build) {
    if (field != null) return build.apply(field);
    if (monitor) return build.apply(Schema.ALL);
    List<Query> perField = new ArrayList<>();
    for (String f : Schema.DEFAULT_FIELDS) {
      Query q = build.apply(f);
      perField.add(f.equals(Schema.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q);
    }
    return should(perField);
  }

  private static Query should(List<Query> queries) {
    if (queries.size() == 1) return queries.get(0);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) b.add(q, Occur.SHOULD);
    return b.build();
  }

  /** Adds the clauses of {@code q} (as IndexSearcher counts them) to the running total. */
  private Query count(Node n, Query q) {
    int[] c = {0};
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            c[0] += terms.length;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            c[0]++;
          }

          @Override
          public void visitLeaf(Query query) {
            c[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    clauses += c[0];
    if (clauses > MAX_CLAUSES) {
      throw new QuerySyntaxException(
          source,
          n.start(),
          ("query too large: it expands to more than %,d clauses (each word is searched in every"
                  + " language's form and in title and text)")
              .formatted(MAX_CLAUSES));
    }
    return q;
  }
}
