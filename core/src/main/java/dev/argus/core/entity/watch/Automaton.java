package dev.argus.core.entity.watch;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable Aho–Corasick automaton over chars, reporting every (pattern, end) occurrence.
 *
 * <p>Written by hand rather than taken from a library: the Java ones on Maven Central are either
 * unmaintained for years (org.ahocorasick, whose per-node TreeMaps and Emit objects are also slow)
 * or build their own result objects per hit and cannot report into primitive arrays. The matcher
 * needs raw (pattern, end) pairs over a folded char array so that it can apply word boundaries,
 * case checks and leftmost-longest itself, at tens of megabytes per second on one core.
 *
 * <p>Layout: the root's transitions are a dense 64K table; every other state keeps its sorted edges
 * in shared arrays (compressed rows), which is compact and cache-friendly because deep states
 * mostly have one child, and a state with one child keeps that edge in its own node record.
 */
final class Automaton {
  private final int[] rootNext;
  // Per state, side by side so that one step touches one cache line:
  //   [0] the target of the only edge when there is one, else the first edge in edges;
  //   [1] the edge count (bits 0-13, COUNT_MANY when it is in edgeCount), the only edge's char
  //       (bits 14-29), DICT (bit 30) when the dictionary link is worth following, DENSE (bit 31)
  //       when the state has an ASCII row in asciiNext;
  //   [2] the word-start failure state (see scanFromWordStarts);
  //   [3] the key ending here, or -1.
  // A state with one child, as most deep states are, is stepped without reading edges at all.
  private final int[] node;
  // Per edge: char, target.
  private final int[] edges;
  private final int[] dictLink;
  // Per state: the plain Aho-Corasick failure state (only scan follows it).
  private final int[] fail;
  private final int[] edgeCount;
  // States with many children (the shallow ones a long list fans out from) also get a dense table
  // over ASCII: denseRow[s] is the row in asciiNext, or -1; an entry is the target, or -1.
  private final int[] denseRow;
  private final int[] asciiNext;
  private static final int DENSE_MIN_EDGES = 9;
  private final int[] keyLength;
  private static final int COUNT_MANY = (1 << 14) - 1;
  private static final int CHAR_SHIFT = 14;
  private static final int DICT = 1 << 30;
  private static final int DENSE = 1 << 31;

  /** Receives (pattern index, end) pairs; end is exclusive, in chars of the scanned array. */
  interface Hits {
    void hit(int pattern, int end);
  }

