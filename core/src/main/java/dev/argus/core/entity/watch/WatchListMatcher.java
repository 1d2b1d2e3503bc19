package dev.argus.core.entity.watch;

import dev.argus.core.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A watch list compiled into one automaton over folded text (see {@link Folding}): finding the
 * mentions in a text costs one pass over it, whatever the number of entries. Immutable and
 * thread-safe.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A phrase matches where its folded form occurs in the folded text. Where its first (last)
 *       character is a letter or digit of a spaced script, the character before (after) the match
 *       must not be one: "Sony" is not in "Sonya", but "Xiaomi" is in "Xiaomi's" and in
 *       "Xiaomi-backed". Han, kana, Hangul, Thai and similar scripts ask for no boundary (小米 is in
 *       小米公司发布了). A case-sensitive phrase must also equal the text with only accents folded.
 *   <li>A mention of an entry with exclusions is dropped when it lies inside or overlaps a match of
 *       one of them ("apple" in "apple pie").
 *   <li>A mention of an entry with context phrases is dropped unless one of them matches within
 *       {@value #CONTEXT_WINDOW} chars before its start or after its end and in the same paragraph
 *       (paragraphs are separated by a blank line, as in {@link
 *       dev.argus.core.model.Article#text()}); the whole context match must lie in that window.
 *   <li>Among the surviving mentions, leftmost-longest wins: a mention overlapping an earlier kept
 *       one is dropped, and of two starting at the same place the longer is kept. Two entries
 *       sharing the very same span are both kept.
 * </ol>
 *
 * Offsets are UTF-16 offsets into the original text; a mention's text is the original surface.
 */
public final class WatchListMatcher {
  /** How far from a mention, in UTF-16 chars each side, a context phrase may be. */
  public static final int CONTEXT_WINDOW = 300;

  private static final byte ALIAS = 0, CONTEXT = 1, EXCLUDE = 2;

  /** One use of a folded key: by which entry, as what, and whether case must match. */
  private record Use(int entry, byte kind, String exact) {}

  private final WatchList list;
  private final Automaton automaton;
  private final Use[][] uses;
  private final boolean[] needsContext;
  private final boolean[] hasExclusions;
  private final boolean[] edgeWordStart;
  private final boolean[] edgeWordEnd;

  private WatchListMatcher(WatchList list) {
    this.list = list;
    int n = list.entries().size();
    needsContext = new boolean[n];
    hasExclusions = new boolean[n];
    Map<String, Set<Use>> byKey = new HashMap<>();
    for (int e = 0; e < n; e++) {
      WatchEntry entry = list.entries().get(e);
      add(byKey, e, ALIAS, entry.aliases());
      add(byKey, e, CONTEXT, entry.context());
      add(byKey, e, EXCLUDE, entry.exclude());
      needsContext[e] = !entry.context().isEmpty();
      hasExclusions[e] = !entry.exclude().isEmpty();
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort(null);
    uses = new Use[keys.size()][];
    edgeWordStart = new boolean[keys.size()];
    edgeWordEnd = new boolean[keys.size()];
    for (int p = 0; p < keys.size(); p++) {
      String k = keys.get(p);
      uses[p] = byKey.get(k).toArray(new Use[0]);
      edgeWordStart[p] = Folding.isWordChar(k.charAt(0));
      edgeWordEnd[p] = Folding.isWordChar(k.charAt(k.length() - 1));
    }
    automaton = new Automaton(keys);
  }

  private static void add(Map<String, Set<Use>> byKey, int entry, byte kind, List<Phrase> ps) {
    for (Phrase p : ps) {
      String key = Folding.key(p.text(), true);
      if (key.isEmpty()) continue;
      String exact = p.caseSensitive() ? Folding.key(p.text(), false) : null;
      byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(new Use(entry, kind, exact));
    }
  }

  /** Compiles {@code list}; the cost grows with the total length of its phrases. */
  public static WatchListMatcher compile(WatchList list) {
    if (list == null) throw new IllegalArgumentException("watch list must not be null");
    return new WatchListMatcher(list);
  }

  public WatchList watchList() {
    return list;
  }

  /** The watched mentions in {@code text}, sorted by start (then by entry order); never null. */
  public List<Mention> find(String text) {
    if (text == null || text.isEmpty() || uses.length == 0) return List.of();
    Folding.Folded f = Folding.fold(text);
    Collector c = new Collector(text, f);
    automaton.scanFromWordStarts(f.chars(), f.length(), c);
    return c.mentions();
  }

  /** Per-call state: the hits of one scan, filtered as they come. */
  private final class Collector implements Automaton.Hits {
    private final String text;
    private final Folding.Folded f;
    // Candidates: entry, start, end (original offsets), packed in threes.
    private int[] aliases = new int[48];
    private int aliasCount;
    // Context and exclusion spans: (entry << 32 | start) keys and ends, sorted later.
    private long[] ctxKeys = new long[8];
    private int[] ctxEnds = new int[8];
    private int ctxCount;
    private long[] exKeys = new long[8];
    private int[] exEnds = new int[8];
    private int exCount;
    private int maxExclusionSpan;

    Collector(String text, Folding.Folded f) {
      this.text = text;
      this.f = f;
    }

    @Override
    public void hit(int pattern, int end) {
      int start = end - automaton.keyLength(pattern);
      char[] chars = f.chars();
      if (edgeWordStart[pattern] && start > 0 && Folding.isWordChar(chars[start - 1])) return;
      if (edgeWordEnd[pattern] && end < f.length() && Folding.isWordChar(chars[end])) return;
      int os = f.start(start);
      int oe = f.end(end - 1);
      String folded = null;
      for (Use u : uses[pattern]) {
        if (u.exact() != null) {
          if (folded == null) folded = Folding.key(text.substring(os, oe), false);
          if (!folded.equals(u.exact())) continue;
        }
        switch (u.kind()) {
          case ALIAS -> addAlias(u.entry(), os, oe);
          case CONTEXT -> addContext(u.entry(), os, oe);
          default -> addExclusion(u.entry(), os, oe);
        }
      }
    }

    private void addAlias(int entry, int os, int oe) {
      if (aliasCount * 3 + 3 > aliases.length) aliases = Arrays.copyOf(aliases, aliases.length * 2);
      aliases[aliasCount * 3] = entry;
      aliases[aliasCount * 3 + 1] = os;
      aliases[aliasCount * 3 + 2] = oe;
      aliasCount++;
    }

    private void addContext(int entry, int os, int oe) {
      if (ctxCount == ctxKeys.length) {
        ctxKeys = Arrays.copyOf(ctxKeys, ctxCount * 2);
        ctxEnds = Arrays.copyOf(ctxEnds, ctxCount * 2);
      }
      ctxKeys[ctxCount] = ((long) entry << 32) | os;
      ctxEnds[ctxCount++] = oe;
    }

    private void addExclusion(int entry, int os, int oe) {
      if (exCount == exKeys.length) {
        exKeys = Arrays.copyOf(exKeys, exCount * 2);
        exEnds = Arrays.copyOf(exEnds, exCount * 2);
      }
      exKeys[exCount] = ((long) entry << 32) | os;
      exEnds[exCount++] = oe;
      maxExclusionSpan = Math.max(maxExclusionSpan, oe - os);
    }

    List<Mention> mentions() {
      if (aliasCount == 0) return List.of();
      sortSpans(ctxKeys, ctxEnds, ctxCount);
      sortSpans(exKeys, exEnds, exCount);
      int[] kept = new int[aliasCount];
      int keptCount = 0;
      for (int a = 0; a < aliasCount; a++) {
        int entry = aliases[a * 3], os = aliases[a * 3 + 1], oe = aliases[a * 3 + 2];
        if (hasExclusions[entry] && excluded(entry, os, oe)) continue;
        if (needsContext[entry] && !hasContext(entry, os, oe)) continue;
        kept[keptCount++] = a;
      }
      // Leftmost-longest: by start, then longer first, then entry order.
      Integer[] order = new Integer[keptCount];
      for (int i = 0; i < keptCount; i++) order[i] = kept[i];
      if (!inOrder(kept, keptCount)) {
        Arrays.sort(
            order,
            (x, y) -> {
              int c = Integer.compare(aliases[x * 3 + 1], aliases[y * 3 + 1]);
              if (c != 0) return c;
              c = Integer.compare(aliases[y * 3 + 2], aliases[x * 3 + 2]);
              if (c != 0) return c;
              return Integer.compare(aliases[x * 3], aliases[y * 3]);
            });
      }
      List<Mention> result = new ArrayList<>();
      int lastStart = -1, lastEnd = -1, lastEntry = -1;
      for (int a : order) {
        int entry = aliases[a * 3], os = aliases[a * 3 + 1], oe = aliases[a * 3 + 2];
        boolean sameSpan = os == lastStart && oe == lastEnd;
        if (sameSpan ? entry == lastEntry : os < lastEnd) continue;
        WatchEntry e = list.entries().get(entry);
        result.add(new Mention(e.name(), e.type().id(), text.substring(os, oe), os, oe));
        lastStart = os;
        lastEnd = oe;
        lastEntry = entry;
      }
      return result;
    }

    /** Whether the candidates are already by start, longer first, then entry: the usual case. */
    private boolean inOrder(int[] kept, int n) {
      for (int i = 1; i < n; i++) {
        int x = kept[i - 1], y = kept[i];
        int xs = aliases[x * 3 + 1], ys = aliases[y * 3 + 1];
        if (xs > ys) return false;
        if (xs < ys) continue;
        int xe = aliases[x * 3 + 2], ye = aliases[y * 3 + 2];
        if (xe < ye || (xe == ye && aliases[x * 3] > aliases[y * 3])) return false;
      }
      return true;
    }

    private boolean excluded(int entry, int os, int oe) {
      int i =
          lowerBound(exKeys, exCount, ((long) entry << 32) | Math.max(0, os - maxExclusionSpan));
      for (; i < exCount && (int) (exKeys[i] >>> 32) == entry; i++) {
        int xs = (int) exKeys[i];
        if (xs >= oe) return false;
        if (exEnds[i] > os) return true;
      }
      return false;
    }

    private boolean hasContext(int entry, int os, int oe) {
      int from = paragraphStart(text, os, Math.max(0, os - CONTEXT_WINDOW));
      long limit =
          paragraphEnd(text, oe, (int) Math.min(text.length(), (long) oe + CONTEXT_WINDOW));
      int i = lowerBound(ctxKeys, ctxCount, ((long) entry << 32) | from);
      for (; i < ctxCount && (int) (ctxKeys[i] >>> 32) == entry; i++) {
        if ((int) ctxKeys[i] > limit) return false;
        if (ctxEnds[i] <= limit) return true;
      }
      return false;
    }
  }

  /**
   * The start of the paragraph holding {@code at}, or {@code floor} if that is later: the first
   * char after the last blank line (a line of only spaces) in [floor, at).
   */
  static int paragraphStart(String text, int at, int floor) {
    boolean blank = false;
    for (int i = at - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (blank) return i + 1;
        blank = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        blank = false;
      }
    }
    return floor;
  }

  /** The end of the paragraph holding {@code at}, or {@code ceiling} if that is earlier. */
  static int paragraphEnd(String text, int at, int ceiling) {
    boolean blank = false;
    for (int i = at; i < ceiling; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (blank) return i;
        blank = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        blank = false;
      }
    }
    return ceiling;
  }

  private static int lowerBound(long[] keys, int n, long key) {
    int lo = 0, hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sorts spans by key (entry, start), moving ends along; small counts, so a plain sort. */
  private static void sortSpans(long[] keys, int[] ends, int n) {
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) sorted = keys[i - 1] <= keys[i];
    if (sorted) return;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) idx[i] = i;
    long[] k = Arrays.copyOf(keys, n);
    int[] e = Arrays.copyOf(ends, n);
    Arrays.sort(idx, (x, y) -> Long.compare(k[x], k[y]));
    for (int i = 0; i < n; i++) {
      keys[i] = k[idx[i]];
      ends[i] = e[idx[i]];
    }
  }
}
