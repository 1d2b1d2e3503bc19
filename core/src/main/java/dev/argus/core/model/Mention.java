package dev.argus.core.model;

/**
 * A watched entity found in an article's text. {@code start} and {@code end} are UTF-16 offsets
 * into {@link Article#text()} ({@code text.substring(start, end)} is {@link #text}). {@code tone}
 * is the tone of a window around the mention in [-1, 1], or {@code null} until the tone stage has
 * run or when the window holds no scored words.
 */
public record Mention(String entity, String type, String text, int start, int end, Double tone) {

  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
  }

  public Mention(String entity, String type, String text, int start, int end) {
    this(entity, type, text, start, end, null);
  }

  public Mention withTone(Double tone) {
    return new Mention(entity, type, text, start, end, tone);
  }
}
