package dev.argus.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes articles as they come, one row each, holding nothing back: JSON Lines (the whole stored
 * article) or CSV (one column per {@link #CSV_COLUMNS}, lists joined with "; "). Used by exports,
 * which stream result sets of any size, so a writer keeps no state per row.
 */
public abstract sealed class RowWriter implements LuceneStore.Rows, Closeable {

  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "url",
          "path",
          "title",
          "language",
          "published",
          "source",
          "domain",
          "country",
          "authors",
          "tone",
          "entities",
          "storyId",
          "dupGroup",
          "duplicateOf",
          "words");

  /** JSON Lines: the stored article's fields, with {@code id} first. */
  public static RowWriter jsonl(OutputStream out) throws IOException {
    return new Jsonl(out);
  }

  /** CSV with a header row. */
  public static RowWriter csv(OutputStream out) throws IOException {
    return new Csv(out);
  }

  private static final class Jsonl extends RowWriter {
    private final SequenceWriter writer;

    Jsonl(OutputStream out) throws IOException {
      ObjectMapper json = new ObjectMapper();
      json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writer = json.writer().withRootValueSeparator("\n").writeValues(out);
    }

    @Override
    public void accept(StoredArticle a) throws IOException {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", a.id());
      a.fields().forEach(row::putIfAbsent);
      writer.write(row);
    }

    @Override
    public void close() throws IOException {
      writer.flush();
      writer.close();
    }
  }

  private static final class Csv extends RowWriter {
    private final SequenceWriter writer;
    private final OutputStream out;

    Csv(OutputStream out) throws IOException {
      this.out = out;
      CsvMapper csv = new CsvMapper();
      csv.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      for (String c : CSV_COLUMNS) schema.addColumn(c);
      writer = csv.writer(schema.build()).writeValues(out);
    }

    @Override
    public void accept(StoredArticle a) throws IOException {
      List<Object> row = new ArrayList<>(CSV_COLUMNS.size());
      Map<String, Object> f = a.fields();
      for (String c : CSV_COLUMNS) row.add(cell(c, a, f));
      writer.write(row);
    }

    private static Object cell(String column, StoredArticle a, Map<String, Object> f) {
      return switch (column) {
        case "id" -> a.id();
        case "entities" -> {
          java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
          if (f.get("mentions") instanceof List<?> ms) {
            for (Object m : ms) {
              if (m instanceof Map<?, ?> mm && mm.get("entity") instanceof String e) names.add(e);
            }
          }
          yield String.join("; ", names);
        }
        case "authors" ->
            f.get("authors") instanceof List<?> l
                ? String.join("; ", l.stream().map(String::valueOf).toList())
                : "";
        case "words" ->
            f.get("text") instanceof String t
                ? new dev.argus.core.model.Article(
                        null, null, null, null, null, null, null, null, null, null, t)
                    .wordCount()
                : "";
        default -> {
          Object v = f.get(column);
          yield v == null ? "" : v;
        }
      };
    }

    @Override
    public void close() throws IOException {
      writer.flush();
      writer.close();
      out.flush();
    }
  }
}
