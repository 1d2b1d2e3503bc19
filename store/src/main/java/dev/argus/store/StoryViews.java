package dev.argus.store;

import dev.argus.core.story.Story;
import dev.argus.store.index.ArticleDocuments;
import dev.argus.store.index.Dates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A story's view built from its stored members: who broke it (the earliest published), how it
 * spread (members by time, with their sources, countries and languages), its syndicated copies
 * (members sharing a near-duplicate group) and who cited whom (the members' citations, and their
 * links to other members). Built from the store rather than kept by the clusterer, so a story's
 * view lasts as long as its articles do, long after it left the clusterer's time window. Pure: the
 * caller fetches the members.
 */
public final class StoryViews {

  /** Members a view lists; bigger stories keep the first ones and the newest ones. */
  public static final int MAX_TIMELINE = 500;

  /** Label entries: entities first, then open names. */
  static final int LABEL_SIZE = 6;

  private StoryViews() {}

  /** The view of story {@code id} from its members (in any order; at least one). */
  public static Story of(String id, List<StoredArticle> members) {
    if (members.isEmpty()) throw new IllegalArgumentException("story " + id + " has no members");
    List<Entry> entries = new ArrayList<>(members.size());
    for (StoredArticle a : members) entries.add(new Entry(a));
    // Ties (pages that give only the same day) go to the smaller id: the order the members were
    // read in (index order, or arrival through several ingest threads) is not stable.
    entries.sort(Comparator.comparing(Entry::time).thenComparing(e -> e.member().id()));
    List<Entry> kept = entries;
    if (entries.size() > MAX_TIMELINE) {
      kept = new ArrayList<>(entries.subList(0, MAX_TIMELINE / 2));
      kept.addAll(entries.subList(entries.size() - MAX_TIMELINE / 2, entries.size()));
    }
    Set<String> languages = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    Map<String, Integer> entityWeight = new HashMap<>();
    Map<String, Integer> nameWeight = new HashMap<>();
    for (Entry e : entries) {
      if (e.member.language() != null) languages.add(e.member.language());
      if (e.member.country() != null) countries.add(e.member.country());
      sources.add(e.member.source());
      for (Object m : list(e.article.fields().get("mentions"))) {
        if (m instanceof Map<?, ?> mm && mm.get("entity") instanceof String s) {
          entityWeight.merge(s, 1, Integer::sum);
        }
      }
      for (Object n : list(e.article.fields().get("names"))) {
        if (n instanceof Map<?, ?> nm && nm.get("name") instanceof String s) {
          nameWeight.merge(s, 1, Integer::sum);
        }
      }
    }
    Map<String, List<String>> groups = new TreeMap<>();
    Map<String, String> memberByUrl = new HashMap<>();
    for (Entry e : kept) {
      String group = e.article.text("dupGroup");
      if (group != null) groups.computeIfAbsent(group, g -> new ArrayList<>()).add(e.member.id());
      if (e.member.url() != null) memberByUrl.put(e.member.url(), e.member.id());
    }
    groups.values().removeIf(g -> g.size() < 2);
    List<Story.Edge> edges = new ArrayList<>();
    for (Entry e : kept) edges.addAll(edges(e, memberByUrl));
    Entry first = entries.get(0);
    return new Story(
        id,
        first.member,
        first.article.text("title"),
        entries.size(),
        kept.stream().map(Entry::member).toList(),
        entries.size() - kept.size(),
        entries.get(entries.size() - 1).time(),
        List.copyOf(languages),
        List.copyOf(countries),
        List.copyOf(sources),
        groups,
        edges,
        label(entityWeight, nameWeight));
  }

  /** Story {@code id} as the store has it now, if any article belongs to it. */
  public static java.util.Optional<Story> load(LuceneStore store, String id)
      throws java.io.IOException {
    List<StoredArticle> members = new ArrayList<>();
    store.export(
        new org.apache.lucene.search.TermQuery(
            new org.apache.lucene.index.Term(
                dev.argus.store.index.Schema.STORY, dev.argus.store.index.Schema.keyword(id))),
        Order.DATE,
        members::add);
    return members.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(of(id, members));
  }

  /**
   * The biggest stories among the articles matching {@code filter} (sizes count only those
   * articles; views hold every member), biggest first.
   */
  public static List<Story> biggest(
      LuceneStore store, org.apache.lucene.search.Query filter, int limit)
      throws java.io.IOException {
    Aggregations.Result r =
        store.withSearcher(
            s ->
                Aggregations.aggregate(
                    s, filter, List.of(dev.argus.store.index.Schema.STORY), limit, null));
    List<Story> out = new ArrayList<>();
    for (Aggregations.Count c : r.facets().get(dev.argus.store.index.Schema.STORY)) {
      load(store, c.value()).ifPresent(out::add);
    }
    return out;
  }

  private static List<Story.Edge> edges(Entry e, Map<String, String> memberByUrl) {
    Set<Story.Edge> out = new LinkedHashSet<>();
    String from = e.member.id();
    for (Object c : list(e.article.fields().get("citations"))) {
      if (!(c instanceof Map<?, ?> cm)) continue;
      String url = cm.get("url") instanceof String u ? u : null;
      String target = url != null ? memberByUrl.get(url) : null;
      if (target != null && !target.equals(from)) {
        out.add(new Story.Edge(from, target, Story.Edge.Kind.LINKS_MEMBER));
      } else if (cm.get("name") instanceof String name) {
        out.add(new Story.Edge(from, name, Story.Edge.Kind.CITES));
      }
    }
    for (Object l : list(e.article.fields().get("links"))) {
      if (l instanceof Map<?, ?> lm && lm.get("url") instanceof String u) {
        String target = memberByUrl.get(u);
        if (target != null && !target.equals(from)) {
          out.add(new Story.Edge(from, target, Story.Edge.Kind.LINKS_MEMBER));
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> label(Map<String, Integer> entities, Map<String, Integer> names) {
    List<String> out = new ArrayList<>();
    Comparator<Map.Entry<String, Integer>> byWeight =
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey());
    entities.entrySet().stream()
        .sorted(byWeight)
        .limit(LABEL_SIZE)
        .forEach(x -> out.add(x.getKey()));
    names.entrySet().stream()
        .sorted(byWeight)
        .filter(x -> !out.contains(x.getKey()))
        .limit(Math.max(0, LABEL_SIZE - out.size()))
        .forEach(x -> out.add(x.getKey()));
    return out;
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  /** A member with its stored article and its time. */
  private record Entry(StoredArticle article, Story.Member member, Instant time) {
    Entry(StoredArticle a) {
      this(a, member(a), timeOf(a));
    }

    private static Story.Member member(StoredArticle a) {
      Map<String, Object> f = a.fields();
      return new Story.Member(
          a.id(),
          a.text("url"),
          ArticleDocuments.sourceOf(f),
          ArticleDocuments.countryOf(f),
          a.text("language"),
          timeOf(a));
    }

    /** Published, else fetched, else ingested; undated members sort last. */
    private static Instant timeOf(StoredArticle a) {
      for (String field : new String[] {"published", "fetched", "ingested"}) {
        Long ms = Dates.millis(a.fields().get(field));
        if (ms != null) return Instant.ofEpochMilli(ms);
      }
      return Instant.MAX;
    }
  }
}
