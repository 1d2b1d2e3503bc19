package dev.argus.bench.speed;

import dev.argus.bench.eval.Dataset;
import dev.argus.bench.eval.LabelledPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One benchmark page held in memory: the raw bytes in their original charset (gunzipped, so no
 * contender pays for decompression) and the URL.
 */
public record SpeedPage(String path, String url, byte[] bytes) {

  /** Loads every page of a labelled set into memory, before any timing starts. */
  public static List<SpeedPage> loadAll(Path dir, int limit) throws IOException {
    Dataset dataset = Dataset.load(dir);
    List<SpeedPage> out = new ArrayList<>();
    for (LabelledPage p : dataset.pages()) {
      if (limit > 0 && out.size() >= limit) break;
      if (!Files.isRegularFile(p.file())) continue;
      byte[] raw = Files.readAllBytes(p.file());
      String name = p.file().getFileName().toString();
      if (name.endsWith(".gz")) {
        raw = gunzip(raw);
        name = name.substring(0, name.length() - 3);
      }
      out.add(new SpeedPage(name, p.url() == null ? "" : p.url(), raw));
    }
    if (out.isEmpty()) throw new IOException("no readable pages in " + dir);
    return out;
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
