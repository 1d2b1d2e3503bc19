package dev.argus.core.story;

import dev.argus.core.model.Citation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The mutable state of one live story, owned by its {@link StoryClusterer}. Centroids are sums of
 * the members' raw feature weights (log term frequency times a kind boost), without IDF: the
 * clusterer applies the current IDF when it compares, so early members, weighed when the corpus was
 * small, are not stuck with poor statistics. Centroids are insertion-ordered maps, and the snapshot
 * keeps that order, so that sums over them add up in the same order after a restore.
 */
final class StoryState {

  /** A member as the story keeps it. */
  record MemberState(
      String id,
      String url,
      String source,
      String country,
      String language,
      Instant time,
      long arrival,
      String dupGroup,
      String title,
      List<Citation> citations,
      List<String> links) {

    Story.Member view() {
      return new Story.Member(id, url, source, country, language, time);
    }
  }

  /** Time, then arrival: the order of a timeline, and who broke a story. */
  static final Comparator<MemberState> BY_TIME =
      Comparator.comparing(MemberState::time).thenComparingLong(MemberState::arrival);

  final long seq;
  final String id;
  Instant firstTime;
  Instant lastTime;
  int size;
  MemberState first;

  /** The newest members other than {@link #first}, by {@link #BY_TIME}. */
  final ArrayList<MemberState> recent = new ArrayList<>();

  final TreeSet<String> languages = new TreeSet<>();
  final TreeSet<String> countries = new TreeSet<>();
  final TreeSet<String> sources = new TreeSet<>();
  final LinkedHashSet<String> dupGroups = new LinkedHashSet<>();

  /**
   * A feature's document frequency, one object per feature, shared by the clusterer's frequency
   * table and every centroid cell of the feature: a centroid's norm under the current IDF then
   * reads each frequency through a reference instead of a hash lookup per feature (most of the cost
   * of placing an article otherwise). 0 for a feature the table forgot while a centroid holds it.
   */
  static final class Frequency {
    /** The feature: the instance the table and the centroids hold. */
    final String key;

    int n;

    /**
     * The live stories holding the feature in a centroid, each once, in the order they came to hold
     * it: the clusterer's postings, reached through the article's features without a look-up of
     * their own. The first {@link #storyCount} slots are used. An array, not a {@code HashSet}: the
     * candidate search walks these for every feature of every article, and walking a hash set's
     * table (of 16 slots for a story or two, and as large as it ever grew) cost a third of that
     * search. Removing a story scans for it; the stories evicted are the oldest, near the front,
     * and a removal comes once for each addition.
     */
    StoryState[] stories = NO_STORIES;

    int storyCount;

    /** Scratch of the clusterer: the walk over one story's centroids that last passed here. */
    long visit;

    private static final StoryState[] NO_STORIES = new StoryState[0];

    Frequency(String key, int n) {
      this.key = key;
      this.n = n;
    }

    /** Adds {@code s}, which must not hold the feature yet, to the stories holding it. */
    void post(StoryState s) {
      if (storyCount == stories.length) {
        stories = java.util.Arrays.copyOf(stories, Math.max(4, storyCount * 2));
      }
      stories[storyCount++] = s;
    }

    /** Removes {@code s} from the stories holding the feature, if it is there. */
    void unpost(StoryState s) {
      for (int i = 0; i < storyCount; i++) {
        if (stories[i] == s) {
          System.arraycopy(stories, i + 1, stories, i, storyCount - i - 1);
          stories[--storyCount] = null;
          if (storyCount == 0) stories = NO_STORIES;
          else if (storyCount <= stories.length / 4 && stories.length > 4) {
            stories = java.util.Arrays.copyOf(stories, Math.max(4, stories.length / 2));
          }
          return;
        }
      }
    }

    /** The stories holding the feature, in order (a copy). */
    List<StoryState> postings() {
      return List.of(java.util.Arrays.copyOf(stories, storyCount));
    }
  }

  /** One centroid feature: the sum of the members' raw weights, and the feature's frequency. */
  static final class Cell {
    double sum;
    final Frequency df;

    /** Whether the feature is a word (words can be stop words; anchors cannot). */
    final boolean word;

    Cell(Frequency df, boolean word) {
      this.df = df;
      this.word = word;
    }
  }

  /** Entities, names, numbers, sources and URLs. */
  final LinkedHashMap<String, Cell> anchors = new LinkedHashMap<>();

  /** Words, per language. */
  final TreeMap<String, LinkedHashMap<String, Cell>> words = new TreeMap<>();

  /**
   * Scratch of the clusterer's candidate search: the search that last reached this story, and of
   * the article's words [0] and anchors [1] that it holds, summed in that search: their weight,
   * their squared weight and their count.
   */
  long search;

  final double[] shared = new double[2];
  final double[] squares = new double[2];
  final int[] common = new int[2];

  /** Sum of the members' unit embeddings, or null. */
  float[] embedding;

  StoryState(long seq, String id) {
    this.seq = seq;
    this.id = id;
  }

  /** Adds a member to the timeline, keeping at most {@code maxMembers} (the first included). */
  void addMember(MemberState m, int maxMembers) {
    size++;
    if (first == null) {
      first = m;
    } else if (BY_TIME.compare(m, first) < 0) {
      insert(first);
      first = m;
    } else {
      insert(m);
    }
    while (recent.size() > maxMembers - 1) {
      recent.remove(0);
    }
    firstTime = firstTime == null || m.time().isBefore(firstTime) ? m.time() : firstTime;
    lastTime = lastTime == null || m.time().isAfter(lastTime) ? m.time() : lastTime;
    languages.add(m.language());
    if (m.country() != null) {
      countries.add(m.country());
    }
    sources.add(m.source());
    if (m.dupGroup() != null) {
      dupGroups.add(m.dupGroup());
    }
  }

  private void insert(MemberState m) {
    int i = recent.size();
    while (i > 0 && BY_TIME.compare(recent.get(i - 1), m) > 0) {
      i--;
    }
    recent.add(i, m);
  }

  /** The first member and the kept newest, by time. */
  List<MemberState> timeline() {
    List<MemberState> t = new ArrayList<>(recent.size() + 1);
    t.add(first);
    t.addAll(recent);
    return t;
  }

  /** Whether any centroid of this story holds {@code key}. */
  boolean holds(String key) {
    if (anchors.containsKey(key)) {
      return true;
    }
    for (LinkedHashMap<String, Cell> c : words.values()) {
      if (c.containsKey(key)) {
        return true;
      }
    }
    return false;
  }
}
