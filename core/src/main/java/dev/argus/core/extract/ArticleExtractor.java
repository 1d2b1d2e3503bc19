package dev.argus.core.extract;

import dev.argus.core.extract.meta.Metadata;
import dev.argus.core.extract.meta.MetadataExtractor;
import dev.argus.core.model.Article;
import dev.argus.core.model.RawPage;
import dev.argus.core.text.ScrapedTextCleaner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The extraction stage: one raw page in, one {@link Extraction} out. It is a pure function of its
 * input (no network, no disk) and is safe to call from many threads at once.
 *
 * <p>Limits are explicit: pages larger than {@link Limits#maxBytes()} (after gunzip) or with more
 * than {@link Limits#maxTags()} start tags are refused with a recorded reason, and the DOM is
 * parsed with a bounded nesting depth.
 */
public final class ArticleExtractor {

  /**
   * The limits one page is held to.
   *
   * @param maxBytes the largest page, after gunzip
   * @param maxDepth the deepest element nesting the parser builds; deeper elements become siblings
   * @param maxTags the most start tags a page may have. The parsed tree costs about 200 bytes per
   *     element whatever the page's size, so this bounds its memory: a 30 MB page of tiny elements
   *     would otherwise need over a gigabyte. The largest of the 990 dev pages has about 10,000.
   */
  public record Limits(int maxBytes, int maxDepth, int maxTags) {
    public static final Limits DEFAULT = new Limits(32 << 20, 512, 200_000);
  }

  private final Limits limits;

  public ArticleExtractor(Limits limits) {
    this.limits = limits;
  }

  public static ArticleExtractor withDefaults() {
    return new ArticleExtractor(Limits.DEFAULT);
  }

  public Limits limits() {
    return limits;
  }

  /** The stages of one page's extraction, in the order they run. */
  public enum Stage {
    /** Gunzip, the input checks and the charset decision, to text. */
    DECODE,
    /** The HTML parse, to a tree. */
    PARSE,
    /** Reading the page's JSON-LD. */
    JSON_LD,
    /** Title, authors, dates, language and the other metadata. */
    METADATA,
    /** The main text and its links (for plain-text input, the whole cleaning). */
    CONTENT
  }

  /**
   * Told as each stage of a page ends, so a caller can time the stages. The extractor reads no
   * clock itself; {@code argus bench extraction} passes one that does.
   */
  @FunctionalInterface
  public interface Laps {
    Laps NONE = stage -> {};

    void ended(Stage stage);
  }

  /** Extracts one page. Never throws: every problem becomes an {@link Extraction.Failed}. */
  public Extraction extract(RawPage page) {
    return extract(page, Laps.NONE);
  }

  /**
   * Extracts one page and reports the end of each stage it completes to {@code laps}. A page that
   * fails reports the stages before the failure.
   */
  public Extraction extract(RawPage page, Laps laps) {
    try {
      byte[] bytes = gunzipIfNeeded(page.body(), limits.maxBytes());
      if (bytes.length == 0) return Extraction.failed("empty input");
      if (bytes.length > limits.maxBytes()) {
        return Extraction.failed(
            "page too large: " + bytes.length + " bytes (limit " + limits.maxBytes() + ")");
      }
      if (looksBinary(bytes)) return Extraction.failed("not text: the input looks binary");
      String decoded = Charsets.decode(bytes, page.contentType()).text();
      laps.ended(Stage.DECODE);
      Article article;
      if (isPlainText(page)) {
        article = fromText(decoded, page.url());
        laps.ended(Stage.CONTENT);
      } else {
        article = fromHtml(decoded, page.url(), laps);
      }
      return Extraction.ok(article);
    } catch (InputException e) {
      return Extraction.failed(e.getMessage());
    } catch (StackOverflowError e) {
      return Extraction.failed("document nested too deeply");
    } catch (OutOfMemoryError e) {
      // The page's tree is garbage once this frame unwinds, so the run can go on; the page is
      // recorded, not dropped. The limits above make this rare (a heap far below a page's needs).
      return Extraction.failed(
          "out of memory extracting a page of " + page.body().length + " bytes");
    } catch (RuntimeException e) {
      return Extraction.failed("extraction failed: " + e);
    }
  }

  /** Extracts an HTML page already decoded to text. */
  public Article fromHtml(String html, String url) {
    return fromHtml(html, url, Laps.NONE);
  }

  private Article fromHtml(String html, String url, Laps laps) {
    Document doc = parse(html, url);
    laps.ended(Stage.PARSE);
    JsonLd jsonLd = JsonLd.of(doc, html);
    laps.ended(Stage.JSON_LD);
    Metadata meta = MetadataExtractor.extract(doc, url, jsonLd);
    laps.ended(Stage.METADATA);
    ContentExtractor.Content content = ContentExtractor.extract(doc, meta, jsonLd);
    laps.ended(Stage.CONTENT);
    return new Article(
        url,
        meta.title(),
        meta.authors(),
        meta.published(),
        meta.modified(),
        meta.language(),
        meta.siteName(),
        meta.canonicalUrl(),
        meta.description(),
        meta.image(),
        content.text(),
        content.links());
  }

  /** Extracts text a scraper already produced. */
  public Article fromText(String raw, String url) {
    ScrapedTextCleaner.Cleaned cleaned = ScrapedTextCleaner.clean(raw);
    return new Article(
        url,
        cleaned.title(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        cleaned.text(),
        List.of());
  }

  Document parse(String html, String url) {
    checkTags(html, limits.maxTags());
    Parser parser = Parser.htmlParser();
    parser.setTrackErrors(0);
    parser.settings(org.jsoup.parser.ParseSettings.htmlDefault);
    parser.setMaxDepth(limits.maxDepth());
    return parser.parseInput(html, url == null ? "" : url);
  }

  /**
   * Refuses markup with more than {@code maxTags} start tags ({@code <} then a letter), before the
   * parser builds them. A start tag takes at least three characters, so shorter pages are not
   * scanned at all.
   */
  static void checkTags(String html, int maxTags) {
    if (html.length() / 3 <= maxTags) return;
    int tags = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if (++tags > maxTags) {
          throw new InputException(
              "too many tags: more than the limit of " + maxTags + " start tags");
        }
      }
    }
  }

  private static boolean isPlainText(RawPage page) {
    String p = page.path() == null ? "" : page.path().toLowerCase(Locale.ROOT);
    if (p.endsWith(".gz")) p = p.substring(0, p.length() - 3);
    if (p.endsWith(".txt")) return true;
    String ct = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    return ct.startsWith("text/plain");
  }

  static byte[] gunzipIfNeeded(byte[] body, int maxBytes) {
    if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) return body;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      ByteArrayOutputStream out =
          new ByteArrayOutputStream((int) Math.min(body.length * 4L, maxBytes));
      byte[] buf = new byte[8192];
      int n;
      long total = 0;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new InputException("page too large after gunzip: over " + maxBytes + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (EOFException e) {
      throw new InputException("truncated gzip: the compressed data ends early");
    } catch (ZipException e) {
      throw new InputException("corrupt gzip: " + e.getMessage());
    } catch (IOException e) {
      throw new InputException("unreadable gzip: " + e.getMessage());
    }
  }

  /** NUL bytes or a high share of control characters in the head mean this is not a text page. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    if (Charsets.bomCharset(bytes) != null
        && Charsets.bomCharset(bytes).name().startsWith("UTF-16")) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) return true;
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
    }
    return control > n / 10;
  }

  /** A problem with the input itself, reported as the page's failure reason. */
  static final class InputException extends RuntimeException {
    InputException(String message) {
      super(message, null, false, false);
    }
  }
}
