package dev.argus.core.extract;

import dev.argus.core.extract.meta.Metadata;
import org.jsoup.nodes.Document;

/** Finds the main text of a page. Placeholder: the whole body text. */
final class ContentExtractor {
  private ContentExtractor() {}

  static String extract(Document doc, Metadata meta, JsonLd jsonLd) {
    return doc.body() == null ? "" : doc.body().text();
  }
}
