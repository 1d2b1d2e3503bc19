package dev.argus.store.monitor;

import dev.argus.store.StoredArticle;
import dev.argus.store.index.AnalysedText;
import dev.argus.store.index.Analysis;
import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Schema;
import dev.argus.store.query.Node;
import dev.argus.store.query.ParsedQuery;
import dev.argus.store.query.QueryLanguage;
import dev.argus.store.query.QuerySyntaxException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MonitorQuerySerializer;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;

/**
 * Saved queries and the articles they match: the engine behind alerts. A wrapper over Lucene's
 * {@link Monitor}, which indexes the saved queries themselves so that a batch of articles is run
 * only against the queries that share a term with it (the presearcher), not against all of them.
 *
 * <p>Articles are turned into documents by {@link ArticleDocuments#toDocument}, so a saved query
 * sees exactly the fields the article index has, analysed the same way, and matches what a search
 * of the index would find.
 *
 * <p><b>Relative dates are refused.</b> The query language resolves {@code published:>now-7d} to
 * fixed milliseconds when it translates a query; a saved query is translated once, when it is
 * registered (and again when a persistent set is reopened), so "the last 7 days" would silently
 * become "since the day it was saved". Saved queries see each article as it arrives, so recency is
 * the alert's business; absolute dates ({@code published:>=2026-01-01}) are accepted.
 *
 * <p>Limits: at most {@link Options#maxQueries()} saved queries (default {@value #MAX_QUERIES}), at
 * most {@link Options#maxBatch()} articles per {@link #match} call (default {@value #MAX_BATCH}),
 * ids of at most {@value #MAX_ID_LENGTH} characters, and each query within {@link QueryLanguage}'s
 * own limits.
 *
 * <p>Registering, replacing and removing are serialised; {@link #match} may run on many threads at
 * once, alongside them.
 */
public final class SavedQueries implements Closeable {

  /** Default most saved queries. */
  public static final int MAX_QUERIES = 1_000_000;

  /** Default most articles in one {@link #match} batch. */
  public static final int MAX_BATCH = 10_000;

  /** The longest saved query id, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  /**
   * How the monitor picks the saved queries worth running on a batch. {@link #TERM_FILTERED}
   * indexes, for each query, the terms one of which a matching article must contain: for a
   * conjunction, the terms of its best-weighted clause only. {@link #MULTIPASS} indexes such term
   * sets for two different clauses of each conjunction and requires an article to hit both, which
   * runs fewer queries but indexes and looks up about twice the terms.
   *
   * <p>The default is {@link #TERM_FILTERED}. Every word of a query is analysed by every language's
   * chain ({@link Analysis#queryAnalyzers()}), so one word already brings several term variants;
   * the second pass doubles them in the query index and in the presearcher query built for each
   * batch. On {@code argus bench monitor} with 100,000 generated queries (the earlier, word-heavy
   * mix; 2 threads, batches of 100, whole queries) {@link #MULTIPASS} ran 20% fewer queries (23,008
   * against 28,619 per batch) but matched 36 against 45 articles/s: most saved queries are led by a
   * rare term that already filters well in one pass.
   *
   * <p>Which term of a conjunction is indexed is set by the weighting: by length alone (Lucene's
   * default), {@code "Velmora Motors"} is indexed by {@code motors}, which every batch holds; with
   * {@link Options#frequencies()} by its rarest term ({@link TermFrequencies}).
   *
   * <p>Matching a batch runs on the calling thread. Lucene's {@code ParallelMatcher} and {@code
   * PartitionMatcher} could spread one batch's candidates over threads, which shortens one batch's
   * latency but adds no throughput when, as in the bench, each thread matches its own batch.
   */
  public enum Presearch {
    TERM_FILTERED,
    MULTIPASS;

    /** Wildcards indexed by their prefix, exact phrases by their pairs of adjacent terms. */
    Presearcher create(TermWeightor weightor, PhrasePairs pairs) {
      List<CustomQueryHandler> handlers = List.of(new PrefixWildcardHandler(), pairs);
      return switch (this) {
        case TERM_FILTERED -> new TermFilteredPresearcher(weightor, handlers, Set.of());
        case MULTIPASS -> new MultipassTermFilteredPresearcher(2, 0, weightor, handlers, Set.of());
      };
    }
  }

