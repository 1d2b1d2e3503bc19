package dev.argus.alerts;

import dev.argus.alerts.Notification.ArticleRef;
import dev.argus.alerts.Notification.Kind;
import dev.argus.alerts.Notification.StoryItem;
import dev.argus.store.StoredArticle;
import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.monitor.BatchMatches;
import dev.argus.store.monitor.MatchedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides what the alerts say about a committed batch: a pure function of the alerts, what they
 * already said about each story, the batch and its matches. No I/O; {@link Alerts} loads the state
 * and stores the outcome.
 *
 * <p><b>Once per story.</b> The first time an article of a story matches an alert, the alert says
 * "new story", listing that story's matching articles of the batch (syndicated copies share the
 * story, so they are listed, not announced one by one). Later articles of a known story say nothing
 * unless they bring a language or a country the story had not reached for that alert: then an
 * "update" lists the articles that brought it. An article without a story id is its own story (its
 * near-duplicate group, else its id).
 */
public final class Engine {

  private Engine() {}

  /** An alert's story, as a state key. */
  public record StoryKey(String alertId, String storyId) {}

  /** What an alert already said about a story: the languages and countries notified. */
  public record Seen(Set<String> languages, Set<String> countries) {
    public Seen {
      languages = Set.copyOf(languages);
      countries = Set.copyOf(countries);
    }
  }

  /**
   * The decision for one batch: notifications in batch order (for every alert, instant or digest: a
   * digest alert queues them), the new seen state of every story concerned, and how many articles
   * of the batch each alert matched (its volume, for spikes).
   */
  public record Outcome(
      List<Notification> notifications, Map<StoryKey, Seen> seen, Map<String, Integer> volume) {
    public Outcome {
      notifications = List.copyOf(notifications);
      seen = Map.copyOf(seen);
      volume = Map.copyOf(volume);
    }
  }

  /** The story an article belongs to: its story id, else its near-duplicate group, else itself. */
  public static String storyOf(StoredArticle a) {
    String s = a.text("storyId");
    if (s != null && !s.isBlank()) return s;
    String g = a.text("dupGroup");
    if (g != null && !g.isBlank()) return g;
    return a.id();
  }

  /**
   * Decides for one batch.
   *
   * @param alerts the alerts by id; matches of ids not here, or of disabled alerts, are ignored
   * @param seen what each alert already said about the batch's stories (missing: nothing yet)
   * @param batch the committed articles
   * @param matches the saved queries each article matched
   * @param now the time stamped on the notifications
   */
  public static Outcome decide(
      Map<String, Alert> alerts,
      Map<StoryKey, Seen> seen,
      List<StoredArticle> batch,
      BatchMatches matches,
      Instant now) {
    Map<String, StoredArticle> byId = new HashMap<>();
    for (StoredArticle a : batch) byId.put(a.id(), a);
    // alert → story → the story's matching articles of the batch, in batch order
    Map<String, Map<String, Map<String, StoredArticle>>> groups = new LinkedHashMap<>();
    Map<String, Integer> volume = new LinkedHashMap<>();
    for (MatchedArticle m : matches.articles()) {
      StoredArticle a = byId.get(m.articleId());
      if (a == null) continue;
      for (String alertId : m.queryIds()) {
        Alert alert = alerts.get(alertId);
        if (alert == null || !alert.enabled()) continue;
        Map<String, StoredArticle> story =
            groups
                .computeIfAbsent(alertId, k -> new LinkedHashMap<>())
                .computeIfAbsent(storyOf(a), k -> new LinkedHashMap<>());
        if (story.putIfAbsent(a.id(), a) == null) volume.merge(alertId, 1, Integer::sum);
      }
    }
    List<Notification> out = new ArrayList<>();
    Map<StoryKey, Seen> updated = new HashMap<>();
    groups.forEach(
        (alertId, stories) -> {
          Alert alert = alerts.get(alertId);
          stories.forEach(
              (storyId, articles) -> {
                StoryKey key = new StoryKey(alertId, storyId);
                Seen before = seen.get(key);
                Set<String> languages =
                    new TreeSet<>(before == null ? Set.of() : before.languages());
                Set<String> countries =
                    new TreeSet<>(before == null ? Set.of() : before.countries());
                Set<String> newLanguages = new LinkedHashSet<>();
                Set<String> newCountries = new LinkedHashSet<>();
                List<ArticleRef> bringing = new ArrayList<>();
                for (StoredArticle a : articles.values()) {
                  String lang = a.text("language");
                  String country = ArticleDocuments.countryOf(a.fields());
                  boolean brings = false;
                  if (lang != null && !lang.isBlank() && languages.add(lang)) {
                    newLanguages.add(lang);
                    brings = true;
                  }
                  if (country != null && !country.isBlank() && countries.add(country)) {
                    newCountries.add(country);
                    brings = true;
                  }
                  if (before == null || brings) bringing.add(ArticleRef.of(a));
                }
                updated.put(key, new Seen(languages, countries));
                if (before != null && bringing.isEmpty()) return;
                Kind kind = before == null ? Kind.NEW : Kind.UPDATE;
                StoryItem item =
                    new StoryItem(
                        storyId,
                        kind,
                        bringing,
                        List.copyOf(newLanguages),
                        List.copyOf(newCountries));
                out.add(new Notification(alertId, alert.name(), kind, List.of(item), null, now, 0));
              });
        });
    return new Outcome(out, updated, volume);
  }
}
