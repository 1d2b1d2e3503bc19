package dev.argus.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SummariesTest {

  @Test
  void keepsWhatAResultListShowsAndDropsTheText() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("url", "https://news.example.com/mill");
    f.put("title", "Mill closes");
    f.put("language", "en");
    f.put("published", "2026-03-05T10:00:00Z");
    f.put("tone", -0.5);
    f.put("authors", List.of("Ada Brook"));
    f.put("text", "The paper mill in Oakridge closed on Friday.");
    f.put("mentions", List.of(Map.of("entity", "Oakridge Mill")));

    Map<String, Object> s = Summaries.of(f);

    assertThat(s)
        .containsEntry("title", "Mill closes")
        .containsEntry("tone", -0.5)
        .containsEntry("authors", List.of("Ada Brook"))
        .containsEntry("snippet", "The paper mill in Oakridge closed on Friday.")
        .doesNotContainKeys("text", "mentions");
  }

  @Test
  void theSnippetIsTheDescriptionWhenThereIsOne() {
    Map<String, Object> s =
        Summaries.of(Map.of("description", "  A short summary. ", "text", "Long text."));

    assertThat(s).containsEntry("snippet", "A short summary.");
  }

  @Test
  void aLongTextIsCutAtAWordWithinTheLimit() {
    String text = "word ".repeat(200);

    String snippet = (String) Summaries.of(Map.of("text", text)).get("snippet");

    assertThat(snippet).hasSizeLessThanOrEqualTo(Summaries.SNIPPET_CHARS).endsWith("word…");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    // No spaces: the cut falls at the limit, where a pair of surrogates starts.
    String text = "a".repeat(Summaries.SNIPPET_CHARS - 2) + "😀".repeat(10);

    String snippet = Summaries.cut(text, Summaries.SNIPPET_CHARS);

    assertThat(snippet).endsWith("a…");
    assertThat(Character.isHighSurrogate(snippet.charAt(snippet.length() - 2))).isFalse();
  }

  @Test
  void anArticleWithoutTextOrDescriptionHasNoSnippet() {
    assertThat(Summaries.of(Map.of("title", "Only a title", "text", "  ")))
        .containsOnlyKeys("title");
  }

  @Test
  void anIdWithQuotesAndNonAsciiFieldsComeBackWhole() {
    Map<String, Object> s = Summaries.of(Map.of("title", "Zürich \"neu\" 小米", "text", "Ü."));

    Summaries.Raw back = Summaries.raw(Summaries.encode("a \"quoted\" id/é", s));

    assertThat(back.id()).isEqualTo("a \"quoted\" id/é");
    assertThat(Summaries.fields(back.fields())).isEqualTo(s);
  }

  @Test
  void whatIsEncodedDecodesToTheSameSummary() {
    Map<String, Object> s = Summaries.of(Map.of("title", "Mill", "tone", 0.25, "text", "Body."));

    Summaries.Raw back = Summaries.raw(Summaries.encode("id-1", s));

    assertThat(back.id()).isEqualTo("id-1");
    assertThat(Summaries.fields(back.fields())).isEqualTo(s);
  }

  @Test
  void theFieldsAreTheExactBytesOfTheirObjectEvenWithBracesInStrings() {
    Map<String, Object> s =
        Summaries.of(Map.of("title", "a } b {", "authors", List.of("x}", "{y"), "text", "}}"));
    BytesRef encoded = Summaries.encode("id}", s);

    Summaries.Raw back = Summaries.raw(encoded);

    String json = encoded.utf8ToString();
    String fields = new String(back.fields(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"id\":\"id}\",\"fields\":" + fields + "}");
    assertThat(Summaries.fields(back.fields())).isEqualTo(s);
  }

  @Test
  void fieldsWrittenBeforeTheIdAreFoundByReadingThemThrough() {
    String json = "{\"fields\":{\"title\":\"T }\"},\"id\":\"i\"}";

    Summaries.Raw back = Summaries.raw(new BytesRef(json));

    assertThat(back.id()).isEqualTo("i");
    assertThat(new String(back.fields(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"T }\"}");
  }
}
