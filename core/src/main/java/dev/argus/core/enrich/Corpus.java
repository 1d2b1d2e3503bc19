package dev.argus.core.enrich;

import dev.argus.core.dedup.NearDuplicateIndex;
import dev.argus.core.entity.discover.FoundName;
import dev.argus.core.entity.discover.NameStatistics;
import java.util.List;

/**
 * The enrichment state that spans articles: the near-duplicate index (which group a copy joins, and
 * which member was published first) and the corpus statistics that tell a name from a capitalised
 * word. The runner calls {@link #place} once per article, in arrival order, after the pure stages
 * ({@link Enricher}) have run; an article is judged against the articles placed before it, so a
 * name seen for the second time is accepted from then on, and {@code duplicateOf} names the
 * earliest-published copy seen so far.
 */
public final class Corpus {

  /** Where an article stands in the corpus. */
  public record Placed(String dupGroup, String duplicateOf, List<FoundName> names) {
    public Placed {
      names = names == null ? List.of() : List.copyOf(names);
    }
  }

  private final NearDuplicateIndex duplicates;
  private final NameStatistics names;

  public Corpus(NearDuplicateIndex duplicates, NameStatistics names) {
    this.duplicates = duplicates;
    this.names = names;
  }

  public static Corpus empty() {
    return new Corpus(NearDuplicateIndex.create(), new NameStatistics());
  }

  /**
   * Places one article.
   *
   * @param id the article's id in this corpus (its URL or path), 1 to {@value
   *     NearDuplicateIndex#MAX_ID_BYTES} UTF-8 bytes
   */
  public synchronized Placed place(String id, Enriched e) {
    String group = null;
    String duplicateOf = null;
    if (!e.fingerprint().isEmpty()) {
      NearDuplicateIndex.Result r = duplicates.add(id, e.article().published(), e.fingerprint());
      group = r.dupGroup();
      duplicateOf = r.duplicateOf();
    }
    names.observe(e.nameCandidates());
    return new Placed(group, duplicateOf, names.accept(e.nameCandidates()));
  }
}
