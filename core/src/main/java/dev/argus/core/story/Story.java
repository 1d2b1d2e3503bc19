package dev.argus.core.story;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A view of one story at the time it was taken: who broke it, how it spread, who cited whom.
 *
 * @param id the story's id, stable for a given input order
 * @param first the member published first (by time, not by arrival; ties go to the earlier
 *     arrival): who broke the story
 * @param title the title of {@link #first}
 * @param size how many articles joined the story
 * @param timeline the members kept (the first and the newest, at most {@link
 *     StoryConfig#maxMembersPerView}), by time
 * @param omitted members left out of {@link #timeline} ({@code size - timeline.size()})
 * @param lastTime the time of the newest member
 * @param languages the languages of all members, sorted
 * @param countries the countries of all members that have one, sorted
 * @param sources the sources of all members, sorted
 * @param syndicated the near-duplicate groups with two or more members in the timeline: group →
 *     member ids by time
 * @param edges who cited whom, among the timeline's members
 * @param label the story's most weighted entities, names and words, for a heading
 */
public record Story(
    String id,
    Member first,
    String title,
    int size,
    List<Member> timeline,
    int omitted,
    Instant lastTime,
    List<String> languages,
    List<String> countries,
    List<String> sources,
    Map<String, List<String>> syndicated,
    List<Edge> edges,
    List<String> label) {

  public Story {
    timeline = List.copyOf(timeline);
    languages = List.copyOf(languages);
    countries = List.copyOf(countries);
    sources = List.copyOf(sources);
    TreeMap<String, List<String>> groups = new TreeMap<>();
    syndicated.forEach((g, ids) -> groups.put(g, List.copyOf(ids)));
    syndicated = Collections.unmodifiableMap(groups);
    edges = List.copyOf(edges);
    label = List.copyOf(label);
  }

  /** One article of a story. */
  public record Member(
      String id, String url, String source, String country, String language, Instant time) {}

  /**
   * One edge of the citation graph: {@code from} (a member's id) cites {@code to}: a source's name
   * or URL ({@link Kind#CITES}), or another member ({@link Kind#LINKS_MEMBER}, when a link or a
   * cited URL equals that member's URL).
   */
  public record Edge(String from, String to, Kind kind) {

    /** What an edge points to. */
    public enum Kind {
      CITES,
      LINKS_MEMBER
    }
  }
}
