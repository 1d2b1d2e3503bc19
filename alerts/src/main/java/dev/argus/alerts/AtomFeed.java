package dev.argus.alerts;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An alert's Atom 1.0 feed (RFC 4287), so any feed reader can subscribe: one entry per
 * notification, linking to the articles. Written with the JDK's StAX writer, which escapes text;
 * Rome, which ingest uses to read feeds, would only add a model to fill for the same output.
 */
public final class AtomFeed {

  private static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /** A link of an entry: the article's URL and title. */
  public record Link(String href, String title) {}

  /**
   * One entry: a stable id (a URN), title, time, links to the articles and a plain-text summary.
   */
  public record Entry(String id, String title, Instant updated, List<Link> links, String summary) {
    public Entry {
      links = List.copyOf(links);
    }

    /** The entry a notification becomes. */
    public static Entry of(Notification n, String deliveryId) {
      List<Link> links = new ArrayList<>();
      for (Notification.StoryItem s : n.stories()) {
        for (Notification.ArticleRef a : s.articles()) links.add(new Link(a.url(), a.title()));
      }
      return new Entry(
          "urn:argus:delivery:" + deliveryId, n.subject(), n.time(), links, Messages.text(n));
    }
  }

  /** The feed of {@code alert} with {@code entries} (newest first), as XML. */
  public static String render(Alert alert, List<Entry> entries) {
    Instant updated = entries.isEmpty() ? alert.created() : entries.get(0).updated();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      element(x, "id", "urn:argus:alert:" + alert.id());
      element(x, "title", "Argus alert: " + alert.name());
      element(x, "subtitle", alert.query());
      element(x, "updated", updated.toString());
      x.writeStartElement("author");
      element(x, "name", "Argus");
      x.writeEndElement();
      element(x, "generator", "Argus");
      for (Entry e : entries) {
        x.writeStartElement("entry");
        element(x, "id", e.id());
        element(x, "title", e.title());
        element(x, "updated", e.updated().toString());
        boolean first = true;
        for (Link l : e.links()) {
          x.writeEmptyElement("link");
          // The first article is the entry's link; the others are related.
          x.writeAttribute("rel", first ? "alternate" : "related");
          x.writeAttribute("href", l.href());
          if (l.title() != null) x.writeAttribute("title", l.title());
          first = false;
        }
        x.writeStartElement("summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(e.summary());
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text == null ? "" : text);
    x.writeEndElement();
  }
}
