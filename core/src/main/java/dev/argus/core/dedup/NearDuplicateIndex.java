package dev.argus.core.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Groups syndicated copies as articles arrive: exact copies (same normalised text) and near copies
 * (boilerplate, headline, a paragraph more or less, light edits), but not different articles on the
 * same story. Each article joins the group of its most similar earlier article, or starts its own;
 * groups never merge or split, so a group id once given stays valid.
 *
 * <p>Texts of fewer than {@link #MIN_NEAR_TOKENS} tokens match only exactly: a few dozen words give
 * too few shingles for a similarity estimate to separate a copy from two agency briefs that share a
 * formula. An empty text never matches.
 *
 * <p>Stateful and bounded in memory (a couple of hundred bytes per article, ids included); calls
 * are serialised, so it is safe from many threads. It can {@link #snapshot} and {@link #restore}
 * itself.
 */
public interface NearDuplicateIndex {

  /** Texts with fewer tokens than this match only exactly. */
  int MIN_NEAR_TOKENS = 30;

  /** Longest id accepted, in UTF-8 bytes. */
  int MAX_ID_BYTES = 1024;

  /** How an article matched. */
  enum Match {
    /** It matched nothing: it starts a group of its own. */
    NONE,
    /** Same normalised text as an earlier article. */
    EXACT,
    /** Estimated shingle Jaccard with an earlier article at or above the threshold. */
    NEAR
  }

  /**
   * What {@link #add} decided.
   *
   * @param dupGroup the group's id: the id of its first member (the article's own id when it
   *     matched nothing)
   * @param duplicateOf the id of the earliest-published member of the group other than this
   *     article, or null when this article is the earliest (or alone). Unknown dates count as later
   *     than any known one; ties go to the member that arrived first
   * @param match how it matched
   * @param similarity estimated Jaccard with the member it matched (1 for exact, 0 for none)
   */
  record Result(String dupGroup, String duplicateOf, Match match, double similarity) {}

  /** A new, empty index. */
  static NearDuplicateIndex create() {
    return new LshIndex();
  }

  /**
   * Reads an index written by {@link #snapshot}.
   *
   * @throws IOException when the stream is truncated, not a snapshot, or from another version
   */
  static NearDuplicateIndex restore(InputStream in) throws IOException {
    return LshIndex.restore(in);
  }

  /**
   * Adds one article and says which group it joined.
   *
   * @param id the caller's id for the article, 1 to {@link #MAX_ID_BYTES} UTF-8 bytes; ids are not
   *     checked for uniqueness (add each article once)
   * @param published ISO-8601 day or instant (with or without offset; no offset reads as UTC), or
   *     null when unknown; an unparsable date counts as unknown
   * @param fingerprint the article text's {@link Fingerprint#of fingerprint}
   * @throws IllegalArgumentException for a null, empty or over-long id or a null fingerprint
   */
  Result add(String id, String published, Fingerprint fingerprint);

  /** Articles indexed (empty texts are not). */
  int size();

  /** Bytes held by the index's arrays, ids included. */
  long memoryBytes();

  /** Writes the whole state; {@link #restore} reads it back. The stream is not closed. */
  void snapshot(OutputStream out) throws IOException;
}
