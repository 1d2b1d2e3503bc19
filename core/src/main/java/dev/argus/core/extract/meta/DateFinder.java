package dev.argus.core.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.JsonLd;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Finds the publication and modification dates of a page. */
final class DateFinder {

  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "article.published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "date",
    "created",
    "article_date_original",
    "release_date",
    "og:release_date",
    "datecreated"
  };

  private static final String[] MODIFIED_META = {
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "modified_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "revised",
    "article.updated"
  };

  private DateFinder() {}

  record Result(String published, String modified) {}

  static Result find(PageScan scan, Ld ld, String url, String lang, java.time.ZoneId zone) {
    Dates.Value modified = modified(scan, ld);
    Dates.Value published = structured(scan, ld);
    if (published == null) published = timeElements(scan);
    if (published == null) published = Dates.fromUrl(url);
    if (published == null) published = dateElements(scan, lang);
    if (published == null) published = nearHeading(scan, lang);
    if (published == null) published = modified;
    published = Dates.localise(published, zone);
    modified = Dates.localise(modified, zone);
    return new Result(
        published == null ? null : published.iso(), modified == null ? null : modified.iso());
  }

  /** The earliest plausible day among JSON-LD, meta tags and microdata. */
  static Dates.Value structured(PageScan scan, Ld ld) {
    Dates.Value best = null;
    for (JsonNode a : ld.articles) {
      best = earlier(best, JsonLd.text(a, "datePublished"));
      best = earlier(best, JsonLd.text(a, "dateCreated"));
    }
    for (String k : PUBLISHED_META) best = earlier(best, scan.meta(k));
    for (PageScan.Hit h : scan.itemprops) {
      String p = h.element().attr("itemprop");
      if (p.equalsIgnoreCase("datePublished") || p.equalsIgnoreCase("dateCreated")) {
        best = earlier(best, machineValue(h.element()));
      }
    }
    if (best == null) {
      for (JsonNode a : ld.pages) best = earlier(best, JsonLd.text(a, "datePublished"));
    }
    return best;
  }

  static Dates.Value modified(PageScan scan, Ld ld) {
    for (JsonNode a : ld.articles) {
      Dates.Value v = valid(JsonLd.text(a, "dateModified"));
      if (v != null) return v;
    }
    for (String k : MODIFIED_META) {
      Dates.Value v = valid(scan.meta(k));
      if (v != null) return v;
    }
    for (PageScan.Hit h : scan.itemprops) {
      if (h.element().attr("itemprop").equalsIgnoreCase("dateModified")) {
        Dates.Value v = valid(machineValue(h.element()));
        if (v != null) return v;
      }
    }
    for (JsonNode a : ld.pages) {
      Dates.Value v = valid(JsonLd.text(a, "dateModified"));
      if (v != null) return v;
    }
    return null;
  }

  /** A time element: marked as the publication time, else the first one in the content. */
  static Dates.Value timeElements(PageScan scan) {
    Dates.Value marked = null;
    Dates.Value first = null;
    for (PageScan.Hit h : scan.times) {
      Element e = h.element();
      String cls = e.className().toLowerCase(Locale.ROOT);
      boolean updated = cls.contains("updated") || cls.contains("modified");
      Dates.Value v = valid(machineValue(e));
      if (v == null) continue;
      boolean isMarked =
          e.hasAttr("pubdate")
              || cls.contains("publish")
              || cls.contains("entry-date")
              || cls.contains("post-date")
              || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("published");
      if (isMarked && !updated) {
        marked = earlier(marked, v);
      } else if (!h.boilerplate() && !updated && first == null) {
        first = v;
      }
    }
    return marked != null ? marked : first;
  }

  /** Text of elements whose class or id speaks of a date, outside boilerplate. */
  static Dates.Value dateElements(PageScan scan, String lang) {
    for (PageScan.Hit h : scan.dateish) {
      if (h.boilerplate()) continue;
      Element e = h.element();
      String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (cls.contains("updated") || cls.contains("modified")) continue;
      String t = e.hasAttr("content") ? e.attr("content") : null;
      Dates.Value v = t == null ? null : valid(t);
      if (v == null) {
        String text = e.text();
        if (text.length() > 300) text = text.substring(0, 300);
        v = Dates.findInText(text, lang);
      }
      if (v != null) return v;
    }
    return null;
  }

  /** A written date close to the article's heading. */
  static Dates.Value nearHeading(PageScan scan, String lang) {
    int anchor = scan.anchor();
    if (anchor < 0) return null;
    Dates.Value v = Dates.findInText(scan.text, anchor - 600, anchor + 2500, lang);
    // The first h1, when the title came from elsewhere.
    if (v == null && scan.h1TextPos >= 0 && scan.h1TextPos != anchor) {
      v = Dates.findInText(scan.text, scan.h1TextPos - 600, scan.h1TextPos + 2500, lang);
    }
    return v;
  }

  static String machineValue(Element e) {
    if (e.hasAttr("datetime")) return e.attr("datetime");
    if (e.hasAttr("content")) return e.attr("content");
    return e.text();
  }

  private static Dates.Value valid(String s) {
    Dates.Value v = Dates.parseStructured(s);
    return v != null && Dates.plausible(v.day()) ? v : null;
  }

  private static Dates.Value earlier(Dates.Value best, String candidate) {
    return earlier(best, valid(candidate));
  }

  private static Dates.Value earlier(Dates.Value best, Dates.Value v) {
    if (v == null) return best;
    if (best == null || v.day().isBefore(best.day())) return v;
    if (v.day().equals(best.day()) && v.iso().length() > best.iso().length()) return v;
    return best;
  }
}
