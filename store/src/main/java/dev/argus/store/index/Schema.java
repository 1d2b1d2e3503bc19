package dev.argus.store.index;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of the article index, as the query language names them. Text fields are analysed per
 * language ({@link Analysis}); keyword fields hold exact values, matched after {@link #keyword}
 * normalisation (case, width, spacing), with the original value kept in doc values for facets; date
 * fields are epoch milliseconds (UTC) in points and doc values; number fields are doubles.
 */
public final class Schema {

  /** How a field is indexed, and so how a query on it is built. */
  public enum Kind {
    TEXT,
    KEYWORD,
    DATE,
    NUMBER
  }

  /** The article's key: its canonical URL, else its URL, else its path. One document per id. */
  public static final String ID = "id";

  public static final String URL = "url";
  public static final String PATH = "path";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String LANGUAGE = "language";
  public static final String SOURCE = "source";
  public static final String DOMAIN = "domain";
  public static final String COUNTRY = "country";
  public static final String PUBLISHED = "published";
  public static final String FETCHED = "fetched";
  public static final String AUTHOR = "author";
  public static final String ENTITY = "entity";
  public static final String NAME = "name";
  public static final String CITES = "cites";
  public static final String TONE = "tone";
  public static final String DUP_GROUP = "dupGroup";
  public static final String STORY = "storyId";

  /** The whole article as JSON, stored: what search returns. */
  public static final String SOURCE_JSON = "_article";

  /**
   * Title and text in one field, in the documents saved queries are matched against only (not in
   * the article index): there a term without a field searches it instead of {@link
   * #DEFAULT_FIELDS}, which halves the terms of a saved query. The two values are far apart in
   * positions ({@link #ALL_GAP}), so no phrase or NEAR joins the end of the title to the text.
   * Queries cannot name it.
   */
  public static final String ALL = "_all";

  /**
   * Positions between the title and the text in {@link #ALL}: more than any phrase slop or NEAR
   * distance the query language accepts, plus the longest phrase.
   */
  public static final int ALL_GAP = 100_000;

  /** Fields a term without a field prefix searches. */
  public static final List<String> DEFAULT_FIELDS = List.of(TITLE, TEXT);

  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry(ID, Kind.KEYWORD),
          Map.entry(URL, Kind.KEYWORD),
          Map.entry(PATH, Kind.KEYWORD),
          Map.entry(TITLE, Kind.TEXT),
          Map.entry(TEXT, Kind.TEXT),
          Map.entry(LANGUAGE, Kind.KEYWORD),
          Map.entry(SOURCE, Kind.KEYWORD),
          Map.entry(DOMAIN, Kind.KEYWORD),
          Map.entry(COUNTRY, Kind.KEYWORD),
          Map.entry(PUBLISHED, Kind.DATE),
          Map.entry(FETCHED, Kind.DATE),
          Map.entry(AUTHOR, Kind.KEYWORD),
          Map.entry(ENTITY, Kind.KEYWORD),
          Map.entry(NAME, Kind.KEYWORD),
          Map.entry(CITES, Kind.KEYWORD),
          Map.entry(TONE, Kind.NUMBER),
          Map.entry(DUP_GROUP, Kind.KEYWORD),
          Map.entry(STORY, Kind.KEYWORD));

  /** Other spellings the query language accepts, folded to lower case. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("lang", LANGUAGE),
          Map.entry("entities", ENTITY),
          Map.entry("authors", AUTHOR),
          Map.entry("by", AUTHOR),
          Map.entry("names", NAME),
          Map.entry("cite", CITES),
          Map.entry("citation", CITES),
          Map.entry("citations", CITES),
          Map.entry("story", STORY),
          Map.entry("storyid", STORY),
          Map.entry("dupgroup", DUP_GROUP),
          Map.entry("site", SOURCE),
          Map.entry("date", PUBLISHED));

  private Schema() {}

  /** The field a query names ({@code lang}, {@code Entity}, ...), or null when there is none. */
  public static String field(String name) {
    if (KINDS.containsKey(name)) return name;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String f : KINDS.keySet()) if (f.toLowerCase(Locale.ROOT).equals(lower)) return f;
    return ALIASES.get(lower);
  }

  /** How {@code field} (a name from {@link #field}) is indexed. */
  public static Kind kind(String field) {
    Kind k = KINDS.get(field);
    if (k == null) throw new IllegalArgumentException("unknown field: " + field);
    return k;
  }

  /** Every field the query language knows, in a stable order. */
  public static List<String> fields() {
    return KINDS.keySet().stream().sorted().toList();
  }

  /**
   * A keyword as it is indexed and matched: compatibility-normalised, lower case, inner spacing
   * collapsed, trimmed. {@code "Lei Jun"}, {@code "lei jun"} and {@code "ＬＥＩ JUN"} are one key.
   */
  public static String keyword(String value) {
    String n = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.strip().replaceAll("\\s+", " ");
  }
}
