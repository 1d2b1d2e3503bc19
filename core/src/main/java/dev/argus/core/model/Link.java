package dev.argus.core.model;

/**
 * A hyperlink inside an article's main content: its absolute {@code url} and its anchor text as it
 * appears in {@link Article#text()}. {@code start}/{@code end} are UTF-16 offsets of the anchor text
 * in the article text, or -1 when the anchor text could not be placed.
 */
public record Link(String url, String text, int start, int end) {}