  Automaton(List<String> keys) {
    keyLength = new int[keys.size()];
    LongIntMap trie = new LongIntMap(1 << 10);
    int states = 1;
    int[] terminal = new int[64];
    Arrays.fill(terminal, -1);
    // The first key through each state: its text is that key's first depth chars.
    int[] owner = new int[64];
    for (int p = 0; p < keys.size(); p++) {
      String key = keys.get(p);
      if (key.isEmpty()) throw new IllegalArgumentException("empty key");
      keyLength[p] = key.length();
      int s = 0;
      for (int i = 0; i < key.length(); i++) {
        long k = ((long) s << 16) | key.charAt(i);
        int t = trie.get(k);
        if (t < 0) {
          t = states++;
          trie.put(k, t);
          if (t >= owner.length) owner = Arrays.copyOf(owner, owner.length * 2);
          owner[t] = p;
        }
        s = t;
      }
      if (s >= terminal.length) {
        int old = terminal.length;
        terminal = Arrays.copyOf(terminal, Math.max(s + 1, old * 2));
        Arrays.fill(terminal, old, terminal.length, -1);
      }
      if (terminal[s] < 0) terminal[s] = p;
    }
    int[] out = Arrays.copyOf(terminal, states);
    for (int s = terminal.length; s < states; s++) out[s] = -1;

    long[] sorted = trie.keys();
    Arrays.sort(sorted);
    int[] firstEdge = new int[states + 1];
    char[] edgeChar = new char[sorted.length];
    int[] edgeTarget = new int[sorted.length];
    rootNext = new int[65536];
    for (int e = 0; e < sorted.length; e++) {
      int src = (int) (sorted[e] >>> 16);
      char c = (char) sorted[e];
      int t = trie.get(sorted[e]);
      firstEdge[src + 1]++;
      edgeChar[e] = c;
      edgeTarget[e] = t;
      if (src == 0) rootNext[c] = t;
    }
    for (int s = 0; s < states; s++) firstEdge[s + 1] += firstEdge[s];

    int[] fail = new int[states];
    int[] oldDepth = new int[states];
    int[] link = new int[states];
    Arrays.fill(link, -1);
    int[] queue = new int[states];
    int head = 0, tail = 0;
    for (int e = firstEdge[0]; e < firstEdge[1]; e++) {
      queue[tail++] = edgeTarget[e];
      oldDepth[edgeTarget[e]] = 1;
    }
    while (head < tail) {
      int s = queue[head++];
      for (int e = firstEdge[s]; e < firstEdge[s + 1]; e++) {
        char c = edgeChar[e];
        int t = edgeTarget[e];
        oldDepth[t] = oldDepth[s] + 1;
        int f = fail[s];
        int g;
        while ((g = buildStep(firstEdge, edgeChar, edgeTarget, f, c)) < 0 && f != 0) f = fail[f];
        fail[t] = Math.max(g, 0);
        int ft = fail[t];
        link[t] = out[ft] >= 0 ? ft : link[ft];
        queue[tail++] = t;
      }
    }
    int[] oldWordFail = new int[states];
    for (int k = 0; k < tail; k++) {
      int t = queue[k];
      String text = keys.get(owner[t]);
      int d = oldDepth[t];
      int f = fail[t];
      while (f != 0) {
        int from = d - oldDepth[f];
        if (!(Folding.isWordChar(text.charAt(from)) && Folding.isWordChar(text.charAt(from - 1)))) {
          break;
        }
        f = fail[f];
      }
      oldWordFail[t] = f;
    }
    // Renumber states in breadth-first order: the shallow states, where a scan spends most of its
    // steps, then sit together in a few cache lines instead of scattered by insertion order.
    int[] rank = new int[states];
    for (int k = 0; k < tail; k++) rank[queue[k]] = k + 1;
    node = new int[states * 4];
    edges = new int[sorted.length * 2];
    dictLink = new int[states];
    this.fail = new int[states];
    edgeCount = new int[states];
    denseRow = new int[states];
    Arrays.fill(denseRow, -1);
    int rows = 0;
    int e2 = 0;
    for (int k = 0; k <= tail; k++) {
      int old = k == 0 ? 0 : queue[k - 1];
      int n = firstEdge[old + 1] - firstEdge[old];
      edgeCount[k] = n;
      boolean dense = k > 0 && n >= DENSE_MIN_EDGES;
      if (dense) denseRow[k] = rows++;
      node[k * 4] = n == 1 ? rank[edgeTarget[firstEdge[old]]] : e2;
      node[k * 4 + 1] =
          Math.min(n, COUNT_MANY)
              | (n == 1 ? edgeChar[firstEdge[old]] << CHAR_SHIFT : 0)
              | (link[old] >= 0 ? DICT : 0)
              | (dense ? DENSE : 0);
      node[k * 4 + 2] = rank[oldWordFail[old]];
      node[k * 4 + 3] = out[old];
      this.fail[k] = rank[fail[old]];
      dictLink[k] = link[old] < 0 ? -1 : rank[link[old]];
      for (int e = firstEdge[old]; e < firstEdge[old + 1]; e++, e2++) {
        edges[2 * e2] = edgeChar[e];
        edges[2 * e2 + 1] = rank[edgeTarget[e]];
      }
    }
    for (int c = 0; c < rootNext.length; c++) {
      if (rootNext[c] != 0) rootNext[c] = rank[rootNext[c]];
    }
    asciiNext = new int[rows * 128];
    Arrays.fill(asciiNext, -1);
    for (int k = 1, lo = edgeCount[0]; k < states; lo += edgeCount[k++]) {
      int row = denseRow[k];
      if (row < 0) continue;
      for (int e = lo; e < lo + edgeCount[k]; e++) {
        int c = edges[e * 2];
        if (c < 128) asciiNext[row * 128 + c] = edges[e * 2 + 1];
      }
    }
  }

  private int buildStep(int[] firstEdge, char[] edgeChar, int[] edgeTarget, int s, char c) {
    if (s == 0) {
      int t = rootNext[c];
      return t == 0 ? -1 : t;
    }
    for (int e = firstEdge[s]; e < firstEdge[s + 1]; e++) {
      if (edgeChar[e] == c) return edgeTarget[e];
    }
    return -1;
  }

