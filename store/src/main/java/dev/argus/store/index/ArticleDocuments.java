package dev.argus.store.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.core.cite.Domains;
import dev.argus.store.StoredArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a stored article into its Lucene document and back. What each field holds:
 *
 * <ul>
 *   <li>{@code _key}: the id, exact, for updates; {@code _article}: the whole article as JSON.
 *   <li>text fields ({@link Schema#TITLE}, {@link Schema#TEXT}) analysed by the chain of the
 *       article's identified language;
 *   <li>keyword fields as {@link Schema#keyword} terms, and their original values in sorted-set doc
 *       values for facets: language, source (the ingest source, else the site name, else the
 *       domain), domain (the registered domain of the URL), country (given, else the domain's
 *       ccTLD), authors, entities (watch-list mentions), names (open names), cited sources,
 *       dupGroup and storyId;
 *   <li>dates as points and doc values: published, fetched, and {@code _date} (published, else
 *       fetched) for sorting and histograms;
 *   <li>tone as a double point and doc values; {@code _mentions} the mention count per entity, for
 *       share of voice;
 *   <li>in the store only: {@code _summary} in binary doc values, what a result list shows ({@link
 *       Summaries}); and the text's pairs of adjacent terms, for phrases ({@link TextPairs}).
 * </ul>
 *
 * <p>Keyword values are cut at {@value #MAX_KEYWORD_CHARS} characters: Lucene refuses terms over 32
 * KB, and no real author, entity or source name comes near the cut.
 */
public final class ArticleDocuments {

  public static final String KEY = "_key";
  public static final String DATE = "_date";
  public static final String MENTIONS = "_mentions";

  /**
   * The add sequence number of the article's first placement: a point, doc values and stored, so
   * that recovery reads the articles added after a state snapshot in add order.
   */
  public static final String SEQ = "_seq";

  /** What placing the article again needs (the store's replay record), stored. */
  public static final String REPLAY = "_replay";

  /** Longest keyword value indexed; longer ones are cut. */
  public static final int MAX_KEYWORD_CHARS = 512;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleDocuments() {}

  /**
   * The Lucene document for {@code a}, with its add sequence number and replay record ({@code
   * replay} null for neither).
   */
  public static Document toDocument(StoredArticle a, long seq, byte[] replay) {
    return toDocument(a, seq, replay, null);
  }

  /**
   * {@link #toDocument(StoredArticle, long, byte[])} with the pairs of adjacent terms {@code
   * common} asks for ({@link TextPairs#fields(String, String, String, CommonTerms)}).
   */
  public static Document toDocument(StoredArticle a, long seq, byte[] replay, CommonTerms common) {
    Document d = build(a, true, true, common);
    if (replay != null) {
      d.add(new LongPoint(SEQ, seq));
      d.add(new NumericDocValuesField(SEQ, seq));
      d.add(new StoredField(SEQ, seq));
      d.add(new StoredField(REPLAY, new BytesRef(replay)));
    }
    return d;
  }

  /**
   * The Lucene document for {@code a} as saved-query matching indexes it: the store's less the
   * article's summary and the text's pairs of adjacent terms ({@link TextPairs}), which only serve
   * searches of the store.
   */
  public static Document toDocument(StoredArticle a) {
    return toDocument(a, true);
  }

  /**
   * {@link #toDocument(StoredArticle)}, without the stored JSON copy of the article ({@link
   * Schema#SOURCE_JSON}) when {@code storedCopy} is false: what matching saved queries needs, where
   * writing the copy was wasted.
   */
  public static Document toDocument(StoredArticle a, boolean storedCopy) {
    return build(a, false, storedCopy, null);
  }

  private static Document build(
      StoredArticle a, boolean store, boolean storedCopy, CommonTerms common) {
    Map<String, Object> f = a.fields();
    Document d = new Document();
    d.add(new StringField(KEY, a.id(), Field.Store.YES));
    keyword(d, Schema.ID, a.id(), false);
    String language = a.text("language");
    String url = a.text("url");
    keyword(d, Schema.URL, url, false);
    keyword(d, Schema.PATH, a.text("path"), false);
    if (store) d.add(TextPairs.marker());
    for (String field : Schema.DEFAULT_FIELDS) {
      String value = a.text(field);
      if (store && value != null && !value.isEmpty()) {
        TextPairs.fields(field, value, language, common).forEach(d::add);
      } else {
        text(d, field, value, language);
      }
    }
    keyword(d, Schema.LANGUAGE, language, true);

    String host = host(f);
    String domain = Domains.registered(host);
    keyword(d, Schema.DOMAIN, domain, true);
    String source = sourceOf(f, domain);
    keyword(d, Schema.SOURCE, source, true);
    String country = countryOf(f, host);
    keyword(d, Schema.COUNTRY, country, true);
    // What search returns carries the derived values too, so a row says what a facet counted.
    if (storedCopy) {
      Map<String, Object> stored = new LinkedHashMap<>(f);
      stored.put("source", source);
      stored.put("domain", domain);
      stored.put("country", country);
      try {
        d.add(new StoredField(Schema.SOURCE_JSON, new BytesRef(JSON.writeValueAsBytes(stored))));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("article " + a.id() + " cannot be written as JSON", e);
      }
      if (store) {
        d.add(
            new BinaryDocValuesField(
                Summaries.FIELD, Summaries.encode(a.id(), Summaries.of(stored))));
      }
    }

    Long published = Dates.millis(f.get("published"));
    Long fetched = Dates.millis(f.get("fetched"));
    date(d, Schema.PUBLISHED, published);
    date(d, Schema.FETCHED, fetched);
    Long date = published != null ? published : fetched;
    if (date != null) d.add(new NumericDocValuesField(DATE, date));

    for (Object author : list(f.get("authors"))) {
      if (author instanceof String s) keyword(d, Schema.AUTHOR, s, true);
    }
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (Object m : list(f.get("mentions"))) {
      if (m instanceof Map<?, ?> mm && mm.get("entity") instanceof String e) {
        mentions.merge(e, 1, Integer::sum);
      }
    }
    for (String e : mentions.keySet()) keyword(d, Schema.ENTITY, e, true);
    if (!mentions.isEmpty()) d.add(new BinaryDocValuesField(MENTIONS, encode(mentions)));
    Set<String> names = new LinkedHashSet<>();
    for (Object n : list(f.get("names"))) {
      if (n instanceof Map<?, ?> nm && nm.get("name") instanceof String s) names.add(s);
    }
    for (String n : names) keyword(d, Schema.NAME, n, true);
    Set<String> cited = new LinkedHashSet<>();
    for (Object c : list(f.get("citations"))) {
      if (c instanceof Map<?, ?> cm) {
        if (cm.get("name") instanceof String s) cited.add(s);
        if (cm.get("url") instanceof String u) {
          String citedDomain = Domains.registered(Domains.host(u));
          if (citedDomain != null) cited.add(citedDomain);
        }
      }
    }
    for (String c : cited) keyword(d, Schema.CITES, c, true);
    if (f.get("tone") instanceof Number tone) {
      d.add(new DoublePoint(Schema.TONE, tone.doubleValue()));
      d.add(new DoubleDocValuesField(Schema.TONE, tone.doubleValue()));
    }
    keyword(d, Schema.DUP_GROUP, a.text("dupGroup"), true);
    keyword(d, Schema.STORY, a.text("storyId"), true);
    return d;
  }

  /** The article's source: the ingest source, else the site name, else the registered domain. */
  public static String sourceOf(Map<String, Object> f) {
    return sourceOf(f, Domains.registered(host(f)));
  }

  private static String sourceOf(Map<String, Object> f, String domain) {
    if (f.get("source") instanceof String s && !s.isBlank()) return s;
    if (f.get("siteName") instanceof String s && !s.isBlank()) return s;
    return domain;
  }

  /** The article's country: the one given (its source's), else its domain's ccTLD, or null. */
  public static String countryOf(Map<String, Object> f) {
    return countryOf(f, host(f));
  }

  private static String countryOf(Map<String, Object> f, String host) {
    if (f.get("country") instanceof String s && !s.isBlank()) return s.toUpperCase(Locale.ROOT);
    return Countries.ofHost(host);
  }

  private static String host(Map<String, Object> f) {
    Object canonical = f.get("canonicalUrl");
    Object url = canonical instanceof String ? canonical : f.get("url");
    return url instanceof String u ? Domains.host(u) : null;
  }

  /** The article stored in {@code doc} (a document this class wrote). */
  @SuppressWarnings("unchecked")
  public static StoredArticle fromStored(String id, BytesRef json) {
    try {
      Map<String, Object> fields =
          JSON.readValue(json.bytes, json.offset, json.length, LinkedHashMap.class);
      return new StoredArticle(id, fields);
    } catch (IOException e) {
      throw new IllegalStateException("stored article " + id + " is not readable JSON", e);
    }
  }

  /** Reads {@code _mentions} doc values back: entity → mentions in the article. */
  public static Map<String, Integer> decodeMentions(BytesRef b) {
    Map<String, Integer> out = new LinkedHashMap<>();
    String s = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
    for (String line : s.split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
    }
    return out;
  }

  private static BytesRef encode(Map<String, Integer> mentions) {
    StringBuilder sb = new StringBuilder();
    mentions.forEach(
        (e, n) ->
            sb.append(e.replace('\n', ' ').replace('\t', ' ')).append('\t').append(n).append('\n'));
    return new BytesRef(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void text(Document d, String field, String value, String language) {
    if (value == null || value.isEmpty()) return;
    d.add(new LanguageTextField(field, value, language));
  }

  private static void keyword(Document d, String field, String value, boolean facet) {
    if (value == null || value.isBlank()) return;
    String v = value.length() > MAX_KEYWORD_CHARS ? value.substring(0, MAX_KEYWORD_CHARS) : value;
    d.add(new StringField(field, Schema.keyword(v), Field.Store.NO));
    if (facet) d.add(new SortedSetDocValuesField(field, new BytesRef(v.strip())));
  }

  private static void date(Document d, String field, Long millis) {
    if (millis == null) return;
    d.add(new LongPoint(field, millis));
    d.add(new NumericDocValuesField(field, millis));
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : new ArrayList<>();
  }
}
