package dev.argus.alerts;

import dev.argus.store.StoredArticle;
import dev.argus.store.monitor.BatchMatches;
import dev.argus.store.monitor.SavedQueries;
import dev.argus.store.monitor.SavedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts' queries in the store's {@link SavedQueries}, kept in memory and rebuilt from the
 * alerts database when opened. The database is the record: a folder-backed set would hold Lucene's
 * write lock, so {@code argus alerts add} could not run beside a running {@code argus watch}; this
 * way the watcher picks new alerts up at its next batch.
 */
public final class SavedQueriesMatcher implements Matcher {

  private SavedQueries queries; // made at the first sync
  private final Map<String, String> registered = new HashMap<>(); // id → query

  @Override
  public synchronized void sync(List<Alert> alerts) throws IOException {
    if (queries == null) queries = SavedQueries.inMemory();
    Map<String, String> wanted = new HashMap<>();
    for (Alert a : alerts) if (a.enabled()) wanted.put(a.id(), a.query());
    List<SavedQuery> add = new ArrayList<>();
    wanted.forEach(
        (id, q) -> {
          if (!q.equals(registered.get(id))) add.add(new SavedQuery(id, q));
        });
    for (String id : List.copyOf(registered.keySet())) {
      if (!wanted.containsKey(id)) {
        queries.remove(id);
        registered.remove(id);
      }
    }
    if (!add.isEmpty()) {
      queries.registerAll(add);
      for (SavedQuery q : add) registered.put(q.id(), q.query());
    }
  }

  @Override
  public BatchMatches match(List<StoredArticle> batch) throws IOException {
    if (queries == null) throw new IllegalStateException("sync before matching");
    return queries.match(batch);
  }

  @Override
  public int maxBatch() {
    return SavedQueries.Options.defaults().maxBatch();
  }

  @Override
  public synchronized void close() throws IOException {
    if (queries != null) queries.close();
  }
}
