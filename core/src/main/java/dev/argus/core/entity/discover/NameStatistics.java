package dev.argus.core.entity.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, from what the whole corpus says, which candidate names are names. Observe every
 * article's candidates first ({@link #observe}), then ask for each article's names ({@link
 * #accept}); a live run can interleave the two and get better answers as the corpus grows.
 *
 * <p>A key is a name when one of its articles cues it strongly ({@link NameSpan#cued}: an
 * honorific, a legal suffix, a country name; or a full name that the article later calls by its
 * surname), or when it has been seen in at least {@code minArticles} articles (default {@value
 * #DEFAULT_MIN_ARTICLES}: a capitalised span that comes back in another article is rarely an
 * accident of sentence position) and at least one of them saw it without doubt (not {@linkplain
 * NameSpan#weak weak}), which keeps German nouns and sentence-initial words out.
 *
 * <p>Memory is bounded: at most {@code maxKeys} keys are tracked; past that the keys seen in the
 * fewest articles (oldest first among equals) are evicted, down to nine tenths of the cap, and each
 * key keeps at most {@value #MAX_FORMS} surface forms. Thread-safe (methods are synchronized);
 * {@link #snapshot} and {@link #restore} carry the state across runs.
 */
public final class NameStatistics {

  public static final int DEFAULT_MIN_ARTICLES = 2;
  public static final int DEFAULT_MAX_KEYS = 500_000;
  static final int MAX_FORMS = 8;

  private final int minArticles;
  private final int maxKeys;
  private final Map<String, Entry> entries = new HashMap<>();
  private long clock;

  public NameStatistics() {
    this(DEFAULT_MIN_ARTICLES, DEFAULT_MAX_KEYS);
  }

  public NameStatistics(int minArticles, int maxKeys) {
    if (minArticles < 1 || maxKeys < 1) {
      throw new IllegalArgumentException("minArticles and maxKeys must be positive");
    }
    this.minArticles = minArticles;
    this.maxKeys = maxKeys;
  }

  /** Counts one article's candidates (from {@link NameFinder#find}). */
  public synchronized void observe(List<NameSpan> spans) {
    Map<String, List<NameSpan>> groups = NameKeys.group(spans);
    if (groups.isEmpty()) {
      return;
    }
    clock++;
    for (Map.Entry<String, List<NameSpan>> g : groups.entrySet()) {
      Entry e = entries.computeIfAbsent(g.getKey(), k -> new Entry());
      e.articles++;
      e.lastSeen = clock;
      boolean cued = shortFormOfLongName(g.getKey(), g.getValue());
      boolean sure = false;
      for (NameSpan s : g.getValue()) {
        cued |= s.cued();
        sure |= !s.weak();
        if (NameKeys.key(s.text()).equals(g.getKey())) {
          e.addForm(s.text());
        }
        if (s.type() != NameType.UNKNOWN) {
          e.typeVotes.merge(s.type(), s.cued() ? 3 : 1, Integer::sum);
        }
      }
      if (cued) {
        e.cuedArticles++;
      }
      if (sure) {
        e.sureArticles++;
      }
    }
    if (entries.size() > maxKeys) {
      evict();
    }
  }

  /**
   * The names among one article's candidates, in order of first appearance. Reads the statistics
   * without changing them; the article's own cues count even if it was never observed.
   */
  public synchronized List<FoundName> accept(List<NameSpan> spans) {
    List<FoundName> found = new ArrayList<>();
    for (Map.Entry<String, List<NameSpan>> g : NameKeys.group(spans).entrySet()) {
      String key = g.getKey();
      List<NameSpan> group = g.getValue();
      Entry e = entries.get(key);
      boolean cuedHere = group.stream().anyMatch(NameSpan::cued) || shortFormOfLongName(key, group);
      boolean name = cuedHere || (e != null && (e.cuedArticles > 0 || isFrequent(e)));
      if (!name) {
        continue;
      }
      Entry local = new Entry();
      for (NameSpan s : group) {
        if (NameKeys.key(s.text()).equals(key)) {
          local.addForm(s.text());
        }
        if (s.type() != NameType.UNKNOWN) {
          local.typeVotes.merge(s.type(), s.cued() ? 3 : 1, Integer::sum);
        }
      }
      Entry source = e != null ? e : local;
      String surface = source.bestForm();
      if (surface == null) {
        surface = local.bestForm() != null ? local.bestForm() : group.get(0).text();
      }
      NameType type = (e != null ? e : local).bestType();
      List<NameSpan> ordered = new ArrayList<>(group);
      ordered.sort(Comparator.comparingInt(NameSpan::start));
      found.add(new FoundName(surface, key, type, ordered));
    }
    return found;
  }

  /**
   * A name of several words that the article later calls by one of them ("Vincenzo Amato ...
   * Amato") is how news writes about people and companies: as good a cue as an honorific.
   */
  private static boolean shortFormOfLongName(String key, List<NameSpan> group) {
    if (key.indexOf(' ') < 0 || group.size() < 2) {
      return false;
    }
    int firstFull = Integer.MAX_VALUE;
    for (NameSpan s : group) {
      if (NameKeys.key(s.text()).equals(key)) {
        firstFull = Math.min(firstFull, s.start());
      }
    }
    for (NameSpan s : group) {
      if (s.start() > firstFull && !s.weak() && !NameKeys.key(s.text()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the corpus so far makes {@code key} a name. */
  public synchronized boolean isName(String key) {
    Entry e = entries.get(key);
    return e != null && (e.cuedArticles > 0 || isFrequent(e));
  }

  /** Number of keys tracked now (at most {@code maxKeys}). */
  public synchronized int trackedKeys() {
    return entries.size();
  }

  private boolean isFrequent(Entry e) {
    return e.articles >= minArticles && e.sureArticles > 0;
  }

  private void evict() {
    int keep = Math.max(1, maxKeys - maxKeys / 10);
    List<Map.Entry<String, Entry>> all = new ArrayList<>(entries.entrySet());
    all.sort(
        Comparator.comparingInt(
                (Map.Entry<String, Entry> x) -> x.getValue().cuedArticles > 0 ? 1 : 0)
            .thenComparingInt(x -> x.getValue().articles)
            .thenComparingLong(x -> x.getValue().lastSeen));
    for (int k = 0; k < all.size() - keep; k++) {
      entries.remove(all.get(k).getKey());
    }
  }

  // ---- snapshot ----

  /** Everything known about one key, as plain values. */
  public record KeyStats(
      String key,
      int articles,
      int cuedArticles,
      int sureArticles,
      long lastSeen,
      Map<String, Integer> forms,
      Map<NameType, Integer> typeVotes) {

    public KeyStats {
      forms = Map.copyOf(forms);
      typeVotes = Map.copyOf(typeVotes);
    }
  }

  /** The whole state, immutable; serialise it as you like (it is made of records and maps). */
  public record Snapshot(int minArticles, int maxKeys, long clock, List<KeyStats> keys) {
    public Snapshot {
      keys = List.copyOf(keys);
    }
  }

  public synchronized Snapshot snapshot() {
    List<KeyStats> keys = new ArrayList<>(entries.size());
    entries.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            x -> {
              Entry e = x.getValue();
              keys.add(
                  new KeyStats(
                      x.getKey(),
                      e.articles,
                      e.cuedArticles,
                      e.sureArticles,
                      e.lastSeen,
                      e.forms,
                      e.typeVotes));
            });
    return new Snapshot(minArticles, maxKeys, clock, keys);
  }

  public static NameStatistics restore(Snapshot snapshot) {
    NameStatistics s = new NameStatistics(snapshot.minArticles(), snapshot.maxKeys());
    s.clock = snapshot.clock();
    for (KeyStats k : snapshot.keys()) {
      Entry e = new Entry();
      e.articles = k.articles();
      e.cuedArticles = k.cuedArticles();
      e.sureArticles = k.sureArticles();
      e.lastSeen = k.lastSeen();
      e.forms.putAll(k.forms());
      e.typeVotes.putAll(k.typeVotes());
      s.entries.put(k.key(), e);
    }
    if (s.entries.size() > s.maxKeys) {
      s.evict();
    }
    return s;
  }

  private static final class Entry {
    int articles;
    int cuedArticles;
    int sureArticles;
    long lastSeen;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final Map<NameType, Integer> typeVotes = new EnumMap<>(NameType.class);

    void addForm(String form) {
      if (forms.containsKey(form) || forms.size() < MAX_FORMS) {
        forms.merge(form, 1, Integer::sum);
      }
    }

    /** Most frequent form; ties go to the longer, then the first seen. */
    String bestForm() {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> f : forms.entrySet()) {
        int c = f.getValue();
        if (c > bestCount || (c == bestCount && f.getKey().length() > best.length())) {
          best = f.getKey();
          bestCount = c;
        }
      }
      return best;
    }

    NameType bestType() {
      NameType best = NameType.UNKNOWN;
      int bestVotes = 0;
      for (Map.Entry<NameType, Integer> v : typeVotes.entrySet()) {
        if (v.getValue() > bestVotes) {
          best = v.getKey();
          bestVotes = v.getValue();
        }
      }
      return best;
    }
  }
}
