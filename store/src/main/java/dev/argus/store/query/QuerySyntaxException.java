package dev.argus.store.query;

/**
 * A query the language cannot accept, with where: {@link #position()} is the 0-based character
 * offset of the problem in {@link #query()}, {@link #getMessage()} says what is wrong in a few
 * words, and {@link #pointer()} renders the query with a caret under the problem.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

  /** How many characters of the query {@link #pointer()} shows on each side of the error. */
  static final int POINTER_CONTEXT = 60;

  private final String query;
  private final int position;

  /**
   * A problem at {@code position} (clamped to the query) in {@code query}, said in {@code message}.
   */
  public QuerySyntaxException(String query, int position, String message) {
    super(message);
    this.query = query == null ? "" : query;
    this.position = Math.max(0, Math.min(position, this.query.length()));
  }

  /** The query as the user wrote it. */
  public String query() {
    return query;
  }

  /** The 0-based character offset of the problem (the query's length when it is at the end). */
  public int position() {
    return position;
  }

  /**
   * Two lines: the query (a window around the error when it is long; tabs and line breaks shown as
   * spaces) and a caret under the error, counting wide East Asian characters as two columns:
   *
   * <pre>
   * lnag:fr
   * ^
   * </pre>
   */
  public String pointer() {
    int from = Math.max(0, position - POINTER_CONTEXT);
    int to = Math.min(query.length(), position + POINTER_CONTEXT);
    if (from > 0 && Character.isLowSurrogate(query.charAt(from))) from++;
    if (to < query.length() && to > 0 && Character.isHighSurrogate(query.charAt(to - 1))) to--;
    StringBuilder line = new StringBuilder();
    StringBuilder caret = new StringBuilder();
    if (from > 0) {
      line.append("...");
      caret.append("   ");
    }
    for (int i = from; i < to; i++) {
      char c = query.charAt(i);
      char shown = Character.isWhitespace(c) || Character.isISOControl(c) ? ' ' : c;
      line.append(shown);
      if (i < position && !Character.isLowSurrogate(c)) {
        caret.append(wide(query.codePointAt(i)) ? "  " : " ");
      }
    }
    if (to < query.length()) line.append("...");
    return line + "\n" + caret + "^";
  }

  /** Whether a terminal shows {@code cp} two columns wide (CJK, Hangul, full-width forms). */
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
