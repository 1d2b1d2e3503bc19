package dev.argus.bench.jmh;

import java.util.Random;

/**
 * A realistic news page, generated: head with meta tags and JSON-LD, a navigation bar, the article
 * (headline, byline, paragraphs with links and a figure), a related-links box, a comment section,
 * cookie banner, scripts and a footer. The wording is made up from a small German/English
 * vocabulary, so the pages are our own and carry non-ASCII letters.
 */
final class SyntheticPage {

  private static final String[] WORDS = {
    "Stadtrat", "beschließt", "neuen", "Haushalt", "für", "das", "kommende", "Jahr", "die",
    "Bürgerinnen", "und", "Bürger", "können", "ab", "Montag", "Einwände", "erheben", "über",
    "Straßenbahn", "Verkehr", "Schule", "Gemeinde", "Millionen", "Euro", "mehr", "als", "erwartet",
    "council", "budget", "approved", "residents", "weeks", "report", "minister", "said", "the",
    "on", "Tuesday", "after", "a", "long", "debate", "größer", "Änderung", "Öffnungszeiten",
  };

  private SyntheticPage() {}

  static String news(Random r, int paragraphs) {
    String title = sentence(r, 6).replace(".", "");
    StringBuilder sb = new StringBuilder(paragraphs * 900 + 12_000);
    sb.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(title)
        .append(" | Beispiel-Zeitung</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta property=\"og:title\" content=\"")
        .append(title)
        .append("\">\n<meta property=\"og:site_name\" content=\"Beispiel-Zeitung\">\n")
        .append("<meta name=\"description\" content=\"")
        .append(sentence(r, 18))
        .append("\">\n<meta name=\"author\" content=\"Erika Muster\">\n")
        .append(
            "<meta property=\"article:published_time\" content=\"2024-05-02T08:15:00+02:00\">\n")
        .append("<link rel=\"canonical\" href=\"https://news.example.org/story\">\n")
        .append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
        .append("\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"")
        .append(title)
        .append("\",\"datePublished\":\"2024-05-02T08:15:00+02:00\",\"author\":[{\"@type\":")
        .append("\"Person\",\"name\":\"Erika Muster\"}],\"publisher\":{\"@type\":\"Organization\",")
        .append(
            "\"name\":\"Beispiel-Zeitung\"}},{\"@type\":\"BreadcrumbList\",\"itemListElement\":")
        .append("[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Lokales\"}]}]}</script>\n")
        .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(")
        .append(
            "arguments);}gtag('js',new Date());var cfg={\"ads\":true,\"slots\":[1,2,3]};</script>\n")
        .append(
            "<style>.nav{display:flex}.teaser{margin:0 1em}</style>\n</head>\n<body class=\"article\">\n");
    sb.append("<div id=\"cookie-banner\" class=\"consent\"><p>Wir verwenden Cookies. ")
        .append(
            "<a href=\"/datenschutz\">Mehr erfahren</a></p><button>Akzeptieren</button></div>\n");
    sb.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">Beispiel-Zeitung</a>\n")
        .append("<nav class=\"nav\"><ul>");
    for (String s : new String[] {"Politik", "Wirtschaft", "Lokales", "Sport", "Kultur", "Wissen"})
      sb.append("<li><a href=\"/")
          .append(s.toLowerCase())
          .append("\">")
          .append(s)
          .append("</a></li>");
    sb.append("</ul></nav></header>\n<main><div class=\"breadcrumb\"><a href=\"/\">Start</a> › ")
        .append("<a href=\"/lokales\">Lokales</a></div>\n<article class=\"story\">\n<h1>")
        .append(title)
        .append("</h1>\n<p class=\"byline\">Von <span class=\"author\">Erika Muster</span>, ")
        .append("<time datetime=\"2024-05-02\">2. Mai 2024</time></p>\n<p class=\"lead\"><strong>")
        .append(sentence(r, 25))
        .append("</strong></p>\n");
    for (int i = 0; i < paragraphs; i++) {
      if (i > 0 && i % 5 == 0) {
        sb.append("<h2>").append(sentence(r, 4).replace(".", "")).append("</h2>\n");
      }
      if (i == 2) {
        sb.append("<figure><img src=\"/img/")
            .append(r.nextInt(1000))
            .append(".jpg\" alt=\"Foto\"><figcaption>")
            .append(sentence(r, 8))
            .append(" Foto: dpa</figcaption></figure>\n");
      }
      if (i == 3) {
        sb.append("<div class=\"ad-slot\" data-slot=\"mid\"><span>Anzeige</span></div>\n");
      }
      sb.append("<p>");
      int sentences = 2 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) sb.append(' ');
        if (r.nextInt(6) == 0) {
          sb.append("<a href=\"/thema/").append(r.nextInt(99)).append("\">");
          sb.append(sentence(r, 5 + r.nextInt(10))).append("</a>");
        } else {
          sb.append(sentence(r, 8 + r.nextInt(18)));
        }
      }
      sb.append("</p>\n");
    }
    sb.append("<ul class=\"tags\"><li><a href=\"/tag/haushalt\">Haushalt</a></li>")
        .append("<li><a href=\"/tag/stadtrat\">Stadtrat</a></li></ul>\n</article>\n");
    sb.append("<aside class=\"related\"><h3>Mehr zum Thema</h3><ul>");
    for (int i = 0; i < 6; i++) {
      sb.append("<li class=\"teaser\"><a href=\"/story-")
          .append(r.nextInt(10_000))
          .append("\"><img src=\"/t.jpg\" alt=\"\"><span>")
          .append(sentence(r, 7))
          .append("</span></a></li>");
    }
    sb.append("</ul></aside>\n<section id=\"comments\"><h3>Kommentare</h3>");
    for (int i = 0; i < paragraphs / 4 + 1; i++) {
      sb.append("<div class=\"comment\"><span class=\"user\">leser")
          .append(i)
          .append("</span><p>")
          .append(sentence(r, 12))
          .append("</p></div>");
    }
    sb.append("</section></main>\n<footer><ul class=\"footer-links\">")
        .append("<li><a href=\"/impressum\">Impressum</a></li><li><a href=\"/datenschutz\">")
        .append("Datenschutz</a></li><li><a href=\"/agb\">AGB</a></li></ul>")
        .append("<p>© 2024 Beispiel-Zeitung GmbH</p></footer>\n")
        .append("<script src=\"/static/app.js\" async></script>\n</body></html>\n");
    return sb.toString();
  }

  private static String sentence(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      if (i > 0) sb.append(r.nextInt(9) == 0 ? ", " : " ");
      sb.append(w);
    }
    return sb.append('.').toString();
  }
}
