package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.app.demo.DemoCorpus;
import dev.argus.bench.eval.Dataset;
import dev.argus.bench.eval.LabelledPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo corpus' own labels are consistent: manifest, evaldata.json, langs.tsv and html/ agree,
 * every label is well formed, and every snippet label is really on its page.
 */
class DemoCorpusTest {

  static final Path CORPUS = Path.of("..", "demo", "corpus");
  static final Set<String> REQUIRED_LANGUAGES = Set.of("en", "fr", "it", "de", "es", "zh");

  static Map<String, String> manifest; // file -> url, in manifest order
  static Map<String, String[]> langs; // file -> {lang, url}
  static JsonNode evaldata;

  @BeforeAll
  static void load() throws IOException {
    assertThat(CORPUS.resolve("manifest.tsv")).as("run from the app module").exists();
    manifest = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("manifest.tsv"))) {
      String[] cols = line.split("\t");
      assertThat(cols).as(line).hasSize(2);
      assertThat(cols[0]).startsWith("html/");
      assertThat(manifest.put(cols[0].substring(5), cols[1])).as("duplicate " + line).isNull();
    }
    langs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("langs.tsv"))) {
      String[] cols = line.split("\t");
      assertThat(cols).as(line).hasSize(3);
      langs.put(cols[0], new String[] {cols[1], cols[2]});
    }
    evaldata = new ObjectMapper().readTree(CORPUS.resolve("evaldata.json").toFile());
  }

  @Test
  void manifestListsEveryPageAndOnlyExistingOnes() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS.resolve("html"))) {
      Set<String> onDisk = new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
      assertThat(new TreeSet<>(manifest.keySet())).isEqualTo(onDisk);
    }
    assertThat(manifest.values()).doesNotHaveDuplicates().allMatch(u -> u.startsWith("https://"));
  }

  @Test
  void theBundledCopyIsTheSameCorpus() throws IOException {
    List<String> bundled = DemoCorpus.pages().stream().map(DemoCorpus.Page::file).toList();
    assertThat(bundled).containsExactlyElementsOf(manifest.keySet());
    for (DemoCorpus.Page p : DemoCorpus.pages()) {
      assertThat(DemoCorpus.read(p)).isEqualTo(Files.readAllBytes(CORPUS.resolve(p.path())));
    }
  }

  @Test
  void evaldataLabelsEveryPageOnceAndWellFormed() {
    Map<String, String> labelled = new LinkedHashMap<>();
    for (var e : evaldata.properties()) {
      JsonNode v = e.getValue();
      String file = v.path("file").asText();
      assertThat(labelled.put(file, e.getKey())).as("labelled twice: " + file).isNull();
      assertThat(v.path("with").size()).as(file + " with").isBetween(3, 5);
      assertThat(v.path("without").size()).as(file + " without").isBetween(3, 5);
      assertThat(v.path("title").asText()).as(file + " title").isNotBlank();
      assertThat(v.path("author").asText()).as(file + " author").isNotBlank();
      assertThat(v.path("date").asText()).as(file + " date").matches("\\d{4}-\\d\\d-\\d\\d");
    }
    assertThat(labelled).isEqualTo(manifest);
  }

  @Test
  void everyPageHasALanguageAndTheRequiredLanguagesAreThere() {
    assertThat(langs.keySet()).containsExactlyElementsOf(manifest.keySet());
    Set<String> seen = new TreeSet<>();
    for (var e : langs.entrySet()) {
      assertThat(e.getValue()[0]).as(e.getKey()).matches("[a-z]{2,3}");
      assertThat(e.getValue()[1]).as(e.getKey() + " url").isEqualTo(manifest.get(e.getKey()));
      seen.add(e.getValue()[0]);
    }
    assertThat(seen).containsAll(REQUIRED_LANGUAGES);
  }

  @Test
  void theEvalToolLoadsItAsALabelledSet() throws IOException {
    Dataset set = Dataset.load(CORPUS);
    assertThat(set.kind()).isEqualTo(Dataset.Kind.SNIPPETS);
    assertThat(set.pages()).hasSize(manifest.size());
    for (LabelledPage p : set.pages()) {
      assertThat(p.file()).exists();
      assertThat(p.language()).isNotEqualTo("und");
      assertThat(p.authors()).isNotEmpty();
    }
  }

  /** Both kinds of snippets must be on the page: text to keep, and boilerplate to drop. */
  @Test
  void everySnippetIsOnItsPage() throws IOException {
    List<String> absent = new ArrayList<>();
    for (var e : evaldata.properties()) {
      String file = e.getValue().path("file").asText();
      String text = collapse(visibleText(CORPUS.resolve("html").resolve(file)));
      for (String kind : List.of("with", "without")) {
        for (JsonNode s : e.getValue().path(kind)) {
          if (!text.contains(collapse(s.asText()))) absent.add(file + " " + kind + ": " + s);
        }
      }
    }
    assertThat(absent).isEmpty();
  }

  private static String visibleText(Path page) throws IOException {
    byte[] bytes = Files.readAllBytes(page);
    if (page.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    // jsoup honours the page's <meta charset>, which is what we want to check here
    return Jsoup.parse(new ByteArrayInputStream(bytes), null, "").body().text();
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
