package dev.argus.core.story;

import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.entity.discover.FoundName;
import dev.argus.core.entity.discover.NameSpan;
import dev.argus.core.model.Article;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Link;
import dev.argus.core.model.Mention;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the story clusterer reads of one article. Built by {@link #of} from the enrichment stages'
 * output, or directly by a runner that has the fields already (a distributed job).
 *
 * @param id the article's id, unique in the stream (its URL or path)
 * @param url the article's URL, or null: a member's link to it becomes a citation edge
 * @param source the site or domain that published it
 * @param country the source's country (ISO code), or null
 * @param language the article's language code; "und" when unknown
 * @param time when it was published, else when it was fetched
 * @param title the title, or null
 * @param text the main text, never null
 * @param entities the canonical names of the watch-list entities it mentions
 * @param names the keys of the open names found in it ({@link FoundName#key()}), other than the
 *     watch-list entities'
 * @param numbers its figures, normalised ({@code "4500"}, {@code "3.5"}); see {@link Numbers}
 * @param citations the sources it cites
 * @param links the URLs it links to from its main text
 * @param dupGroup its near-duplicate group, or null: members of one group share a story
 */
public record StoryInput(
    String id,
    String url,
    String source,
    String country,
    String language,
    Instant time,
    String title,
    String text,
    List<String> entities,
    List<String> names,
    List<String> numbers,
    List<Citation> citations,
    List<String> links,
    String dupGroup) {

  /** Longest id accepted, in chars. */
  public static final int MAX_ID_LENGTH = 2_048;

  /** How far in the future of the fetch time a published date may lie before it is distrusted. */
  static final Duration FUTURE_SLACK = Duration.ofDays(1);

  public StoryInput {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a story input needs a non-blank id");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "story input id is " + id.length() + " chars, over the limit of " + MAX_ID_LENGTH);
    }
    Objects.requireNonNull(time, "time");
    source = source == null || source.isBlank() ? "unknown" : source;
    language = language == null || language.isBlank() ? "und" : language;
    text = text == null ? "" : text;
    entities = clean(entities);
    names = clean(names);
    numbers = clean(numbers);
    citations = citations == null ? List.of() : List.copyOf(citations);
    links = clean(links);
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return List.of();
    }
    Set<String> kept = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        kept.add(v);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The input for an enriched and placed article.
   *
   * @param id the article's id (as given to {@link Corpus#place})
   * @param source the site or domain, or null for the host of the article's URL
   * @param country the source's country, or null
   * @param fetched when the article was fetched: its time when it gives no usable published date
   *     (none, unreadable, or more than a day after the fetch)
   */
  public static StoryInput of(
      String id, Enriched e, Corpus.Placed placed, String source, String country, Instant fetched) {
    Objects.requireNonNull(e, "enriched");
    Objects.requireNonNull(fetched, "fetched");
    Article a = e.article();
    List<String> entities = new ArrayList<>();
    for (Mention m : e.mentions()) {
      entities.add(m.entity());
    }
    List<String> names = new ArrayList<>();
    String dupGroup = null;
    if (placed != null) {
      for (FoundName n : placed.names()) {
        if (!overlapsMention(n, e.mentions())) {
          names.add(n.key());
        }
      }
      dupGroup = placed.dupGroup();
    }
    List<String> links = new ArrayList<>();
    for (Link l : a.links()) {
      links.add(l.url());
    }
    String language = e.language() != null ? e.language() : a.language();
    String numbersFrom = a.title() == null ? a.text() : a.title() + "\n" + a.text();
    return new StoryInput(
        id,
        a.url(),
        source != null ? source : host(a.url()),
        country,
        language,
        time(a.published(), fetched),
        a.title(),
        a.text(),
        entities,
        names,
        Numbers.find(numbersFrom),
        e.citations(),
        links,
        dupGroup);
  }

  /**
   * Whether a found name is (part of) a watch-list mention: the entity already counts, and one
   * thing counted twice would look like two shared features to the clusterer.
   */
  private static boolean overlapsMention(FoundName n, List<Mention> mentions) {
    for (NameSpan span : n.spans()) {
      for (Mention m : mentions) {
        if (span.start() < m.end() && m.start() < span.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The published instant (a day alone is read as its start in UTC), else {@code fetched}. */
  static Instant time(String published, Instant fetched) {
    if (published == null || published.isBlank()) {
      return fetched;
    }
    Instant t;
    String p = published.strip();
    try {
      if (p.length() == 10) {
        t = LocalDate.parse(p).atStartOfDay(ZoneOffset.UTC).toInstant();
      } else {
        t = OffsetDateTime.parse(p).toInstant();
      }
    } catch (DateTimeParseException ex) {
      return fetched;
    }
    return t.isAfter(fetched.plus(FUTURE_SLACK)) ? fetched : t;
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = new URI(url.strip()).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (Exception ex) {
      return null;
    }
  }
}
