package dev.argus.store;

import dev.argus.core.dedup.Fingerprint;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.entity.discover.NameSpan;
import dev.argus.core.entity.discover.NameType;
import dev.argus.core.model.Article;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Link;
import dev.argus.core.model.Mention;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Store#add} needs to place an article in the corpus and the story clusterer again,
 * kept with the article's document so that a store reopened after a crash can bring its state from
 * the last snapshot up to its last commit. Holds what the stored article JSON lacks or may hold
 * otherwise (the caller's fields can differ from the enrichment's): the name candidates, the
 * mentions' offsets, the citations, the links, the article's own URL, date and language, the fetch
 * time, source and country. The title and text are taken from the stored article when they are the
 * same (they are, as ingestion writes them), else kept here. The near-duplicate fingerprint is
 * recomputed from the text ({@link Fingerprint#of}, as the enricher computes it): 512 bytes a
 * document saved for a few microseconds at recovery.
 *
 * <p>A small binary format written by hand: it is read and written once per article on the hot
 * path, and none of its parts needs more than lengths and strings.
 */
final class Replay {

  private static final int VERSION = 1;

  /** An article's inputs again, with where it stood. */
  record Inputs(Enriched enriched, String source, String country, Instant fetched) {}

  private Replay() {}

  /** The replay bytes of an article {@link Store#add} places for the first time. */
  static byte[] encode(
      Enriched e, String source, String country, Instant fetched, String title, String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      Article a = e.article();
      out.writeByte(VERSION);
      out.writeLong(fetched.getEpochSecond());
      out.writeInt(fetched.getNano());
      str(out, source);
      str(out, country);
      str(out, a.url());
      str(out, a.published());
      str(out, a.language());
      str(out, e.language());
      str(out, Objects.equals(a.title(), title) ? null : a.title());
      out.writeBoolean(Objects.equals(a.title(), title));
      boolean sameText = a.text().equals(text);
      out.writeBoolean(sameText);
      if (!sameText) str(out, a.text());
      out.writeBoolean(!e.fingerprint().isEmpty());
      out.writeInt(a.links().size());
      for (Link l : a.links()) str(out, l.url());
      out.writeInt(e.mentions().size());
      for (Mention m : e.mentions()) {
        str(out, m.entity());
        str(out, m.type());
        str(out, m.text());
        out.writeInt(m.start());
        out.writeInt(m.end());
      }
      out.writeInt(e.citations().size());
      for (Citation c : e.citations()) {
        str(out, c.name());
        str(out, c.url());
        out.writeByte(c.kind().ordinal());
      }
      out.writeInt(e.nameCandidates().size());
      for (NameSpan s : e.nameCandidates()) {
        str(out, s.text());
        out.writeInt(s.start());
        out.writeByte(s.type().ordinal());
        out.writeBoolean(s.cued());
        out.writeBoolean(s.weak());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The inputs again, from the replay bytes and the stored article's {@code title} and {@code
   * text}.
   *
   * @throws IOException when the bytes are not replay bytes of this version
   */
  static Inputs decode(byte[] bytes, String title, String text) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
    int version = in.readByte();
    if (version != VERSION) throw new IOException("replay record version " + version);
    Instant fetched = Instant.ofEpochSecond(in.readLong(), in.readInt());
    String source = str(in);
    String country = str(in);
    String url = str(in);
    String published = str(in);
    String pageLanguage = str(in);
    String language = str(in);
    String ownTitle = str(in);
    if (in.readBoolean()) ownTitle = title;
    String ownText = in.readBoolean() ? text : str(in);
    boolean fingerprinted = in.readBoolean();
    List<Link> links = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) links.add(new Link(str(in), null, 0, 0));
    List<Mention> mentions = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      mentions.add(new Mention(str(in), str(in), str(in), in.readInt(), in.readInt(), null));
    }
    List<Citation> citations = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      citations.add(new Citation(str(in), str(in), Citation.Kind.values()[in.readByte()]));
    }
    List<NameSpan> names = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String s = str(in);
      int start = in.readInt();
      names.add(
          new NameSpan(
              s,
              start,
              start + s.length(),
              NameType.values()[in.readByte()],
              in.readBoolean(),
              in.readBoolean()));
    }
    Article a =
        new Article(
            url,
            ownTitle,
            List.of(),
            published,
            null,
            pageLanguage,
            null,
            null,
            null,
            null,
            ownText,
            links);
    Enriched e =
        new Enriched(
            a,
            language,
            0,
            null,
            mentions,
            List.of(),
            citations,
            names,
            fingerprinted ? Fingerprint.of(ownText == null ? "" : ownText) : Fingerprint.EMPTY);
    return new Inputs(e, source, country, fetched);
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) return null;
    byte[] b = in.readNBytes(n);
    if (b.length < n) throw new java.io.EOFException("replay record is truncated");
    return new String(b, StandardCharsets.UTF_8);
  }
}
