package dev.argus.bench.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One page of a labelled set. Snippet sets fill {@code with}/{@code without}; full-body sets fill
 * {@code body}. Metadata labels are null when the set does not know them.
 */
public record LabelledPage(
    String id,
    Path file,
    String url,
    String language,
    List<String> with,
    List<String> without,
    String body,
    String title,
    List<String> authors,
    String date) {}
