package dev.argus.bench.speed;

import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Charsets;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.RawPage;
import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * The extractors raced against each other. Each turns one page's raw bytes into text and returns
 * the number of characters it produced (the caller sums them, so the JIT cannot drop the work).
 *
 * <p>Decoding is inside the timed region for every contender: all three start from the same raw
 * bytes. Argus detects the charset itself (that is part of its job); Readability4J and jsoup get
 * the bytes decoded by {@link Charsets#decode} (the same detector), timed as part of their page.
 * With {@code predecoded} set, the two peers get the string decoded before timing instead, which
 * favours them (Argus still pays for its own detection).
 */
public enum Contender {
  ARGUS("Argus") {
    private final ArticleExtractor extractor = ArticleExtractor.withDefaults();
    private final StageTimes stages = new StageTimes();

    @Override
    long run(SpeedPage page, String predecoded) {
      stages.start();
      Extraction e =
          extractor.extract(new RawPage(page.path(), page.url(), page.bytes(), null), stages);
      if (e instanceof Extraction.Ok ok) {
        String text = ok.article().text();
        return text == null ? 0 : text.length();
      }
      throw new ExtractionFailed(((Extraction.Failed) e).reason());
    }

    @Override
    StageTimes stages() {
      return stages;
    }
  },
  READABILITY4J("Readability4J") {
    @Override
    long run(SpeedPage page, String predecoded) {
      String html = predecoded != null ? predecoded : Charsets.decode(page.bytes(), null).text();
      Article article = new Readability4J(page.url(), html).parse();
      String text = article.getTextContent();
      return text == null ? 0 : text.length();
    }
  },
  JSOUP("jsoup") {
    @Override
    long run(SpeedPage page, String predecoded) {
      String html = predecoded != null ? predecoded : Charsets.decode(page.bytes(), null).text();
      return Jsoup.parse(html, page.url()).text().length();
    }
  };

  private final String label;

  Contender(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Extracts one page; returns the length of the text. Throws when the contender fails on it.
   *
   * @param predecoded the page as text when the peers are given pre-decoded input, else null
   */
  abstract long run(SpeedPage page, String predecoded);

  /** The time of each of its stages, for a contender that reports them; else null. */
  StageTimes stages() {
    return null;
  }

  /** True when the contender takes its input as raw bytes even in pre-decoded mode. */
  boolean decodesItself() {
    return this == ARGUS;
  }

  public static Contender parse(String s) {
    String k = s.trim().toLowerCase(Locale.ROOT);
    for (Contender c : values()) {
      if (c.label.toLowerCase(Locale.ROOT).equals(k) || c.name().toLowerCase(Locale.ROOT).equals(k))
        return c;
    }
    throw new IllegalArgumentException(
        "unknown contender: " + s + " (argus, readability4j, jsoup)");
  }

  /** Argus never throws; a recorded failure counts as an error like a peer's exception. */
  static final class ExtractionFailed extends RuntimeException {
    ExtractionFailed(String reason) {
      super(reason, null, false, false);
    }
  }
}