  /**
   * How a set of saved queries is built and bounded. With {@code decompose} (the default, as in
   * Lucene), the monitor splits each query's top-level OR into parts indexed and run separately. A
   * word of the query language is an OR of title and text and of its forms in every language, so
   * whole queries run fewer times, but each run looks up every form in both fields; split, only the
   * parts whose terms a batch has are run. On {@code argus bench monitor} (2 threads, batches of
   * 100) splitting ran 2.3 times the queries yet matched 352 against 190 articles/s with 10,000
   * queries, and 49 against 45 with 100,000 (a different machine load).
   */
  public record Options(
      Presearch presearch,
      boolean decompose,
      int maxQueries,
      int maxBatch,
      TermFrequencies frequencies) {

    public Options {
      if (presearch == null) throw new IllegalArgumentException("presearch is required");
      if (frequencies == null) throw new IllegalArgumentException("frequencies are required");
      if (maxQueries < 1 || maxBatch < 1) {
        throw new IllegalArgumentException("maxQueries and maxBatch must be positive");
      }
    }

    /** Options without term frequencies: conjunctions are indexed by their longest term. */
    public Options(Presearch presearch, boolean decompose, int maxQueries, int maxBatch) {
      this(presearch, decompose, maxQueries, maxBatch, TermFrequencies.none());
    }

    /** The default presearcher and limits. */
    public static Options defaults() {
      return new Options(Presearch.TERM_FILTERED, true, MAX_QUERIES, MAX_BATCH);
    }

    /** These options with {@code f} to weigh terms by. */
    public Options withFrequencies(TermFrequencies f) {
      return new Options(presearch, decompose, maxQueries, maxBatch, f);
    }
  }

  /** Keeps each query's id, text and metadata; reading one back translates the text again. */
  private static final MonitorQuerySerializer SERIALIZER =
      MonitorQuerySerializer.fromParser(SavedQueries::monitorQuery);

