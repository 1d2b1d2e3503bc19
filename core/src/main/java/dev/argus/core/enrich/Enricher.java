package dev.argus.core.enrich;

import dev.argus.core.cite.CitationFinder;
import dev.argus.core.dedup.Fingerprint;
import dev.argus.core.entity.discover.NameFinder;
import dev.argus.core.entity.watch.WatchListMatcher;
import dev.argus.core.lang.Declared;
import dev.argus.core.lang.Identified;
import dev.argus.core.lang.LanguageIdentifier;
import dev.argus.core.model.Article;
import dev.argus.core.model.Mention;
import dev.argus.core.quote.QuoteFinder;
import dev.argus.core.tone.ToneScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The per-article enrichment stages after extraction, composed in order: language first, because
 * the later stages read text by language. A pure function of the article: the embedded runner and a
 * distributed job call the same {@link #enrich}. Stateful stages across articles (near-duplicate
 * grouping) run after it, in the runner. Immutable and safe to share between threads.
 */
public final class Enricher {

  private final LanguageIdentifier languages;
  private final ToneScorer tone;
  private final WatchListMatcher watchList;
  private final boolean corpusInputs;

  /**
   * @param watchList the compiled watch list, or null to find no mentions
   */
  public Enricher(LanguageIdentifier languages, ToneScorer tone, WatchListMatcher watchList) {
    this(languages, tone, watchList, true);
  }

  private Enricher(
      LanguageIdentifier languages,
      ToneScorer tone,
      WatchListMatcher watchList,
      boolean corpusInputs) {
    this.languages = Objects.requireNonNull(languages, "languages");
    this.tone = Objects.requireNonNull(tone, "tone");
    this.watchList = watchList;
    this.corpusInputs = corpusInputs;
  }

  /** Every default stage: all languages Lingua knows, the bundled tone lexicons, no watch list. */
  public static Enricher withDefaults() {
    return new Enricher(LanguageIdentifier.shared(), ToneScorer.shared(), null);
  }

  /** The default stages with the language identifier limited to some languages. */
  public static Enricher forLanguages(LanguageIdentifier languages) {
    return new Enricher(languages, ToneScorer.shared(), null);
  }

  /** This enricher, also finding the entities of a watch list. */
  public Enricher withWatchList(WatchListMatcher watchList) {
    return new Enricher(languages, tone, watchList, corpusInputs);
  }

  /**
   * This enricher for a runner that places no article in a {@link Corpus}: it skips what only the
   * corpus reads (name candidates and the near-duplicate fingerprint), which is wasted work on a
   * hot path otherwise. Those fields of {@link Enriched} are then empty.
   */
  public Enricher withoutCorpusInputs() {
    return new Enricher(languages, tone, watchList, false);
  }

  /** The watch list's mentions, each with the tone of the sentences around it. */
  private List<Mention> mentions(String text, String language) {
    if (watchList == null) return List.of();
    List<Mention> found = watchList.find(text);
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      out.add(m.withTone(tone.scoreWindow(text, language, m.start(), m.end())));
    }
    return out;
  }

  public Enriched enrich(Article article) {
    Identified lang =
        languages.identify(article.title(), article.text(), Declared.htmlLang(article.language()));
    String text = article.text();
    String language = lang.language();
    return new Enriched(
        article,
        language,
        lang.confidence(),
        tone.score(text, language),
        mentions(text, language),
        QuoteFinder.find(article.title(), text, language),
        CitationFinder.find(text, language, article.links(), article.url()),
        corpusInputs ? NameFinder.findNames(text, language) : List.of(),
        corpusInputs ? Fingerprint.of(text) : Fingerprint.EMPTY);
  }
}
