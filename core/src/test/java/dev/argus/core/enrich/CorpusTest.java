package dev.argus.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.core.entity.discover.FoundName;
import dev.argus.core.lang.LanguageIdentifier;
import dev.argus.core.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {

  private static final Enricher ENRICHER =
      Enricher.forLanguages(LanguageIdentifier.forLanguages(List.of("en", "de")));

  private static final String STORY =
      "The harbour authority of Westmere approved a new container terminal on Tuesday after a"
          + " two-year review. Construction is expected to start in the spring and to take about"
          + " three years, with the first ships docking at the new quay before the end of the"
          + " decade. Local fishing crews had asked for a separate berth, which the plan now"
          + " includes on the northern side of the basin.";

  private static Enriched article(String url, String published, String title, String text) {
    return ENRICHER.enrich(
        new Article(url, title, null, published, null, "en", null, null, null, null, text));
  }

  @Test
  void aSyndicatedCopyJoinsTheGroupOfTheFirstAndNamesIt() {
    Corpus corpus = Corpus.empty();
    Corpus.Placed first =
        corpus.place(
            "https://a.example/1", article("https://a.example/1", "2026-03-01", "Terminal", STORY));
    Corpus.Placed copy =
        corpus.place(
            "https://b.example/9",
            article(
                "https://b.example/9",
                "2026-03-02",
                "Westmere gets its terminal",
                "Ad: subscribe now.\n\n" + STORY));

    assertThat(first.duplicateOf()).isNull();
    assertThat(copy.dupGroup()).isEqualTo(first.dupGroup());
    assertThat(copy.duplicateOf()).isEqualTo("https://a.example/1");
  }

  @Test
  void anEmptyTextJoinsNoGroup() {
    Corpus.Placed p = Corpus.empty().place("x", article("x", null, "Only a title", ""));

    assertThat(p.dupGroup()).isNull();
    assertThat(p.duplicateOf()).isNull();
  }

  @Test
  void aNameSeenInASecondArticleIsAcceptedThere() {
    Corpus corpus = Corpus.empty();
    String one =
        "Yesterday the board met in Westmere. Later, Talvik Marine said the order book was full"
            + " for the year.";
    String two =
        "Shares rose after Talvik Marine confirmed the contract, the second this month for the"
            + " yard.";
    List<FoundName> first = corpus.place("1", article("1", null, "A", one)).names();
    List<FoundName> second = corpus.place("2", article("2", null, "B", two)).names();

    assertThat(first).extracting(FoundName::surface).doesNotContain("Talvik Marine");
    assertThat(second).extracting(FoundName::surface).contains("Talvik Marine");
  }

  @Test
  void aRestoredCorpusJudgesLikeTheOriginal() throws IOException {
    Corpus corpus = Corpus.empty();
    corpus.place("1", article("1", "2026-03-01", "Terminal", STORY));
    corpus.place(
        "2", article("2", null, "A", "Later, Talvik Marine said the order book was full."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    corpus.snapshot(out);

    Corpus restored = Corpus.restore(new ByteArrayInputStream(out.toByteArray()));
    Corpus.Placed copy =
        restored.place("3", article("3", "2026-03-02", "Copy", "Ad: subscribe.\n\n" + STORY));
    List<FoundName> names =
        restored
            .place("4", article("4", null, "B", "Shares rose after Talvik Marine confirmed it."))
            .names();

    assertThat(copy.duplicateOf()).isEqualTo("1");
    assertThat(names).extracting(FoundName::surface).contains("Talvik Marine");
    assertThat(restored.size()).isEqualTo(4);
  }

  @Test
  void aTruncatedSnapshotIsAClearError() throws IOException {
    Corpus corpus = Corpus.empty();
    corpus.place("1", article("1", "2026-03-01", "Terminal", STORY));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    corpus.snapshot(out);
    byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() - 5);

    assertThatThrownBy(() -> Corpus.restore(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> Corpus.restore(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
        .hasMessageContaining("not a corpus snapshot");
  }

  @Test
  void aNewVersionKeepsItsGroupAndIsNotCountedTwice() {
    Corpus corpus = Corpus.empty();
    Corpus.Placed first = corpus.place("1", article("1", "2026-03-01", "Terminal", STORY));
    Corpus.Placed again =
        corpus.replace(
            article("1", "2026-03-01", "Terminal (updated)", STORY),
            first.dupGroup(),
            first.duplicateOf());

    assertThat(again.dupGroup()).isEqualTo(first.dupGroup());
    assertThat(corpus.size()).isEqualTo(1);
  }
}
