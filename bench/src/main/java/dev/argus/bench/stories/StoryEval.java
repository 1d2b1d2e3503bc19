package dev.argus.bench.stories;

import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.story.StoryClusterer;
import dev.argus.core.story.StoryInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a labelled story set through the story pipeline as a stream runner would (enrichment, corpus
 * placement, clustering, in order of publication) and scores the stories with BCubed, within each
 * language and across all of them.
 */
public final class StoryEval {

  /** Fetch time of an article: ten minutes after its publication, as a crawler might see it. */
  static final long FETCH_DELAY_SECONDS = 600;

  private StoryEval() {}

  /**
   * One article's outcome.
   *
   * @param language the language the enricher identified (within-language scores group by it)
   */
  public record Result(StorySet.Labelled labelled, String language, String predicted) {}

  /** Clusters a set with a fresh corpus and a clusterer with the default configuration. */
  public static StoryEvalReport run(StorySet set, Enricher enricher) {
    return run(set, enricher, StoryClusterer.withDefaults());
  }

  /** Clusters a set with a fresh corpus and the given clusterer. */
  public static StoryEvalReport run(StorySet set, Enricher enricher, StoryClusterer clusterer) {
    Corpus corpus = Corpus.empty();
    List<StorySet.Labelled> order = new ArrayList<>(set.articles());
    order.sort(
        Comparator.comparing(StorySet.Labelled::published).thenComparing(StorySet.Labelled::id));
    List<Result> results = new ArrayList<>();
    for (StorySet.Labelled l : order) {
      Enriched e = enricher.enrich(l.article());
      Corpus.Placed placed = corpus.place(l.id(), e);
      Instant fetched = l.published().plusSeconds(FETCH_DELAY_SECONDS);
      StoryInput in = StoryInput.of(l.id(), e, placed, l.source(), l.country(), fetched);
      String story = clusterer.add(in).storyId();
      String language = e.language() == null ? "und" : e.language();
      results.add(new Result(l, language, story));
    }
    return score(results);
  }

  /** Scores results: across all articles and within each identified language. */
  public static StoryEvalReport score(List<Result> results) {
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    Map<String, Map<String, String>> goldBy = new TreeMap<>();
    Map<String, Map<String, String>> predictedBy = new TreeMap<>();
    for (Result r : results) {
      String id = r.labelled().id();
      gold.put(id, r.labelled().story());
      predicted.put(id, r.predicted());
      goldBy
          .computeIfAbsent(r.language(), k -> new LinkedHashMap<>())
          .put(id, r.labelled().story());
      predictedBy.computeIfAbsent(r.language(), k -> new LinkedHashMap<>()).put(id, r.predicted());
    }
    Map<String, StoryEvalReport.Language> languages = new LinkedHashMap<>();
    for (String lang : goldBy.keySet()) {
      Map<String, String> g = goldBy.get(lang);
      languages.put(
          lang,
          new StoryEvalReport.Language(
              lang,
              g.size(),
              (int) g.values().stream().distinct().count(),
              (int) predictedBy.get(lang).values().stream().distinct().count(),
              BCubed.score(g, predictedBy.get(lang))));
    }
    return new StoryEvalReport(
        results,
        BCubed.score(gold, predicted),
        List.copyOf(languages.values()),
        (int) gold.values().stream().distinct().count(),
        (int) predicted.values().stream().distinct().count());
  }
}
