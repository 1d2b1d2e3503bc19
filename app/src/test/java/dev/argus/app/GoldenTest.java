package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.argus.app.demo.DemoCorpus;
import dev.argus.core.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the demo corpus: for each page, what the extractor gives (title, authors, dates,
 * language, site name, ..., word count, and the text as a list of its lines, so diffs are readable)
 * as pretty JSON, compared with {@code src/test/resources/golden/<file>.json}.
 *
 * <p>The golden files record the extractor's current output, not the truth (the truth is in
 * demo/corpus/evaldata.json). When the extractor changes on purpose, regenerate them, review the
 * diff with {@code git diff app/src/test/resources/golden} and commit it:
 *
 * <pre>
 * ./build -q -pl app -am test -Dtest=GoldenTest -Dargus.golden.update=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * With {@code -Dargus.golden.update=true} the test rewrites every golden file (and deletes those of
 * pages no longer in the corpus) instead of comparing.
 */
class GoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("argus.golden.update");
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> extractionMatchesTheGoldenFiles() throws IOException, InterruptedException {
    List<DemoCorpus.Page> pages = DemoCorpus.pages();
    if (UPDATE) deleteStaleGoldenFiles(pages);
    // The corpus stages (duplicates, names) depend on the order: the demo's, the manifest's.
    List<ExtractCommand.Outcome> outcomes = DemoCommand.extractAll(pages, 2);
    Map<String, ExtractCommand.Outcome> byPath = new java.util.HashMap<>();
    for (ExtractCommand.Outcome o : outcomes) byPath.put(o.path(), o);
    return pages.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.file(),
                    () -> {
                      String actual = JSON.writeValueAsString(golden(byPath.get(p.path()))) + "\n";
                      Path file = GOLDEN.resolve(p.file() + ".json");
                      if (UPDATE) {
                        Files.createDirectories(GOLDEN);
                        Files.writeString(file, actual, StandardCharsets.UTF_8);
                        return;
                      }
                      assertThat(file)
                          .as(
                              "golden file missing; generate it with -Dargus.golden.update=true"
                                  + " (see GoldenTest)")
                          .exists();
                      assertThat(actual)
                          .as(
                              "%s differs from the extractor's output; if the change is intended,"
                                  + " regenerate with -Dargus.golden.update=true (see GoldenTest)",
                              file)
                          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
                    }));
  }

  /** The row `argus extract` writes, with the word count added and the text split into lines. */
  static Map<String, Object> golden(ExtractCommand.Outcome x) {
    Map<String, Object> row = new LinkedHashMap<>(x.row());
    if (x.enriched() != null) {
      Article a = x.enriched().article();
      row.put("wordCount", a.wordCount());
      // One line per entry: readable diffs.
      row.put("text", List.of(a.text().split("\n", -1)));
    }
    return row;
  }

  private static void deleteStaleGoldenFiles(List<DemoCorpus.Page> pages) throws IOException {
    if (!Files.isDirectory(GOLDEN)) return;
    List<String> keep = pages.stream().map(p -> p.file() + ".json").toList();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path f : files.toList()) {
        if (f.toString().endsWith(".json") && !keep.contains(f.getFileName().toString())) {
          Files.delete(f);
        }
      }
    }
  }
}
