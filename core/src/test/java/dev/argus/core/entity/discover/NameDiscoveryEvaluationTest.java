package dev.argus.core.entity.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of name discovery on labelled sets written for Argus, in en, fr, de, es, it
 * and pt: 40 short news texts the rules were tuned on (texts.tsv, names in gold.tsv) and 12 written
 * afterwards and never tuned on (heldout.tsv, heldout-gold.tsv). Both run as one corpus, the way a
 * real run does: every text observed by {@link NameStatistics} first, then each text's names
 * accepted. A span counts when its text is exactly a gold span of the same text (each distinct span
 * once per text); a typed span when its name's type matches too. The measured figures are printed;
 * the assertions sit a little below them so that a regression fails.
 */
class NameDiscoveryEvaluationTest {

  private record Text(String id, String language, String text) {}

  private record Labelled(List<Text> texts, Set<String> spans, Set<String> typed) {}

  private static Labelled dev;
  private static Labelled heldOut;

  @BeforeAll
  static void load() throws IOException {
    dev = labelled("texts.tsv", "gold.tsv");
    heldOut = labelled("heldout.tsv", "heldout-gold.tsv");
  }

  /** Both sets run as one corpus: every text observed, then every text's names accepted. */
  private static Map<String, List<FoundName>> runCorpus() {
    NameFinder finder = NameFinder.standard();
    NameStatistics statistics = new NameStatistics();
    Map<String, List<NameSpan>> candidates = new LinkedHashMap<>();
    List<Text> all = new ArrayList<>(dev.texts());
    all.addAll(heldOut.texts());
    for (Text t : all) {
      List<NameSpan> spans = finder.find(t.text(), t.language());
      candidates.put(t.id(), spans);
      statistics.observe(spans);
    }
    Map<String, List<FoundName>> found = new LinkedHashMap<>();
    candidates.forEach((id, spans) -> found.put(id, statistics.accept(spans)));
    return found;
  }

  private static Score[] score(String label, Labelled set, Map<String, List<FoundName>> names) {
    Set<String> found = new TreeSet<>();
    Set<String> foundTyped = new TreeSet<>();
    for (Text t : set.texts()) {
      for (FoundName name : names.get(t.id())) {
        for (NameSpan span : name.spans()) {
          found.add(t.id() + "\t" + span.text());
          foundTyped.add(t.id() + "\t" + span.text() + "\t" + name.type());
        }
      }
    }
    Score spans = Score.of(found, set.spans());
    Score typed = Score.of(foundTyped, set.typed());
    System.out.printf(
        Locale.ROOT,
        "name discovery, %s: %d texts, %d gold names%n  spans:          %s%n"
            + "  spans and type: %s%n  false positives: %s%n  missed: %s%n",
        label,
        set.texts().size(),
        set.spans().size(),
        spans,
        typed,
        minus(found, set.spans()),
        minus(set.spans(), found));
    return new Score[] {spans, typed};
  }

  @Test
  void tunedSetKeepsItsMeasuredPrecisionAndRecall() {
    Score[] s = score("tuned set", dev, runCorpus());
    // Measured: spans P 1.000 R 0.844; spans and type P 0.942 R 0.795.
    assertThat(s[0].precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(s[0].recall()).isGreaterThanOrEqualTo(0.80);
    assertThat(s[1].precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(s[1].recall()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void heldOutSetKeepsItsMeasuredPrecisionAndRecall() {
    Score[] s = score("held-out set", heldOut, runCorpus());
    // Measured: spans P 0.975 R 0.557; spans and type P 0.950 R 0.543. Recall is low because
    // most held-out names occur in one article only, without a cue the rules know.
    assertThat(s[0].precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(s[0].recall()).isGreaterThanOrEqualTo(0.50);
    assertThat(s[1].precision()).isGreaterThanOrEqualTo(0.85);
    assertThat(s[1].recall()).isGreaterThanOrEqualTo(0.48);
  }

  @Test
  void finderAloneFindsMoreButLessPrecisely() {
    Set<String> found = new TreeSet<>();
    for (Text t : dev.texts()) {
      for (NameSpan span : NameFinder.standard().find(t.text(), t.language())) {
        found.add(t.id() + "\t" + span.text());
      }
    }
    Score alone = Score.of(found, dev.spans());
    Score withStatistics = score("tuned set, for comparison", dev, runCorpus())[0];
    System.out.println("finder alone, tuned set (every candidate, weak ones too): " + alone);
    assertThat(alone.recall()).isGreaterThan(withStatistics.recall());
    assertThat(alone.precision()).isLessThan(withStatistics.precision());
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private record Score(int hits, int predicted, int expected) {
    static Score of(Set<String> predicted, Set<String> expected) {
      int hits = 0;
      for (String p : predicted) {
        if (expected.contains(p)) {
          hits++;
        }
      }
      return new Score(hits, predicted.size(), expected.size());
    }

    double precision() {
      return predicted == 0 ? 0 : (double) hits / predicted;
    }

    double recall() {
      return expected == 0 ? 0 : (double) hits / expected;
    }

    @Override
    public String toString() {
      double p = precision();
      double r = recall();
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(
          Locale.ROOT,
          "precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f",
          p,
          hits,
          predicted,
          r,
          hits,
          expected,
          f);
    }
  }

  private static Labelled labelled(String texts, String gold) throws IOException {
    List<Text> list = new ArrayList<>();
    for (String[] row : rows("/entity/discover/" + texts)) {
      list.add(new Text(row[0], row[1], row[2]));
    }
    Set<String> spans = new TreeSet<>();
    Set<String> typed = new TreeSet<>();
    for (String[] row : rows("/entity/discover/" + gold)) {
      spans.add(row[0] + "\t" + row[1]);
      typed.add(row[0] + "\t" + row[1] + "\t" + row[2]);
    }
    return new Labelled(List.copyOf(list), spans, typed);
  }

  private static List<String[]> rows(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = NameDiscoveryEvaluationTest.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t"));
      }
    }
    return rows;
  }
}
