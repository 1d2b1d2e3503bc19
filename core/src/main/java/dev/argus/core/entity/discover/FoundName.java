package dev.argus.core.entity.discover;

import java.util.List;

/**
 * A name accepted in one article: every span of it there, under one key that links the same name
 * across articles and languages.
 *
 * @param surface the canonical form: the one seen most often across the corpus
 * @param key the language-neutral key ({@link NameKeys#key})
 * @param type the type most cues voted for, across the corpus
 * @param spans every span of this name in the article, in text order, including short forms merged
 *     into it ("Barra" under "Hugo Barra")
 */
public record FoundName(String surface, String key, NameType type, List<NameSpan> spans) {

  public FoundName {
    spans = List.copyOf(spans);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a found name needs at least one span");
    }
  }
}
