package dev.argus.core.model;

/**
 * A source an article cites: the raw material of provenance. {@code name} is the cited outlet,
 * agency or person as written ("Reuters", "Gizmochina"); {@code url} is the linked address when
 * the citation is a link, else {@code null}; {@code kind} says how it was cited.
 */
public record Citation(String name, String url, Kind kind) {

  public enum Kind {
    /** "via X", "(via X)". */
    VIA,
    /** "according to X", "selon X", "secondo X", "laut X", "según X". */
    ACCORDING_TO,
    /** "X reported", "X a révélé", "X berichtete". */
    REPORTED,
    /** "in an interview with X". */
    INTERVIEW,
    /** A link in the article body to another news site. */
    LINK
  }
}