  int keyLength(int pattern) {
    return keyLength[pattern];
  }

  int states() {
    return node.length / 4;
  }

  /** The state after {@code c} from {@code s} along trie edges only, or -1. */
  private int step(int s, char c) {
    if (s == 0) {
      int t = rootNext[c];
      return t == 0 ? -1 : t;
    }
    int info = node[s * 4 + 1];
    int n = info & COUNT_MANY;
    if (n == 1) return ((info >>> CHAR_SHIFT) & 0xFFFF) == c ? node[s * 4] : -1;
    if (info < 0 && c < 128) return asciiNext[denseRow[s] * 128 + c];
    if (n == COUNT_MANY) n = edgeCount[s];
    int lo = node[s * 4];
    if (n <= 8) {
      for (int e = lo * 2, end = (lo + n) * 2; e < end; e += 2) {
        if (edges[e] == c) return edges[e + 1];
      }
      return -1;
    }
    int hi = lo + n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int m = edges[mid * 2];
      if (m < c) lo = mid + 1;
      else if (m > c) hi = mid - 1;
      else return edges[mid * 2 + 1];
    }
    return -1;
  }

  /** Reports every occurrence of every key in {@code chars[0, length)}. */
  void scan(char[] chars, int length, Hits hits) {
    int s = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      int t;
      while ((t = step(s, c)) < 0 && s != 0) s = fail[s];
      s = Math.max(t, 0);
      int key = node[s * 4 + 3];
      if (key >= 0) hits.hit(key, i + 1);
      if ((node[s * 4 + 1] & DICT) != 0) {
        for (int d = dictLink[s]; d >= 0; d = dictLink[d]) hits.hit(node[d * 4 + 3], i + 1);
      }
    }
  }

  /**
   * Like {@link #scan}, but reports no occurrence that starts inside a word of a spaced script (a
   * word character of such a script right before a match that starts with one): those are never
   * mentions. Inside words the automaton then rests at the root instead of following partial
   * matches that could only end in rejected hits, which is most of the work on long watch lists,
   * since nearly every letter starts some alias. A state is dropped for its failure state as soon
   * as the text it stands for starts inside a word; the longest live suffix stays reachable, so no
   * occurrence that starts at a word start (or in an unspaced script) is lost.
   */
  void scanFromWordStarts(char[] chars, int length, Hits hits) {
    // The state is always the longest suffix of the text read that is in the trie and starts where
    // a mention may: at a word start, or with a char that is no word char of a spaced script. A
    // trie step keeps the start; on a failed step, the word-start failure link skips the suffixes
    // that start inside a
    // word of the state's own text, and the root's step checks the char before.
    int s = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      int t = -1;
      while (s != 0 && (t = step(s, c)) < 0) s = node[s * 4 + 2];
      if (s == 0) {
        if (i > 0 && Folding.isWordChar(c) && Folding.isWordChar(chars[i - 1])) {
          // Inside a word at the root: nothing starts before the word ends.
          while (i + 1 < length && Folding.isWordChar(chars[i + 1])) i++;
          continue;
        }
        t = rootNext[c];
        if (t == 0) continue;
      }
      s = t;
      int key = node[s * 4 + 3];
      if (key >= 0) hits.hit(key, i + 1);
      if ((node[s * 4 + 1] & DICT) != 0) {
        for (int d = dictLink[s]; d >= 0; d = dictLink[d]) hits.hit(node[d * 4 + 3], i + 1);
      }
    }
  }

  /** Open addressing from long keys to non-negative ints; only the trie build uses it. */
  private static final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int capacity) {
      keys = new long[capacity];
      values = new int[capacity];
      Arrays.fill(values, -1);
    }

    int get(long key) {
      int mask = keys.length - 1;
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        if (values[i] < 0) return -1;
        if (keys[i] == key) return values[i];
      }
    }

    void put(long key, int value) {
      if ((size + 1) * 2 > keys.length) grow();
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (values[i] >= 0 && keys[i] != key) i = (i + 1) & mask;
      if (values[i] < 0) size++;
      keys[i] = key;
      values[i] = value;
    }

    long[] keys() {
      long[] all = new long[size];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (values[i] >= 0) all[n++] = keys[i];
      }
      return all;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(values, -1);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] >= 0) put(oldKeys[i], oldValues[i]);
      }
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
