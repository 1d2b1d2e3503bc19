package dev.argus.core.entity.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AutomatonTest {

  static Set<String> scan(Automaton a, String text) {
    Set<String> hits = new TreeSet<>();
    a.scan(text.toCharArray(), text.length(), (p, end) -> hits.add(p + "@" + end));
    return hits;
  }

  static Set<String> naive(List<String> keys, String text) {
    Set<String> hits = new TreeSet<>();
    for (int p = 0; p < keys.size(); p++) {
      for (int i = text.indexOf(keys.get(p)); i >= 0; i = text.indexOf(keys.get(p), i + 1)) {
        hits.add(p + "@" + (i + keys.get(p).length()));
      }
    }
    return hits;
  }

  @Test
  void reportsOverlappingAndNestedKeys() {
    List<String> keys = List.of("he", "she", "his", "hers");
    assertThat(scan(new Automaton(keys), "ushers")).containsExactlyInAnyOrder("1@4", "0@4", "3@6");
  }

  @Test
  void agreesWithANaiveSearchOnRandomInputs() {
    Random r = new Random(42);
    // A small alphabet with a wide char forces deep failure chains and dense nodes.
    char[] alphabet = {'a', 'b', 'c', '小', 'é'};
    for (int round = 0; round < 200; round++) {
      List<String> keys = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      int n = 1 + r.nextInt(30);
      while (keys.size() < n) {
        StringBuilder k = new StringBuilder();
        int len = 1 + r.nextInt(6);
        for (int i = 0; i < len; i++) k.append(alphabet[r.nextInt(alphabet.length)]);
        if (seen.add(k.toString())) keys.add(k.toString());
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 200; i++) text.append(alphabet[r.nextInt(alphabet.length)]);
      assertThat(scan(new Automaton(keys), text.toString()))
          .as("keys %s", keys)
          .isEqualTo(naive(keys, text.toString()));
    }
  }

  @Test
  void manyChildrenPerNodeUseTheSearchedLayoutCorrectly() {
    List<String> keys = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) keys.add("x" + c);
    String text = "xa xm xz xy x";
    assertThat(scan(new Automaton(keys), text)).isEqualTo(naive(keys, text));
  }

  /** The naive hits without those that start inside a word of a spaced script. */
  static Set<String> naiveFromWordStarts(List<String> keys, String text) {
    Set<String> hits = new TreeSet<>();
    for (String h : naive(keys, text)) {
      int p = Integer.parseInt(h.substring(0, h.indexOf('@')));
      int start = Integer.parseInt(h.substring(h.indexOf('@') + 1)) - keys.get(p).length();
      boolean insideWord =
          start > 0
              && Folding.isWordChar(text.charAt(start))
              && Folding.isWordChar(text.charAt(start - 1));
      if (!insideWord) hits.add(h);
    }
    return hits;
  }

  @Test
  void scanningFromWordStartsLosesNoMatchThatStartsAtAWordStart() {
    Random r = new Random(7);
    // Letters of a spaced script, a space, and Han, which has no word boundaries.
    char[] alphabet = {'a', 'b', 'c', ' ', '小', '米'};
    for (int round = 0; round < 300; round++) {
      List<String> keys = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      int n = 1 + r.nextInt(30);
      while (keys.size() < n) {
        StringBuilder k = new StringBuilder();
        int len = 1 + r.nextInt(5);
        for (int i = 0; i < len; i++) k.append(alphabet[r.nextInt(alphabet.length)]);
        if (seen.add(k.toString())) keys.add(k.toString());
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 300; i++) text.append(alphabet[r.nextInt(alphabet.length)]);
      String t = text.toString();
      Set<String> hits = new TreeSet<>();
      new Automaton(keys)
          .scanFromWordStarts(t.toCharArray(), t.length(), (p, end) -> hits.add(p + "@" + end));
      // It may still report some inside-word hits (from output links); the matcher drops those.
      Set<String> live = new TreeSet<>(hits);
      live.retainAll(naiveFromWordStarts(keys, t));
      assertThat(live).as("keys %s", keys).isEqualTo(naiveFromWordStarts(keys, t));
      assertThat(naive(keys, t)).containsAll(hits);
    }
  }

  @Test
  void statesWithOneChildManyChildrenAndDenseRowsStepAlike() {
    Random r = new Random(11);
    // Wide enough that shallow states get more than eight children (dense ASCII rows, and binary
    // search for the non-ASCII ones) while deep states keep one.
    char[] alphabet = "abcdefghijkl éж小米".toCharArray();
    for (int round = 0; round < 100; round++) {
      List<String> keys = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      int n = 1 + r.nextInt(300);
      while (keys.size() < n) {
        StringBuilder k = new StringBuilder();
        int len = 1 + r.nextInt(8);
        for (int i = 0; i < len; i++) k.append(alphabet[r.nextInt(alphabet.length)]);
        if (seen.add(k.toString())) keys.add(k.toString());
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 2000; i++) text.append(alphabet[r.nextInt(alphabet.length)]);
      String t = text.toString();
      assertThat(scan(new Automaton(keys), t)).isEqualTo(naive(keys, t));
      Set<String> hits = new TreeSet<>();
      new Automaton(keys)
          .scanFromWordStarts(t.toCharArray(), t.length(), (p, end) -> hits.add(p + "@" + end));
      Set<String> live = new TreeSet<>(hits);
      live.retainAll(naiveFromWordStarts(keys, t));
      assertThat(live).isEqualTo(naiveFromWordStarts(keys, t));
      assertThat(naive(keys, t)).containsAll(hits);
    }
  }
}
