package dev.argus.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo corpus bundled on the classpath under {@value #ROOT} (copied from {@code demo/corpus} at
 * build time), so it can be read from the jar and from any working directory. Its {@code
 * manifest.tsv} lists the pages, one {@code html/FILE<TAB>URL} per line, in display order.
 */
public final class DemoCorpus {

  /** Where the corpus lives on the classpath. */
  public static final String ROOT = "/dev/argus/demo/corpus/";

  /** One page of the corpus: its path relative to the corpus root, and its URL. */
  public record Page(String path, String url) {
    /** The file name, without the {@code html/} folder. */
    public String file() {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  private DemoCorpus() {}

  /** The pages listed in the bundled manifest, in manifest order. */
  public static List<Page> pages() throws IOException {
    String manifest = new String(read("manifest.tsv"), StandardCharsets.UTF_8);
    List<Page> pages = new ArrayList<>();
    for (String line : manifest.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.strip().split("\t");
      pages.add(new Page(cols[0].strip(), cols.length > 1 ? cols[1].strip() : null));
    }
    return pages;
  }

  /** The demo's watch list (YAML): the companies and people the corpus follows. */
  public static String watchList() throws IOException {
    return new String(read("watchlist.yaml"), StandardCharsets.UTF_8);
  }

  /** The raw bytes of a page (possibly gzip-compressed, in whatever charset the page declares). */
  public static byte[] read(Page page) throws IOException {
    return read(page.path());
  }

  private static byte[] read(String path) throws IOException {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(ROOT + path)) {
      if (in == null) throw new IOException("not in the bundled demo corpus: " + path);
      return in.readAllBytes();
    }
  }
}
