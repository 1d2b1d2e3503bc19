package dev.argus.ingest.pipeline;

/** Small pages and feeds written for the pipeline tests. */
final class Pages {
  private Pages() {}

  static String article(String title, String... paragraphs) {
    StringBuilder sb =
        new StringBuilder(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + title
                + " | Harbour Courier</title>"
                + "<meta property=\"article:published_time\" content=\"2026-11-25T08:00:00Z\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>"
                + title
                + "</h1>");
    for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
    sb.append("</article><footer>Copyright Harbour Courier</footer></body></html>");
    return sb.toString();
  }

  static String story(int n) {
    return article(
        "Harbour story number " + n,
        "The harbour authority said on Tuesday that story "
            + n
            + " had moved past its first review, after months of talks with the shipping lines.",
        "Officials expect the second phase to start next spring, when the new cranes arrive and"
            + " the quay is widened by another forty metres along the eastern basin.",
        "Local businesses welcomed the plan, although some residents worry about noise and the"
            + " traffic that more container trucks would bring to the old town streets.");
  }

  static String rss(String base, int... ids) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Courier</title><link>"
                + base
                + "/</link><description>News</description>");
    for (int id : ids) {
      sb.append("<item><title>Story ")
          .append(id)
          .append("</title><link>")
          .append(base)
          .append("/news/")
          .append(id)
          .append("</link><pubDate>Tue, 25 Nov 2026 08:00:00 GMT</pubDate></item>");
    }
    return sb.append("</channel></rss>").toString();
  }
}
