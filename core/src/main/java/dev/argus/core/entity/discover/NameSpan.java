package dev.argus.core.entity.discover;

/**
 * A candidate name in one text. {@code start} and {@code end} are UTF-16 offsets into the text
 * given to {@link NameFinder#find} ({@code text.substring(start, end)} is {@link #text}).
 *
 * @param type the type guessed from cues in and around the span
 * @param cued a strong local cue says this is a name: an honorific or role before it ("Dr",
 *     "analyst"), an organisation word before it ("the company"), a legal suffix or head word
 *     ("GmbH", "Bank of"), a country or tz-database city, or a place preposition outside English
 *     and German ("à Douai"); one such article is enough for {@link NameStatistics} to accept it
 * @param weak the span's shape alone does not say it is a name: a single capitalised word that
 *     starts a sentence, or a single capitalised German word (German capitalises every noun);
 *     {@link NameStatistics} accepts such a name only if it has been seen elsewhere without this
 *     doubt
 */
public record NameSpan(String text, int start, int end, NameType type, boolean cued, boolean weak) {

  public NameSpan {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("empty name span");
    }
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad name span [" + start + ", " + end + ") for " + text);
    }
    if (type == null) {
      type = NameType.UNKNOWN;
    }
  }
}
