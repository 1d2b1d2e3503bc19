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

  private static final java.util.Set<String> CREATED_META =
      java.util.Set.of("dc.date.created", "dcterms.created", "created", "datecreated");

  /** Keys of a publication time in a page's own script data (not JSON-LD). */
  private static final ScriptKeys SCRIPT_KEY =
      new ScriptKeys(
          "datePublished",
          "published_at",
          "publishedAt",
          "publishedDate",
          "publishDate",
          "publish_date",
          "publication_time",
          "firstPublished",
          "first_published_at",
          "pubDate");

  /** Keys of a record's creation time in a page's own script data: a last resort. */
  private static final ScriptKeys SCRIPT_CREATED_KEY =
      new ScriptKeys("createdAt", "created_at", "dateCreated", "creationDate");

  /**
   * Script data keys and the pattern of a quoted key with its quoted value ({@code "key":"value"}).
   * Scripts run to hundreds of kilobytes, and the pattern, which begins with a quote, is tried at
   * every quote of them; a match holds one of the key names, so the search starts at the first of
   * them and a script that names none is not searched at all. The result is the pattern's first
   * match, as a search from the start would find.
   */
  record ScriptKeys(java.util.regex.Pattern pattern, String[] names) {
    ScriptKeys(String... names) {
      this(
          java.util.regex.Pattern.compile(
              "[\"'](?:" + String.join("|", names) + ")[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']"),
          names);
    }

    /** The value of the first quoted key in the data, or null. */
    String find(String data) {
      int first = -1;
      for (String name : names) {
        int i = data.indexOf(name, 1);
        if (i > 0 && (first < 0 || i < first)) first = i;
      }
      if (first < 0) return null;
      // The match starts at the quote before the key name.
      java.util.regex.Matcher m = pattern.matcher(data);
      return m.find(first - 1) ? m.group(1) : null;
    }
  }

  /** Words that introduce a publication date in visible text, lower-cased. */
  private static final String[] PUBLISHED_LABELS = {
    "veröffentlicht",
    "erschienen",
    "datum:",
    "published",
    "posted on",
    "publié",
    "publicado",
    "pubblicato",
    "opublikowano"
  };

  /** Words that introduce an update date in visible text: used when no publication label is. */
  private static final String[] UPDATED_LABELS = {
    "aktualisiert",
    "letzte änderung",
    "stand:",
    "updated",
    "last edited",
    "last modified",
    "mis à jour",
    "actualizado",
    "aggiornato"
  };

  private DateFinder() {}

  record Result(String published, String modified) {}

  static Result find(PageScan scan, Ld ld, String url, String lang, java.time.ZoneId zone) {
    Dates.Value modified = modified(scan, ld);
    Dates.Value fromUrl = Dates.fromUrl(url);
    Dates.Value declared = Dates.localise(structured(scan, ld), zone);
    Dates.Value time = Dates.localise(timeElements(scan), zone);
    Dates.Value published = declared != null ? declared : time;
    if (published == null) published = fromUrl;
    else published = Dates.firstDay(published, fromUrl);
    if (declared != null) {
      Dates.Value shown = shownInstead(scan, lang, declared, Dates.localise(modified, zone), time);
      if (shown != null) published = shown;
    }
    if (published == null) published = dateElements(scan, lang);
    if (published == null) published = nearHeading(scan, lang);
    if (published == null) published = bylineElements(scan, lang);
    if (published == null) published = inlineScripts(scan, SCRIPT_KEY);
    if (published == null) published = labelled(scan, lang);
    if (published == null) published = leadingText(scan, lang);
    if (published == null) published = Dates.localise(modified, zone);
    if (published == null) published = inlineScripts(scan, SCRIPT_CREATED_KEY);
    if (published == null) published = described(scan, lang);
    modified = Dates.localise(modified, zone);
    return new Result(
        published == null ? null : published.iso(), modified == null ? null : modified.iso());
  }

  /**
   * The date the page shows its readers by its heading, when that is not the declared publication
   * day and a second source names the shown day too: the declared modification date, a time
   * element, or a date the text labels as the publication or update day. Sites that revise or
   * republish an article keep its first publication time in their metadata but show, and mean, the
   * day of the version on the page. The declared day is kept when the page also shows it near the
   * heading ("published ..., updated ..."), and when the shown date is the declared one with day
   * and month swapped (a misread numeric form). Null when the declared day stands.
   */
  static Dates.Value shownInstead(
      PageScan scan, String lang, Dates.Value declared, Dates.Value modified, Dates.Value time) {
    java.time.LocalDate d = declared.day();
    // The shown day differs from the declared one, so only a confirming source that differs too
    // can confirm it. Most pages have none: they are settled here without scanning for the shown
    // date, which is the costly part (this runs on every page with a declared date).
    boolean byModified = modified != null && !modified.day().equals(d);
    boolean byTime = time != null && !time.day().equals(d);
    Dates.Value label = null;
    if (!byModified && !byTime) {
      label = labelled(scan, lang);
      if (label == null || label.day().equals(d)) return null;
    }
    Dates.Value shown = dateElements(scan, lang);
    if (shown == null) shown = nearHeading(scan, lang);
    if (shown == null || shown.day().equals(d)) return null;
    java.time.LocalDate s = shown.day();
    if (s.getYear() == d.getYear()
        && s.getMonthValue() == d.getDayOfMonth()
        && s.getDayOfMonth() == d.getMonthValue()) {
      return null;
    }
    boolean confirmed =
        (modified != null && s.equals(modified.day())) || (time != null && s.equals(time.day()));
    if (!confirmed) {
      if (label == null) label = labelled(scan, lang);
      confirmed = label != null && s.equals(label.day());
    }
    if (!confirmed) return null;
    int anchor = scan.anchor();
    if (anchor >= 0) {
      for (Dates.Value v :
          Dates.allInText(scan.text, anchor - NEAR_BEFORE, anchor + NEAR_AFTER, lang, 8)) {
        if (v.day().equals(d)) return null;
      }
    }
    return shown;
  }

  /** The earliest plausible day among JSON-LD, meta tags and microdata. */
  static Dates.Value structured(PageScan scan, Ld ld) {
    Dates.Value best = null;
    for (JsonNode a : ld.articles) best = earlier(best, JsonLd.text(a, "datePublished"));
    for (String k : PUBLISHED_META) {
      if (!CREATED_META.contains(k)) best = earlier(best, scan.meta(k));
    }
    for (PageScan.Hit h : scan.itemprops) {
      if (h.element().attr("itemprop").equalsIgnoreCase("datePublished")) {
        best = earlier(best, machineValue(h.element()));
      }
    }
    // A creation date is when the draft or the record was made: a fallback only.
    if (best == null) {
      for (JsonNode a : ld.articles) best = earlier(best, JsonLd.text(a, "dateCreated"));
      for (String k : CREATED_META) best = earlier(best, scan.meta(k));
      for (PageScan.Hit h : scan.itemprops) {
        if (h.element().attr("itemprop").equalsIgnoreCase("dateCreated")) {
          best = earlier(best, machineValue(h.element()));
        }
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

  /**
   * A date written in a byline element ("Author: Name am 29.12.2010"), outside boilerplate: forum
   * and club pages put it there and nowhere else.
   */
  static Dates.Value bylineElements(PageScan scan, String lang) {
    for (PageScan.Hit h : scan.authorish) {
      if (h.boilerplate()) continue;
      String text = h.element().text();
      if (text.length() > 300) text = text.substring(0, 300);
      Dates.Value v = Dates.findInText(text, lang);
      if (v != null) return v;
    }
    return null;
  }

  /**
   * A date written in the page's description ("News of 14 January 2020"), when the page says no
   * more: the last resort, as a description may also name the day of an event.
   */
  static Dates.Value described(PageScan scan, String lang) {
    String d = scan.meta("description");
    Dates.Value v = d == null ? null : Dates.findInText(d, lang);
    if (v == null) {
      d = scan.meta("og:description");
      v = d == null ? null : Dates.findInText(d, lang);
    }
    return v;
  }

  /** A written date close to the article's heading. */
  static Dates.Value nearHeading(PageScan scan, String lang) {
    int anchor = scan.anchor();
    if (anchor < 0) return null;
    Dates.Value v = Dates.findInText(scan.text, anchor - NEAR_BEFORE, anchor + NEAR_AFTER, lang);
    // The first h1, when the title came from elsewhere.
    if (v == null && scan.h1TextPos >= 0 && scan.h1TextPos != anchor) {
      v =
          Dates.findInText(
              scan.text, scan.h1TextPos - NEAR_BEFORE, scan.h1TextPos + NEAR_AFTER, lang);
    }
    return v;
  }

  /** How far before and after the heading a date counts as the article's own (characters). */
  static final int NEAR_BEFORE = 600;

  static final int NEAR_AFTER = 2500;

  /**
   * The first date in the opening text of a page that has no heading to anchor on: such pages
   * (press releases, wiki and forum pages) put their date above or beside the text.
   */
  static Dates.Value leadingText(PageScan scan, String lang) {
    if (scan.anchor() >= 0) return null;
    return Dates.findInText(scan.text, 0, LEADING_TEXT, lang);
  }

  private static final int LEADING_TEXT = 2500;

  /**
   * A publication time in the page's own script data ({@code "published_at":"..."}), or in JSON-LD
   * of a type not read as an article or page, when nothing else gave one. Only scripts that mention
   * such a key are matched.
   */
  static Dates.Value inlineScripts(PageScan scan) {
    return inlineScripts(scan, SCRIPT_KEY);
  }

  static Dates.Value inlineScripts(PageScan scan, ScriptKeys key) {
    org.jsoup.nodes.Document doc = document(scan);
    if (doc == null) return null;
    Dates.Value best = null;
    for (Element s : JsonLd.scripts(doc)) {
      String data = s.data();
      if (data.length() < 20 || !mentionsKey(data)) continue;
      String value = key.find(data);
      if (value != null) best = earlier(best, value);
    }
    return best;
  }

  private static boolean mentionsKey(String data) {
    return data.contains("ublish")
        || data.contains("pubDate")
        || data.contains("ublication")
        || data.contains("reat");
  }

  private static org.jsoup.nodes.Document document(PageScan scan) {
    for (Element e : scan.meta.values()) return e.ownerDocument();
    if (!scan.h1.isEmpty()) return scan.h1.get(0).element().ownerDocument();
    if (!scan.dateish.isEmpty()) return scan.dateish.get(0).element().ownerDocument();
    return null;
  }

  /**
   * A date right after a label such as "Veröffentlicht:", "Aktualisiert am" or "last edited"
   * anywhere in the visible text: a page that says no more still dates itself this way.
   */
  static Dates.Value labelled(PageScan scan, String lang) {
    if (scan.text.isEmpty()) return null;
    String lower = scan.lower();
    Dates.Value v = labelled(scan, lower, PUBLISHED_LABELS, lang);
    return v != null ? v : labelled(scan, lower, UPDATED_LABELS, lang);
  }

  private static Dates.Value labelled(PageScan scan, String lower, String[] labels, String lang) {
    Dates.Value best = null;
    int bestPos = Integer.MAX_VALUE;
    for (String label : labels) {
      int i = lower.indexOf(label);
      while (i >= 0 && i < bestPos) {
        int from = i + label.length();
        Dates.Value v = Dates.findInText(scan.text, from, from + 40, lang);
        if (v != null) {
          best = v;
          bestPos = i;
          break;
        }
        i = lower.indexOf(label, from);
      }
    }
    return best;
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
