package dev.argus.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Tells what a URL's content is: a feed, a sitemap, or a site home page (and its feeds). */
public final class SourceDetector {
  private SourceDetector() {}

  /** The {@code <link rel=alternate>} types that announce a feed. */
  private static final Set<String> FEED_TYPES =
      Set.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/feed+json",
          "application/json");

  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Detects from the body (sniffing the XML root or JSON, not trusting the content type alone). For
   * a home page, lists the feeds declared by {@code <link rel=alternate>} (RSS, Atom, JSON Feed),
   * resolved against {@code url}.
   *
   * <p>A body that is none of these (an empty body, JSON that is not a JSON Feed, an unknown XML
   * root) is reported as a SITE without feeds: the caller can still crawl it as pages.
   */
  public static Detection detect(String url, String contentType, byte[] body) {
    if (body == null || body.length == 0) {
      return new Detection(SourceKind.SITE, null, List.of());
    }
    byte[] data;
    try {
      data = Bodies.gunzipIfNeeded(body, Sitemaps.MAX_BYTES);
    } catch (IOException e) {
      return new Detection(SourceKind.SITE, null, List.of());
    }
    String text = XmlText.decode(data);
    if (text.startsWith("{")) {
      return detectJson(url, data, text);
    }
    String root = XmlText.rootName(text);
    if (root != null) {
      switch (root) {
        case "rss", "feed", "rdf" -> {
          return new Detection(SourceKind.FEED, feedTitle(data, url), List.of());
        }
        case "urlset", "sitemapindex" -> {
          return new Detection(SourceKind.SITEMAP, null, List.of());
        }
        default -> {}
      }
    } else if (isUrlList(text)) {
      return new Detection(SourceKind.SITEMAP, null, List.of());
    }
    return detectHtml(url, contentType, data);
  }

  private static Detection detectJson(String url, byte[] data, String text) {
    try {
      JsonNode root = Feeds.JSON.readTree(text);
      if (root != null && root.path("version").asText("").contains("jsonfeed.org")) {
        return new Detection(SourceKind.FEED, feedTitle(data, url), List.of());
      }
    } catch (IOException e) {
      // not JSON after all: treat as a page
    }
    return new Detection(SourceKind.SITE, null, List.of());
  }

  private static String feedTitle(byte[] data, String url) {
    try {
      return Feeds.parse(data, url).title();
    } catch (SourceFormatException e) {
      return null;
    }
  }

  /** A text sitemap: the first lines that are not blank are all http(s) URLs. */
  private static boolean isUrlList(String text) {
    int seen = 0;
    for (String line : text.lines().limit(50).toList()) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (!l.regionMatches(true, 0, "http://", 0, 7) && !l.regionMatches(true, 0, "https://", 0, 8)
          || l.contains(" ")) {
        return false;
      }
      seen++;
    }
    return seen > 0;
  }

  private static Detection detectHtml(String url, String contentType, byte[] data) {
    Document doc;
    try {
      doc =
          Jsoup.parse(new ByteArrayInputStream(data), charset(contentType), url == null ? "" : url);
    } catch (IOException | IllegalArgumentException e) {
      return new Detection(SourceKind.SITE, null, List.of());
    }
    Set<String> feeds = new LinkedHashSet<>();
    for (Element link : doc.select("link[rel][href][type]")) {
      boolean alternate = false;
      for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
        alternate |= rel.equals("alternate");
      }
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      int semi = type.indexOf(';');
      type = (semi >= 0 ? type.substring(0, semi) : type).strip();
      if (!alternate || !FEED_TYPES.contains(type)) {
        continue;
      }
      // jsoup honours <base href>; fall back to our resolver when it cannot resolve.
      String abs = link.absUrl("href");
      String resolved =
          abs.isEmpty() ? Links.absolute(url, link.attr("href")) : Links.absolute(null, abs);
      if (resolved != null) {
        feeds.add(resolved);
      }
    }
    String title = Feeds.clean(doc.title());
    return new Detection(SourceKind.SITE, title, new ArrayList<>(feeds));
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (m.find() && Charset.isSupported(m.group(1))) {
      return m.group(1);
    }
    return null;
  }

  /**
   * The {@code Sitemap:} lines of a robots.txt, as absolute URLs (relative ones resolved against
   * {@code robotsUrl}), without duplicates, in file order.
   */
  public static List<String> sitemapsFromRobots(byte[] robotsTxt, String robotsUrl) {
    if (robotsTxt == null || robotsTxt.length == 0) {
      return List.of();
    }
    BaseRobotRules rules =
        new SimpleRobotRulesParser()
            .parseContent(
                robotsUrl == null ? "http://localhost/robots.txt" : robotsUrl,
                robotsTxt,
                "text/plain",
                List.of("argus"));
    Set<String> out = new LinkedHashSet<>();
    for (String s : rules.getSitemaps()) {
      String abs = Links.absolute(robotsUrl, s);
      if (abs != null) {
        out.add(abs);
      }
    }
    return new ArrayList<>(out);
  }
}
