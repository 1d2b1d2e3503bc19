package dev.argus.core.story;

import java.util.List;

/**
 * Where {@link StoryClusterer#add} put an article.
 *
 * @param articleId the article's id
 * @param storyId the story it joined or started
 * @param reason why it went there
 * @param similarity the article's similarity to the story it joined, in [0, 1]; 0 for a new story
 *     and for a join by near-duplicate group
 * @param evicted the final views of the stories this call evicted (two windows behind the newest
 *     article, or over the live-story limit): no article joins them any more, and {@link
 *     StoryClusterer#story} no longer knows them
 */
public record Assignment(
    String articleId, String storyId, Reason reason, double similarity, List<Story> evicted) {

  public Assignment {
    evicted = List.copyOf(evicted);
  }

  /** Whether the article started a story. */
  public boolean created() {
    return reason == Reason.NEW;
  }

  /** Why an article went to its story. */
  public enum Reason {
    /** No live story was similar enough: it started one. */
    NEW,
    /** Similar words (in its language) and shared entities, names, numbers and sources. */
    SIMILAR,
    /**
     * Shared entities, names, numbers and sources only: the story's members use other languages.
     */
    SHARED_ANCHORS,
    /** A near-duplicate of a member. */
    DUP_GROUP
  }
}
