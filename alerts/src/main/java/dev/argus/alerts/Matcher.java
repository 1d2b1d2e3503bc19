package dev.argus.alerts;

import dev.argus.store.StoredArticle;
import dev.argus.store.monitor.BatchMatches;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Which alerts each article of a batch matches: the store's saved-query matcher in production
 * ({@link SavedQueriesMatcher}), anything in tests. Match ids are alert ids.
 */
public interface Matcher extends Closeable {

  /** Makes the matcher hold exactly the enabled alerts of {@code alerts}. */
  void sync(List<Alert> alerts) throws IOException;

  /** The alerts each article matches; at most {@link #maxBatch()} articles. */
  BatchMatches match(List<StoredArticle> batch) throws IOException;

  /** The most articles one {@link #match} takes. */
  int maxBatch();
}
