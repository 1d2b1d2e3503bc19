package dev.argus.core.entity.watch;

import java.util.ArrayList;
import java.util.List;

/**
 * One watched entity. {@code aliases} always starts with the canonical {@code name} itself. A
 * mention needs at least one {@code context} phrase near it when {@code context} is not empty (see
 * {@link WatchListMatcher#CONTEXT_WINDOW}), and is dropped when it lies inside or overlaps a match
 * of one of the {@code exclude} phrases.
 */
public record WatchEntry(
    String name,
    EntityType type,
    List<Phrase> aliases,
    List<Phrase> context,
    List<Phrase> exclude) {

  public WatchEntry {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is missing");
    if (type == null) throw new IllegalArgumentException("type is missing for " + name);
    name = name.strip();
    List<Phrase> all = new ArrayList<>();
    if (aliases == null || aliases.isEmpty() || !aliases.get(0).text().strip().equals(name)) {
      all.add(Phrase.of(name));
    }
    if (aliases != null) all.addAll(aliases);
    aliases = List.copyOf(all);
    context = context == null ? List.of() : List.copyOf(context);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }

  /** An entry whose aliases are {@code name} and {@code aliases}, with default case rules. */
  public static WatchEntry of(String name, EntityType type, String... aliases) {
    List<Phrase> list = new ArrayList<>();
    list.add(Phrase.of(name));
    for (String a : aliases) list.add(Phrase.of(a));
    return new WatchEntry(name, type, list, List.of(), List.of());
  }
}
