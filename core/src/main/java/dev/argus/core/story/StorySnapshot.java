package dev.argus.core.story;

import dev.argus.core.model.Citation;
import dev.argus.core.story.StoryState.MemberState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The binary snapshot of a {@link StoryClusterer}: a magic string, the format version, the
 * settings, the counters, the document frequencies and every live story with its centroids in their
 * insertion order (sums over them then add up in the same order, so a restored clusterer assigns
 * exactly as the original would). The inverted index, the by-id and by-time indexes and the
 * near-duplicate map are rebuilt from the stories. Written with DataOutputStream rather than
 * Jackson: the doubles must come back bit for bit, and the format stays a few dozen lines.
 */
final class StorySnapshot {

  private StorySnapshot() {}

  static final String MAGIC = "argus-story-clusterer";

  /** Longest string read back, in bytes: guards against a corrupt length. */
  private static final int MAX_STRING_BYTES = 1 << 20;

  static byte[] write(StoryClusterer c) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(MAGIC);
      out.writeInt(StoryClusterer.SNAPSHOT_VERSION);
      writeConfig(out, c.config);
      out.writeLong(c.docs);
      out.writeLong(c.nextSeq);
      out.writeLong(c.arrivals);
      out.writeInt(c.latest.size());
      for (Instant t : c.latest) writeInstant(out, t);
      // The counted features only: a frequency of 0 is a forgotten feature a centroid still holds.
      TreeMap<String, Integer> df = new TreeMap<>();
      c.df.forEach(
          (k, f) -> {
            if (f.n > 0) df.put(k, f.n);
          });
      out.writeInt(df.size());
      for (Map.Entry<String, Integer> e : df.entrySet()) {
        writeString(out, e.getKey());
        out.writeInt(e.getValue());
      }
      out.writeInt(c.live.size());
      for (StoryState s : c.live.values()) {
        writeStory(out, s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static StoryClusterer read(byte[] snapshot, Embedder embedder) {
    if (snapshot == null) {
      throw new IllegalArgumentException("no story snapshot (null)");
    }
    ByteArrayInputStream bytes = new ByteArrayInputStream(snapshot);
    DataInputStream in = new DataInputStream(bytes);
    try {
      String magic;
      try {
        magic = in.readUTF();
      } catch (IOException e) {
        magic = null;
      }
      if (!MAGIC.equals(magic)) {
        throw new IllegalArgumentException("not a story clusterer snapshot");
      }
      int version = in.readInt();
      if (version != StoryClusterer.SNAPSHOT_VERSION) {
        throw new IllegalArgumentException(
            "story snapshot has format version "
                + version
                + "; this build reads version "
                + StoryClusterer.SNAPSHOT_VERSION);
      }
      StoryClusterer c = new StoryClusterer(readConfig(in), embedder);
      c.docs = in.readLong();
      c.nextSeq = in.readLong();
      c.arrivals = in.readLong();
      int latest = in.readInt();
      if (latest < 0 || latest > StoryClusterer.WATERMARK_RANK) {
        throw new IllegalArgumentException(
            "story snapshot is corrupt: " + latest + " latest times");
      }
      for (int i = 0; i < latest; i++) c.latest.add(readInstant(in));
      int dfSize = count(in, bytes);
      for (int i = 0; i < dfSize; i++) {
        String key = readString(in, bytes);
        int n = in.readInt();
        if (n < 1) {
          throw new IllegalArgumentException(
              "story snapshot is corrupt: frequency " + n + " for " + key);
        }
        if (c.df.put(key, new StoryState.Frequency(key, n)) == null) c.vocabulary++;
      }
      int stories = count(in, bytes);
      for (int i = 0; i < stories; i++) {
        StoryState s = readStory(in, bytes, c);
        c.live.put(s.seq, s);
      }
      if (bytes.available() != 0) {
        throw new IllegalArgumentException(
            "story snapshot has " + bytes.available() + " bytes after its end");
      }
      c.reindex();
      return c;
    } catch (EOFException e) {
      throw new IllegalArgumentException("story snapshot is cut short", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeConfig(DataOutputStream out, StoryConfig k) throws IOException {
    out.writeLong(k.window().getSeconds());
    out.writeInt(k.window().getNano());
    for (int v :
        new int[] {
          k.maxFeaturesPerArticle(),
          k.maxFeaturesPerStory(),
          k.maxLiveStories(),
          k.maxMembersPerView(),
          k.maxCitationsPerMember(),
          k.maxCandidates(),
          k.maxPostings(),
          k.maxVocabulary()
        }) {
      out.writeInt(v);
    }
    out.writeDouble(k.sameLanguageThreshold());
    out.writeDouble(k.crossLanguageThreshold());
    out.writeInt(k.minSharedAnchors());
    out.writeDouble(k.wordWeight());
    out.writeDouble(k.anchorWeight());
    out.writeDouble(k.embeddingWeight());
    out.writeDouble(k.stopFraction());
    out.writeInt(k.stopMinDocs());
  }

  private static StoryConfig readConfig(DataInputStream in) throws IOException {
    Duration window = Duration.ofSeconds(in.readLong(), in.readInt());
    int[] v = new int[8];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readInt();
    }
    return new StoryConfig(
        window,
        v[0],
        v[1],
        v[2],
        v[3],
        v[4],
        v[5],
        v[6],
        v[7],
        in.readDouble(),
        in.readDouble(),
        in.readInt(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readInt());
  }

  private static void writeStory(DataOutputStream out, StoryState s) throws IOException {
    out.writeLong(s.seq);
    writeString(out, s.id);
    writeInstant(out, s.firstTime);
    writeInstant(out, s.lastTime);
    out.writeInt(s.size);
    writeMember(out, s.first);
    out.writeInt(s.recent.size());
    for (MemberState m : s.recent) {
      writeMember(out, m);
    }
    writeStrings(out, s.languages);
    writeStrings(out, s.countries);
    writeStrings(out, s.sources);
    writeStrings(out, s.dupGroups);
    writeCentroid(out, s.anchors);
    out.writeInt(s.words.size());
    for (Map.Entry<String, LinkedHashMap<String, StoryState.Cell>> e : s.words.entrySet()) {
      writeString(out, e.getKey());
      writeCentroid(out, e.getValue());
    }
    if (s.embedding == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(s.embedding.length);
      for (float f : s.embedding) {
        out.writeFloat(f);
      }
    }
  }

  private static StoryState readStory(
      DataInputStream in, ByteArrayInputStream bytes, StoryClusterer clusterer) throws IOException {
    StoryState s = new StoryState(in.readLong(), readString(in, bytes));
    s.firstTime = readInstant(in);
    s.lastTime = readInstant(in);
    s.size = in.readInt();
    s.first = readMember(in, bytes);
    int recent = count(in, bytes);
    for (int i = 0; i < recent; i++) {
      s.recent.add(readMember(in, bytes));
    }
    s.languages.addAll(readStrings(in, bytes));
    s.countries.addAll(readStrings(in, bytes));
    s.sources.addAll(readStrings(in, bytes));
    s.dupGroups.addAll(readStrings(in, bytes));
    readCentroid(in, bytes, s.anchors, clusterer);
    int languages = count(in, bytes);
    for (int i = 0; i < languages; i++) {
      String language = readString(in, bytes);
      LinkedHashMap<String, StoryState.Cell> c = new LinkedHashMap<>();
      readCentroid(in, bytes, c, clusterer);
      s.words.put(language, c);
    }
    int dims = in.readInt();
    if (dims >= 0) {
      if (dims > bytes.available() / 4) {
        throw new IllegalArgumentException("story snapshot is cut short");
      }
      s.embedding = new float[dims];
      for (int i = 0; i < dims; i++) {
        s.embedding[i] = in.readFloat();
      }
    }
    if (s.first == null || s.firstTime == null || s.lastTime == null) {
      throw new IllegalArgumentException("story snapshot holds a story without members");
    }
    return s;
  }

  private static void writeMember(DataOutputStream out, MemberState m) throws IOException {
    writeString(out, m.id());
    writeString(out, m.url());
    writeString(out, m.source());
    writeString(out, m.country());
    writeString(out, m.language());
    writeInstant(out, m.time());
    out.writeLong(m.arrival());
    writeString(out, m.dupGroup());
    writeString(out, m.title());
    out.writeInt(m.citations().size());
    for (Citation c : m.citations()) {
      writeString(out, c.name());
      writeString(out, c.url());
      out.writeByte(c.kind() == null ? -1 : c.kind().ordinal());
    }
    writeStrings(out, m.links());
  }

  private static MemberState readMember(DataInputStream in, ByteArrayInputStream bytes)
      throws IOException {
    String id = readString(in, bytes);
    String url = readString(in, bytes);
    String source = readString(in, bytes);
    String country = readString(in, bytes);
    String language = readString(in, bytes);
    Instant time = readInstant(in);
    long arrival = in.readLong();
    String dupGroup = readString(in, bytes);
    String title = readString(in, bytes);
    int n = count(in, bytes);
    List<Citation> citations = new ArrayList<>(n);
    Citation.Kind[] kinds = Citation.Kind.values();
    for (int i = 0; i < n; i++) {
      String name = readString(in, bytes);
      String curl = readString(in, bytes);
      int kind = in.readByte();
      if (kind >= kinds.length) {
        throw new IllegalArgumentException("story snapshot holds an unknown citation kind " + kind);
      }
      citations.add(new Citation(name, curl, kind < 0 ? null : kinds[kind]));
    }
    List<String> links = readStrings(in, bytes);
    if (id == null || time == null) {
      throw new IllegalArgumentException("story snapshot holds a member without id or time");
    }
    return new MemberState(
        id, url, source, country, language, time, arrival, dupGroup, title, citations, links);
  }

  private static void writeCentroid(DataOutputStream out, LinkedHashMap<String, StoryState.Cell> c)
      throws IOException {
    out.writeInt(c.size());
    for (Map.Entry<String, StoryState.Cell> e : c.entrySet()) {
      writeString(out, e.getKey());
      out.writeDouble(e.getValue().sum);
    }
  }

  private static void readCentroid(
      DataInputStream in,
      ByteArrayInputStream bytes,
      LinkedHashMap<String, StoryState.Cell> into,
      StoryClusterer clusterer)
      throws IOException {
    int n = count(in, bytes);
    for (int i = 0; i < n; i++) {
      String key = readString(in, bytes);
      StoryState.Frequency f = clusterer.frequency(key);
      StoryState.Cell cell = new StoryState.Cell(f, key.startsWith(StoryClusterer.WORD));
      cell.sum = in.readDouble();
      // The table's instance of the key, as a centroid holds it when built by adding articles.
      into.put(f.key, cell);
    }
  }

  private static void writeStrings(DataOutputStream out, Collection<String> values)
      throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      writeString(out, v);
    }
  }

  private static List<String> readStrings(DataInputStream in, ByteArrayInputStream bytes)
      throws IOException {
    int n = count(in, bytes);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readString(in, bytes));
    }
    return out;
  }

  private static void writeInstant(DataOutputStream out, Instant t) throws IOException {
    out.writeBoolean(t != null);
    if (t != null) {
      out.writeLong(t.getEpochSecond());
      out.writeInt(t.getNano());
    }
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  /** A string as its UTF-8 length (-1 for null) and bytes: writeUTF stops at 64 KiB. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in, ByteArrayInputStream bytes)
      throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    if (n < 0 || n > MAX_STRING_BYTES || n > bytes.available()) {
      throw new IllegalArgumentException("story snapshot holds a bad string length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A count of items that each take at least one byte: never more than the bytes left. */
  private static int count(DataInputStream in, ByteArrayInputStream bytes) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > bytes.available()) {
      throw new IllegalArgumentException("story snapshot holds a bad count " + n);
    }
    return n;
  }
}
