package dev.argus.ingest.read;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jsoup.nodes.Entities;
import org.xml.sax.InputSource;

/**
 * The XML side of the readers: charset from BOM or prolog, a parser that never reads a DTD or an
 * external entity, and a healer for the broken XML that feeds are known for (HTML entities such as
 * {@code &nbsp;}, bare ampersands, control characters).
 */
final class XmlText {
  private XmlText() {}

  private static final Pattern ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /** Decodes an XML document: BOM first, then the prolog's encoding, else UTF-8. */
  static String decode(byte[] body) {
    int n = body.length;
    Charset charset = null;
    int skip = 0;
    if (n >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (n >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (n >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n >= 2 && body[0] == 0 && body[1] == '<') {
      charset = StandardCharsets.UTF_16BE;
    } else if (n >= 2 && body[0] == '<' && body[1] == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else {
      String head = new String(body, 0, Math.min(n, 1024), StandardCharsets.ISO_8859_1);
      Matcher m = ENCODING.matcher(head);
      charset = m.find() ? charset(m.group(1)) : StandardCharsets.UTF_8;
    }
    String text = new String(body, skip, n - skip, charset);
    int start = 0;
    while (start < text.length()
        && (text.charAt(start) == '\uFEFF' || Character.isWhitespace(text.charAt(start)))) {
      start++;
    }
    return start == 0 ? text : text.substring(start);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * Parses XML that is not trusted: the DOCTYPE is removed first (so no DTD, no entity declaration
   * and no external entity is ever read) and the parser refuses any DOCTYPE left. When the document
   * is not well-formed, it is healed once and parsed again.
   *
   * @throws JDOMParseException from the first attempt when healing does not help
   */
  static Document parse(String xml) throws JDOMException {
    String plain = stripDoctype(xml);
    try {
      return build(plain);
    } catch (JDOMException first) {
      String healed = heal(plain);
      if (healed.equals(plain)) {
        throw first;
      }
      try {
        return build(healed);
      } catch (JDOMException second) {
        throw first;
      }
    }
  }

  private static Document build(String xml) throws JDOMException {
    SAXBuilder builder = new SAXBuilder();
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    try {
      return builder.build(new StringReader(xml));
    } catch (IOException e) {
      throw new JDOMException(e.getMessage(), e);
    }
  }

  /** A parse error as one line: where and what. */
  static String describe(JDOMException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = message.replaceAll("\\s+", " ").strip();
    if (e instanceof JDOMParseException p && p.getLineNumber() > 0) {
      // JDOM repeats the position in its message; keep the parser's own words only.
      int colon = message.indexOf(": ");
      String what =
          message.startsWith("Error on line") && colon > 0 ? message.substring(colon + 2) : message;
      return "line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ": " + what;
    }
    return message;
  }

  /** Removes a DOCTYPE declaration (and its internal subset) that comes before the root element. */
  static String stripDoctype(String xml) {
    int i = skipProlog(xml, 0, false);
    if (i < 0 || !xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
      return xml;
    }
    int j = i + 9;
    int depth = 0;
    char quote = 0;
    for (; j < xml.length(); j++) {
      char c = xml.charAt(j);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return xml.substring(0, i) + xml.substring(j + 1);
      }
    }
    return xml.substring(0, i); // an unterminated DOCTYPE: nothing after it can be a document
  }

  /**
   * The index of the first markup that is not the XML declaration, a comment or a processing
   * instruction (and, when {@code skipDoctype}, a DOCTYPE), or -1 at the end.
   */
  private static int skipProlog(String s, int i, boolean skipDoctype) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (s.startsWith("<?", i)) {
        int end = s.indexOf("?>", i + 2);
        if (end < 0) {
          return -1;
        }
        i = end + 2;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i + 4);
        if (end < 0) {
          return -1;
        }
        i = end + 3;
      } else if (skipDoctype && s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        String rest = stripDoctype(s.substring(i));
        int consumed = (s.length() - i) - rest.length();
        i += Math.max(consumed, 9);
      } else {
        return i;
      }
    }
    return -1;
  }

  /**
   * The local name of the root element, lower-cased ("rss", "rdf", "feed", "urlset", "html"), or
   * null when the text does not start with markup.
   */
  static String rootName(String text) {
    int i = skipProlog(text, 0, true);
    if (i < 0 || text.charAt(i) != '<' || i + 1 >= text.length()) {
      return null;
    }
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c) || c == '>' || c == '/') {
        break;
      }
      j++;
    }
    String name = text.substring(i + 1, j);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(colon + 1);
    }
    return name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
  }

  /**
   * Repairs what makes real-world feeds ill-formed, outside CDATA sections and comments: HTML
   * entities become character references, unknown entities and bare ampersands become literal text,
   * and characters that XML forbids are dropped.
   */
  static String heal(String xml) {
    StringBuilder out = new StringBuilder(xml.length() + 64);
    int n = xml.length();
    int i = 0;
    while (i < n) {
      char c = xml.charAt(i);
      if (c == '<' && xml.startsWith("<![CDATA[", i)) {
        i = copyThrough(xml, i, "]]>", out);
      } else if (c == '<' && xml.startsWith("<!--", i)) {
        i = copyThrough(xml, i, "-->", out);
      } else if (c == '&') {
        i = healReference(xml, i, out);
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          || c == '\uFFFE'
          || c == '\uFFFF') {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int copyThrough(String s, int i, String end, StringBuilder out) {
    int j = s.indexOf(end, i);
    int stop = j < 0 ? s.length() : j + end.length();
    out.append(s, i, stop);
    return stop;
  }

  private static int healReference(String s, int i, StringBuilder out) {
    int semi = s.indexOf(';', i + 1);
    if (semi < 0 || semi - i > 40) {
      out.append("&amp;");
      return i + 1;
    }
    String name = s.substring(i + 1, semi);
    if (name.startsWith("#")) {
      int cp = codePoint(name);
      if (cp >= 0 && isXmlChar(cp)) {
        out.append(s, i, semi + 1);
      }
      return semi + 1;
    }
    if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
      out.append("&amp;");
      return i + 1;
    }
    switch (name) {
      case "amp", "lt", "gt", "quot", "apos" -> out.append(s, i, semi + 1);
      default -> {
        String value = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
        if (value.isEmpty()) {
          out.append("&amp;").append(name).append(';');
        } else {
          value.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        }
      }
    }
    return semi + 1;
  }

  private static int codePoint(String ref) {
    try {
      return ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
          ? Integer.parseInt(ref.substring(2), 16)
          : Integer.parseInt(ref.substring(1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isXmlChar(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
