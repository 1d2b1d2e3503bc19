package dev.argus.core.enrich;

import dev.argus.core.dedup.Fingerprint;
import dev.argus.core.entity.discover.NameSpan;
import dev.argus.core.model.Article;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Mention;
import dev.argus.core.model.Quote;
import java.util.List;

/**
 * An article with what the enrichment stages found in it. {@code language} is the identified
 * language (text and declarations together, see {@link dev.argus.core.lang.LanguageIdentifier}),
 * which may differ from {@link Article#language()}, the page's own declaration. {@code tone} is the
 * article's tone in [-1, 1], or null when its language has no lexicon or no scored word. {@code
 * mentions} are the watch list's entities found in the text, each with the tone around it. {@code
 * quotes} are the quoted speech with its speakers, {@code citations} the sources the article cites
 * (outlets, agencies, links to other sites).
 */
public record Enriched(
    Article article,
    String language,
    double languageConfidence,
    Double tone,
    List<Mention> mentions,
    List<Quote> quotes,
    List<Citation> citations,
    List<NameSpan> nameCandidates,
    Fingerprint fingerprint) {

  public Enriched {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    citations = citations == null ? List.of() : List.copyOf(citations);
    nameCandidates = nameCandidates == null ? List.of() : List.copyOf(nameCandidates);
    fingerprint = fingerprint == null ? Fingerprint.EMPTY : fingerprint;
  }
}
