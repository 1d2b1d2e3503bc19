package dev.argus.bench.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * BCubed precision, recall and F1 of a predicted clustering against a gold one (Bagga and Baldwin,
 * 1998): for each item, precision is the share of its predicted cluster that shares its gold label,
 * recall the share of its gold cluster that shares its predicted cluster; both are averaged over
 * items. Written by hand: a few lines of counting, no library carries it.
 */
public final class BCubed {

  private BCubed() {}

  /**
   * The three figures and the number of items they average over.
   *
   * @param f1 the harmonic mean of the averaged precision and recall (0 when both are 0)
   */
  public record Score(double precision, double recall, double f1, int items) {

    /** The score of no items: all three figures are 1 (nothing was clustered wrongly). */
    public static final Score EMPTY = new Score(1, 1, 1, 0);

    static Score of(double precision, double recall, int items) {
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return new Score(precision, recall, f1, items);
    }
  }

  /**
   * Scores a clustering. Both maps go from item to cluster label; the items are the gold map's
   * keys.
   *
   * @throws IllegalArgumentException when an item of the gold map has no predicted cluster
   */
  public static Score score(Map<String, String> gold, Map<String, String> predicted) {
    if (gold.isEmpty()) return Score.EMPTY;
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    // Items in both one gold and one predicted cluster, keyed by the pair of labels.
    Map<Map.Entry<String, String>, Integer> overlap = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) {
        throw new IllegalArgumentException("no predicted cluster for " + e.getKey());
      }
      goldSize.merge(Objects.requireNonNull(e.getValue(), "gold label"), 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      overlap.merge(Map.entry(e.getValue(), p), 1, Integer::sum);
    }
    // Every item of a (gold, predicted) cell has the same per-item figures: sum cell by cell.
    double precision = 0, recall = 0;
    for (Map.Entry<Map.Entry<String, String>, Integer> cell : overlap.entrySet()) {
      double n = cell.getValue();
      precision += n * n / predictedSize.get(cell.getKey().getValue());
      recall += n * n / goldSize.get(cell.getKey().getKey());
    }
    int items = gold.size();
    return Score.of(precision / items, recall / items, items);
  }
}
