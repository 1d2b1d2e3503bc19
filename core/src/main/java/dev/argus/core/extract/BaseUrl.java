package dev.argus.core.extract;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * Resolves the link targets of one page against its base address, with the results of jsoup's
 * {@link Element#absUrl}, but parsing the base once: {@code absUrl} cleans and parses the base
 * address again for every link, which was most of its cost (a page has hundreds of links). Not
 * thread-safe; one instance serves one page.
 *
 * <p>Written by hand because jsoup offers resolution against a parsed base ({@link
 * StringUtil#resolve(URL, String)}) but no {@code absUrl} that takes one. Any case off the common
 * path (a base that does not parse, a target that does not resolve) goes to jsoup's own {@link
 * StringUtil#resolve(String, String)}, so those results are jsoup's by construction.
 */
public final class BaseUrl {

  private String raw;
  private URL parsed;

  /** {@code e.absUrl(key)}: the attribute's value made absolute, or "" when it has none. */
  public String absUrl(Element e, String key) {
    // As Node.absUrl: the attribute is looked up ignoring case; a missing one gives "".
    if (e.attributesSize() == 0 || !e.attributes().hasKeyIgnoreCase(key)) return "";
    String rel = e.attributes().getIgnoreCase(key);
    String baseUri = e.baseUri();
    URL base = parse(baseUri);
    if (base == null) return StringUtil.resolve(baseUri, rel);
    try {
      // jsoup's resolve(String, String) strips the control characters of the target and calls
      // this; this strips them again itself, so passing the target as it is gives the same.
      return StringUtil.resolve(base, rel).toExternalForm();
    } catch (MalformedURLException e2) {
      return StringUtil.resolve(baseUri, rel);
    }
  }

  /** The base as jsoup parses it (control characters removed), or null when it does not parse. */
  @SuppressWarnings("deprecation") // jsoup itself parses with new URL(String); so must this
  private URL parse(String baseUri) {
    if (!baseUri.equals(raw)) {
      raw = baseUri;
      try {
        parsed = new URL(withoutControlChars(baseUri));
      } catch (MalformedURLException | IllegalArgumentException e) {
        parsed = null;
      }
    }
    return parsed;
  }

  /** What jsoup's stripControlChars does: every char from U+0000 to U+001F removed. */
  static String withoutControlChars(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= 0x20) i++;
    if (i == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length());
    for (int j = 0; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c >= 0x20) b.append(c);
    }
    return b.toString();
  }
}
