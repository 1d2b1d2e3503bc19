package dev.argus.store.monitor;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * A batch's index with its terms and postings in plain arrays, for the saved queries run on it. The
 * monitor writes a batch of articles to an in-memory directory, in the on-disk format; every run
 * query then opens a terms enumeration per term (a clone of the directory's inputs, a block tree
 * walk) and a postings reader, and with thousands of candidate queries per batch that was most of
 * the matching time. Here a field's terms are read once into a hash (a lookup is one probe), and a
 * term's postings once, on first use, into arrays that every later query reuses. Everything else
 * (norms, points, doc values, stored fields) is the batch's own.
 *
 * <p>Written by hand because Lucene's in-memory readers do not fit: {@code MemoryIndex} holds one
 * document only (the monitor already uses it for batches of one), and the codecs' {@code
 * DirectPostingsFormat} would have to be the codec the monitor writes batches with, which it does
 * not let one choose.
 *
 * <p>Not thread safe: one batch is matched on one thread, as {@link
 * org.apache.lucene.monitor.Monitor} does.
 */
final class BatchReader extends FilterLeafReader {

  private final Map<String, Terms> fields = new HashMap<>();

  BatchReader(LeafReader in) {
    super(in);
  }

  @Override
  public Terms terms(String field) throws IOException {
    if (fields.containsKey(field)) return fields.get(field);
    Terms base = in.terms(field);
    Terms out = base == null ? null : new ArrayTerms(base);
    fields.put(field, out);
    return out;
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  /** One term's postings: documents, frequencies, and positions per document. */
  private record Postings(int[] docs, int[] freqs, int[] positionStarts, int[] positions) {}

  /** A field's terms, sorted (the order of the hash's ids), with their postings read lazily. */
  private static final class ArrayTerms extends Terms {
    private final Terms base;
    private final TermsEnum baseEnum;
    private final BytesRefHash hash = new BytesRefHash();
    private int[] docFreqs = new int[16];
    private long[] totalTermFreqs = new long[16];
    private TermState[] states = new TermState[16];
    private Postings[] postings = new Postings[16];
    private PostingsEnum reuse;
    private final int flags;

    ArrayTerms(Terms base) throws IOException {
      this.base = base;
      this.baseEnum = base.iterator();
      for (BytesRef t = baseEnum.next(); t != null; t = baseEnum.next()) {
        int ord = hash.add(t);
        if (ord >= docFreqs.length) {
          int size = ArrayUtil.oversize(ord + 1, Long.BYTES);
          docFreqs = Arrays.copyOf(docFreqs, size);
          totalTermFreqs = Arrays.copyOf(totalTermFreqs, size);
          states = Arrays.copyOf(states, size);
          postings = Arrays.copyOf(postings, size);
        }
        docFreqs[ord] = baseEnum.docFreq();
        totalTermFreqs[ord] = baseEnum.totalTermFreq();
        states[ord] = baseEnum.termState();
      }
      this.flags =
          base.hasPositions()
              ? PostingsEnum.POSITIONS
              : base.hasFreqs() ? PostingsEnum.FREQS : PostingsEnum.NONE;
    }

    Postings postings(int ord) throws IOException {
      Postings p = postings[ord];
      if (p != null) return p;
      baseEnum.seekExact(hash.get(ord, new BytesRef()), states[ord]);
      reuse = baseEnum.postings(reuse, flags);
      int n = docFreqs[ord];
      int[] docs = new int[n];
      int[] freqs = new int[n];
      int[] starts = new int[n + 1];
      int[] positions = new int[flags == PostingsEnum.POSITIONS ? (int) totalTermFreqs[ord] : 0];
      int i = 0;
      int at = 0;
      for (int d = reuse.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = reuse.nextDoc()) {
        docs[i] = d;
        freqs[i] = flags == PostingsEnum.NONE ? 1 : reuse.freq();
        starts[i] = at;
        if (flags == PostingsEnum.POSITIONS) {
          for (int k = 0; k < freqs[i]; k++) positions[at++] = reuse.nextPosition();
        }
        i++;
      }
      starts[i] = at;
      p = new Postings(docs, freqs, starts, positions);
      postings[ord] = p;
      return p;
    }

    @Override
    public TermsEnum iterator() {
      return new ArrayTermsEnum(this);
    }

    @Override
    public long size() {
      return hash.size();
    }

    @Override
    public long getSumTotalTermFreq() throws IOException {
      return base.getSumTotalTermFreq();
    }

    @Override
    public long getSumDocFreq() throws IOException {
      return base.getSumDocFreq();
    }

    @Override
    public int getDocCount() throws IOException {
      return base.getDocCount();
    }

    @Override
    public boolean hasFreqs() {
      return base.hasFreqs();
    }

    @Override
    public boolean hasOffsets() {
      return false; // offsets are not kept: no saved query reads them
    }

    @Override
    public boolean hasPositions() {
      return base.hasPositions();
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }
  }

  /** A term's place in its field's sorted terms. */
  private static final class OrdState extends TermState {
    int ord;

    OrdState(int ord) {
      this.ord = ord;
    }

    @Override
    public void copyFrom(TermState other) {
      ord = ((OrdState) other).ord;
    }
  }

  private static final class ArrayTermsEnum extends BaseTermsEnum {
    private final ArrayTerms terms;
    private final BytesRef scratch = new BytesRef();
    private int ord = -1;

    ArrayTermsEnum(ArrayTerms terms) {
      this.terms = terms;
    }

    @Override
    public boolean seekExact(BytesRef text) {
      int found = terms.hash.find(text);
      if (found < 0) return false;
      ord = found;
      return true;
    }

    @Override
    public void seekExact(BytesRef term, TermState state) throws IOException {
      if (state instanceof OrdState o) {
        ord = o.ord;
      } else if (!seekExact(term)) {
        throw new IllegalArgumentException("term " + term + " is not in the batch");
      }
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) {
      if (seekExact(text)) return SeekStatus.FOUND;
      int lo = 0;
      int hi = terms.hash.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = terms.hash.get(mid, scratch).compareTo(text);
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      ord = lo;
      return lo == terms.hash.size() ? SeekStatus.END : SeekStatus.NOT_FOUND;
    }

    @Override
    public void seekExact(long ord) {
      this.ord = (int) ord;
    }

    @Override
    public BytesRef next() {
      if (ord + 1 >= terms.hash.size()) {
        ord = terms.hash.size();
        return null;
      }
      ord++;
      return term();
    }

    @Override
    public BytesRef term() {
      return terms.hash.get(ord, scratch);
    }

    @Override
    public long ord() {
      return ord;
    }

    @Override
    public int docFreq() {
      return terms.docFreqs[ord];
    }

    @Override
    public long totalTermFreq() {
      return terms.totalTermFreqs[ord];
    }

    @Override
    public TermState termState() {
      return new OrdState(ord);
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      Postings p = terms.postings(ord);
      if (reuse instanceof ArrayPostingsEnum a) {
        a.reset(p);
        return a;
      }
      return new ArrayPostingsEnum(p);
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
      return new SlowImpactsEnum(postings(null, flags));
    }
  }

  private static final class ArrayPostingsEnum extends PostingsEnum {
    private Postings p;
    private int i;
    private int doc;
    private int position;

    ArrayPostingsEnum(Postings p) {
      reset(p);
    }

    void reset(Postings p) {
      this.p = p;
      this.i = -1;
      this.doc = -1;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      i++;
      if (i >= p.docs().length) return doc = NO_MORE_DOCS;
      position = p.positionStarts()[i];
      return doc = p.docs()[i];
    }

    @Override
    public int advance(int target) {
      int d = doc;
      while (d < target) d = nextDoc();
      return d;
    }

    @Override
    public long cost() {
      return p.docs().length;
    }

    @Override
    public int freq() {
      return p.freqs()[i];
    }

    @Override
    public int nextPosition() {
      return position < p.positionStarts()[i + 1] ? p.positions()[position++] : -1;
    }

    @Override
    public int startOffset() {
      return -1;
    }

    @Override
    public int endOffset() {
      return -1;
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }
  }
}
