package dev.argus.core.enrich;

import dev.argus.core.model.Article;

/**
 * An article with what the enrichment stages found in it. {@code language} is the identified
 * language (text and declarations together, see {@link dev.argus.core.lang.LanguageIdentifier}),
 * which may differ from {@link Article#language()}, the page's own declaration. {@code tone} is the
 * article's tone in [-1, 1], or null when its language has no lexicon or no scored word.
 */
public record Enriched(Article article, String language, double languageConfidence, Double tone) {}
