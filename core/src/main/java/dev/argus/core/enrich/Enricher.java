package dev.argus.core.enrich;

import dev.argus.core.cite.CitationFinder;
import dev.argus.core.dedup.Fingerprint;
import dev.argus.core.entity.discover.NameFinder;
import dev.argus.core.lang.Declared;
import dev.argus.core.lang.Identified;
import dev.argus.core.lang.LanguageIdentifier;
import dev.argus.core.model.Article;
import dev.argus.core.quote.QuoteFinder;
import dev.argus.core.tone.ToneScorer;
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

  public Enricher(LanguageIdentifier languages, ToneScorer tone) {
    this.languages = Objects.requireNonNull(languages, "languages");
    this.tone = Objects.requireNonNull(tone, "tone");
  }

  /** Every default stage: all languages Lingua knows, the bundled tone lexicons. */
  public static Enricher withDefaults() {
    return new Enricher(LanguageIdentifier.shared(), ToneScorer.shared());
  }

  /** The default stages with the language identifier limited to some languages. */
  public static Enricher forLanguages(LanguageIdentifier languages) {
    return new Enricher(languages, ToneScorer.shared());
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
        QuoteFinder.find(article.title(), text, language),
        CitationFinder.find(text, language, article.links(), article.url()),
        NameFinder.findNames(text, language),
        Fingerprint.of(text));
  }
}
