package dev.argus.alerts;

import dev.argus.store.StoredArticle;
import dev.argus.store.index.ArticleDocuments;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an alert says, whatever the channel: its kind, the stories concerned (one for a new story or
 * an update, several for a digest, none for a spike), and the spike's figures when it is one. The
 * webhook's JSON body is this record (with the delivery id), so its field names are an API. A
 * digest lists at most {@link Alerts#MAX_DIGEST_STORIES} stories; {@code moreStories} counts the
 * rest.
 */
public record Notification(
    String alertId,
    String alertName,
    Kind kind,
    List<StoryItem> stories,
    Spike spike,
    Instant time,
    int moreStories) {

  /** What kind of news it is. */
  public enum Kind {
    /** The first article of a story that matches the alert. */
    NEW,
    /** A known story reached a language or a country it had not reached before. */
    UPDATE,
    /** The period's stories, for a daily or weekly alert. */
    DIGEST,
    /** The alert's daily volume rose well above its own baseline. */
    SPIKE,
    /** A sample sent by {@code argus alerts test}. */
    TEST
  }

  public Notification {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(kind, "kind");
    stories = List.copyOf(stories);
    Objects.requireNonNull(time, "time");
    if (moreStories < 0) throw new IllegalArgumentException("moreStories < 0");
  }

  /** The ids of every article the notification lists. */
  public List<String> articleIds() {
    return stories.stream().flatMap(s -> s.articles().stream()).map(ArticleRef::id).toList();
  }

  /** The story id when it concerns one story, else null. */
  public String storyId() {
    return stories.size() == 1 ? stories.get(0).storyId() : null;
  }

  /** A one-line subject: "[argus] NAME: new story: TITLE", "… digest: 3 stories" …. */
  public String subject() {
    String head = "[argus] " + alertName + ": ";
    return switch (kind) {
      case NEW -> head + "new story: " + firstTitle();
      case UPDATE ->
          head
              + "story reached "
              + String.join(", ", stories.get(0).reached())
              + ": "
              + firstTitle();
      case DIGEST -> {
        int n = stories.size() + moreStories;
        yield head + "digest: " + n + (n == 1 ? " story" : " stories");
      }
      case SPIKE ->
          head
              + "spike: "
              + spike.count()
              + " articles on "
              + spike.day()
              + " (baseline "
              + String.format(java.util.Locale.ROOT, "%.1f", spike.mean())
              + ")";
      case TEST -> head + "test delivery";
    };
  }

  private String firstTitle() {
    if (stories.isEmpty() || stories.get(0).articles().isEmpty()) return "(no title)";
    String t = stories.get(0).articles().get(0).title();
    return t == null || t.isBlank() ? stories.get(0).articles().get(0).url() : t;
  }

  /**
   * One story of a notification: its id, whether it is new or an update, the articles concerned,
   * and the languages and countries it newly reached (all of its own for a new story).
   */
  public record StoryItem(
      String storyId,
      Kind kind,
      List<ArticleRef> articles,
      List<String> newLanguages,
      List<String> newCountries) {
    public StoryItem {
      articles = List.copyOf(articles);
      newLanguages = List.copyOf(newLanguages);
      newCountries = List.copyOf(newCountries);
    }

    /** The new languages and countries, for a subject line. */
    List<String> reached() {
      java.util.List<String> out = new java.util.ArrayList<>(newLanguages);
      out.addAll(newCountries);
      return out;
    }
  }

  /** The figures behind a spike: the day's count against the previous days' mean and deviation. */
  public record Spike(String day, long count, double mean, double stddev, int baselineDays) {}

  /** An article as a notification lists it. */
  public record ArticleRef(
      String id,
      String title,
      String url,
      String source,
      String language,
      String country,
      String published) {

    /** The fields a notification shows, from a stored article. */
    public static ArticleRef of(StoredArticle a) {
      String url = a.text("url");
      return new ArticleRef(
          a.id(),
          a.text("title"),
          url != null ? url : a.id(),
          ArticleDocuments.sourceOf(a.fields()),
          a.text("language"),
          ArticleDocuments.countryOf(a.fields()),
          a.text("published"));
    }
  }
}
