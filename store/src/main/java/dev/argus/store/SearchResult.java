package dev.argus.store;

import dev.argus.store.index.Summaries;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One page of results.
 *
 * @param total how many articles match (exact)
 * @param hits the first {@code limit} of them, in the requested order
 */
public record SearchResult(long total, List<Hit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * One matching article and its relevance score (NaN when ordered by date). A summary hit keeps
   * its fields as the JSON the index holds ({@link #jsonUtf8}), which an API can write out as it
   * is; the article is read from that JSON only when asked for.
   */
  public static final class Hit {
    private final String id;
    private final float score;
    private final byte[] json;
    private volatile StoredArticle article;

    public Hit(StoredArticle article, float score) {
      this.id = article.id();
      this.score = score;
      this.json = null;
      this.article = article;
    }

    private Hit(String id, byte[] json, float score) {
      this.id = Objects.requireNonNull(id);
      this.score = score;
      this.json = Objects.requireNonNull(json);
    }

    /**
     * A hit of {@code id} whose article's fields are the JSON object {@code utf8}, which the hit
     * keeps as it is: the caller gives the array up.
     */
    public static Hit ofJson(String id, byte[] utf8, float score) {
      return new Hit(id, utf8, score);
    }

    /** The article's id. */
    public String id() {
      return id;
    }

    /** The relevance score, NaN when ordered by date. */
    public float score() {
      return score;
    }

    /** The article (for a summary hit, its summary fields). */
    public StoredArticle article() {
      StoredArticle a = article;
      if (a == null) {
        a = new StoredArticle(id, Summaries.fields(json));
        article = a;
      }
      return a;
    }

    /** The article's fields as a JSON object, when the hit was read as such; else null. */
    public String json() {
      return json == null ? null : new String(json, StandardCharsets.UTF_8);
    }

    /**
     * The article's fields as a JSON object in UTF-8 (a read-only view, not a copy), when the hit
     * was read as such; else null: what an API writes out without decoding and encoding it again.
     */
    public ByteBuffer jsonUtf8() {
      return json == null ? null : ByteBuffer.wrap(json).asReadOnlyBuffer();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Hit h
          && Float.compare(score, h.score) == 0
          && article().equals(h.article());
    }

    @Override
    public int hashCode() {
      return article().hashCode() * 31 + Float.hashCode(score);
    }

    @Override
    public String toString() {
      return "Hit[article=" + article() + ", score=" + score + "]";
    }
  }
}
