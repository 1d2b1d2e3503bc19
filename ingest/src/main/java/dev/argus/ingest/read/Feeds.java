package dev.argus.ingest.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;

/** Reads RSS 0.9x/1.0/2.0 and Atom (with Rome) and JSON Feed (with Jackson). */
public final class Feeds {
  private Feeds() {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** Elements whose text may hold an entry's date, in the order they are tried. */
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "issued", "date", "updated", "modified", "created");

  /**
   * Parses a feed. Relative links are resolved against {@code url}. Entries without a usable link
   * are listed in {@link Feed#skipped()}; bad dates become null.
   *
   * <p>XML is parsed without its DOCTYPE (so no DTD and no external entity is ever read); a feed
   * that is not well-formed XML is healed once (HTML entities such as {@code &nbsp;}, bare
   * ampersands, control characters) before it is rejected.
   */
  public static Feed parse(byte[] body, String url) throws SourceFormatException {
    if (body == null || body.length == 0) {
      throw new SourceFormatException("empty feed" + at(url));
    }
    String text = XmlText.decode(body);
    if (text.startsWith("{")) {
      return parseJson(text, url);
    }
    if (!text.startsWith("<")) {
      throw new SourceFormatException("not a feed" + at(url) + ": it starts with " + head(text));
    }
    if ("html".equals(XmlText.rootName(text))) {
      throw new SourceFormatException("not a feed" + at(url) + ": it is an HTML page");
    }
    Document doc;
    try {
      doc = XmlText.parse(text);
    } catch (JDOMException e) {
      throw new SourceFormatException(
          "feed" + at(url) + " is not well-formed XML (" + XmlText.describe(e) + ")", e);
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput(false, Locale.US);
      input.setXmlHealerOn(false); // XmlText heals; Rome's healer only runs on Readers anyway
      feed = input.build(doc);
    } catch (FeedException | IllegalArgumentException e) {
      throw new SourceFormatException(
          "not a feed"
              + at(url)
              + ": root element <"
              + doc.getRootElement().getQualifiedName()
              + "> is not RSS or Atom",
          e);
    }
    return fromRome(feed, doc, url);
  }

  private static Feed fromRome(SyndFeed feed, Document doc, String url) {
    List<SyndEntry> entries = feed.getEntries();
    List<Element> raw = entryElements(doc);
    // Only trust the raw elements for date fallbacks when they line up with Rome's entries.
    boolean aligned = raw.size() == entries.size();
    List<FeedItem> items = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String title = clean(entry.getTitle());
      Links.Resolved link = link(entry, url);
      if (!link.ok()) {
        skipped.add(describeEntry(i, title) + ": " + link.problem());
        continue;
      }
      Instant published = instant(entry.getPublishedDate());
      if (published == null) {
        published = instant(entry.getUpdatedDate());
      }
      if (published == null && aligned) {
        published = rawDate(raw.get(i));
      }
      items.add(new FeedItem(link.url(), title, published));
    }
    return new Feed(feed.getFeedType(), clean(feed.getTitle()), siteUrl(feed, url), items, skipped);
  }

  /** The site's URL: an alternate link (Rome may report Atom's self link as the feed's link). */
  private static String siteUrl(SyndFeed feed, String base) {
    for (SyndLink l : feed.getLinks()) {
      if ((l.getRel() == null || l.getRel().equals("alternate"))) {
        String u = Links.absolute(base, l.getHref());
        if (u != null) {
          return u;
        }
      }
    }
    return Links.absolute(base, feed.getLink());
  }

  /** The entry's link: its link, an alternate link, or a guid/id that is an http(s) URL. */
  private static Links.Resolved link(SyndEntry entry, String base) {
    Links.Resolved first = Links.resolve(base, entry.getLink());
    if (first.ok()) {
      return first;
    }
    for (SyndLink l : entry.getLinks()) {
      String rel = l.getRel() == null ? "alternate" : l.getRel();
      if (rel.equals("alternate")) {
        Links.Resolved r = Links.resolve(base, l.getHref());
        if (r.ok()) {
          return r;
        }
      }
    }
    String uri = entry.getUri();
    if (uri != null && uri.strip().toLowerCase(Locale.ROOT).matches("https?://.+")) {
      Links.Resolved r = Links.resolve(base, uri);
      if (r.ok()) {
        return r;
      }
    }
    return first;
  }

  /** The item or entry elements of an RSS 0.9x/2.0, RSS 1.0 or Atom document, in order. */
  private static List<Element> entryElements(Document doc) {
    Element root = doc.getRootElement();
    List<Element> out = new ArrayList<>();
    switch (root.getName()) {
      case "rss" -> {
        for (Element channel : children(root, "channel")) {
          out.addAll(children(channel, "item"));
        }
        // Some RSS 0.9x files put items next to the channel rather than in it.
        out.addAll(children(root, "item"));
      }
      case "RDF" -> {
        out.addAll(children(root, "item"));
        for (Element channel : children(root, "channel")) {
          out.addAll(children(channel, "item"));
        }
      }
      case "feed" -> out.addAll(children(root, "entry"));
      default -> {}
    }
    return out;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Element e : parent.getChildren()) {
      if (e.getName().equals(localName)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Instant rawDate(Element entry) {
    for (String name : DATE_ELEMENTS) {
      for (Element child : entry.getChildren()) {
        if (child.getName().equals(name)) {
          Instant parsed = LenientDates.parse(child.getTextNormalize());
          if (parsed != null) {
            return parsed;
          }
        }
      }
    }
    return null;
  }

  private static Feed parseJson(String text, String url) throws SourceFormatException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new SourceFormatException(
          "feed" + at(url) + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null
        || !root.isObject()
        || !root.path("version").asText("").contains("jsonfeed.org")) {
      throw new SourceFormatException(
          "not a feed" + at(url) + ": a JSON document without a jsonfeed.org version");
    }
    List<FeedItem> items = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    JsonNode entries = root.path("items");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode item = entries.get(i);
      String title = clean(text(item, "title"));
      Links.Resolved link = Links.resolve(url, text(item, "url"));
      if (!link.ok()) {
        for (String other : List.of("external_url", "id")) {
          Links.Resolved r = Links.resolve(url, text(item, other));
          if (r.ok() && (!other.equals("id") || text(item, other).matches("(?i)\\s*https?://.+"))) {
            link = r;
            break;
          }
        }
      }
      if (!link.ok()) {
        skipped.add(describeEntry(i, title) + ": " + link.problem());
        continue;
      }
      Instant published = LenientDates.parse(text(item, "date_published"));
      if (published == null) {
        published = LenientDates.parse(text(item, "date_modified"));
      }
      items.add(new FeedItem(link.url(), title, published));
    }
    String siteUrl = Links.absolute(url, text(root, "home_page_url"));
    return new Feed("json_feed", clean(text(root, "title")), siteUrl, items, skipped);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }

  private static final Set<Character> MARKUP = Set.of('<', '&');

  /** A title as plain text: markup and entities decoded, whitespace collapsed; null if blank. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    boolean markup = false;
    for (int i = 0; i < s.length() && !markup; i++) {
      markup = MARKUP.contains(s.charAt(i));
    }
    String plain = markup ? Jsoup.parse(s).text() : s;
    plain = plain.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return plain.isEmpty() ? null : plain;
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  private static String describeEntry(int index, String title) {
    return "entry " + (index + 1) + (title == null ? "" : " \"" + Links.shorten(title) + "\"");
  }

  static String at(String url) {
    return url == null ? "" : " at " + url;
  }

  private static String head(String text) {
    String h = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return "\"" + h.replaceAll("\\s+", " ") + "\"";
  }
}
