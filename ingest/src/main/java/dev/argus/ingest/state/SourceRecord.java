package dev.argus.ingest.state;

import dev.argus.ingest.read.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A source as the crawl state keeps it.
 *
 * @param id stable numeric id
 * @param url the URL the user added
 * @param name a display name
 * @param kind feed, sitemap or site
 * @param endpoints what is polled: the feed or sitemap itself, or for a site the feeds and sitemaps
 *     found on it
 * @param every a fixed polling interval set by the user, or null to adapt
 * @param interval the current polling interval
 * @param nextDue when the source is next polled
 * @param added when it was added
 * @param lastFetch the last poll, or null
 * @param lastSuccess the last successful poll, or null
 * @param consecutiveErrors failed polls in a row
 * @param lastError the reason of the last failure, or null
 * @param country the country the user gave for the source (ISO 3166-1 alpha-2, upper case), or
 *     null: its articles are then placed by their domain's country code, when it has one
 */
public record SourceRecord(
    long id,
    String url,
    String name,
    SourceKind kind,
    List<String> endpoints,
    Duration every,
    Duration interval,
    Instant nextDue,
    Instant added,
    Instant lastFetch,
    Instant lastSuccess,
    int consecutiveErrors,
    String lastError,
    String country) {

  public SourceRecord {
    endpoints = List.copyOf(endpoints);
  }
}
