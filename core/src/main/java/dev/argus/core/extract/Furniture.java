package dev.argus.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Article furniture that sits inside the story's own column, so that container scoring cannot tell
 * it from the text: section labels with nothing of their own ("Kontakt:", "Weitere Informationen",
 * "Comments are closed"), picture credits ("Foto: …", "… © AFP / Name") and the contact block a
 * press release ends with (a label, a name, phone and e-mail lines).
 *
 * <p>Two uses, both on rendered blocks:
 *
 * <ul>
 *   <li>{@link #isLabel} and {@link #isCredit} judge one short block wherever it stands;
 *   <li>{@link #trimTail} removes the run of label, contact and credit blocks at the end of the
 *       article, and a contact section there (a contact label followed only by short lines).
 * </ul>
 *
 * The rules are lists of words in several languages (en, de, fr, es, it, pt, pl, zh) over whole
 * short blocks: a label counts only when it is the whole block, a credit only when the credit is
 * the block's short tail, so a sentence that mentions a photo or a contact is never touched.
 * Written by hand: no library classifies these lines, and the lists are what a reader of the
 * languages would write.
 */
final class Furniture {

  private Furniture() {}

  /** Blocks longer than this are never labels. */
  static final int LABEL_MAX = 80;

  /** Blocks longer than this are never credits or contact lines. */
  static final int LINE_MAX = 160;

  /** What follows a credit marker ("© " + agency / photographer) is at most this long. */
  static final int CREDIT_TAIL_MAX = 60;

  /** A contact section at the end holds at most this many blocks after its label... */
  static final int SECTION_MAX_BLOCKS = 8;

  /** ...each shorter than this (a name, an address line, a phone number). */
  static final int SECTION_LINE_MAX = 100;

  /** Labels that open a contact section. */
  private static final String CONTACT_LABELS =
      "kontakt|pressekontakt|medienkontakt|kontakt für die presse|ansprechpartner(?:in)?|"
          + "contacts?|press contacts?|media contacts?|press enquiries|media enquiries|"
          + "contact presse|contacts? presse|contacto|contacto de prensa|contactos|"
          + "contatti|contatto|contatto stampa|contato|contatos|kontakt dla mediów|"
          + "联系方式|联系我们|媒体联系|联系人";

  /** Labels of further-information, source-list and comment-state lines. */
  private static final String OTHER_LABELS =
      "weitere informationen|mehr informationen|zusatzinformationen|weiterführende informationen|"
          + "further information|more information|for more information|additional information|"
          + "pour en savoir plus|plus d'informations|plus d’informations|informations pratiques|"
          + "más información|para más información|información adicional|"
          + "ulteriori informazioni|maggiori informazioni|per informazioni|per saperne di più|"
          + "mais informações|para mais informações|więcej informacji|更多信息|了解更多|"
          + "quellen(?: (?:anzeigen|ausblenden|einblenden))?|quellenverzeichnis|"
          + "sources?|fuentes|fonti|fontes|źródła|"
          + "keine kommentare|kommentare geschlossen|kommentare sind geschlossen|"
          + "no comments(?: yet)?|comments are closed|comments closed|"
          + "aucun commentaire|commentaires fermés|les commentaires sont fermés|"
          + "sin comentarios|comentarios cerrados|los comentarios están cerrados|"
          + "nessun commento|commenti chiusi|i commenti sono chiusi|"
          + "sem comentários|comentários encerrados|brak komentarzy|暂无评论|评论已关闭|"
          + "release date|veröffentlichungsdatum|date de publication|fecha de publicación";

  /**
   * Labels of the page's navigation set inside the column: a "read also" heading over links, a
   * table of contents, a list of the latest articles, the notice over an embedded third-party
   * player, the magazine issue a piece "appeared in".
   */
  private static final String NAVIGATION_LABELS =
      "lesen sie auch|lies auch|siehe auch|read also|read more|see also|also read|"
          + "lire aussi|à lire aussi|a lire aussi|voir aussi|lire également|"
          + "lee también|lea también|ver también|vea también|leggi anche|vedi anche|"
          + "leia também|veja também|czytaj także|czytaj też|相关阅读|延伸阅读|相关新闻|"
          + "inhaltsverzeichnis|table of contents|contents|table des matières|sommaire|"
          + "índice|tabla de contenidos|indice|sommario|spis treści|目录|"
          + "neueste artikel|neueste beiträge|latest articles|latest posts|latest news|"
          + "derniers articles|últimas noticias|últimos artículos|ultime notizie|"
          + "ultimi articoli|最新文章|"
          + "externer inhalt|external content|contenu externe|contenido externo|"
          + "contenuto esterno|conteúdo externo|"
          + "erschienen in|published in|paru dans|publicado en|pubblicato su";

  /**
   * A block that is only a label: the words, an optional colon, an optional remark in brackets
   * ("Keine Kommentare (Kommentare erscheinen erst nach Freigabe)").
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "\\W{0,3}(?:"
              + CONTACT_LABELS
              + "|"
              + OTHER_LABELS
              + "|"
              + NAVIGATION_LABELS
              + ")\\s*[:：]?\\s*(?:\\([^)]*\\))?\\W{0,3}");

  private static final Pattern CONTACT_LABEL =
      Pattern.compile("\\W{0,3}(?:" + CONTACT_LABELS + ")\\s*[:：]?\\W{0,3}");

  /**
   * Where a credit starts: the copyright sign, "(c)", or a picture word with a colon ("Foto:",
   * "Bild:", "Photo:", "Crédit photo :", "图片："), or a stock agency's name.
   */
  private static final Pattern CREDIT_MARKER =
      Pattern.compile(
          "©|\\(c\\)(?=\\s|\\p{L})|(?<!\\p{L})(?:fotos?|photos?|bilder|bild|beitragsbild|titelbild|"
              + "bildquelle|bildrechte|bildnachweis|fotonachweis|bildcredit|images?|"
              + "picture|credits?|photo credit|crédits?(?: photo)?|crédito(?: foto)?|"
              + "credito(?: foto)?|foto di|fot\\.|zdjęcie)\\s*[:：]|"
              + "(?:图片来源|图片|摄影|图)\\s*[:：]|^(?:foto|fotografia) di\\s|"
              + "getty images|shutterstock|istock|adobe ?stock|pixabay|unsplash|depositphotos");

  /**
   * Whether the (lower-case) line holds what every {@link #CREDIT_MARKER} match needs: the sign,
   * "(c)", a colon, a leading "foto", or a stock agency's name. Most blocks hold none, and this
   * costs a fraction of trying the pattern's alternatives at each of their characters.
   */
  static boolean mayHoldCreditMarker(String lower) {
    return lower.indexOf(':') >= 0
        || lower.indexOf('：') >= 0
        || lower.indexOf('©') >= 0
        || lower.contains("(c)")
        || lower.startsWith("foto")
        || lower.contains("stock")
        || lower.contains("getty images")
        || lower.contains("pixabay")
        || lower.contains("unsplash")
        || lower.contains("depositphotos");
  }

  /** A sentence break: the tail after a credit marker holds none. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}|[。！？]");

  /**
   * A line of contact data: a contact word with a colon or a number, a bare e-mail address or phone
   * number. A bare web address is not one: it is as often the link the story points to.
   */
  private static final Pattern CONTACT_LINE =
      Pattern.compile(
          "\\W{0,3}(?:(?:tel|tél|telefon|telephone|téléphone|teléfono|telefono|telefone|phone|fon|"
              + "fax|mobil|mobile|handy|cell|e-?mail|courriel|correo(?: electrónico)?|"
              + "adresse|address|dirección|indirizzo|web|internet)\\.?\\s*[:：]|"
              + "(?:tel|tél|phone|fax|fon)\\.?\\s*\\+?\\d|(?:电话|手机|邮箱|传真|地址)\\s*[:：]).*"
              + "|\\S+@\\S+\\.\\p{L}{2,}"
              + "|\\+?[\\d][\\d\\s/()\\-–.]{6,}");

  /** True when the (lower-case) block is a section label with nothing of its own. */
  static boolean isLabel(String lower) {
    return lower.length() <= LABEL_MAX && LABEL.matcher(lower.strip()).matches();
  }

  /**
   * True when the (lower-case) block is a picture credit, or a caption that ends in one: the credit
   * marker is followed by a short tail with no sentence break ("… Schweiz. © AFP / Name"). The
   * block is one line: a paragraph with a credit on a line of its own below is text, not a caption.
   */
  static boolean isCredit(String lower) {
    if (lower.length() > LINE_MAX || !mayHoldCreditMarker(lower)) return false;
    if (lower.strip().indexOf('\n') >= 0) return false;
    var m = CREDIT_MARKER.matcher(lower);
    if (!m.find()) return false;
    String tail = lower.substring(m.end()).strip();
    return tail.length() <= CREDIT_TAIL_MAX && !SENTENCE_BREAK.matcher(tail).find();
  }

  /** A bare web address: contact data only beside other contact lines. */
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+");

  /** True when the (lower-case) line is contact data. */
  static boolean isContact(String line) {
    return line.length() <= LINE_MAX && CONTACT_LINE.matcher(line.strip()).matches();
  }

  /**
   * True when every line of the (lower-case) block is a label, a credit, contact data or a web
   * address, and at least one is not a web address.
   */
  static boolean isTailLine(String lower) {
    boolean any = false;
    for (String line : lower.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      if (isLabel(l) || isCredit(l) || isContact(l)) {
        any = true;
      } else if (!WEB_ADDRESS.matcher(l).matches()) {
        return false;
      }
    }
    return any;
  }

  /**
   * Drops the furniture at the end of the article: walking back from the last kept block, every
   * block made only of labels, credits and contact lines goes; so does a contact section, a contact
   * label followed to the end by at most {@link #SECTION_MAX_BLOCKS} short blocks (the press
   * officer's name, the company's address). Stops at the first block of text, and never reaches the
   * article's first article-like block.
   */
  static void trimTail(List<Blocks.Block> blocks, boolean[] kept) {
    // The first block of text is never trimmed: a page that is all contact data keeps it.
    int floor = -1;
    for (int i = 0; i < blocks.size() && floor < 0; i++) {
      if (kept[i] && ContentExtractor.vote(blocks.get(i)) > 0) floor = i;
    }
    if (floor < 0) return;
    boolean changed = true;
    while (changed) {
      changed = false;
      int i = blocks.size() - 1;
      while (i > floor && (!kept[i] || isTailLine(lower(blocks.get(i))))) {
        if (kept[i]) changed = true;
        kept[i] = false;
        i--;
      }
      // i is now the last kept block of text, or -1. Is it inside a contact section?
      int seen = 0;
      for (int j = i; j > floor && seen <= SECTION_MAX_BLOCKS; j--) {
        if (!kept[j]) continue;
        Blocks.Block b = blocks.get(j);
        if (b.chars() >= SECTION_LINE_MAX) break;
        if (CONTACT_LABEL.matcher(lower(b).strip()).matches()) {
          for (int k = j; k <= i; k++) kept[k] = false;
          changed = true;
          break;
        }
        seen++;
      }
    }
  }

  private static String lower(Blocks.Block b) {
    return b.text().toLowerCase(Locale.ROOT);
  }
}
