package dev.argus.alerts;

import dev.argus.alerts.Notification.ArticleRef;
import dev.argus.alerts.Notification.StoryItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A notification as people read it: plain text and simple HTML (e-mail, Atom summaries). */
final class Messages {

  private Messages() {}

  static String text(Notification n) {
    StringBuilder sb = new StringBuilder(n.subject()).append("\n");
    if (n.spike() != null) {
      Notification.Spike s = n.spike();
      sb.append(
          String.format(
              Locale.ROOT,
              "%d articles matched on %s; the previous %d days averaged %.1f (std. dev. %.1f).%n",
              s.count(),
              s.day(),
              s.baselineDays(),
              s.mean(),
              s.stddev()));
    }
    for (StoryItem s : n.stories()) {
      sb.append("\n").append(storyLine(s)).append("\n");
      for (ArticleRef a : s.articles()) {
        sb.append("  - ").append(title(a)).append("\n    ").append(a.url());
        String meta = meta(a);
        if (!meta.isEmpty()) sb.append("\n    ").append(meta);
        sb.append("\n");
      }
    }
    if (n.moreStories() > 0)
      sb.append("\n… and ").append(n.moreStories()).append(" more stories\n");
    return sb.toString();
  }

  static String html(Notification n) {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<h2>").append(escape(n.subject())).append("</h2>");
    if (n.spike() != null) {
      sb.append("<p>")
          .append(escape(text(n).lines().skip(1).findFirst().orElse("")))
          .append("</p>");
    }
    for (StoryItem s : n.stories()) {
      sb.append("<h3>").append(escape(storyLine(s))).append("</h3><ul>");
      for (ArticleRef a : s.articles()) {
        sb.append("<li><a href=\"")
            .append(escape(a.url()))
            .append("\">")
            .append(escape(title(a)))
            .append("</a>");
        String meta = meta(a);
        if (!meta.isEmpty()) sb.append(" <small>").append(escape(meta)).append("</small>");
        sb.append("</li>");
      }
      sb.append("</ul>");
    }
    if (n.moreStories() > 0) {
      sb.append("<p>… and ").append(n.moreStories()).append(" more stories</p>");
    }
    return sb.append("</body></html>").toString();
  }

  private static String storyLine(StoryItem s) {
    List<String> reached = new ArrayList<>(s.newLanguages());
    reached.addAll(s.newCountries());
    String what = s.kind() == Notification.Kind.UPDATE ? "Story update" : "Story";
    return what
        + (s.storyId() == null ? "" : " " + s.storyId())
        + (reached.isEmpty() ? "" : " (" + String.join(", ", reached) + ")");
  }

  private static String title(ArticleRef a) {
    return a.title() == null || a.title().isBlank() ? a.url() : a.title();
  }

  private static String meta(ArticleRef a) {
    List<String> parts = new ArrayList<>();
    if (a.source() != null) parts.add(a.source());
    if (a.language() != null) parts.add(a.language());
    if (a.country() != null) parts.add(a.country());
    if (a.published() != null) parts.add(a.published());
    return String.join(" · ", parts);
  }

  static String escape(String s) {
    if (s == null) return "";
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
