package dev.argus.core.story;

/**
 * Turns a text into a dense vector, for an extra similarity term in {@link StoryClusterer}: a
 * multilingual sentence-embedding model links articles whose words do not meet. Optional; core
 * ships none, so that it carries no model runtime. An implementation must be deterministic (the
 * same text gives the same vector) and give vectors of one fixed length.
 */
@FunctionalInterface
public interface Embedder {

  /** The vector of {@code text} (title and text of an article, joined by a newline). */
  float[] embed(String text);
}
