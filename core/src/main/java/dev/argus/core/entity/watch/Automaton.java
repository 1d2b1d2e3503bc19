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
 * mostly have one child.
 */
final class Automaton {
  private final int[] rootNext;
  // Per state, side by side so that one step touches one cache line: first edge, edge count (bit
  // 30 set when the dictionary link is worth following), failure state, key ending here or -1.
  private final int[] node;
  // Per edge: char, target.
  private final int[] edges;
  private final int[] dictLink;
  // States with many children (the shallow ones a long list fans out from) also get a dense table
  // over ASCII: denseRow[s] is the row in asciiNext, or -1; an entry is the target, or -1.
  private final int[] denseRow;
  private final int[] asciiNext;
  private static final int DENSE_MIN_EDGES = 9;
  private final int[] keyLength;
  // Per state: its depth in the trie, the length of the text it stands for.
  private final int[] depth;
  private static final int DICT = 1 << 30;

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
    // Renumber states in breadth-first order: the shallow states, where a scan spends most of its
    // steps, then sit together in a few cache lines instead of scattered by insertion order.
    int[] rank = new int[states];
    for (int k = 0; k < tail; k++) rank[queue[k]] = k + 1;
    node = new int[states * 4];
    depth = new int[states];
    for (int k = 1; k <= tail; k++) depth[k] = oldDepth[queue[k - 1]];
    edges = new int[sorted.length * 2];
    dictLink = new int[states];
    int e2 = 0;
    for (int k = 0; k <= tail; k++) {
      int old = k == 0 ? 0 : queue[k - 1];
      int n = firstEdge[old + 1] - firstEdge[old];
      node[k * 4] = e2;
      node[k * 4 + 1] = n | (link[old] >= 0 ? DICT : 0);
      node[k * 4 + 2] = rank[fail[old]];
      node[k * 4 + 3] = out[old];
      dictLink[k] = link[old] < 0 ? -1 : rank[link[old]];
      for (int e = firstEdge[old]; e < firstEdge[old + 1]; e++, e2++) {
        edges[2 * e2] = edgeChar[e];
        edges[2 * e2 + 1] = rank[edgeTarget[e]];
      }
    }
    for (int c = 0; c < rootNext.length; c++) {
      if (rootNext[c] != 0) rootNext[c] = rank[rootNext[c]];
    }
    denseRow = new int[states];
    Arrays.fill(denseRow, -1);
    int rows = 0;
    for (int k = 1; k < states; k++) {
      if ((node[k * 4 + 1] & (DICT - 1)) >= DENSE_MIN_EDGES) denseRow[k] = rows++;
    }
    asciiNext = new int[rows * 128];
    Arrays.fill(asciiNext, -1);
    for (int k = 1; k < states; k++) {
      int row = denseRow[k];
      if (row < 0) continue;
      int lo = node[k * 4];
      int n = node[k * 4 + 1] & (DICT - 1);
      for (int e = lo; e < lo + n; e++) {
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
    int row = denseRow[s];
    if (row >= 0 && c < 128) return asciiNext[row * 128 + c];
    int lo = node[s * 4];
    int n = node[s * 4 + 1] & (DICT - 1);
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
      while ((t = step(s, c)) < 0 && s != 0) s = node[s * 4 + 2];
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
    int s = 0;
    boolean prevWord = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      boolean word = Folding.isWordChar(c);
      if (s == 0 && word && prevWord) continue;
      prevWord = word;
      int t;
      while ((t = step(s, c)) < 0 && s != 0) s = node[s * 4 + 2];
      s = Math.max(t, 0);
      while (s != 0) {
        int start = i - depth[s] + 1;
        if (start > 0 && Folding.isWordChar(chars[start]) && Folding.isWordChar(chars[start - 1])) {
          s = node[s * 4 + 2];
        } else {
          break;
        }
      }
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
