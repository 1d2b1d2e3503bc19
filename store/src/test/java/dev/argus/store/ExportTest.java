package dev.argus.store;

import static dev.argus.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

  @TempDir Path dir;

  @Test
  void csvHasAHeaderAndQuotesWhatNeedsIt() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(
          article(
              "https://a.example.fr/1",
              "fr",
              "2026-03-02",
              "Un titre, \"cité\"",
              "Texte court.",
              0.5,
              "Nexori",
              "Talvik"));
      store.commit(Map.of());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RowWriter w = RowWriter.csv(out)) {
        store.export(LuceneStore.all(), Order.DATE, w);
      }
      String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");

      assertThat(lines[0]).startsWith("id,url,path,title,language,published,source,domain,country");
      assertThat(lines[1])
          .contains("\"Un titre, \"\"cité\"\"\"")
          .contains(",fr,2026-03-02,example.fr,example.fr,FR,")
          .contains("Nexori; Talvik");
    }
  }

  @Test
  void jsonlRowsCarryTheStoredArticleWithItsId() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(
          Articles.with(
              article("https://a.example/1", "en", null, "T", "X.", null), "storyId", "s1"));
      store.commit(Map.of());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RowWriter w = RowWriter.jsonl(out)) {
        store.export(LuceneStore.all(), Order.RELEVANCE, w);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> row =
          new ObjectMapper().readValue(out.toByteArray(), LinkedHashMap.class);

      assertThat(row).containsEntry("id", "https://a.example/1").containsEntry("storyId", "s1");
      assertThat(row.keySet()).startsWith("id");
    }
  }

  /**
   * A million rows stream through in pages: the export holds one page of articles at a time, so it
   * finishes in a small heap whatever the result size.
   */
  @Test
  void aMillionRowsExportInConstantMemory() throws IOException {
    int n = 1_000_000;
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int i = 0; i < n; i++) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("url", "https://x.example/" + i);
        f.put("title", "Row " + i);
        f.put("published", "2026-01-01");
        store.put(new StoredArticle("https://x.example/" + i, f));
      }
      store.commit(Map.of());
      CountingStream counted = new CountingStream();
      long before = usedHeapAfterGc();
      long rows;
      try (RowWriter w = RowWriter.csv(counted)) {
        rows = store.export(LuceneStore.all(), Order.DATE, w);
      }
      long after = usedHeapAfterGc();

      assertThat(rows).isEqualTo(n);
      assertThat(counted.lines).isEqualTo(n + 1L);
      // Nothing of the result stays behind: what the export kept alive is far below one row each.
      assertThat(after - before).isLessThan(64L << 20);
    }
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static final class CountingStream extends OutputStream {
    long lines;

    @Override
    public void write(int b) {
      if (b == '\n') lines++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
    }
  }
}
