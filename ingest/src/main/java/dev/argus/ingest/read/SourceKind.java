package dev.argus.ingest.read;

/** What a source URL is. */
public enum SourceKind {
  FEED,
  SITEMAP,
  SITE
}
