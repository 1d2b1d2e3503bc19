package dev.argus.core.extract;

import dev.argus.core.model.Article;

/** The outcome of extracting one page: an article, or a recorded failure with its reason. */
public sealed interface Extraction {

  record Ok(Article article) implements Extraction {}

  record Failed(String reason) implements Extraction {}

  static Extraction ok(Article article) {
    return new Ok(article);
  }

  static Extraction failed(String reason) {
    return new Failed(reason);
  }
}
