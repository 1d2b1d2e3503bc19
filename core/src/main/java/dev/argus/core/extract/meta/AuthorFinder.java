package dev.argus.core.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.argus.core.extract.Needles;
import dev.argus.core.text.WordPatterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Finds the authors of a page and turns bylines into clean names. */
final class AuthorFinder {

  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:(?:view|see|show|read|browse)\\s+(?:all\\s+|more\\s+)?(?:posts|articles|stories|beiträge)\\s+"
              + "(?:by|from|von)|alle\\s+(?:beiträge|artikel)\\s+von|alles\\s+von|tous\\s+les\\s+articles\\s+de|"
              + "(?:written|posted|published|geschrieben|verfasst|veröffentlicht|erstellt|eingestellt|"
              + "publié|écrit|"
              + "publicado|escrito|scritto|pubblicato|geplaatst|geschreven|napisane|opublikowane)"
              + "\\s+(?:by|von|par|por|da|door|przez)|(?:ein\\s+)?(?:artikel|beitrag|bericht)\\s+von|"
              + "un\\s+article\\s+de|un\\s+artículo\\s+de|by|von|vom|par|por|di|da|door|av|af|"
              + "autor(?:in)?|author|auteur|autore|textes?|text|texto|testo|redakteur(?:in)?|"
              + "reporter|post\\s+author|written|verfasser(?:in)?|interview(?=\\s*:)|作者|文|记者|記者)"
              + "(?:\\s*[:：|]\\s*|\\s+|(?=\\p{IsHan}))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern TAIL =
      Pattern.compile(
          "(?:\\s*[|•·»«\\[(<\\n].*|\\s+[-–—]\\s+.*|\\s+(?:(?:on|am|il|em|op|at|um|updated|"
              + "aktualisiert|stand|publié|mis à jour|published|veröffentlicht)(?!\\p{L})|"
              // "le", "el" and "vom" before a date, not as a particle of a name: "Yann Le Goff".
              + "(?:le|el|vom)(?!\\p{L})(?!\\s+(?-i:\\p{Lu}))|\\d|"
              // A weekday before the date: "Jane Roe Do 9 Apr 2020", "Jane Roe Mon, 3 May".
              + "(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|mié|jeu|jue|ven|"
              + "vie|sam|sáb|dim|dom|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
              + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?,?\\s+\\d|"
              + "(?:illustrations?|illustrationen|fotos?|photos?|bilder|grafiken?|images?)"
              + "(?:\\s+(?:von|by|de|di)|\\s*:)).*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

  private static final Pattern ROLE =
      Pattern.compile(
          ",\\s*(?:senior\\s+|chief\\s+|staff\\s+|freie?r?\\s+)?(?:reporter|correspondent|editor|writer|"
              + "contributor|columnist|journalist(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|"
              + "autor(?:in)?|mitarbeiter(?:in)?|rédacteur|rédactrice|journaliste|periodista|"
              + "redactor(?:a)?|corresponsal|giornalista|redattore|inviato|correspondent)\\b.*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SPLIT =
      Pattern.compile(
          // An interview's two names first ("Name im Gespräch mit Name"), before the "en" and
          // "in" within them split it.
          "\\s*(?:\\s+im\\s+gespräch\\s+mit\\s+|\\s+in\\s+conversation\\s+with\\s+"
              + "|\\s+en\\s+conversation\\s+avec\\s+|\\s+en\\s+conversación\\s+con\\s+"
              + "|\\s+in\\s+conversazione\\s+con\\s+"
              + "|,|;|\\s+and\\s+|\\s+und\\s+|\\s+&\\s+|\\s+et\\s+|\\s+y\\s+|\\s+e\\s+|\\s+en\\s+|"
              + "\\s+i\\s+|\\s+och\\s+|、|，|/)\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A byline word after a date or a posting word: "Posted on March 3, 2020 by Jane Roe", "2. August
   * 2012 von Anna Weber". What follows it is the name; a name such as "Anna von Berg" has neither
   * before its particle.
   */
  private static final Pattern INNER_BY =
      Pattern.compile(
          "^(?<lead>.{0,60}?)(?<=\\S)\\s+(?:by|von|par|por|door|przez|av|af)\\s+(?=(?-i:\\p{Lu}))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern POSTING =
      Pattern.compile(
          "\\d|posted|published|written|updated|veröffentlicht|geschrieben|erstellt|gepostet|"
              + "publié|écrit|publicado|escrito|pubblicato|scritto|geplaatst|opublikowane",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+|\\S+\\[at\\]\\S+");
  private static final Pattern URLISH =
      Pattern.compile("(?i)https?://|www\\.|\\.(?:com|de|org|net|at|ch|fr|it|es)\\b");

  private static final Pattern ORG =
      Pattern.compile(
          "(?i)\\b(?:gmbh|ag|ltd|inc|llc|verlag|zeitung|newspaper|news|media|medien|press|presse|"
              + "team|staff|redaktion|editorial|group|gruppe|online|magazin|magazine|e\\.v)\\b");

  private static final Set<String> NOISE =
      Set.of(
          "admin",
          "administrator",
          "administrador",
          "webmaster",
          "root",
          "user",
          "anonymous",
          "anonym",
          "unknown",
          "guest",
          "gast",
          "author",
          "autor",
          "auteur",
          "by",
          "von",
          "posted",
          "updated",
          "more",
          "mehr",
          "read more",
          "weiterlesen",
          "share",
          "comments",
          "kommentare",
          "home",
          "editor",
          "about",
          "about the author",
          "über den autor",
          "über mich",
          "contact",
          "kontakt",
          "null",
          "none",
          "n/a",
          "no author",
          "unknown author",
          // Labels of a byline or date line, left alone when the name is elsewhere.
          "publiziert",
          "veröffentlicht",
          "published",
          "posted on",
          "stand",
          "datum",
          "date",
          "fecha",
          "publicado",
          "publié",
          "pubblicato",
          "follow",
          "folgen",
          "suivre",
          "seguir",
          "quelle",
          "source",
          "fuente",
          "fonte",
          // Creative Commons licence parts after "BY".
          "nc",
          "nd",
          "sa",
          "nc nd",
          "nc sa");

  /** A byline in running text: a byline word followed by a capitalised name. */
  private static final Pattern TEXT_BYLINE =
      Pattern.compile(
          // Every byline starts with a digit, a capital or a line break ("\nvon Name"): the
          // lookahead turns all other words away before the long alternation is tried.
          "(?:^|[\\s\\u00a0|•·(])(?=[\\d\\p{Lu}\\svbp])(?<pre>(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?:\\s*[|,]\\s*\\d{1,2}:\\d{2}"
              + "(?:\\s*Uhr)?)?\\s*[-–|]|By|BY|Von|VON|Par|PAR|Por|POR|Di|Door|Autor(?:in)?:|Author:|Auteur\\s?:|"
              + "Text:|Texto:|Testo:|Written by|Posted by|Geschrieben von|Verfasst von|"
              + "Veröffentlicht von|(?:Gespeichert|Eingestellt|Erstellt|Publiziert)\\s+von|Publié par|Écrit par|Escrito por|Publicado por|Scritto da|"
              + "Pubblicato da|(?:Ein\\s+)?(?:Artikel|Beitrag|Bericht|Kommentar|Gastbeitrag|Interview|"
              + "Text|Texte?\\s+und\\s+Fotos?)\\s+von|Redaktion:|Un article de|Un artículo de|"
              + "Reportage de|Article by|Story by|Words by|(?<=\\n)\\s*(?:von|by|par|por)(?=\\s)|"
              + "(?<=\\n)\\s*(?:Autor(?:in)?|Author|Auteur|Autore|Autoren|Authors)\\s*\\n)"
              // A label may end in a colon: "Von: Name", "Written by: Name".
              + "(?:[ \\t]*:)?)\\s*"
              + "(?<name>\\p{Lu}[\\p{L}'’.-]*(?:[ \\t\\u00a0]+(?:\\p{Lu}[\\p{L}'’.-]*|von|van|de|der|den|da|di|del|la|le)){0,4})"
              + "|(?:作者|责任编辑|責任編輯|编辑|編輯|记者|記者)\\s*[:：]\\s*(?<han>\\p{IsHan}{2,4})");

  /** The pattern {@link #findByline} searches with, for tests. */
  static Pattern textBylinePattern() {
    return TEXT_BYLINE;
  }

  /**
   * {@code m.region(from, to).find()} for {@link #TEXT_BYLINE}, with the pattern tried only where a
   * match can start: at {@code from} (its {@code ^}), at a character its first class admits (a
   * space, a bar, a bullet, an opening bracket) before one its lookahead admits, and at the first
   * character of a Chinese label. Elsewhere every alternative fails on its first or second
   * character, so the result is the same.
   */
  static boolean findByline(Matcher m, CharSequence text, int from, int to) {
    m.useAnchoringBounds(true);
    if (m.region(from, to).lookingAt()) return true;
    m.useAnchoringBounds(false);
    for (int t = from + 1; t < to; t++) {
      if (mayStartByline(text, t, to) && m.region(t, to).lookingAt()) return true;
    }
    return false;
  }

  /**
   * Whether a match may start at {@code t}: a Chinese label's first character, or a character of
   * the first class followed inside the region by one its lookahead admits (every label and name
   * after it takes at least one character).
   */
  private static boolean mayStartByline(CharSequence text, int t, int to) {
    char c = text.charAt(t);
    if (isHanLabelStart(c)) return true;
    boolean opens =
        WordPatterns.isPatternSpace(c)
            || c == '\u00a0'
            || c == '|'
            || c == '•'
            || c == '·'
            || c == '(';
    return opens && t + 1 < to && mayFollowOpening(text.charAt(t + 1));
  }

  private static boolean isHanLabelStart(char c) {
    return switch (c) {
      case '作', '责', '責', '编', '編', '记', '記' -> true;
      default -> false;
    };
  }

  /** {@code [\d\p{Lu}\svbp]}, the lookahead after the first class; any surrogate may be one. */
  private static boolean mayFollowOpening(char c) {
    if (c < 0x80) {
      return (c >= '0' && c <= '9')
          || (c >= 'A' && c <= 'Z')
          || c == 'v'
          || c == 'b'
          || c == 'p'
          || WordPatterns.isPatternSpace(c);
    }
    return Character.getType(c) == Character.UPPERCASE_LETTER || Character.isSurrogate(c);
  }

  /** Byline words that also begin ordinary phrases ("Von Beginn an", "Di Maio"). */
  private static final Pattern AMBIGUOUS_PREFIX = Pattern.compile("(?i)by|von|par|por|di|door");

  /** A news agency named in a dateline: "Berlin (dpa) -", "PARIS (AFP) –", "Rom (KNA/epd):". */
  private static final Pattern DATELINE_AGENCY =
      Pattern.compile(
          "(?:^|\\n)[^\\n(]{0,40}\\((?<ag>(?:dpa|AFP|afp|AP|Reuters|KNA|kna|epd|APA|apa|SDA|sda|"
              + "ANSA|EFE|dts|ddp|AFX|dpa-AFX|sid|SID|red|kathpress|idea|Keystone-SDA|Xinhua|JIJI|"
              + "Kyodo|PAP|TASS|CTK|ČTK|Belga|ANP|Agenzia Nova)(?:\\s*/\\s*[\\p{L}-]{2,12}){0,3})\\)"
              + "\\s*[-–—:]");

  private static final Set<String> PLATFORMS =
      Set.of(
          "wordpress",
          "blogspot",
          "tumblr",
          "medium",
          "substack",
          "wixsite",
          "jimdo",
          "github",
          "hypotheses",
          "over-blog",
          "blogger",
          "typepad",
          "livejournal",
          "ghost");

  private AuthorFinder() {}

  static List<String> find(PageScan scan, Ld ld, String siteName, String host) {
    Names strong = new Names(siteName, host);
    Names weak = new Names(siteName, host);
    strong.weak = weak;
    // 1. JSON-LD authors of the article.
    for (JsonNode a : ld.articles) {
      for (String field : new String[] {"author", "creator"}) {
        JsonNode v = a.get(field);
        if (v != null) ldAuthors(ld, v, strong, weak);
      }
      if (!strong.isEmpty()) return strong.list();
    }
    // 2. Author meta tags, and the author among the labelled data of a link preview.
    List<String> metaAuthors = new ArrayList<>(scan.metaAuthors);
    String labelled = labelledPreviewAuthor(scan);
    if (labelled != null) metaAuthors.add(labelled);
    for (String m : metaAuthors) {
      if (URLISH.matcher(m).find() && !m.contains(" ")) continue;
      if (strong.siteLike(m) || notPersonal(m)) weak.add(m);
      else strong.add(m);
    }
    if (!strong.isEmpty()) return strong.list();
    // 3. Microdata and byline elements, outside boilerplate first.
    for (int pass = 0; pass < 1 && strong.isEmpty(); pass++) {
      for (PageScan.Hit h : scan.itemprops) {
        if (h.boilerplate() != (pass == 1)) continue;
        Element e = h.element();
        String p = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (!p.equals("author") && !p.equals("creator")) continue;
        Element name = e.selectFirst("[itemprop=name]");
        String t =
            name != null
                ? Texts.spaced(name)
                : e.hasAttr("content") ? e.attr("content") : Texts.spaced(e);
        if (name != null && name.hasAttr("content") && t.isEmpty()) t = name.attr("content");
        if (t.length() > 120) continue;
        // As for meta tags and JSON-LD: the site's own name is an account, a byline may follow.
        if (strong.siteLike(t) || notPersonal(t)) weak.add(t);
        else strong.add(t);
      }
      if (!strong.isEmpty()) break;
      for (PageScan.Hit h : scan.authorish) {
        if (h.boilerplate() != (pass == 1)) continue;
        String t = bylineText(h.element());
        if (t != null) strong.add(t);
        if (!strong.isEmpty()) break;
      }
    }
    if (!strong.isEmpty()) return strong.list();
    // 4. A byline written in the text near the heading.
    int anchor = scan.anchor();
    if (anchor >= 0) {
      Matcher m = TEXT_BYLINE.matcher(scan.text);
      m.useTransparentBounds(true);
      int from = Math.max(0, anchor - 500);
      int to = Math.min(scan.text.length(), anchor + 1500);
      while (strong.isEmpty() && from < to && findByline(m, scan.text, from, to)) {
        from = m.end();
        if (m.group("han") != null) {
          strong.add(m.group("han"));
          continue;
        }
        String name = m.group("name");
        // A match that is no byline may end in the label of one: "05.02.2020 - Redaktion: Name".
        int next = m.start("name");
        if (next > m.start()) from = next;
        // "05.02.2020 - Name" on a line of its own; a date before prose is no byline.
        if (Character.isDigit(m.group("pre").charAt(0))
            && (name.indexOf(' ') < 0 || !endsLine(scan.text, m.end()))) {
          continue;
        }
        if (AMBIGUOUS_PREFIX.matcher(m.group("pre").strip()).matches()
            && name.indexOf(' ') < 0
            && !endsLine(scan.text, m.end())) {
          continue;
        }
        strong.add(name);
      }
    }
    // 4b. A labelled byline anywhere in the text ("Text: Name", "Geschrieben von Name"), such as
    // a credit line at the end of the article; bare byline words are too common there.
    if (strong.isEmpty()) labelledByline(scan, strong);
    if (!strong.isEmpty()) return strong.list();
    // 4c. A name signed below the article's text.
    String signed = signOff(scan);
    if (signed != null) strong.add(signed);
    if (!strong.isEmpty()) return strong.list();
    // 4d. A page object (WebPage) that names an author when no article object does. It is the
    // account that published the page, which a visible byline overrides (guest authors).
    for (JsonNode p : ld.pages) {
      JsonNode v = p.get("author");
      if (v != null) ldAuthors(ld, v, strong, weak);
      if (!strong.isEmpty()) return strong.list();
    }
    // 5. A news agency in the dateline of the description or the first lines of text.
    if (weak.isEmpty()) agencies(scan.meta("description"), 0, weak);
    if (weak.isEmpty()) agencies(scan.meta("og:description"), 0, weak);
    if (weak.isEmpty() && anchor >= 0) {
      agencies(scan.text.subSequence(anchor, Math.min(scan.text.length(), anchor + 1200)), 0, weak);
    }
    if (weak.isEmpty()) {
      // 6. Last, the person a copyright line names: a personal site's owner writes its pages.
      String holder = copyrightHolder(scan.copyright);
      if (holder != null) weak.addName(holder);
    }
    return weak.list();
  }

  /** A copyright line: the sign or word, years and "by", then the holder up to a stop. */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?:©|\\([cC]\\)|(?i:copyright))(?:\\s|\\d|[-–,]|(?i:by\\b))*"
              + "(?<holder>\\p{L}[^|•·,;:()\\d]*?)\\s*(?:[|•·,;:()\\d]|\\.(?:\\s|$)|(?i:all\\s+rights)"
              + "|(?i:alle\\s+rechte)|(?i:tous\\s+droits)|(?i:todos\\s+los)|$)");

  /** A name written as people write theirs: two or three capitalised words. */
  private static final Pattern PERSON =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){1,2}");

  /**
   * The person named as the holder in a copyright line, or null. Firms, bodies and anything not
   * written as a person's name are left out, as are credits of pictures ("Foto: © Jane Roe").
   */
  static String copyrightHolder(String line) {
    if (line == null || CREDIT.matcher(line).find()) return null;
    Matcher m = COPYRIGHT.matcher(line);
    while (m.find()) {
      String h = m.group("holder").strip();
      if (PERSON.matcher(h).matches()
          && !ORG.matcher(h).find()
          && !COMPANY.matcher(h).find()
          && valid(h)) {
        return h;
      }
    }
    return null;
  }

  /** Words of a picture credit. */
  private static final Pattern CREDIT =
      Pattern.compile("(?i)\\b(?:foto|photo|bild|image|picture|grafik|illustration|video)");

  /** Words of firm, publisher and body names beyond {@link #ORG}. */
  private static final Pattern COMPANY =
      Pattern.compile(
          "(?i)\\b(?:se|kg|co|corp|corporation|company|limited|sa|sas|srl|bv|nv|ab|oy|as|plc|"
              + "foundation|stiftung|verband|verein|institut|institute|university|universität|"
              + "software|systems|solutions|services|studio|studios|agentur|agency|digital|"
              // Publishers: a news site's copyright line names the paper, not a writer.
              + "times|post|journal|tribune|herald|daily|gazette|courier|chronicle|observer|"
              + "review|radio|tv|rundfunk|fernsehen|blatt|kurier|anzeiger|nachrichten|blog|"
              + "forum|shop|club|"
              + "rights|reserved|rechte|vorbehalten|riservat[ai]|reservados|réservés|zastrzeżone|"
              + "copyright|the|der|die|das)\\b");

  /**
   * Link previews carry up to a few labelled values ({@code twitter:label1} "Written by" with
   * {@code twitter:data1} "Jane Roe"); blog engines fill one of them with the post's author. The
   * label says which one, in the site's language.
   */
  private static final Pattern PREVIEW_AUTHOR_LABEL =
      Pattern.compile(
          "(?:written|posted|published)\\s+by|by|author|verfasst\\s+von|geschrieben\\s+von|"
              + "autor(?:in)?|von|écrit\\s+par|rédigé\\s+par|publié\\s+par|auteur|par|"
              + "escrito\\s+por|publicado\\s+por|autora?|por|scritto\\s+da|autore|"
              + "geschreven\\s+door|door|napisane\\s+przez|autor|skrevet\\s+af|skriven\\s+av",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int PREVIEW_LABELS = 4;

  static String labelledPreviewAuthor(PageScan scan) {
    for (int i = 1; i <= PREVIEW_LABELS; i++) {
      String label = Texts.clean(scan.meta("twitter:label" + i));
      if (label == null) continue;
      label = label.replaceFirst("[\\s:：]+$", "");
      if (PREVIEW_AUTHOR_LABEL.matcher(label).matches()) return scan.meta("twitter:data" + i);
    }
    return null;
  }

  /**
   * Lower-cased words that every labelled byline of {@link #TEXT_BYLINE} starts with. The whole
   * text is searched for these in one pass ({@link Needles}) and the pattern is only tried where
   * one stands, rather than at every word of the text.
   */
  private static final String[] LABEL_TRIGGERS = {
    "autor",
    "author:",
    "auteur",
    "text:",
    "texto:",
    "testo:",
    "text von",
    "texte von",
    "text und foto",
    "texte und foto",
    "written by",
    "posted by",
    "geschrieben von",
    "verfasst von",
    "veröffentlicht von",
    "gespeichert von",
    "eingestellt von",
    "erstellt von",
    "publiziert von",
    "publié par",
    "écrit par",
    "escrito por",
    "publicado por",
    "scritto da",
    "pubblicato da",
    "artikel von",
    "beitrag von",
    "bericht von",
    "kommentar von",
    "gastbeitrag von",
    "interview von",
    "redaktion:",
    "un article de",
    "un artículo de",
    "reportage de",
    "article by",
    "story by",
    "words by",
    "von:",
    "by:",
    "par:",
    "por:",
    "door:",
    "作者",
    "责任编辑",
    "責任編輯",
    "记者",
    "記者"
  };

  /** The triggers, found in one pass over the text. */
  private static final Needles TRIGGERS = new Needles().add(LABEL_TRIGGERS, 1, false);

  /** Where the triggers stand in a lower-cased text, for tests. */
  static int[] labelTriggers(String lower) {
    return TRIGGERS.positions(lower);
  }

  /** The triggers, for tests. */
  static List<String> labelTriggerWords() {
    return List.of(LABEL_TRIGGERS);
  }

  /** Where a match of {@link #TEXT_BYLINE} that starts at a trigger may end, at most. */
  private static final int LABEL_REACH = 200;

  /**
   * The first labelled byline in the whole text ("Text: Name", "Geschrieben von Name"), such as a
   * credit line at the end of the article; bare byline words and dates are too common there.
   */
  private static void labelledByline(PageScan scan, Names strong) {
    int[] hits = TRIGGERS.positions(scan.lower());
    int n = hits.length;
    Matcher m = TEXT_BYLINE.matcher(scan.text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    for (int k = 0; k < n && strong.isEmpty(); k++) {
      int from = Math.max(0, hits[k] - 1);
      int end = Math.min(scan.text.length(), hits[k] + LABEL_REACH);
      m.region(from, end);
      if (!m.lookingAt()) {
        // A Han label ("责任编辑：") starts the match itself, with no space before it.
        m.region(hits[k], end);
        if (!m.lookingAt() || m.group("han") == null) continue;
      }
      if (m.group("han") != null) {
        strong.add(m.group("han"));
        continue;
      }
      String pre = m.group("pre").strip();
      if (AMBIGUOUS_PREFIX.matcher(pre).matches()
          || pre.indexOf('\n') >= 0
          || Character.isDigit(pre.charAt(0))) {
        continue;
      }
      strong.add(m.group("name"));
    }
  }

  private static boolean endsLine(CharSequence text, int end) {
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '|' || c == '•' || c == ',' || c == '·') return true;
      if (!Character.isWhitespace(c)) return false;
    }
    return true;
  }

  private static void agencies(CharSequence text, int from, Names weak) {
    if (text == null) return;
    Matcher m = DATELINE_AGENCY.matcher(text);
    if (m.region(from, text.length()).find()) {
      for (String a : m.group("ag").split("\\s*/\\s*")) weak.addName(a);
    }
  }

  /** One JSON-LD author value, or each of an array of them. */
  private static void ldAuthors(Ld ld, JsonNode v, Names strong, Names weak) {
    if (v.isArray()) {
      for (JsonNode x : v) ldAuthor(ld, x, strong, weak);
    } else {
      ldAuthor(ld, v, strong, weak);
    }
  }

  private static void ldAuthor(Ld ld, JsonNode v, Names strong, Names weak) {
    JsonNode r = ld.resolve(v);
    String name = ld.name(r);
    if (name == null) return;
    if (r != null && r.isObject() && Ld.isOrganization(r)) weak.add(name);
    else if (URLISH.matcher(name).find() && !name.contains(" ")) return;
    // Sites also fill a Person with their own name or handle: a byline may still say who wrote it.
    else if (strong.siteLike(name) || notPersonal(name) || isLogin(name)) weak.add(name);
    else strong.add(name);
  }

  /** A login written as one lower-case word ("janeroe", "writer42"), as blog engines fill it in. */
  private static final Pattern LOGIN = Pattern.compile("[\\p{Ll}\\d]{3,}");

  /**
   * Whether a structured author is the account's login rather than the name shown: a visible byline
   * ("Jane Roe") wins over it, and it stays the answer only without one.
   */
  static boolean isLogin(String name) {
    return LOGIN.matcher(name.strip()).matches();
  }

  /** A handle ("@NatGeoUK") or a name with a web address: an account, not a person's byline. */
  private static boolean notPersonal(String raw) {
    String t = raw.strip();
    return t.startsWith("@") || URLISH.matcher(t).find();
  }

  /** The name-bearing text of a byline-like element, or null when it is long prose. */
  static String bylineText(Element e) {
    String t = Texts.spaced(e);
    if (t.length() <= 80) return t.isEmpty() && e.hasAttr("content") ? e.attr("content") : t;
    for (String q :
        new String[] {"[itemprop=name]", ".fn", "a[rel~=author]", "a[href*=/author/]"}) {
      Element inner = e.selectFirst(q);
      if (inner == null) continue;
      String it = Texts.spaced(inner);
      if (it.length() <= 80) return it;
    }
    return null;
  }

  /** Clean names from one raw byline string. */
  static List<String> names(String raw) {
    List<String> out = new ArrayList<>();
    String s = Texts.clean(raw);
    if (s == null) return out;
    s = EMAIL.matcher(s).replaceAll(" ").trim();
    Matcher inner = INNER_BY.matcher(s);
    if (!PREFIX.matcher(s).lookingAt()
        && inner.find()
        && POSTING.matcher(inner.group("lead")).find()) {
      s = s.substring(inner.end());
    }
    for (int i = 0; i < 3; i++) {
      Matcher p = PREFIX.matcher(s);
      if (!p.find()) break;
      s = s.substring(p.end()).trim();
    }
    s = TAIL.matcher(s).replaceFirst("");
    s = ROLE.matcher(s).replaceFirst("");
    String[] parts = SPLIT.split(s);
    for (String part : parts) {
      String n = part.strip();
      Matcher p = PREFIX.matcher(n);
      if (p.find()) n = n.substring(p.end()).strip();
      n = n.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^.)]]+$", "");
      n = humanised(undoubled(n));
      // A part that reads as a phrase ("Landesanstalt für Wald") makes the whole a body's name
      // split at its "und": its other parts ("Forstwirtschaft") are no names either.
      if (parts.length > 1 && lowerWordInName(n)) return new ArrayList<>();
      if (valid(n)) out.add(n);
    }
    return out;
  }

  /**
   * A name written twice in a row ("Jane Roe Jane Roe"), once: pages repeat the byline for small
   * and large screens, or after an avatar, and the two copies read as one string.
   */
  static String undoubled(String n) {
    int mid = n.length() / 2;
    if (n.length() % 2 == 1
        && n.charAt(mid) == ' '
        && n.regionMatches(0, n, mid + 1, mid)
        && n.indexOf(' ') < mid) {
      return n.substring(0, mid);
    }
    return n;
  }

  /**
   * A user name made of a person's names: "luis_de_la_cruz", "maria.santos"; not a host name
   * ("example.de", "news.example.com"), whose last label is short.
   */
  private static final Pattern NAME_HANDLE =
      Pattern.compile(
          "\\p{Ll}{2,}(?:_\\p{Ll}+){1,3}|\\p{Ll}{2,}(?:\\.\\p{Ll}+){0,2}\\.\\p{Ll}{4,}");

  /**
   * A user name that joins a person's names with dots or underscores, written as the names
   * ("jane.roe" gives "Jane Roe"); anything else as it is.
   */
  static String humanised(String n) {
    if (!NAME_HANDLE.matcher(n).matches()) return n;
    StringBuilder b = new StringBuilder(n.length());
    for (String w : n.split("[._]")) {
      if (!b.isEmpty()) b.append(' ');
      b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return b.toString();
  }

  static boolean valid(String n) {
    if (n.length() < 2 || n.length() > 60) return false;
    String lower = n.toLowerCase(Locale.ROOT);
    if (NOISE.contains(lower) || lower.contains("admin")) return false;
    // A byline word alone ("Por", "Von"): the name stood in another element.
    if (PREFIX.matcher(n + " ").matches()) return false;
    if (Character.isDigit(n.charAt(0))) return false;
    if (URLISH.matcher(n).find() || n.indexOf('@') >= 0) return false;
    // A copyright or photo credit ("Bild © hr") names who owns a picture.
    if (n.indexOf('©') >= 0) return false;
    if (n.split(" ").length > 5) return false;
    if (lowerWordInName(n)) return false;
    boolean letter = false;
    for (int i = 0; i < n.length(); i++) {
      if (Character.isLetter(n.charAt(i))) {
        letter = true;
        break;
      }
    }
    return letter;
  }

  /** Emphasis that sets a signature apart from the text above it. */
  private static final Set<String> EMPHASIS = Set.of("strong", "b", "em", "i");

  /** Prose paragraphs that must stand before a signature, and the length that makes one. */
  private static final int SIGNED_PROSE = 2;

  private static final int PROSE_CHARS = 80;

  /**
   * A writer's name signed below the text: the last paragraph of the article's block holds only a
   * name of two to four words, set in bold or italics ("
   *
   * <p><b>Lena Kurz</b>"), after paragraphs of prose. A name alone in the last line is how many
   * small outlets and blogs credit their writers when their templates have no byline.
   */
  static String signOff(PageScan scan) {
    String found = null;
    for (PageScan.Hit h : scan.closingParagraphs) {
      Element p = h.element();
      String t = Texts.clean(p.text());
      if (t == null || t.length() > 40 || !emphasised(p)) continue;
      String[] words = t.split(" ");
      if (words.length < 2 || words.length > 4 || lowerWordInName(t)) continue;
      if (!t.matches("[\\p{L}][\\p{L}'’.-]*(?: [\\p{L}][\\p{L}'’.-]*)+")) continue;
      if (!Character.isUpperCase(t.codePointAt(0))) continue;
      int prose = 0;
      for (Element prev = p.previousElementSibling();
          prev != null && prose < SIGNED_PROSE;
          prev = prev.previousElementSibling()) {
        if (prev.nameIs("p") && prev.text().length() >= PROSE_CHARS) prose++;
      }
      if (prose < SIGNED_PROSE) continue;
      // Two signed blocks (comments, teasers) sign nothing for the article.
      if (found != null) return null;
      found = t;
    }
    return found;
  }

  /** Whether all the paragraph's text stands in one emphasis element. */
  private static boolean emphasised(Element p) {
    Element e = p;
    for (int depth = 0; depth < 4; depth++) {
      if (e.childrenSize() != 1 || !e.ownText().isBlank()) return false;
      e = e.child(0);
      if (isEmphasis(e)) return true;
    }
    return false;
  }

  private static boolean isEmphasis(Element e) {
    return EMPHASIS.contains(e.normalName());
  }

  private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Ll}+");

  /** Name particles written in lower case: "Anna von Berg", "Luis de la Cruz", "Ali bin Said". */
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "vom", "zu", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos",
          "du", "la", "le", "les", "y", "e", "ten", "ter", "bin", "ibn", "al", "el", "mc", "st.");

  /**
   * A capitalised name with a lower-case word that is no particle ("deinen Hochzeitsbloggern", "En
   * kiosques : juillet", "Landesanstalt für Wald") is a phrase around a byline, not a name. Names
   * written all in lower case (handles such as "fri juli") are kept.
   */
  static boolean lowerWordInName(String n) {
    String[] words = n.split(" ");
    if (words.length < 2) return false;
    boolean capital = false;
    boolean lower = false;
    for (String w : words) {
      if (w.isEmpty()) continue;
      int cp = w.codePointAt(0);
      if (Character.isUpperCase(cp)) {
        capital = true;
      } else if (Character.isLowerCase(cp)
          && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))
          && PLAIN_WORD.matcher(w).matches()) {
        // Only a plain word: handles ("revamp-it", "r23") and abbreviations ("e. V.") are kept.
        lower = true;
      }
    }
    return capital && lower;
  }

  /**
   * Whether all letters of a short name are capitals, as in an agency code ("AP", "JF"). Han and
   * other scripts without case have none: a two-character Chinese name is a name.
   */
  static boolean isCapitals(String n) {
    boolean letter = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isLetter(c)) continue;
      if (!Character.isUpperCase(c)) return false;
      letter = true;
    }
    return letter;
  }

  /** Names collected in order, without duplicates. */
  private static final class Names {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final String siteKey;
    private final String hostKey;

    Names(String siteName, String host) {
      siteKey = Texts.key(siteName);
      hostKey = hostKey(host);
    }

    void add(String raw) {
      for (String n : names(raw)) {
        if (n.length() <= 3 && isCapitals(n) && weak != null) {
          weak.add(n);
        } else {
          names.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
        }
      }
    }

    /** Adds a name as it is, without byline parsing (agency codes). */
    void addName(String n) {
      names.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    }

    /** Where short agency codes ("AP", "JF") go: they do not end the search for a byline. */
    Names weak;

    boolean siteLike(String raw) {
      String k = Texts.key(raw);
      if (k.isEmpty()) return false;
      if (!siteKey.isEmpty() && (siteKey.equals(k) || (k.length() >= 5 && siteKey.contains(k)))) {
        return true;
      }
      if (hostKey.length() >= 4 && k.contains(hostKey)) return true;
      return ORG.matcher(raw).find();
    }

    boolean isEmpty() {
      return names.isEmpty();
    }

    List<String> list() {
      return List.copyOf(names.values());
    }
  }

  /** The main label of a host name: "www.example-news.co.uk" gives "examplenews". */
  static String hostKey(String host) {
    if (host == null || host.isEmpty()) return "";
    String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
    int i = parts.length - 2;
    if (i > 0 && parts[i].length() <= 3 && parts[parts.length - 1].length() == 2) i--;
    // On blog platforms the site is the subdomain: name.wordpress.com, name.blogspot.com.
    if (i > 0 && PLATFORMS.contains(parts[i]) && !parts[i - 1].equals("www")) i--;
    return i >= 0 ? Texts.key(parts[i]) : Texts.key(host);
  }
}