  /**
   * What the monitor analyses fields without a stream of their own with, and the position gap
   * between the title and the text in {@link Schema#ALL}.
   */
  static final Analyzer ANALYZER =
      new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
          return Analysis.plain();
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
          return Schema.ALL_GAP;
        }
      };

  private final Monitor monitor;
  private final Options options;
  private final PhrasePairs pairs;

  /**
   * Every field a saved query reads (searches, or checks for, even under NOT), as the query's
   * visitor sees it; never shrinks.
   */
  private final Set<String> fieldsRead = ConcurrentHashMap.newKeySet();

  private final Set<String> ids; // guarded by this

  /**
   * Counts {@link #learn} calls. A batch is analysed for the fields and phrase pairs known when it
   * starts; a query registered meanwhile may read a field the batch left out (and its NOT clause
   * would then pass). A match during which this changed is run again.
   */
  private final AtomicLong learned = new AtomicLong();

  /** Runs between analysing a batch and matching it; a seam for tests of that window only. */
  volatile Runnable beforeMatch = () -> {};

  /** How often a batch is matched again before it waits for registration to finish instead. */
  static final int MATCH_TRIES = 3;

  private SavedQueries(Monitor monitor, Options options, PhrasePairs pairs) throws IOException {
    this.monitor = monitor;
    this.options = options;
    this.pairs = pairs;
    this.ids = new HashSet<>(monitor.getQueryIds());
    // A reopened set: the pairs its phrases are indexed by.
    for (String id : ids) {
      MonitorQuery q = monitor.getQuery(id);
      if (q != null) learn(q.getQuery());
    }
  }

  /** Notes the phrase pairs and the fields of a saved query about to be registered. */
  private void learn(Query q) {
    learned.incrementAndGet();
    pairs.learn(q);
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fieldsRead.add(field);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this; // every clause, MUST_NOT included
          }
        });
  }

  /** An empty set kept in memory only, with the default options. */
  public static SavedQueries inMemory() throws IOException {
    return inMemory(Options.defaults());
  }

  /** An empty set kept in memory only. */
  public static SavedQueries inMemory(Options options) throws IOException {
    PhrasePairs pairs = new PhrasePairs();
    return new SavedQueries(
        new Monitor(
            ANALYZER,
            options.presearch().create(options.frequencies().weightor(), pairs),
            configuration(options).setDirectoryProvider(ByteBuffersDirectory::new, SERIALIZER)),
        options,
        pairs);
  }

  private static MonitorConfiguration configuration(Options options) {
    return new MonitorConfiguration()
        .setQueryDecomposer(
            BatchQuery.decomposer(options.decompose() ? new QueryDecomposer() : WHOLE));
  }

  /** Keeps each query whole. */
  private static final QueryDecomposer WHOLE =
      new QueryDecomposer() {
        @Override
        public Set<Query> decompose(Query q) {
          return Set.of(q);
        }
      };

  /** The set kept in {@code dir} (created when missing), with the default options. */
  public static SavedQueries open(Path dir) throws IOException {
    return open(dir, Options.defaults());
  }

  /**
   * The set kept in {@code dir}: created when missing, else reopened with every query saved there,
   * each translated again from its text. A folder must be reopened with the presearcher it was
   * written with.
   *
   * @throws IOException when the folder cannot be used, or holds a query that no longer translates
   */
  public static SavedQueries open(Path dir, Options options) throws IOException {
    Files.createDirectories(dir);
    MonitorConfiguration config =
        new MonitorConfiguration()
            .setQueryDecomposer(BatchQuery.decomposer(new QueryDecomposer()))
            .setIndexPath(dir, SERIALIZER);
    Monitor monitor;
    PhrasePairs pairs = new PhrasePairs();
    try {
      monitor =
          new Monitor(
              ANALYZER,
              options.presearch().create(options.frequencies().weightor(), pairs),
              config);
    } catch (QuerySyntaxException e) {
      throw new IOException(
          "a saved query in %s no longer translates: %s (%s)"
              .formatted(dir, e.getMessage(), e.query()),
          e);
    }
    return new SavedQueries(monitor, options, pairs);
  }

  /**
   * Saves {@code q}, replacing the saved query with the same id.
   *
   * @throws QuerySyntaxException when the query does not parse or translate, or uses a relative
   *     date; nothing is saved then
   * @throws IllegalStateException when the set is full
   */
  public synchronized void register(SavedQuery q) throws IOException {
    registerAll(List.of(q));
  }

  /**
   * Saves every query of {@code queries} at once (much faster than one by one), each replacing the
   * saved query with its id; later ones win among equal ids. All or nothing: when one is refused,
   * none is saved (an I/O error while writing them may still leave a part saved).
   *
   * @throws QuerySyntaxException naming the first bad query's id
   * @throws IllegalStateException when the set would hold too many queries
   */
  public synchronized void registerAll(Collection<SavedQuery> queries) throws IOException {
    // Translating is pure and the costly part (each word is analysed in every language), so it
    // runs on every core; the first refused query in the given order is the one reported.
    List<SavedQuery> list = List.copyOf(queries);
    Query[] lucene = new Query[list.size()];
    QuerySyntaxException[] refused = new QuerySyntaxException[list.size()];
    IntStream.range(0, list.size())
        .parallel()
        .forEach(
            i -> {
              try {
                lucene[i] = monitorQuery(list.get(i).query());
              } catch (QuerySyntaxException e) {
                refused[i] = e;
              }
            });
    Map<String, MonitorQuery> byId = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      SavedQuery q = list.get(i);
      if (refused[i] != null) {
        QuerySyntaxException e = refused[i];
        throw new QuerySyntaxException(
            e.query(), e.position(), "saved query '%s': %s".formatted(q.id(), e.getMessage()));
      }
      byId.put(q.id(), new MonitorQuery(q.id(), lucene[i], q.query(), q.metadata()));
    }
    long added = byId.keySet().stream().filter(id -> !ids.contains(id)).count();
    if (ids.size() + added > options.maxQueries()) {
      throw new IllegalStateException(
          "too many saved queries: %,d saved, %,d more would pass the limit of %,d"
              .formatted(ids.size(), added, options.maxQueries()));
    }
    if (byId.isEmpty()) return;
    for (MonitorQuery q : byId.values()) learn(q.getQuery());
    register(List.copyOf(byId.values()));
    ids.addAll(byId.keySet());
  }

  /** Queries per part of a large registration; see {@link #register(List)}. */
  static final int REGISTER_PART = 2_000;

  /**
   * Registers {@code queries} in parts of {@value #REGISTER_PART}, on every core: the monitor
   * indexes each query (decomposing it, choosing its terms) before it takes its commit lock, and
   * that is most of registering once the queries are translated. A part's writes and commit are
   * serialised by the monitor.
   */
  private void register(List<MonitorQuery> queries) throws IOException {
    if (queries.size() <= REGISTER_PART) {
      monitor.register(queries);
      return;
    }
    int parts = (queries.size() + REGISTER_PART - 1) / REGISTER_PART;
    try {
      IntStream.range(0, parts)
          .parallel()
          .forEach(
              p -> {
                int from = p * REGISTER_PART;
                try {
                  monitor.register(
                      queries.subList(from, Math.min(queries.size(), from + REGISTER_PART)));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Removes the saved query {@code id}; false when there was none. */
  public synchronized boolean remove(String id) throws IOException {
    if (!ids.contains(id)) return false;
    monitor.deleteById(id);
    ids.remove(id);
    return true;
  }

  /** The saved query {@code id}, as it was registered. */
  public Optional<SavedQuery> get(String id) throws IOException {
    MonitorQuery q = monitor.getQuery(id);
    if (q == null) return Optional.empty();
    return Optional.of(new SavedQuery(q.getId(), q.getQueryString(), q.getMetadata()));
  }

  /** How many queries are saved. */
  public synchronized int size() {
    return ids.size();
  }

  /** The limits and presearcher of this set. */
  public Options options() {
    return options;
  }

  /**
   * The saved queries each article of {@code batch} matches. The articles are matched together, in
   * one small index, which is much faster than one by one; a wildcard is capped at {@value
   * QueryLanguage#MAX_WILDCARD_TERMS} terms over the whole batch.
   *
   * @throws IllegalArgumentException when the batch has more than {@link Options#maxBatch()}
   *     articles
   */
  public BatchMatches match(List<StoredArticle> batch) throws IOException {
    if (batch.size() > options.maxBatch()) {
      throw new IllegalArgumentException(
          "batch of %,d articles: at most %,d are matched at once"
              .formatted(batch.size(), options.maxBatch()));
    }
    if (batch.isEmpty()) return new BatchMatches(List.of(), Map.of(), 0);
    MultiMatchingQueries<QueryMatch> m = null;
    for (int attempt = 1; m == null; attempt++) {
      if (attempt < MATCH_TRIES) {
        long before = learned.get();
        m = matchOnce(batch);
        if (learned.get() != before) m = null; // a query was registered meanwhile
      } else {
        // Registration holds this lock while it learns and registers: nothing changes meanwhile.
        synchronized (this) {
          m = matchOnce(batch);
        }
      }
    }
    List<MatchedArticle> out = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      List<String> matched = new ArrayList<>();
      for (QueryMatch qm : m.getMatches(i)) matched.add(qm.getQueryId());
      matched.sort(null);
      out.add(new MatchedArticle(batch.get(i).id(), matched));
    }
    Map<String, String> failures = new LinkedHashMap<>();
    m.getErrors().forEach((id, e) -> failures.put(id, String.valueOf(e.getMessage())));
    return new BatchMatches(out, failures, m.getQueriesRun());
  }

  private MultiMatchingQueries<QueryMatch> matchOnce(List<StoredArticle> batch) throws IOException {
    Document[] docs = new Document[batch.size()];
    for (int i = 0; i < docs.length; i++)
      docs[i] = document(batch.get(i), pairs, fieldsRead::contains);
    beforeMatch.run();
    return monitor.match(docs, MATCHER);
  }

  /**
   * Lucene's simple matcher (which articles each candidate matches, no scores), on the batch read
   * through a {@link BatchReader}, each candidate run by its plan ({@link BatchEvaluator}).
   */
  private static final MatcherFactory<QueryMatch> MATCHER =
      searcher -> new PlanMatcher(batchSearcher(searcher));

  private static final class PlanMatcher extends CandidateMatcher<QueryMatch> {
    private final BatchEvaluator evaluator;

    PlanMatcher(IndexSearcher batch) {
      super(batch);
      this.evaluator = new BatchEvaluator(batch);
    }

    @Override
    public void matchQuery(String id, Query q, Map<String, String> metadata) throws IOException {
      FixedBitSet docs = evaluator.matches(q);
      for (int d = docs.nextSetBit(0);
          d != DocIdSetIterator.NO_MORE_DOCS;
          d = d + 1 < docs.length() ? docs.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        addMatch(new QueryMatch(id), d);
      }
    }

    @Override
    public QueryMatch resolve(QueryMatch a, QueryMatch b) {
      return a;
    }
  }

  /**
   * A searcher over {@code s}'s batch with its terms and postings in arrays, and no query cache (no
   * query runs twice on a batch). A batch of one is left as it is: the monitor holds it in a {@code
   * MemoryIndex}, which already works so.
   */
  private static IndexSearcher batchSearcher(IndexSearcher s) {
    IndexReader r = s.getIndexReader();
    if (r.maxDoc() <= 1 || r.leaves().size() != 1) return s;
    IndexSearcher out = new IndexSearcher(new BatchReader(r.leaves().get(0).reader()));
    out.setQueryCache(null);
    return out;
  }

  /**
   * The ids of the saved queries the presearcher lets through for {@code batch}, without running
   * them: a diagnostic of how selective the presearcher is.
   */
  public Set<String> candidates(List<StoredArticle> batch) throws IOException {
    if (batch.size() > options.maxBatch()) {
      throw new IllegalArgumentException(
          "batch of %,d articles: at most %,d are matched at once"
              .formatted(batch.size(), options.maxBatch()));
    }
    Set<String> out = java.util.concurrent.ConcurrentHashMap.newKeySet();
    if (batch.isEmpty()) return out;
    Document[] docs = new Document[batch.size()];
    for (int i = 0; i < docs.length; i++)
      docs[i] = document(batch.get(i), pairs, fieldsRead::contains);
    monitor.match(
        docs,
        searcher ->
            new CandidateMatcher<QueryMatch>(searcher) {
              @Override
              public void matchQuery(String id, Query q, Map<String, String> metadata) {
                out.add(id);
              }

              @Override
              public QueryMatch resolve(QueryMatch a, QueryMatch b) {
                return a;
              }
            });
    return Set.copyOf(out);
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }

  /**
   * The article as the index has it, less the stored JSON copy, which no query reads and which
   * would only be written into the batch's index, plus title and text together in {@link
   * Schema#ALL}, which saved queries search for words without a field.
   */
  static Document document(StoredArticle a, PhrasePairs pairs) {
    return document(a, pairs, f -> true);
  }

  /**
   * {@link #document(StoredArticle, PhrasePairs)}, less every field no saved query reads ({@code
   * read} is false): a query only sees the fields it reads, and each left out is less to index in
   * the batch and fewer terms for the presearcher to look up. Words without a field search {@link
   * Schema#ALL}, so most sets never read title and text by name. Title and text are analysed once,
   * for every field that indexes them ({@link AnalysedText}).
   */
  static Document document(StoredArticle a, PhrasePairs pairs, Predicate<String> read) {
    Document d = ArticleDocuments.toDocument(a, false);
    Document out = new Document();
    for (IndexableField f : d) {
      if (read.test(f.name()) && !Schema.DEFAULT_FIELDS.contains(f.name())) out.add(f);
    }
    Analyzer chain = Analysis.forLanguage(a.text("language"));
    for (String f : Schema.DEFAULT_FIELDS) {
      String value = a.text(f);
      // Both values go in, even an empty title: the position gap then always lies between them.
      AnalysedText text = AnalysedText.of(chain, value == null ? "" : value);
      if (value != null && !value.isEmpty() && read.test(f)) {
        out.add(text.field(f, TextField.TYPE_NOT_STORED));
      }
      out.add(text.field(Schema.ALL, TextField.TYPE_NOT_STORED));
      if (value != null && !value.isEmpty()) out.add(pairs.field(text));
    }
    return out;
  }

  /**
   * The Lucene query a search with a saved query's text runs (words without a field in title and
   * text); the saved query itself is matched with an equivalent query over {@link Schema#ALL}.
   *
   * @throws QuerySyntaxException when it does not parse or translate, or uses a relative date
   */
  public static Query translate(String query) {
    ParsedQuery parsed = QueryLanguage.parse(query);
    refuseRelativeDates(query, parsed.root());
    return parsed.toLucene();
  }

  /**
   * The Lucene query a saved query is matched with: {@link #translate}'s, but words without a field
   * search {@link Schema#ALL}.
   */
  static Query monitorQuery(String query) {
    ParsedQuery parsed = QueryLanguage.parse(query);
    refuseRelativeDates(query, parsed.root());
    return PhrasePairs.mark(parsed.toMonitorLucene(Clock.systemUTC()));
  }

  private static void refuseRelativeDates(String query, Node n) {
    switch (n) {
      case Node.And a -> a.clauses().forEach(c -> refuseRelativeDates(query, c));
      case Node.Or o -> o.clauses().forEach(c -> refuseRelativeDates(query, c));
      case Node.Not not -> refuseRelativeDates(query, not.clause());
      case Node.DateRange d -> {
        if (d.from() instanceof Node.Ago || d.to() instanceof Node.Ago) {
          throw new QuerySyntaxException(
              query,
              d.start(),
              "a saved query cannot use a date relative to now: it would be fixed when the query"
                  + " is saved; use an absolute date such as published:>=2026-01-01");
        }
      }
      default -> {}
    }
  }
}
