package dev.argus.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The small quantised all-MiniLM-L6-v2 that langchain4j ships in a jar (a test dependency): its
 * ONNX file and tokenizer.json are copied out of the class path into a folder, so that tests load
 * them through {@link OnnxEmbedder#open}, the path a user's model takes. Nothing is downloaded.
 */
final class BundledMiniLm {

  static final String MODEL = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  /** all-MiniLM-L6-v2's vector length. */
  static final int DIMENSION = 384;

  private static Path dir;

  private BundledMiniLm() {}

  /** The folder holding {@link #MODEL} and {@link #TOKENIZER}, copied once per test JVM. */
  static synchronized Path files() {
    if (dir == null) {
      try {
        Path d = Files.createTempDirectory("argus-minilm-");
        d.toFile().deleteOnExit();
        for (String name : new String[] {MODEL, TOKENIZER}) {
          try (InputStream in = BundledMiniLm.class.getResourceAsStream("/" + name)) {
            if (in == null) {
              throw new IllegalStateException(name + " is not on the test class path");
            }
            Path f = d.resolve(name);
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
            f.toFile().deleteOnExit();
          }
        }
        dir = d;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  static Path model() {
    return files().resolve(MODEL);
  }

  static Path tokenizer() {
    return files().resolve(TOKENIZER);
  }

  /** The bundled model, texts cut at {@code maxTokens}. */
  static OnnxEmbedder open(int maxTokens) {
    try {
      return OnnxEmbedder.open(model(), tokenizer(), maxTokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled model with the default token limit. */
  static OnnxEmbedder open() {
    return open(OnnxEmbedder.DEFAULT_MAX_TOKENS);
  }
}
