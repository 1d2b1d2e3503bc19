package dev.argus.core.extract.meta;

import java.util.List;

/** What a page says about itself, apart from its main text. Absent values are null. */
public record Metadata(
    String title,
    List<String> authors,
    String published,
    String modified,
    String language,
    String siteName,
    String canonicalUrl,
    String description,
    String image) {

  public Metadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
