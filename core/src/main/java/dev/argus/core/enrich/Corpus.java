package dev.argus.core.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.core.dedup.NearDuplicateIndex;
import dev.argus.core.entity.discover.FoundName;
import dev.argus.core.entity.discover.NameStatistics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The enrichment state that spans articles: the near-duplicate index (which group a copy joins, and
 * which member was published first) and the corpus statistics that tell a name from a capitalised
 * word. The runner calls {@link #place} once per article, in arrival order, after the pure stages
 * ({@link Enricher}) have run; an article is judged against the articles placed before it, so a
 * name seen for the second time is accepted from then on, and {@code duplicateOf} names the
 * earliest-published copy seen so far.
 */
public final class Corpus {

  /** Where an article stands in the corpus. */
  public record Placed(String dupGroup, String duplicateOf, List<FoundName> names) {
    public Placed {
      names = names == null ? List.of() : List.copyOf(names);
    }
  }

  private final NearDuplicateIndex duplicates;
  private final NameStatistics names;

  public Corpus(NearDuplicateIndex duplicates, NameStatistics names) {
    this.duplicates = duplicates;
    this.names = names;
  }

  public static Corpus empty() {
    return new Corpus(NearDuplicateIndex.create(), new NameStatistics());
  }

  /**
   * Places one article.
   *
   * @param id the article's id in this corpus (its URL or path), 1 to {@value
   *     NearDuplicateIndex#MAX_ID_BYTES} UTF-8 bytes
   */
  public synchronized Placed place(String id, Enriched e) {
    String group = null;
    String duplicateOf = null;
    if (!e.fingerprint().isEmpty()) {
      NearDuplicateIndex.Result r = duplicates.add(id, e.article().published(), e.fingerprint());
      group = r.dupGroup();
      duplicateOf = r.duplicateOf();
    }
    names.observe(e.nameCandidates());
    return new Placed(group, duplicateOf, names.accept(e.nameCandidates()));
  }

  /**
   * Judges an article that was placed before under the same id (a new version of it): its names are
   * accepted against the corpus statistics without counting it a second time, and it keeps the
   * group it had.
   */
  public synchronized Placed replace(Enriched e, String dupGroup, String duplicateOf) {
    return new Placed(dupGroup, duplicateOf, names.accept(e.nameCandidates()));
  }

  /** Articles in the near-duplicate index. */
  public synchronized int size() {
    return duplicates.size();
  }

  private static final int MAGIC = 0x41524350; // "ARCP"
  private static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Writes the whole state (near-duplicate index and name statistics); {@link #restore} reads it
   * back. The stream is not closed.
   */
  public synchronized void snapshot(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    ByteArrayOutputStream dedup = new ByteArrayOutputStream();
    duplicates.snapshot(dedup);
    data.writeInt(dedup.size());
    dedup.writeTo(data);
    byte[] stats = JSON.writeValueAsBytes(names.snapshot());
    data.writeInt(stats.length);
    data.write(stats);
    data.flush();
  }

  /**
   * Reads a state written by {@link #snapshot}.
   *
   * @throws IOException when the stream is truncated, not a corpus snapshot, or from another
   *     version
   */
  public static Corpus restore(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    try {
      if (data.readInt() != MAGIC) throw new IOException("not a corpus snapshot");
      int version = data.readInt();
      if (version != VERSION) {
        throw new IOException(
            "corpus snapshot version " + version + ", this build reads version " + VERSION);
      }
      NearDuplicateIndex dedup = NearDuplicateIndex.restore(new ByteArrayInputStream(part(data)));
      NameStatistics stats =
          NameStatistics.restore(JSON.readValue(part(data), NameStatistics.Snapshot.class));
      return new Corpus(dedup, stats);
    } catch (EOFException e) {
      throw new IOException("corpus snapshot is truncated", e);
    }
  }

  private static byte[] part(DataInputStream data) throws IOException {
    int n = data.readInt();
    if (n < 0) throw new IOException("corpus snapshot is corrupt: negative length");
    byte[] b = data.readNBytes(n);
    if (b.length < n) throw new IOException("corpus snapshot is truncated");
    return b;
  }
}
