package dev.argus.core.model;

/**
 * Speech quoted in an article. {@code start}/{@code end} are UTF-16 offsets of the quoted words
 * (without the quotation marks) in {@link Article#text()}; {@code speaker} is the attributed
 * person or organisation, or {@code null} when no speaker could be found. {@code marked} is false
 * for speech that has lost its quotation marks (a first-person paragraph after a colon that names
 * the speaker).
 */
public record Quote(String text, String speaker, int start, int end, boolean marked) {}
