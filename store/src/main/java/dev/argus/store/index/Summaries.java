package dev.argus.store.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.store.StoredArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * The few fields a result list shows of an article (title, source, dates, language, country, tone,
 * story, a snippet), kept beside the whole article as binary doc values. A page of search results
 * reads them without decompressing and parsing the stored article, which is most of the cost of a
 * page when the articles are long: the text alone is kilobytes, the summary a few hundred bytes.
 */
public final class Summaries {

  /** The doc values field holding the summary as JSON: {@code {"id":…,"fields":{…}}}. */
  public static final String FIELD = "_summary";

  /** Longest snippet, in characters. */
  public static final int SNIPPET_CHARS = 300;

  /** The stored fields a summary keeps, when the article has them. */
  public static final List<String> KEPT =
      List.of(
          "url",
          "canonicalUrl",
          "path",
          "title",
          "source",
          "siteName",
          "domain",
          "country",
          "language",
          "published",
          "fetched",
          "ingested",
          "tone",
          "storyId",
          "dupGroup",
          "duplicateOf",
          "authors");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Summaries() {}

  /**
   * The summary of an article's stored fields: the {@link #KEPT} fields it has, and {@code
   * snippet}, its description or else the start of its text, cut at a word within {@link
   * #SNIPPET_CHARS}.
   */
  public static Map<String, Object> of(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : KEPT) {
      Object v = fields.get(k);
      if (v != null) out.put(k, v);
    }
    String snippet = snippet(fields);
    if (snippet != null) out.put("snippet", snippet);
    return out;
  }

  /** The summary of {@code a}. */
  public static StoredArticle of(StoredArticle a) {
    return new StoredArticle(a.id(), of(a.fields()));
  }

  static String snippet(Map<String, Object> fields) {
    Object d = fields.get("description");
    Object t = fields.get("text");
    String s = d instanceof String ds && !ds.isBlank() ? ds : t instanceof String ts ? ts : null;
    if (s == null) return null;
    s = s.strip();
    if (s.isEmpty()) return null;
    return cut(s, SNIPPET_CHARS);
  }

  /**
   * {@code s} cut to at most {@code max} characters: at the last space within the limit when there
   * is one in its second half, never inside a surrogate pair, with "…" when something was cut.
   */
  static String cut(String s, int max) {
    if (s.length() <= max) return s;
    int end = max - 1; // room for the ellipsis
    int space = s.lastIndexOf(' ', end);
    if (space > end / 2) end = space;
    if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return s.substring(0, end).stripTrailing() + "…";
  }

  /**
   * The summary of {@code a} as doc values bytes: the id first, the fields last ({@link #raw} reads
   * the fields without going through them when they come last).
   */
  static BytesRef encode(String id, Map<String, Object> summary) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("fields", summary);
    try {
      return new BytesRef(JSON.writeValueAsBytes(m));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("article " + id + " cannot be summarised as JSON", e);
    }
  }

  /**
   * A summary as {@link #encode} wrote it: the article's id and its fields as a JSON object, in
   * UTF-8 as the index holds it (an array of its own, which no one changes).
   */
  public record Raw(String id, byte[] fields) {}

  /**
   * The id and the fields' JSON of a summary {@link #encode} wrote, without building the fields: a
   * streaming pass that reads the id and finds where the fields object starts and ends.
   */
  public static Raw raw(BytesRef b) {
    try (JsonParser p = JSON.getFactory().createParser(b.bytes, b.offset, b.length)) {
      String id = null;
      byte[] fields = null;
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not an object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if ("id".equals(name) && t == JsonToken.VALUE_STRING) {
          id = p.getText();
        } else if ("fields".equals(name) && t == JsonToken.START_OBJECT) {
          int start = (int) p.currentTokenLocation().getByteOffset();
          int last = b.offset + b.length - 1;
          if (id != null && b.length >= 2 && b.bytes[last] == '}' && b.bytes[last - 1] == '}') {
            // As encode writes it: the id first, the fields last, up to the outer object's brace.
            // Their bytes are taken without reading them through (a result page holds 20).
            return new Raw(id, Arrays.copyOfRange(b.bytes, b.offset + start, last));
          }
          p.skipChildren();
          int end = (int) p.currentLocation().getByteOffset();
          fields = Arrays.copyOfRange(b.bytes, b.offset + start, b.offset + end);
        } else {
          p.skipChildren();
        }
      }
      if (id == null || fields == null) throw new IOException("no id or no fields");
      return new Raw(id, fields);
    } catch (IOException e) {
      throw new IllegalStateException("a stored summary is not readable JSON", e);
    }
  }

  /** The fields of a JSON object, as {@link Raw#fields} holds them. */
  public static Map<String, Object> fields(String json) {
    return fields(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The fields of a JSON object in UTF-8, as {@link Raw#fields} holds them. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> fields(byte[] json) {
    try {
      return JSON.readValue(json, LinkedHashMap.class);
    } catch (IOException e) {
      throw new IllegalStateException("a stored summary is not readable JSON", e);
    }
  }
}
