package dev.argus.bench.speed;

import dev.argus.core.extract.ArticleExtractor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where Argus's time goes, stage by stage: the extractor reports the end of each stage and this
 * clock adds the time since the previous report (or since {@link #start()}) to that stage. Two
 * clock reads per stage cost well under a microsecond against a page's milliseconds.
 */
final class StageTimes implements ArticleExtractor.Laps {

  private final long[] nanos = new long[ArticleExtractor.Stage.values().length];
  private long pages;
  private long last;

  /** A page begins. */
  void start() {
    pages++;
    last = System.nanoTime();
  }

  @Override
  public void ended(ArticleExtractor.Stage stage) {
    long now = System.nanoTime();
    nanos[stage.ordinal()] += now - last;
    last = now;
  }

  /** Forgets what was timed so far (the warm-up). */
  void reset() {
    Arrays.fill(nanos, 0);
    pages = 0;
  }

  long pages() {
    return pages;
  }

  /** Milliseconds per page, by stage in their order, over the pages timed since the reset. */
  Map<String, Double> millisPerPage() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (ArticleExtractor.Stage s : ArticleExtractor.Stage.values()) {
      out.put(label(s), pages == 0 ? 0 : nanos[s.ordinal()] / 1e6 / pages);
    }
    return out;
  }

  static String label(ArticleExtractor.Stage s) {
    return switch (s) {
      case DECODE -> "decode";
      case PARSE -> "parse";
      case JSON_LD -> "JSON-LD";
      case METADATA -> "metadata";
      case CONTENT -> "content";
    };
  }
}
