package dev.argus.store;

import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.CommonTerms;
import dev.argus.store.index.Schema;
import dev.argus.store.index.Summaries;
import dev.argus.store.index.TextPairs;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The article index in one folder: the system of record for articles. One document per article id;
 * {@link #put} replaces an earlier version. Writes become durable at {@link #commit}, which also
 * records the caller's commit data (the state that must match the index after a crash) in the same
 * atomic Lucene commit; a store closed or crashed without a commit comes back as it was at the last
 * one. Searches see what was put, committed or not, once {@link #refresh} ran (commit runs it).
 *
 * <p>Safe for many readers and one writer thread.
 */
public final class LuceneStore implements Closeable {

  /** Results a page may ask for at most: a bigger result set is exported, not searched. */
  public static final int MAX_LIMIT = 10_000;

  /** Articles fetched per page while exporting: memory stays bounded by it, not by the result. */
  static final int EXPORT_PAGE = 1_000;

  /** The commit data key of the store's common terms ({@link CommonTerms#encode}), once fixed. */
  public static final String COMMON_TERMS_KEY = "pairs.commonTerms";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** What pairs the writer indexes; null for a read-only store (its commits say). */
  private final CommonTerms common;

  private LuceneStore(Directory directory, IndexWriter writer, CommonTerms.Rule rule)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers =
        writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
    if (writer == null) {
      this.common = null;
    } else {
      String kept = committedData().get(COMMON_TERMS_KEY);
      this.common = kept != null ? CommonTerms.decode(kept) : CommonTerms.learning(rule);
    }
  }

  /**
   * Opens the index in {@code folder} for searching only, beside a writer that may be running (an
   * ingest): it sees the writer's commits after {@link #refresh}.
   *
   * @throws java.nio.file.NoSuchFileException when the folder holds no index yet
   */
  public static LuceneStore openReadOnly(Path folder) throws IOException {
    Directory dir = FSDirectory.open(folder);
    try {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
        throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no index yet");
      }
      return new LuceneStore(dir, null, null);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private IndexWriter writer() {
    if (writer == null) throw new IllegalStateException("this store was opened read-only");
    return writer;
  }

  /** Opens (or creates) the index in {@code folder}. */
  public static LuceneStore open(Path folder) throws IOException {
    return open(folder, CommonTerms.Rule.DEFAULT);
  }

  /**
   * Opens (or creates) the index in {@code folder}; one that has not fixed its common terms yet
   * learns them by {@code rule} ({@link CommonTerms}).
   */
  public static LuceneStore open(Path folder, CommonTerms.Rule rule) throws IOException {
    Files.createDirectories(folder);
    Directory dir = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(dev.argus.store.index.Analysis.plain());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Only explicit commits count: a commit pairs the index with the caller's state.
    config.setCommitOnClose(false);
    config.setRAMBufferSizeMB(64);
    try {
      return new LuceneStore(dir, new IndexWriter(dir, config), rule);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Adds the article, or replaces the one with the same id. */
  public void put(StoredArticle article) throws IOException {
    writer()
        .updateDocument(
            new Term(ArticleDocuments.KEY, article.id()),
            ArticleDocuments.toDocument(article, 0, null, common));
  }

  /**
   * Adds the article, or replaces the one with the same id, with the add sequence number and replay
   * record of its first placement (see {@link Store}).
   */
  void put(StoredArticle article, long seq, byte[] replay) throws IOException {
    writer()
        .updateDocument(
            new Term(ArticleDocuments.KEY, article.id()),
            ArticleDocuments.toDocument(article, seq, replay, common));
  }

  /** Where an article was first placed: its add sequence number and replay record. */
  record Origin(long seq, byte[] replay) {}

  /** A stored article with its origin, as recovery reads it. */
  record Placed(StoredArticle article, Origin origin) {}

  private static final java.util.Set<String> STORED_WITH_ORIGIN =
      java.util.Set.of(
          ArticleDocuments.KEY, Schema.SOURCE_JSON, ArticleDocuments.SEQ, ArticleDocuments.REPLAY);

  private static Placed readPlaced(StoredFields stored, int doc) throws IOException {
    var d = stored.document(doc, STORED_WITH_ORIGIN);
    StoredArticle a =
        ArticleDocuments.fromStored(
            d.get(ArticleDocuments.KEY), d.getBinaryValue(Schema.SOURCE_JSON));
    BytesRef replay = d.getBinaryValue(ArticleDocuments.REPLAY);
    Number seq =
        d.getField(ArticleDocuments.SEQ) == null
            ? null
            : d.getField(ArticleDocuments.SEQ).numericValue();
    Origin origin =
        replay == null || seq == null
            ? null
            : new Origin(
                seq.longValue(),
                java.util.Arrays.copyOfRange(
                    replay.bytes, replay.offset, replay.offset + replay.length));
    return new Placed(a, origin);
  }

  /**
   * The article with this id and its origin (null for a document without one), if any. Looked up in
   * each segment's terms directly, without a query, its weight and a collector: {@link Store#add}
   * asks it for every article, and most are not there.
   */
  Optional<Placed> getPlaced(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      BytesRef key = new BytesRef(id);
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        org.apache.lucene.index.LeafReader reader = leaf.reader();
        org.apache.lucene.index.Terms terms = reader.terms(ArticleDocuments.KEY);
        if (terms == null) continue;
        org.apache.lucene.index.TermsEnum te = terms.iterator();
        if (!te.seekExact(key)) continue;
        org.apache.lucene.index.PostingsEnum docs =
            te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
        org.apache.lucene.util.Bits live = reader.getLiveDocs();
        for (int d = docs.nextDoc();
            d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
            d = docs.nextDoc()) {
          if (live == null || live.get(d)) {
            return Optional.of(readPlaced(reader.storedFields(), d));
          }
        }
      }
      return Optional.empty();
    } finally {
      searchers.release(s);
    }
  }

  /** What {@link #replay} hands each article to. */
  @FunctionalInterface
  interface Placements {
    void accept(Placed placed) throws IOException;
  }

  /**
   * Hands every article first placed at sequence number {@code from} or later to {@code to}, in add
   * order, a page at a time (as of the last refresh).
   */
  void replay(long from, Placements to) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Query q = LongPoint.newRangeQuery(ArticleDocuments.SEQ, from, Long.MAX_VALUE);
      Sort sort = new Sort(new SortField(ArticleDocuments.SEQ, SortField.Type.LONG));
      FieldDoc after = null;
      StoredFields stored = s.storedFields();
      while (true) {
        TopFieldDocs page = s.searchAfter(after, q, EXPORT_PAGE, sort, false);
        for (ScoreDoc sd : page.scoreDocs) to.accept(readPlaced(stored, sd.doc));
        if (page.scoreDocs.length < EXPORT_PAGE) return;
        after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
      }
    } finally {
      searchers.release(s);
    }
  }

  /** What {@link #reindex} did: documents rewritten, of the articles in the store. */
  public record Reindexed(long rewritten, long articles) {}

  /**
   * Rewrites every document an older version indexed (without {@link TextPairs#markerTerms}: no
   * pairs for phrases, no summary for result lists) from its stored article, keeping where it was
   * first placed; merges the replaced documents away, so that phrases are answered from pairs; and
   * commits with the last commit's data. Documents already current are left alone. {@code progress}
   * hears the count rewritten so far.
   */
  public Reindexed reindex(java.util.function.LongConsumer progress) throws IOException {
    IndexWriter w = writer();
    Map<String, String> data = committedData();
    long rewritten = 0;
    long articles;
    // A point-in-time view: the documents put below replace those read, not the view.
    try (DirectoryReader r = DirectoryReader.open(w)) {
      articles = r.numDocs();
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader lr = leaf.reader();
        FixedBitSet current = new FixedBitSet(lr.maxDoc());
        for (Term marker : TextPairs.markerTerms()) {
          PostingsEnum marked = lr.postings(marker);
          if (marked == null) continue;
          for (int d = marked.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = marked.nextDoc())
            current.set(d);
        }
        Bits live = lr.getLiveDocs();
        StoredFields stored = lr.storedFields();
        for (int d = 0; d < lr.maxDoc(); d++) {
          if (current.get(d) || (live != null && !live.get(d))) continue;
          Placed p = readPlaced(stored, d);
          if (p.origin() == null) put(p.article());
          else put(p.article(), p.origin().seq(), p.origin().replay());
          progress.accept(++rewritten);
        }
      }
    }
    if (rewritten > 0 && w.getConfig().getMergePolicy() instanceof TieredMergePolicy tiered) {
      // A segment counts as paired only when every document it ever held was (deleted ones
      // included): merge away every segment that still holds a replaced document.
      double allowed = tiered.getForceMergeDeletesPctAllowed();
      tiered.setForceMergeDeletesPctAllowed(0);
      try {
        w.forceMergeDeletes(true);
      } finally {
        tiered.setForceMergeDeletesPctAllowed(allowed);
      }
    }
    commit(data);
    return new Reindexed(rewritten, articles);
  }

  /**
   * Articles an older version indexed, which {@link #reindex} would rewrite (as of the last
   * refresh).
   */
  public long outdated() throws IOException {
    return withSearcher(
        s -> {
          long marked = 0;
          for (Term t : TextPairs.markerTerms()) marked += s.count(new TermQuery(t));
          return s.getIndexReader().numDocs() - marked;
        });
  }

  /** Removes the article with this id, if there is one. */
  public void delete(String id) throws IOException {
    writer().deleteDocuments(new Term(ArticleDocuments.KEY, id));
  }

  /**
   * Makes every put and delete durable, with {@code data} as the commit's data (replacing the last
   * commit's), then refreshes searches.
   */
  public void commit(Map<String, String> data) throws IOException {
    String fixed = common == null ? null : common.encode();
    if (fixed != null) {
      // Every commit keeps them: the articles indexed since they were fixed lack the other pairs.
      data = new java.util.HashMap<>(data);
      data.put(COMMON_TERMS_KEY, fixed);
    }
    writer().setLiveCommitData(Map.copyOf(data).entrySet());
    writer().commit();
    refresh();
  }

  /** The data recorded with the last commit (empty for a new store). */
  public Map<String, String> committedData() throws IOException {
    if (writer == null) {
      return withSearcher(
          s ->
              ((org.apache.lucene.index.DirectoryReader) s.getIndexReader())
                  .getIndexCommit()
                  .getUserData());
    }
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, String> e : live) m.put(e.getKey(), e.getValue());
      return m;
    }
    return Map.of();
  }

  /** Most segments {@link #merge} may be asked to leave: more is no merge at all. */
  public static final int MAX_MERGED_SEGMENTS = 1_000;

  /**
   * Merges the store's segments down to at most {@code maxSegments}, then commits with the last
   * commit's data (the articles and that data are unchanged), and refreshes searches. Each search
   * looks its terms up, and counts its facets, once per segment: a store that stopped growing (a
   * bulk load, an archive) answers faster in one segment. It rewrites the whole index (disk for a
   * second copy while it runs) and is meant for a store with no writes waiting: what was put and
   * not yet committed is committed with it.
   *
   * @return the segments before the merge
   */
  public int merge(int maxSegments) throws IOException {
    if (maxSegments < 1 || maxSegments > MAX_MERGED_SEGMENTS) {
      throw new IllegalArgumentException(
          "segments must be 1 to " + MAX_MERGED_SEGMENTS + ", was " + maxSegments);
    }
    IndexWriter w = writer();
    int before = segments();
    Map<String, String> data = committedData();
    w.forceMerge(maxSegments);
    commit(data);
    return before;
  }

  /** Segments in the store (as of the last refresh). */
  public int segments() throws IOException {
    return withSearcher(s -> s.getIndexReader().leaves().size());
  }

  /** Lets searches see everything put so far. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Articles in the store (as of the last refresh). */
  public long count() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** The article with this id, if the store has it (as of the last refresh). */
  public Optional<StoredArticle> get(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ArticleDocuments.KEY, id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(read(s.storedFields(), top.scoreDocs[0].doc));
    } finally {
      searchers.release(s);
    }
  }

  /** The first {@code limit} articles that match, in {@code order}. */
  public SearchResult search(Query query, int limit, Order order) throws IOException {
    return search(query, limit, order, View.FULL);
  }

  /** The first {@code limit} articles that match, in {@code order}, each as {@code view} asks. */
  public SearchResult search(Query query, int limit, Order order, View view) throws IOException {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0 to " + MAX_LIMIT + ", was " + limit);
    }
    IndexSearcher s = searchers.acquire();
    try {
      query = prepared(s, query);
      if (limit == 0) return new SearchResult(s.count(query), List.of());
      // The page and the exact count in one pass over the matches.
      int n = Math.min(limit, Math.max(1, s.getIndexReader().maxDoc()));
      TopDocs top =
          s.search(
              query,
              new TopFieldCollectorManager(sort(order).rewrite(s), n, null, Integer.MAX_VALUE));
      scoresFromSort(top.scoreDocs, order);
      return new SearchResult(top.totalHits.value(), hits(s, top.scoreDocs, view));
    } finally {
      searchers.release(s);
    }
  }

  /** A page of results and the counts over all of them, from one pass over the matches. */
  public record Counted(SearchResult result, Aggregations.Result counts) {}

  /**
   * The first {@code limit} articles that match, in {@code order}, as {@link #search} finds them,
   * and the counts {@link Aggregations#aggregate(IndexSearcher, Query, List, int,
   * Aggregations.Interval)} makes over them: both from one pass over the matches and the same
   * searcher, where {@code search} then {@code aggregate} would match the query three times (the
   * count, the page, the counts).
   */
  public Counted searchAndCount(
      Query query,
      int limit,
      Order order,
      List<String> facets,
      int top,
      Aggregations.Interval interval)
      throws IOException {
    return searchAndCount(query, limit, order, facets, top, interval, true, View.FULL);
  }

  /**
   * As {@link #searchAndCount(Query, int, Order, List, int, Aggregations.Interval)}, each hit as
   * {@code view} asks, counting the tone buckets only when {@code tone} asks for them: the counts'
   * {@link Aggregations.Result#tone} is then null, and the pass over every match's tone is saved.
   */
  public Counted searchAndCount(
      Query query,
      int limit,
      Order order,
      List<String> facets,
      int top,
      Aggregations.Interval interval,
      boolean tone,
      View view)
      throws IOException {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0 to " + MAX_LIMIT + ", was " + limit);
    }
    IndexSearcher s = searchers.acquire();
    try {
      query = prepared(s, query);
      var counting = Aggregations.counting(s, facets, top, interval, tone); // checks the facets
      Aggregations.Result counts;
      TopDocs page = null;
      if (limit == 0) {
        counts = s.search(query, counting);
      } else {
        // As IndexSearcher.search(query, n, sort, scores) does, but counting every hit exactly.
        int n = Math.min(limit, Math.max(1, s.getIndexReader().maxDoc()));
        var topManager =
            new TopFieldCollectorManager(sort(order).rewrite(s), n, null, Integer.MAX_VALUE);
        Object[] both = s.search(query, new MultiCollectorManager(topManager, counting));
        page = (TopDocs) both[0];
        counts = (Aggregations.Result) both[1];
        scoresFromSort(page.scoreDocs, order);
      }
      List<SearchResult.Hit> hits =
          page != null && counts.total() > 0 ? hits(s, page.scoreDocs, view) : List.of();
      return new Counted(new SearchResult(counts.total(), hits), counts);
    } finally {
      searchers.release(s);
    }
  }

  /** What each article is handed to during an export. */
  @FunctionalInterface
  public interface Rows {
    void accept(StoredArticle article) throws IOException;
  }

  /**
   * Hands every matching article to {@code rows}, in {@code order}, a page at a time: memory stays
   * bounded whatever the size of the result. Returns the number of articles exported.
   */
  public long export(Query query, Order order, Rows rows) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      query = prepared(s, query);
      Sort sort = sort(order);
      boolean scores = order == Order.RELEVANCE;
      long n = 0;
      FieldDoc after = null;
      StoredFields stored = s.storedFields();
      while (true) {
        TopFieldDocs page = s.searchAfter(after, query, EXPORT_PAGE, sort, scores);
        for (ScoreDoc sd : page.scoreDocs) {
          rows.accept(read(stored, sd.doc));
          n++;
        }
        if (page.scoreDocs.length < EXPORT_PAGE) return n;
        after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
      }
    } finally {
      searchers.release(s);
    }
  }

  /** Runs {@code work} with a searcher over the latest refresh. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return work.run(s);
    } finally {
      searchers.release(s);
    }
  }

  /** Work done with a searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /** Every article, for {@code *}. */
  public static Query all() {
    return new MatchAllDocsQuery();
  }

  /**
   * Sets each hit's score from its sort values: by relevance the score is the first of them, so it
   * need not be computed again, as {@link TopFieldCollector#populateScores} would (a new weight and
   * scorers per hit). By date, scores stay NaN.
   */
  private static void scoresFromSort(ScoreDoc[] docs, Order order) {
    if (order != Order.RELEVANCE) return;
    for (ScoreDoc sd : docs) sd.score = (Float) ((FieldDoc) sd).fields[0];
  }

  private static Sort sort(Order order) {
    SortField date = new SortField(ArticleDocuments.DATE, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, date, SortField.FIELD_DOC);
      case DATE -> new Sort(date, SortField.FIELD_DOC);
    };
  }

  private static final java.util.Set<String> STORED =
      java.util.Set.of(ArticleDocuments.KEY, Schema.SOURCE_JSON);

  /**
   * Whether every document of a reader was indexed with pairs, and the common terms that say which
   * (null: every pair): known per reader, by identity.
   */
  private record Paired(IndexReader reader, boolean all, java.util.Set<String> common) {}

  private volatile Paired paired;

  /**
   * {@code query} as this store answers it best: exact phrases from the text's pairs of adjacent
   * terms when every document has them ({@link TextPairs}), else as it is.
   */
  private Query prepared(IndexSearcher s, Query query) throws IOException {
    IndexReader reader = s.getIndexReader();
    Paired p = paired;
    if (p == null || p.reader() != reader) {
      p = new Paired(reader, TextPairs.everyDocumentPaired(reader), commonTerms(reader));
      paired = p;
    }
    return p.all() ? TextPairs.viaPairs(query, p.common()) : query;
  }

  /**
   * The common terms of the pairs the documents of {@code reader} were indexed with: the writer's
   * (fixed before any document without the other pairs was indexed), or for a read-only store those
   * its commit keeps (every commit after they were fixed does).
   */
  private java.util.Set<String> commonTerms(IndexReader reader) throws IOException {
    if (common != null) return common.fixed();
    if (reader instanceof org.apache.lucene.index.DirectoryReader dr) {
      String kept = dr.getIndexCommit().getUserData().get(COMMON_TERMS_KEY);
      return kept == null ? null : CommonTerms.decode(kept).fixed();
    }
    return null;
  }

  /**
   * The hits of a page, in its order, as {@code view} asks. Summaries are read from doc values in
   * document order (their iterators only go forward); a document indexed before summaries existed
   * is summarised from its stored article.
   */
  private static List<SearchResult.Hit> hits(IndexSearcher s, ScoreDoc[] docs, View view)
      throws IOException {
    SearchResult.Hit[] hits = new SearchResult.Hit[docs.length];
    StoredFields stored = s.storedFields();
    if (view == View.FULL) {
      for (int i = 0; i < docs.length; i++) {
        hits[i] = new SearchResult.Hit(read(stored, docs[i].doc), docs[i].score);
      }
    } else {
      Integer[] byDoc = new Integer[docs.length];
      for (int i = 0; i < docs.length; i++) byDoc[i] = i;
      Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      LeafReaderContext leaf = null;
      BinaryDocValues summaries = null;
      for (int i : byDoc) {
        int doc = docs[i].doc;
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          summaries = leaf.reader().getBinaryDocValues(Summaries.FIELD);
        }
        if (summaries != null && summaries.advanceExact(doc - leaf.docBase)) {
          Summaries.Raw raw = Summaries.raw(summaries.binaryValue());
          hits[i] = SearchResult.Hit.ofJson(raw.id(), raw.fields(), docs[i].score);
        } else {
          hits[i] = new SearchResult.Hit(Summaries.of(read(stored, doc)), docs[i].score);
        }
      }
    }
    return List.of(hits);
  }

  private static StoredArticle read(StoredFields stored, int doc) throws IOException {
    var d = stored.document(doc, STORED);
    return ArticleDocuments.fromStored(
        d.get(ArticleDocuments.KEY), d.getBinaryValue(Schema.SOURCE_JSON));
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) writer.rollback(); // uncommitted work is dropped: the last commit stands
    } finally {
      directory.close();
    }
  }
}
