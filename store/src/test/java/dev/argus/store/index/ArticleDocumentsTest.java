package dev.argus.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {

  private static List<String> names(Document d) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d) out.add(f.name());
    return out;
  }

  @Test
  void withoutTheStoredCopyADocumentHasEveryOtherField() {
    StoredArticle a =
        new StoredArticle(
            "a1",
            Map.of(
                "url", "https://news.example.org/a1",
                "title", "Velmora Motors opens a plant",
                "text", "The plant opened near the harbour.",
                "language", "en",
                "published", "2026-01-05T10:00:00Z"));
    List<String> full = names(ArticleDocuments.toDocument(a));
    List<String> matching = names(ArticleDocuments.toDocument(a, false));
    assertThat(full).contains(Schema.SOURCE_JSON);
    assertThat(matching).doesNotContain(Schema.SOURCE_JSON);
    full.remove(Schema.SOURCE_JSON);
    assertThat(matching).isEqualTo(full);
  }
}
