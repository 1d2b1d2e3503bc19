package dev.argus.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * Reads OPML subscription lists (nested outlines flattened).
 *
 * <p>Parsed with the same hardened XML parser as feeds (the JDK's SAX parser through JDOM, DOCTYPE
 * removed and refused, so no DTD or external entity is read, and the same healing of HTML
 * entities). OPML files are small; a tree is fine.
 */
public final class Opml {
  private Opml() {}

  /**
   * One subscription.
   *
   * @param title the outline's {@code title}, else its {@code text}, or null
   * @param xmlUrl the feed's URL, or null for a site without a feed
   * @param htmlUrl the site's URL, or null
   */
  public record Outline(String title, String xmlUrl, String htmlUrl) {}

  /**
   * The outlines that have an {@code xmlUrl} or an {@code htmlUrl}, depth first in document order;
   * folders (outlines without either) are flattened away. Attribute names are matched without
   * regard to case ({@code xmlurl} is common). Relative or non-http(s) URLs are dropped.
   */
  public static List<Outline> parse(byte[] body) throws SourceFormatException {
    if (body == null || body.length == 0) {
      throw new SourceFormatException("empty OPML document");
    }
    Document doc;
    try {
      doc = XmlText.parse(XmlText.decode(body));
    } catch (JDOMException e) {
      throw new SourceFormatException(
          "OPML is not well-formed XML (" + XmlText.describe(e) + ")", e);
    }
    Element root = doc.getRootElement();
    if (!root.getName().equalsIgnoreCase("opml")) {
      throw new SourceFormatException("not OPML: root element <" + root.getQualifiedName() + ">");
    }
    List<Outline> out = new ArrayList<>();
    for (Element child : root.getChildren()) {
      if (child.getName().equalsIgnoreCase("body")) {
        collect(child, out);
      }
    }
    return out;
  }

  private static void collect(Element parent, List<Outline> out) {
    for (Element e : parent.getChildren()) {
      if (!e.getName().equalsIgnoreCase("outline")) {
        continue;
      }
      String xmlUrl = Links.absolute(null, attr(e, "xmlUrl"));
      String htmlUrl = Links.absolute(null, attr(e, "htmlUrl"));
      if (xmlUrl != null || htmlUrl != null) {
        String title = Feeds.clean(attr(e, "title"));
        if (title == null) {
          title = Feeds.clean(attr(e, "text"));
        }
        out.add(new Outline(title, xmlUrl, htmlUrl));
      }
      collect(e, out);
    }
  }

  private static String attr(Element e, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Attribute a : e.getAttributes()) {
      if (a.getName().toLowerCase(Locale.ROOT).equals(lower)) {
        return a.getValue();
      }
    }
    return null;
  }
}
