package dev.argus.core.story;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a {@link StoryClusterer}. {@link #defaults()} works for a news stream; the limits
 * bound the clusterer's memory and the work per article.
 *
 * @param window a story whose newest member is older than this before the article takes no new
 *     members; one whose newest member is two windows before the newest article seen is evicted
 * @param maxFeaturesPerArticle most features (words, entities, names, numbers, sources) read from
 *     one article: the highest weighted
 * @param maxFeaturesPerStory most features a story keeps per language for its words, and for its
 *     language-independent features: the highest weighted
 * @param maxLiveStories most stories held at once: past it, the one with the oldest newest member
 *     is evicted
 * @param maxMembersPerView most members a {@link Story} view lists: its first (by time) and the
 *     newest; the others are counted
 * @param maxCitationsPerMember most citations and links kept per member for the citation edges
 * @param maxCandidates most stories scored per article for its words, the ones sharing the most
 *     word weight, and as many for its anchors
 * @param maxPostings a feature carried by more live stories than this is too common to find
 *     candidates by
 * @param maxVocabulary most distinct features with a document frequency: past it every frequency is
 *     halved, and those that reach 0 are dropped
 * @param sameLanguageThreshold least blended similarity (words and shared features) to join a story
 *     with members in the article's language
 * @param crossLanguageThreshold least similarity of the language-independent features alone to join
 *     a story with no member in the article's language
 * @param minSharedAnchors least count of shared language-independent features for them to count at
 *     all, in either similarity: near misses (the same company, another event) share one
 * @param wordWeight weight of the word similarity in the blend
 * @param anchorWeight weight of the entity/name/number/source similarity in the blend
 * @param embeddingWeight weight of the embedding similarity, when an {@link Embedder} is given
 * @param stopFraction a word in more than this fraction of the articles is dropped as a function
 *     word, once {@code stopMinDocs} articles have been seen
 * @param stopMinDocs articles seen before the fraction above applies
 */
public record StoryConfig(
    Duration window,
    int maxFeaturesPerArticle,
    int maxFeaturesPerStory,
    int maxLiveStories,
    int maxMembersPerView,
    int maxCitationsPerMember,
    int maxCandidates,
    int maxPostings,
    int maxVocabulary,
    double sameLanguageThreshold,
    double crossLanguageThreshold,
    int minSharedAnchors,
    double wordWeight,
    double anchorWeight,
    double embeddingWeight,
    double stopFraction,
    int stopMinDocs) {

  public StoryConfig {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("story window must be positive, got " + window);
    }
    positive("maxFeaturesPerArticle", maxFeaturesPerArticle);
    positive("maxFeaturesPerStory", maxFeaturesPerStory);
    positive("maxLiveStories", maxLiveStories);
    positive("maxMembersPerView", maxMembersPerView);
    positive("maxCandidates", maxCandidates);
    positive("maxPostings", maxPostings);
    positive("maxVocabulary", maxVocabulary);
    positive("minSharedAnchors", minSharedAnchors);
    if (maxCitationsPerMember < 0) {
      throw new IllegalArgumentException("maxCitationsPerMember must be >= 0");
    }
    unit("sameLanguageThreshold", sameLanguageThreshold);
    unit("crossLanguageThreshold", crossLanguageThreshold);
    unit("stopFraction", stopFraction);
    if (!(wordWeight >= 0 && anchorWeight >= 0 && embeddingWeight >= 0)
        || wordWeight + anchorWeight == 0) {
      throw new IllegalArgumentException("similarity weights must be >= 0, words or anchors > 0");
    }
    if (stopMinDocs < 0) {
      throw new IllegalArgumentException("stopMinDocs must be >= 0");
    }
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  private static void unit(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
    }
  }

  /**
   * Three days, limits sized for a busy stream. The same-language threshold sits in the middle of
   * the range where our labelled fixtures cluster without a pairwise error (0.22 to 0.45; at 0.20 a
   * town's bus budget joins a strike in that town, at 0.50 recall drops to 0.87); the
   * cross-language threshold made no difference there from 0.15 to 0.60, because the two shared
   * anchors decide (see StoryClusteringEvaluationTest). A larger labelled set should move them.
   */
  public static StoryConfig defaults() {
    return new StoryConfig(
        Duration.ofDays(3),
        200,
        500,
        100_000,
        200,
        32,
        64,
        5_000,
        2_000_000,
        0.33,
        0.33,
        2,
        1.0,
        1.0,
        1.0,
        0.3,
        200);
  }

  public StoryConfig withWindow(Duration window) {
    return new StoryConfig(
        window,
        maxFeaturesPerArticle,
        maxFeaturesPerStory,
        maxLiveStories,
        maxMembersPerView,
        maxCitationsPerMember,
        maxCandidates,
        maxPostings,
        maxVocabulary,
        sameLanguageThreshold,
        crossLanguageThreshold,
        minSharedAnchors,
        wordWeight,
        anchorWeight,
        embeddingWeight,
        stopFraction,
        stopMinDocs);
  }

  /** These settings with other limits (features per article, live stories, members per view). */
  public StoryConfig withLimits(
      int maxFeaturesPerArticle, int maxLiveStories, int maxMembersPerView) {
    return new StoryConfig(
        window,
        maxFeaturesPerArticle,
        maxFeaturesPerStory,
        maxLiveStories,
        maxMembersPerView,
        maxCitationsPerMember,
        maxCandidates,
        maxPostings,
        maxVocabulary,
        sameLanguageThreshold,
        crossLanguageThreshold,
        minSharedAnchors,
        wordWeight,
        anchorWeight,
        embeddingWeight,
        stopFraction,
        stopMinDocs);
  }

  /** These settings with another vocabulary limit. */
  public StoryConfig withMaxVocabulary(int maxVocabulary) {
    return new StoryConfig(
        window,
        maxFeaturesPerArticle,
        maxFeaturesPerStory,
        maxLiveStories,
        maxMembersPerView,
        maxCitationsPerMember,
        maxCandidates,
        maxPostings,
        maxVocabulary,
        sameLanguageThreshold,
        crossLanguageThreshold,
        minSharedAnchors,
        wordWeight,
        anchorWeight,
        embeddingWeight,
        stopFraction,
        stopMinDocs);
  }

  /** These settings with other thresholds. */
  public StoryConfig withThresholds(
      double sameLanguageThreshold, double crossLanguageThreshold, int minSharedAnchors) {
    return new StoryConfig(
        window,
        maxFeaturesPerArticle,
        maxFeaturesPerStory,
        maxLiveStories,
        maxMembersPerView,
        maxCitationsPerMember,
        maxCandidates,
        maxPostings,
        maxVocabulary,
        sameLanguageThreshold,
        crossLanguageThreshold,
        minSharedAnchors,
        wordWeight,
        anchorWeight,
        embeddingWeight,
        stopFraction,
        stopMinDocs);
  }

  /** These settings with other candidate limits. */
  public StoryConfig withCandidates(int maxCandidates, int maxPostings) {
    return new StoryConfig(
        window,
        maxFeaturesPerArticle,
        maxFeaturesPerStory,
        maxLiveStories,
        maxMembersPerView,
        maxCitationsPerMember,
        maxCandidates,
        maxPostings,
        maxVocabulary,
        sameLanguageThreshold,
        crossLanguageThreshold,
        minSharedAnchors,
        wordWeight,
        anchorWeight,
        embeddingWeight,
        stopFraction,
        stopMinDocs);
  }

  /** These settings with other per-story limits (features per centroid, citations per member). */
  public StoryConfig withStoryLimits(int maxFeaturesPerStory, int maxCitationsPerMember) {
    return new StoryConfig(
        window,
        maxFeaturesPerArticle,
        maxFeaturesPerStory,
        maxLiveStories,
        maxMembersPerView,
        maxCitationsPerMember,
        maxCandidates,
        maxPostings,
        maxVocabulary,
        sameLanguageThreshold,
        crossLanguageThreshold,
        minSharedAnchors,
        wordWeight,
        anchorWeight,
        embeddingWeight,
        stopFraction,
        stopMinDocs);
  }
}
