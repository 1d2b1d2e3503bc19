package dev.argus.ingest.read;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads XML and text sitemaps, sitemap indexes and Google News sitemaps (crawler-commons).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Not strict: crawler-commons in strict mode drops every URL outside the sitemap's own folder
 *       and host, which loses {@code https://example.com/2025/a.html} listed by {@code
 *       https://example.com/sitemaps/news.xml} and {@code www.} or sub-domain variants. Any
 *       absolute http(s) URL is kept; callers that want a host policy apply it to the result.
 *   <li>Partial: a sitemap cut off mid-way (download limit, truncated gzip) yields the URLs before
 *       the break rather than nothing.
 *   <li>The format is sniffed from the bytes (gzip magic, then markup or not), not taken from the
 *       content type, which servers often get wrong ({@code application/octet-stream} for .xml.gz).
 * </ul>
 */
public final class Sitemaps {
  private Sitemaps() {}

  /** The most a sitemap may decompress to; the protocol's own limit is 50 MB. */
  static final long MAX_BYTES = 64L << 20;

  /** Parses a sitemap (gzip-compressed or not); {@code contentType} may be null. */
  public static Sitemap parse(byte[] body, String contentType, String url)
      throws SourceFormatException {
    if (body == null || body.length == 0) {
      throw new SourceFormatException("empty sitemap" + Feeds.at(url));
    }
    URL base;
    try {
      base = URI.create(Links.escape(url.strip())).toURL();
    } catch (IllegalArgumentException | MalformedURLException | NullPointerException e) {
      throw new SourceFormatException("sitemap URL is not valid: " + url, e);
    }
    byte[] data;
    try {
      data = Bodies.gunzipIfNeeded(body, MAX_BYTES);
    } catch (IOException e) {
      throw new SourceFormatException(
          "sitemap" + Feeds.at(url) + " is not readable gzip (" + e.getMessage() + ")", e);
    }
    String sniffed = looksLikeXml(data) ? "text/xml" : "text/plain";
    SiteMapParser parser = new SiteMapParser(false, true);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap parsed;
    try {
      parsed = parser.parseSiteMap(sniffed, data, base);
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      throw new SourceFormatException(
          "not a sitemap" + Feeds.at(url) + " (" + e.getMessage() + ")", e);
    }
    if (parsed instanceof SiteMapIndex index) {
      Set<String> children = new LinkedHashSet<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        String u = Links.absolute(url, child.getUrl().toString());
        if (u != null) {
          children.add(u);
        }
      }
      return new Sitemap.Index(new ArrayList<>(children));
    }
    List<FeedItem> items = new ArrayList<>();
    if (parsed instanceof SiteMap set) {
      for (SiteMapURL entry : set.getSiteMapUrls()) {
        String u = Links.absolute(url, entry.getUrl().toString());
        if (u != null) {
          items.add(item(u, entry));
        }
      }
    }
    return new Sitemap.UrlSet(items);
  }

  private static FeedItem item(String url, SiteMapURL entry) {
    String title = null;
    Instant published = null;
    ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata meta : news) {
        if (meta instanceof NewsAttributes n) {
          title = title != null ? title : Feeds.clean(n.getTitle());
          if (published == null && n.getPublicationDateTime() != null) {
            published = n.getPublicationDateTime().toInstant();
          }
        }
      }
    }
    if (published == null && entry.getLastModified() != null) {
      published = entry.getLastModified().toInstant();
    }
    return new FeedItem(url, title, published);
  }

  private static boolean looksLikeXml(byte[] data) {
    String head =
        new String(
            data, 0, Math.min(data.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '<') {
        return true;
      }
      // a UTF-8 BOM, UTF-16 zero bytes and whitespace come before the first '<'
      if (!Character.isWhitespace(c)
          && c != 0
          && c != 0xEF
          && c != 0xBB
          && c != 0xBF
          && c != 0xFE
          && c != 0xFF) {
        return false;
      }
    }
    return false;
  }
}
