package dev.argus.core.entity.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.model.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The multilingual golden set: texts in {@code entity/golden/*.txt}, watched with {@code
 * entity/golden/watchlist.yaml}, against {@code entity/golden/expected.tsv} (file, entity, start,
 * end, surface with newlines as \n). The expected mentions were checked by hand: they are the
 * truth, not a record of current output. After a deliberate change, regenerate with {@code
 * -Dargus.golden.update=true} and review the diff line by line.
 */
class WatchGoldenTest {
  static final List<String> FILES = List.of("en", "fr", "de", "es", "it", "zh", "ja", "el-ru-tr");
  static final boolean UPDATE = Boolean.getBoolean("argus.golden.update");

  @Test
  void everyLanguageFindsExactlyTheExpectedMentions() throws IOException {
    WatchListMatcher matcher =
        WatchListMatcher.compile(WatchList.parse(resource("entity/golden/watchlist.yaml")));
    List<String> actual = new ArrayList<>();
    for (String name : FILES) {
      String text = resource("entity/golden/" + name + ".txt");
      for (Mention m : matcher.find(text)) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        actual.add(
            String.join(
                "\t",
                name,
                m.entity(),
                String.valueOf(m.start()),
                String.valueOf(m.end()),
                m.text().replace("\n", "\\n")));
      }
    }
    if (UPDATE) {
      Files.write(
          Path.of("src/test/resources/entity/golden/expected.tsv"), actual, StandardCharsets.UTF_8);
    }
    List<String> expected =
        resource("entity/golden/expected.tsv").lines().filter(l -> !l.isBlank()).toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(expected.stream().map(l -> l.split("\t")[0]).distinct()).hasSize(FILES.size());
  }

  static String resource(String path) throws IOException {
    try (InputStream in = WatchGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IOException("missing test resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
