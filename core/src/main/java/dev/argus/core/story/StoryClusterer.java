package dev.argus.core.story;

import dev.argus.core.model.Citation;
import dev.argus.core.story.StoryState.Cell;
import dev.argus.core.story.StoryState.Frequency;
import dev.argus.core.story.StoryState.MemberState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Online story clustering: each arriving article joins the most similar live story or starts one.
 * The state is explicit, deterministic and for one thread, like {@link
 * dev.argus.core.enrich.Corpus}: the same articles in the same order give the same stories and ids,
 * and {@link #snapshot()} / {@link #restore(byte[])} carry it across runs without changing any
 * future assignment.
 *
 * <p><b>Features.</b> An article is two TF-IDF vectors. Its <i>words</i> ({@link Tokens}: folded,
 * function words dropped, Han text as character pairs; title words count twice) meet only within a
 * language. Its <i>anchors</i> meet across languages: watch-list entities ({@code e:}), open-name
 * keys ({@code n:}), normalised numbers ({@code #:}, {@link Numbers}), cited source names ({@code
 * c:}) and the URLs it cites or links to ({@code u:}). Not its own URL: it would be the rarest
 * feature of every article and weigh down every comparison; a link from one member to another shows
 * in the story's citation edges instead. At most {@link StoryConfig#maxFeaturesPerArticle} features
 * are kept, the most weighted. Document frequencies are counted incrementally over every article
 * seen; a word in more than {@link StoryConfig#stopFraction} of them is dropped as a function word.
 *
 * <p><b>Similarity.</b> A story keeps a word centroid per language and one anchor centroid, as raw
 * sums; the current IDF weighs both sides at comparison time. Anchors count only when at least
 * {@link StoryConfig#minSharedAnchors} are shared: near misses (the same company, another event)
 * share one. An article whose language the story has is scored by a blend, {@code (wordWeight *
 * cos(words) + anchorWeight * cos(anchors)) / (wordWeight + anchorWeight)} (the anchors count as
 * much as all words together because they are language-independent), and joins at {@link
 * StoryConfig#sameLanguageThreshold}. An article in a language the story lacks, where words cannot
 * meet, joins by its anchors alone at {@link StoryConfig#crossLanguageThreshold}: this is how
 * stories cross languages. With an {@link Embedder}, the embedding cosine joins both at {@link
 * StoryConfig#embeddingWeight}. The best story by score over its threshold wins; ties go to the
 * older story.
 *
 * <p><b>Candidates and time.</b> An inverted index maps each centroid feature to the live stories
 * holding it; an article scores only the {@link StoryConfig#maxCandidates} stories sharing the most
 * word weight with it and as many sharing the most anchor weight (so that a story in another
 * language is not crowded out by stories sharing common words), skipping features held by more than
 * {@link StoryConfig#maxPostings} stories. A story is a candidate while its newest member is within
 * {@link StoryConfig#window} before the article (and its first not more than that after). Once the
 * newest article seen is two windows past a story's newest member, the story is evicted with its
 * postings, so that an article arriving up to a window late still finds its story; so is the story
 * with the oldest newest member when more than {@link StoryConfig#maxLiveStories} live. Feed
 * articles roughly in time order: an article arriving later than that cannot join an evicted story.
 *
 * <p><b>Near-duplicates.</b> An article whose {@link StoryInput#dupGroup()} belongs to a live story
 * joins it, whatever its similarity or time.
 */
public final class StoryClusterer {

  /** Version of the {@link #snapshot()} format this build writes and reads. */
  public static final int SNAPSHOT_VERSION = 2;

  static final String ENTITY = "e:";
  static final String NAME = "n:";
  static final String NUMBER = "#:";
  static final String CITED = "c:";
  static final String URL = "u:";
  static final String WORD = "w:";

  /** Weight of one anchor of each kind, before IDF; a word's is 1 + ln(count). */
  private static final Map<String, Double> BOOST =
      Map.of(ENTITY, 1.5, NAME, 1.0, NUMBER, 1.0, CITED, 0.5, URL, 1.5);

  final StoryConfig config;
  final Embedder embedder;

  /**
   * Document frequency of each feature. Besides the counted features (frequency 1 or more), it
   * keeps a feature a live centroid holds after halving forgot it (frequency 0), so that the
   * centroid's cell and the table share one {@link Frequency}; such a feature leaves the table at a
   * later halving once no live story holds it.
   */
  final HashMap<String, Frequency> df = new HashMap<>();

  /** Features of {@link #df} with a frequency of 1 or more: what the vocabulary limit counts. */
  int vocabulary;

  long docs;
  long nextSeq;
  long arrivals;

  /**
   * How many of the latest article times the watermark stands behind. The watermark is the
   * {@value}-th latest time seen, not the latest: one article with a wrong clock (an undated page
   * timed at its fetch during an archive import, a date typed a year ahead) would otherwise move it
   * past every live story and evict them all.
   */
  static final int WATERMARK_RANK = 16;

  /**
   * The latest article times seen, at most {@link #WATERMARK_RANK}, smallest first: once full, its
   * head is the watermark.
   */
  final java.util.PriorityQueue<Instant> latest = new java.util.PriorityQueue<>();

  final TreeMap<Long, StoryState> live = new TreeMap<>();
  final HashMap<String, StoryState> byId = new HashMap<>();
  final TreeSet<StoryState> byLast =
      new TreeSet<>(
          Comparator.comparing((StoryState s) -> s.lastTime).thenComparingLong(s -> s.seq));

  final HashMap<String, Long> dupGroups = new HashMap<>();

  /** Candidate searches so far: marks the stories the current one reached ({@link #gather}). */
  private long searches;

  /**
   * Of the current search's words [0] and anchors [1], those {@link #gather} skipped as held by too
   * many stories: their weight, squared weight and count, which any story may share.
   */
  private final double[] skippedWeight = new double[2];

  private final double[] skippedSquares = new double[2];
  private final int[] skippedCount = new int[2];

  /** Walks over a story's word centroids so far: marks the frequencies a walk has passed. */
  private long visits;

  /** Stories scored so far, for tests of the candidate limits (not in the snapshot). */
  long scored;

  /**
   * Whether every candidate's score is computed in full, without the bound that turns most away
   * first: for a test that holds both ways to the same assignments.
   */
  boolean exhaustive;

  /**
   * Candidates scored in full so far whose score came out above either of its bounds, which only a
   * wrong bound gives: for tests, which score every candidate in full with {@link #exhaustive} (not
   * in the snapshot).
   */
  long boundsBelowScore;

  /** Candidates the bound turned away so far (not in the snapshot). */
  long turnedAway;

  /** A clusterer with {@code config} and no embedder. */
  public StoryClusterer(StoryConfig config) {
    this(config, null);
  }

  /**
   * @param embedder an extra similarity term, or null
   */
  public StoryClusterer(StoryConfig config, Embedder embedder) {
    this.config = Objects.requireNonNull(config, "config");
    this.embedder = embedder;
  }

  /** A clusterer with {@link StoryConfig#defaults()}. */
  public static StoryClusterer withDefaults() {
    return new StoryClusterer(StoryConfig.defaults());
  }

  public StoryConfig config() {
    return config;
  }

  /**
   * One article's features: sorted keys with raw weights, words and anchors apart; with the squared
   * norm and the sum of the weights (raw times IDF), each summed in key order.
   */
  record Vector(
      String[] keys, double[] raw, double[] idf, Frequency[] df, double squares, double weight) {
    static final Vector EMPTY =
        new Vector(new String[0], new double[0], new double[0], new Frequency[0], 0, 0);

    boolean isEmpty() {
      return keys.length == 0;
    }
  }

  /** Places one article: the story it joined or started. */
  public Assignment add(StoryInput in) {
    return place(in, new ArrayList<>());
  }

  /**
   * Places one article like {@link #add} and returns only the id of its story: the views of the
   * stories it evicted, which cost a sort of their centroids each, are not built.
   */
  public String assign(StoryInput in) {
    return place(in, null).storyId();
  }

  /** Places one article; the views of evicted stories go to {@code evicted} unless it is null. */
  private Assignment place(StoryInput in, List<Story> evicted) {
    Objects.requireNonNull(in, "input");
    arrivals++;
    if (latest.size() < WATERMARK_RANK || in.time().isAfter(latest.peek())) {
      latest.add(in.time());
      if (latest.size() > WATERMARK_RANK) latest.poll();
      if (latest.size() == WATERMARK_RANK) evictExpired(evicted);
    }
    List<Feature> all = select(features(in));
    countDocument(all);
    Vector words = vector(all, true);
    Vector anchors = vector(all, false);
    float[] embedding = embed(in);

    StoryState target = null;
    Assignment.Reason reason = Assignment.Reason.NEW;
    double similarity = 0;
    if (in.dupGroup() != null) {
      Long seq = dupGroups.get(in.dupGroup());
      if (seq != null) {
        target = live.get(seq);
        reason = Assignment.Reason.DUP_GROUP;
      }
    }
    if (target == null) {
      Match m = bestMatch(in, words, anchors, embedding);
      if (m != null) {
        target = m.story;
        reason = m.reason;
        similarity = m.score;
      }
    }
    if (target == null) {
      long seq = nextSeq++;
      target = new StoryState(seq, String.format(Locale.ROOT, "s%08d", seq));
      live.put(seq, target);
      byId.put(target.id, target);
    } else {
      byLast.remove(target);
    }
    join(target, in, words, anchors, embedding);
    byLast.add(target);
    while (live.size() > config.maxLiveStories()) {
      StoryState oldest = byLast.first();
      if (oldest == target) {
        oldest = byLast.higher(oldest);
      }
      evict(oldest, evicted);
    }
    return new Assignment(
        in.id(), target.id, reason, similarity, evicted == null ? List.of() : evicted);
  }

  /** The live story with this id. */
  public Optional<Story> story(String id) {
    StoryState s = byId.get(id);
    return s == null ? Optional.empty() : Optional.of(view(s));
  }

  /** Every live story, oldest first. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>(live.size());
    for (StoryState s : live.values()) {
      out.add(view(s));
    }
    return out;
  }

  /** How many stories are live. */
  public int liveStories() {
    return live.size();
  }

  /** How many distinct features have a document frequency (bounded by the vocabulary limit). */
  public int vocabularySize() {
    return vocabulary;
  }

  // ---- features

  /** Raw features of an article, before the per-article limit. */
  static Map<String, Double> features(StoryInput in) {
    List<String> text = Tokens.of(in.text());
    // Counted by token, prefixed once per distinct token.
    Map<String, int[]> counts = HashMap.newHashMap(text.size());
    if (in.title() != null) {
      for (String t : Tokens.of(in.title())) {
        counts.computeIfAbsent(t, k -> new int[1])[0] += 2;
      }
    }
    for (String t : text) {
      counts.computeIfAbsent(t, k -> new int[1])[0]++;
    }
    Map<String, Double> out = HashMap.newHashMap(counts.size() + 64);
    counts.forEach((t, c) -> out.put(WORD + t, 1 + Math.log(c[0])));
    for (String e : in.entities()) {
      out.put(ENTITY + e, BOOST.get(ENTITY));
    }
    for (String n : in.names()) {
      out.put(NAME + n, BOOST.get(NAME));
    }
    for (String n : in.numbers()) {
      out.put(NUMBER + n, BOOST.get(NUMBER));
    }
    for (Citation c : in.citations()) {
      if (c.name() != null && !c.name().isBlank()) {
        out.put(CITED + Tokens.fold(c.name().strip()), BOOST.get(CITED));
      }
      if (c.url() != null) {
        putUrl(out, c.url());
      }
    }
    for (String l : in.links()) {
      putUrl(out, l);
    }
    return out;
  }

  private static void putUrl(Map<String, Double> out, String url) {
    String key = urlKey(url);
    if (!key.isEmpty()) {
      out.put(URL + key, BOOST.get(URL));
    }
  }

  /** A URL without scheme, "www.", fragment and trailing slash, its host lower-cased. */
  static String urlKey(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    int scheme = u.indexOf("://");
    if (scheme >= 0) {
      u = u.substring(scheme + 3);
    }
    int slash = u.indexOf('/');
    String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String path = slash < 0 ? "" : u.substring(slash);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return host + path;
  }

  /**
   * The {@link StoryConfig#maxFeaturesPerArticle} most weighted features, sorted by key. Anchors
   * (entities, names, numbers, sources) are chosen first, up to half the budget, then words fill
   * the rest: a long text, or a Chinese one cut into many rare character pairs, would otherwise
   * crowd out the shared entities that link it to the same story in other languages.
   */
  private List<Feature> select(Map<String, Double> raw) {
    int budget = config.maxFeaturesPerArticle();
    List<Feature> anchors = new ArrayList<>();
    List<Feature> words = new ArrayList<>();
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      String key = e.getKey();
      // The one look-up of the feature while the article is placed: ranking, counting and the
      // vectors read its frequency through the entry.
      Frequency f = df.get(key);
      boolean word = key.startsWith(WORD);
      (word ? words : anchors).add(new Feature(f == null ? key : f.key, e.getValue(), word, f));
    }
    List<Feature> kept = new ArrayList<>(Math.min(budget, raw.size()));
    kept.addAll(top(anchors, Math.max(1, budget / 2)));
    kept.addAll(top(words, budget - kept.size()));
    kept.sort(null);
    return kept;
  }

  /**
   * A feature of the article being placed: its key (the table's instance when the table holds it),
   * raw weight, whether it is a word, and its entry in {@link #df} (null while absent).
   */
  private static final class Feature implements Comparable<Feature> {
    final String key;
    final double raw;
    final boolean word;
    Frequency f;

    Feature(String key, double raw, boolean word, Frequency f) {
      this.key = key;
      this.raw = raw;
      this.word = word;
      this.f = f;
    }

    @Override
    public int compareTo(Feature o) {
      return key.compareTo(o.key);
    }
  }

  /** The {@code n} features of highest weight times IDF (ties by key); all when there are fewer. */
  private List<Feature> top(List<Feature> features, int n) {
    if (features.size() <= n) return features;
    double[] rank = new double[features.size()];
    String[] keys = new String[rank.length];
    for (int i = 0; i < rank.length; i++) {
      Feature x = features.get(i);
      rank[i] = -x.raw * idfOf(x.f == null ? 0 : x.f.n);
      keys[i] = x.key;
    }
    boolean[] chosen = lowest(rank, keys, n);
    List<Feature> out = new ArrayList<>(Math.max(0, n));
    for (int i = 0; i < rank.length; i++) {
      if (chosen[i]) out.add(features.get(i));
    }
    return out;
  }

  /**
   * Which {@code n} entries are lowest by rank, then key: the set a sort by both would put first,
   * found with a sort of the ranks alone (a sort of objects by two keys through comparators was a
   * tenth of placing an article). Ranks are finite and not zero.
   */
  static boolean[] lowest(double[] rank, String[] key, int n) {
    boolean[] chosen = new boolean[rank.length];
    if (n <= 0) return chosen;
    if (n >= rank.length) {
      java.util.Arrays.fill(chosen, true);
      return chosen;
    }
    double[] sorted = rank.clone();
    java.util.Arrays.sort(sorted);
    double cut = sorted[n - 1];
    int taken = 0;
    List<Integer> ties = new ArrayList<>();
    for (int i = 0; i < rank.length; i++) {
      if (rank[i] < cut) {
        chosen[i] = true;
        taken++;
      } else if (rank[i] == cut) {
        ties.add(i);
      }
    }
    if (ties.size() > n - taken) ties.sort(Comparator.comparing(i -> key[i]));
    for (int j = 0; j < n - taken; j++) chosen[ties.get(j)] = true;
    return chosen;
  }

  private void countDocument(List<Feature> features) {
    docs++;
    for (Feature x : features) {
      if (x.f == null) x.f = frequency(x.key);
      if (x.f.n++ == 0) vocabulary++;
    }
    if (vocabulary > config.maxVocabulary()) {
      // Halving keeps the ratios (the IDF) of frequent features and forgets rare old ones.
      vocabulary = 0;
      for (var it = df.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Frequency> e = it.next();
        Frequency f = e.getValue();
        f.n /= 2;
        if (f.n > 0) vocabulary++;
        else if (f.storyCount == 0) it.remove();
      }
      docs = Math.max(1, docs / 2);
      // The halving may have dropped an entry of the article's own (counted 1 before it).
      for (Feature x : features) x.f = df.get(x.key);
    }
  }

  /** The frequency of {@code key} in {@link #df}, added at 0 when absent. */
  Frequency frequency(String key) {
    Frequency f = df.get(key);
    if (f == null) {
      f = new Frequency(key, 0);
      df.put(key, f);
    }
    return f;
  }

  /** The document frequency of {@code key} (0 when not counted). */
  int frequencyOf(String key) {
    Frequency f = df.get(key);
    return f == null ? 0 : f.n;
  }

  double idf(String key) {
    return idfOf(frequencyOf(key));
  }

  /**
   * IDF by document frequency for the current {@link #docs}: the same logarithm for the many
   * features of equal frequency, computed once (it is most of the cost of a cosine otherwise).
   */
  private double[] idfCache = new double[64];

  /** For each cached frequency, {@link #docs} + 1 when it was computed (0: never). */
  private long[] idfCacheStamp = new long[64];

  private double idfOf(int f) {
    if (f >= IDF_CACHE_MAX) return Math.log(1 + (docs + 1.0) / (f + 1.0));
    if (f >= idfCache.length) {
      int n = Math.min(IDF_CACHE_MAX, Math.max(f + 1, idfCache.length * 2));
      idfCache = java.util.Arrays.copyOf(idfCache, n);
      idfCacheStamp = java.util.Arrays.copyOf(idfCacheStamp, n);
    }
    if (idfCacheStamp[f] != docs + 1) {
      idfCache[f] = Math.log(1 + (docs + 1.0) / (f + 1.0));
      idfCacheStamp[f] = docs + 1;
    }
    return idfCache[f];
  }

  private static final int IDF_CACHE_MAX = 1 << 16;

  /** Whether a word is too common to tell stories apart, by document frequency. */
  private boolean stop(String key) {
    return stop(key.startsWith(WORD), frequencyOf(key));
  }

  /** {@link #stop(String)} with whether the key is a word and its frequency already known. */
  private boolean stop(boolean word, int f) {
    if (docs < config.stopMinDocs() || !word) {
      return false;
    }
    return f > config.stopFraction() * docs;
  }

  private Vector vector(List<Feature> all, boolean words) {
    List<String> keys = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    List<Frequency> frequencies = new ArrayList<>();
    for (Feature x : all) {
      if (x.word != words) continue;
      // Counted just before, unless a halving then forgot it. The document frequencies do not
      // change while this article is placed.
      Frequency f = x.f;
      int n = f == null ? 0 : f.n;
      if (stop(words, n)) continue;
      // The table's own instance of the key, which the centroids hold too: their look-ups then
      // find it by reference instead of comparing its characters.
      keys.add(f == null ? x.key : f.key);
      raw.add(x.raw);
      frequencies.add(f);
    }
    if (keys.isEmpty()) {
      return Vector.EMPTY;
    }
    double[] r = new double[raw.size()];
    double[] idf = new double[raw.size()];
    Frequency[] f = frequencies.toArray(Frequency[]::new);
    double squares = 0;
    double weight = 0;
    for (int i = 0; i < r.length; i++) {
      r[i] = raw.get(i);
      idf[i] = idfOf(f[i] == null ? 0 : f[i].n);
      double w = r[i] * idf[i];
      squares += w * w;
      weight += w;
    }
    return new Vector(keys.toArray(String[]::new), r, idf, f, squares, weight);
  }

  private float[] embed(StoryInput in) {
    if (embedder == null) {
      return null;
    }
    float[] v = embedder.embed(in.title() == null ? in.text() : in.title() + "\n" + in.text());
    if (v == null || v.length == 0) {
      return null;
    }
    double norm = 0;
    for (float f : v) {
      norm += (double) f * f;
    }
    if (norm == 0) {
      return null;
    }
    float[] unit = new float[v.length];
    double inv = 1 / Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      unit[i] = (float) (v[i] * inv);
    }
    return unit;
  }

  // ---- matching

  private record Match(StoryState story, Assignment.Reason reason, double score, double ratio) {}

  private Match bestMatch(StoryInput in, Vector words, Vector anchors, float[] embedding) {
    long search = ++searches;
    List<StoryState> reached = new ArrayList<>();
    java.util.Arrays.fill(skippedWeight, 0);
    java.util.Arrays.fill(skippedSquares, 0);
    java.util.Arrays.fill(skippedCount, 0);
    gather(words, reached, search, 0);
    gather(anchors, reached, search, 1);
    Instant from = in.time().minus(config.window());
    Instant to = in.time().plus(config.window());
    List<StoryState> inWindow = new ArrayList<>();
    for (StoryState s : reached) {
      if (!s.lastTime.isBefore(from) && !s.firstTime.isAfter(to)) {
        inWindow.add(s);
      }
    }
    // The best by shared words and the best by shared anchors: a story in another language shares
    // no words, and must not be crowded out by stories that share common ones.
    List<StoryState> candidates = new ArrayList<>();
    for (int kind = 0; kind < 2; kind++) {
      int k = kind;
      inWindow.sort(
          Comparator.comparingDouble((StoryState s) -> -s.shared[k]).thenComparingLong(s -> s.seq));
      for (int i = 0; i < Math.min(inWindow.size(), config.maxCandidates()); i++) {
        if (inWindow.get(i).shared[k] > 0) {
          candidates.add(inWindow.get(i));
        }
      }
    }
    // Scored oldest story first, each once.
    candidates.sort(Comparator.comparingLong(s -> s.seq));
    StoryState previous = null;
    Match best = null;
    for (StoryState s : candidates) {
      if (s == previous) continue;
      previous = s;
      scored++;
      Match m = score(s, in, words, anchors, embedding, best);
      if (m != null && m.ratio >= 1 && (best == null || m.ratio > best.ratio)) {
        best = m;
      }
    }
    return best;
  }

  /**
   * Adds the weight of each feature of {@code v}, its square and a count of one to {@link
   * StoryState#shared}, {@link StoryState#squares} and {@link StoryState#common} at {@code kind} of
   * the stories holding it; a story first reached in this {@code search} goes to {@code reached},
   * its sums cleared. A feature held by more than {@link StoryConfig#maxPostings} stories is
   * skipped and counted in {@link #skippedWeight} and the like instead. The sums live in the
   * stories, not in a map of this search: this loop runs for every story of every feature's
   * postings, the most repeated step of placing an article.
   */
  private void gather(Vector v, List<StoryState> reached, long search, int kind) {
    for (int i = 0; i < v.keys.length; i++) {
      // A feature the table forgot is in no centroid.
      Frequency f = v.df[i];
      int n = f == null ? 0 : f.storyCount;
      if (n == 0) {
        continue;
      }
      double w = v.raw[i] * v.idf[i];
      if (n > config.maxPostings()) {
        skippedWeight[kind] += w;
        skippedSquares[kind] += w * w;
        skippedCount[kind]++;
        continue;
      }
      StoryState[] stories = f.stories;
      for (int j = 0; j < n; j++) {
        StoryState s = stories[j];
        if (s.search != search) {
          s.search = search;
          s.shared[0] = s.shared[1] = 0;
          s.squares[0] = s.squares[1] = 0;
          s.common[0] = s.common[1] = 0;
          reached.add(s);
        }
        s.shared[kind] += w;
        s.squares[kind] += w * w;
        s.common[kind]++;
      }
    }
  }

  /** Room for the different order of floating-point sums in a bound. */
  private static final double MARGIN = 1 + 1e-9;

  /**
   * A bound of the cosine of the article's features of {@code kind} and the story's centroid, from
   * the squared weights of the features the story holds (by Cauchy-Schwarz the cosine is at most
   * the share of the article's norm in the shared features): what {@link #gather} summed, plus what
   * it skipped.
   */
  private double reachBound(StoryState s, double squares, int kind) {
    if (squares == 0) return 0;
    return Math.min(1, Math.sqrt((s.squares[kind] + skippedSquares[kind]) / squares) * MARGIN);
  }

  /**
   * What an article vector and a centroid share: the dot product under the current IDF, the
   * article's squared norm, the squared norm of the shared cells alone, how many cells are shared,
   * and the article's weight in all and in the shared features.
   */
  private record Shared(
      double dot, double aa, double sharedNorm, int common, double weight, double sharedWeight) {
    static final Shared NONE = new Shared(0, 0, 0, 0, 0, 0);

    /** The share of the article's weighted features that the centroid holds. */
    double containment() {
      return weight == 0 ? 0 : sharedWeight / weight;
    }

    /**
     * An upper bound of the cosine: the centroid's norm is at least that of the shared cells
     * (Cauchy-Schwarz), raised by a margin for the different order of the floating-point sums.
     */
    double bound() {
      return dot == 0 ? 0 : Math.min(1, dot / Math.sqrt(aa * sharedNorm) * (1 + 1e-9));
    }
  }

  private static Shared shared(Vector a, LinkedHashMap<String, Cell> centroid) {
    double dot = 0;
    double sharedNorm = 0;
    int common = 0;
    double sharedWeight = 0;
    for (int i = 0; i < a.keys.length; i++) {
      double idf = a.idf[i];
      double w = a.raw[i] * idf;
      Cell c = centroid.get(a.keys[i]);
      if (c != null) {
        dot += w * c.sum * idf;
        double cw = c.sum * idf; // a shared word is not a stop word: the article kept it
        sharedNorm += cw * cw;
        common++;
        sharedWeight += w;
      }
    }
    return new Shared(dot, a.squares, sharedNorm, common, a.weight, sharedWeight);
  }

  /**
   * The story's score for the article, or null when it cannot beat {@code best} nor reach its
   * threshold. The score needs each centroid's whole norm under the current IDF, a pass over all
   * its cells (most of the cost of placing an article once it was done for every candidate); a
   * bound from the shared cells alone turns most candidates away before that pass, with the same
   * result.
   */
  private Match score(
      StoryState s, StoryInput in, Vector words, Vector anchors, float[] embedding, Match best) {
    LinkedHashMap<String, Cell> storyWords = s.words.get(in.language());
    boolean hasWords = storyWords != null && !words.isEmpty();
    boolean hasAnchors = !anchors.isEmpty() && !s.anchors.isEmpty();
    boolean hasEmbedding = embedding != null && s.embedding != null;
    double embeddingCos = hasEmbedding ? cosine(embedding, s.embedding) : 0;

    // A first, looser bound from what the candidate search summed: it turns most candidates away
    // before the look-up of every feature in the story's centroids.
    Shared reached =
        hasAnchors
            ? new Shared(
                0,
                0,
                0,
                s.common[1] + skippedCount[1],
                anchors.weight,
                (s.shared[1] + skippedWeight[1]) * MARGIN)
            : Shared.NONE;
    Match loose =
        blend(
            s,
            hasWords,
            hasAnchors,
            hasEmbedding,
            hasWords ? reachBound(s, words.squares, 0) : 0,
            reached,
            hasAnchors ? reachBound(s, anchors.squares, 1) : 0,
            embeddingCos);
    if (!exhaustive && (loose.ratio < 1 || (best != null && loose.ratio <= best.ratio))) {
      turnedAway++;
      return null;
    }

    Shared w = hasWords ? shared(words, storyWords) : Shared.NONE;
    Shared a = hasAnchors ? shared(anchors, s.anchors) : Shared.NONE;

    Match bound =
        blend(s, hasWords, hasAnchors, hasEmbedding, w.bound(), a, a.bound(), embeddingCos);
    // The blend only adds and scales: rounding keeps its order, so bounds in give a bound out.
    if (!exhaustive && (bound.ratio < 1 || (best != null && bound.ratio <= best.ratio))) {
      turnedAway++;
      return null;
    }

    double wordCos = cosine(w, storyWords);
    double anchorCos = cosine(a, s.anchors);
    Match m = blend(s, hasWords, hasAnchors, hasEmbedding, wordCos, a, anchorCos, embeddingCos);
    if (loose.ratio < m.ratio || bound.ratio < m.ratio) boundsBelowScore++;
    return m;
  }

  /** The blend of the similarities into a score and its ratio to the threshold it must reach. */
  private Match blend(
      StoryState s,
      boolean hasWords,
      boolean hasAnchors,
      boolean hasEmbedding,
      double wordCos,
      Shared a,
      double anchorCos,
      double embeddingCos) {
    if (a.common < config.minSharedAnchors()) {
      // One shared entity is what near misses have in common (the same company, another event).
      anchorCos = 0;
    }
    double same = 0;
    if (hasWords) {
      double num = config.wordWeight() * wordCos;
      double den = config.wordWeight();
      if (hasAnchors) {
        num += config.anchorWeight() * anchorCos;
        den += config.anchorWeight();
      }
      if (hasEmbedding) {
        num += config.embeddingWeight() * embeddingCos;
        den += config.embeddingWeight();
      }
      same = den == 0 ? 0 : num / den;
    }
    double cross = 0;
    if (!hasWords && anchorCos > 0) {
      // Across languages the anchors are all there is. A story's centroid gathers the names and
      // figures of all its members, so the cosine falls as the story grows; how much of the
      // article's own anchors the story holds does not. Their mean keeps a late translation of a
      // big story from starting a story of its own.
      cross = (anchorCos + a.containment()) / 2;
      if (hasEmbedding) {
        cross =
            (config.anchorWeight() * anchorCos + config.embeddingWeight() * embeddingCos)
                / (config.anchorWeight() + config.embeddingWeight());
      }
    }
    double sameRatio = same / config.sameLanguageThreshold();
    double crossRatio = cross / config.crossLanguageThreshold();
    if (sameRatio >= crossRatio) {
      return new Match(s, Assignment.Reason.SIMILAR, same, sameRatio);
    }
    return new Match(s, Assignment.Reason.SHARED_ANCHORS, cross, crossRatio);
  }

  /** The cosine of an article vector and a centroid under the current IDF, from what they share. */
  private double cosine(Shared shared, LinkedHashMap<String, Cell> centroid) {
    if (shared.dot == 0) {
      return 0;
    }
    double cc = 0;
    for (Cell c : centroid.values()) {
      int f = c.df.n;
      if (stop(c.word, f)) {
        continue;
      }
      double w = c.sum * idfOf(f);
      cc += w * w;
    }
    return Math.min(1, shared.dot / Math.sqrt(shared.aa * cc));
  }

  private static double cosine(float[] a, float[] sum) {
    if (a.length != sum.length) {
      throw new IllegalStateException(
          "embedder gave a vector of length " + a.length + ", the story holds " + sum.length);
    }
    double dot = 0;
    double ss = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * sum[i];
      ss += (double) sum[i] * sum[i];
    }
    return ss == 0 ? 0 : Math.max(0, dot / Math.sqrt(ss));
  }

  // ---- joining and eviction

  private void join(StoryState s, StoryInput in, Vector words, Vector anchors, float[] embedding) {
    s.addMember(member(in), config.maxMembersPerView());
    if (in.dupGroup() != null) {
      dupGroups.put(in.dupGroup(), s.seq);
    }
    if (!words.isEmpty()) {
      merge(s, s.words.computeIfAbsent(in.language(), k -> new LinkedHashMap<>()), words);
    }
    merge(s, s.anchors, anchors);
    if (embedding != null) {
      if (s.embedding == null) {
        s.embedding = new float[embedding.length];
      }
      if (s.embedding.length == embedding.length) {
        for (int i = 0; i < embedding.length; i++) {
          s.embedding[i] += embedding[i];
        }
      }
    }
  }

  private MemberState member(StoryInput in) {
    int cap = config.maxCitationsPerMember();
    List<Citation> citations = in.citations();
    List<String> links = in.links();
    return new MemberState(
        in.id(),
        in.url(),
        in.source(),
        in.country(),
        in.language(),
        in.time(),
        arrivals,
        in.dupGroup(),
        in.title(),
        List.copyOf(citations.subList(0, Math.min(cap, citations.size()))),
        List.copyOf(links.subList(0, Math.min(cap, links.size()))));
  }

  private void merge(StoryState s, LinkedHashMap<String, Cell> centroid, Vector v) {
    for (int i = 0; i < v.keys.length; i++) {
      String k = v.keys[i];
      Cell c = centroid.get(k);
      if (c == null) {
        boolean held = s.words.size() > 1 && s.holds(k);
        c = new Cell(v.df[i] == null ? frequency(k) : v.df[i], k.startsWith(WORD));
        centroid.put(k, c);
        // Anchors are in one centroid only; a word can be in another language's too.
        if (!held) c.df.post(s);
      }
      c.sum += v.raw[i];
    }
    int cap = config.maxFeaturesPerStory();
    if (centroid.size() > cap) {
      // Prune to 80% of the cap, so that a full story does not sort at every member.
      double[] rank = new double[centroid.size()];
      String[] keys = new String[rank.length];
      int i = 0;
      for (Map.Entry<String, Cell> e : centroid.entrySet()) {
        Cell c = e.getValue();
        rank[i] = c.sum * idfOf(c.df.n);
        keys[i++] = e.getKey();
      }
      int drop = centroid.size() - Math.max(1, cap * 4 / 5);
      boolean[] chosen = lowest(rank, keys, drop);
      List<String> dropped = new ArrayList<>(drop);
      for (int j = 0; j < keys.length; j++) {
        if (chosen[j]) dropped.add(keys[j]);
      }
      for (String k : dropped) {
        Cell c = centroid.remove(k);
        if (!s.holds(k)) {
          c.df.unpost(s);
        }
      }
    }
  }

  /** The live stories holding each feature in a centroid, in order (a copy, for tests). */
  Map<String, List<StoryState>> postings() {
    Map<String, List<StoryState>> out = new HashMap<>();
    df.forEach(
        (k, f) -> {
          if (f.storyCount > 0) out.put(k, f.postings());
        });
    return out;
  }

  /**
   * Calls {@code action} once for the frequency of each feature {@code s} holds: a word in the
   * centroids of two languages is one posting, and is passed once.
   */
  private void forEachFrequency(StoryState s, java.util.function.Consumer<Frequency> action) {
    for (Cell c : s.anchors.values()) {
      action.accept(c.df);
    }
    long visit = ++visits;
    for (LinkedHashMap<String, Cell> centroid : s.words.values()) {
      for (Cell c : centroid.values()) {
        if (c.df.visit != visit) {
          c.df.visit = visit;
          action.accept(c.df);
        }
      }
    }
  }

  private void evictExpired(List<Story> evicted) {
    // Two windows: an article published within the window of a story but arriving up to a window
    // later than the newest article seen (a slow feed, a late fetch) still finds the story.
    Instant limit = latest.peek().minus(config.window()).minus(config.window());
    while (!byLast.isEmpty() && byLast.first().lastTime.isBefore(limit)) {
      evict(byLast.first(), evicted);
    }
  }

  private void evict(StoryState s, List<Story> evicted) {
    if (evicted != null) evicted.add(view(s));
    byLast.remove(s);
    live.remove(s.seq);
    byId.remove(s.id);
    forEachFrequency(s, f -> f.unpost(s));
    for (String g : s.dupGroups) {
      dupGroups.remove(g, s.seq);
    }
  }

  // ---- views

  private Story view(StoryState s) {
    List<MemberState> timeline = s.timeline().stream().sorted(StoryState.BY_TIME).toList();
    Map<String, String> byUrl = new HashMap<>();
    Map<String, List<String>> groups = new TreeMap<>();
    for (MemberState m : timeline) {
      if (m.url() != null) {
        byUrl.putIfAbsent(urlKey(m.url()), m.id());
      }
      if (m.dupGroup() != null) {
        groups.computeIfAbsent(m.dupGroup(), g -> new ArrayList<>()).add(m.id());
      }
    }
    groups.values().removeIf(g -> g.size() < 2);
    Set<Story.Edge> edges = new LinkedHashSet<>();
    for (MemberState m : timeline) {
      for (Citation c : m.citations()) {
        String target = c.url() != null ? byUrl.get(urlKey(c.url())) : null;
        if (target != null && !target.equals(m.id())) {
          edges.add(new Story.Edge(m.id(), target, Story.Edge.Kind.LINKS_MEMBER));
        } else {
          String to = c.name() != null && !c.name().isBlank() ? c.name() : c.url();
          if (to != null) {
            edges.add(new Story.Edge(m.id(), to, Story.Edge.Kind.CITES));
          }
        }
      }
      for (String l : m.links()) {
        String target = byUrl.get(urlKey(l));
        if (target != null && !target.equals(m.id())) {
          edges.add(new Story.Edge(m.id(), target, Story.Edge.Kind.LINKS_MEMBER));
        }
      }
    }
    return new Story(
        s.id,
        s.first.view(),
        s.first.title(),
        s.size,
        timeline.stream().map(MemberState::view).toList(),
        s.size - timeline.size(),
        s.lastTime,
        List.copyOf(s.languages),
        List.copyOf(s.countries),
        List.copyOf(s.sources),
        groups,
        List.copyOf(edges),
        label(s));
  }

  /** Most entities, names and words shown in a label. */
  static final int LABEL_ENTITIES = 3, LABEL_NAMES = 2, LABEL_WORDS = 3;

  private List<String> label(StoryState s) {
    List<String> label = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, Double> anchors = sums(s.anchors);
    for (String e : top(anchors, ENTITY, LABEL_ENTITIES)) {
      label.add(e);
      seen.add(Tokens.fold(e));
    }
    for (String n : top(anchors, NAME, LABEL_NAMES + LABEL_ENTITIES)) {
      if (label.size() < LABEL_ENTITIES + LABEL_NAMES && seen.add(n)) {
        label.add(n);
      }
    }
    LinkedHashMap<String, Double> allWords = new LinkedHashMap<>();
    for (LinkedHashMap<String, Cell> c : s.words.values()) {
      c.forEach((k, v) -> allWords.merge(k, v.sum, Double::sum));
    }
    for (String w : top(allWords, WORD, LABEL_WORDS + label.size())) {
      if (seen.add(w) && label.size() < LABEL_ENTITIES + LABEL_NAMES + LABEL_WORDS) {
        label.add(w);
      }
    }
    return label;
  }

  private static Map<String, Double> sums(LinkedHashMap<String, Cell> centroid) {
    LinkedHashMap<String, Double> out = new LinkedHashMap<>();
    centroid.forEach((k, c) -> out.put(k, c.sum));
    return out;
  }

  private List<String> top(Map<String, Double> centroid, String prefix, int n) {
    return centroid.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && !stop(e.getKey()))
        .sorted(
            Comparator.comparingDouble(
                    (Map.Entry<String, Double> e) -> -e.getValue() * idf(e.getKey()))
                .thenComparing(Map.Entry::getKey))
        .limit(n)
        .map(e -> e.getKey().substring(prefix.length()))
        .toList();
  }

  // ---- snapshot

  /** The whole state, in the versioned format {@link #restore(byte[])} reads. */
  public byte[] snapshot() {
    return StorySnapshot.write(this);
  }

  /**
   * A clusterer in the state of a snapshot, with no embedder.
   *
   * @throws IllegalArgumentException if the bytes are not a story snapshot, are of another version,
   *     or are cut short
   */
  public static StoryClusterer restore(byte[] snapshot) {
    return restore(snapshot, null);
  }

  /** A clusterer in the state of a snapshot, with {@code embedder} (the one it was taken with). */
  public static StoryClusterer restore(byte[] snapshot, Embedder embedder) {
    return StorySnapshot.read(snapshot, embedder);
  }

  /** Rebuilds the indexes from the stories (after a restore). */
  void reindex() {
    for (StoryState s : live.values()) {
      byId.put(s.id, s);
      byLast.add(s);
      forEachFrequency(s, f -> f.post(s));
      for (String g : s.dupGroups) {
        dupGroups.put(g, s.seq);
      }
    }
  }
}
