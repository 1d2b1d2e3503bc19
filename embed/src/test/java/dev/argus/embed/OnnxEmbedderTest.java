package dev.argus.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxEmbedderTest {

  private static OnnxEmbedder embedder;

  @BeforeAll
  static void open() {
    embedder = BundledMiniLm.open();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void bundledModelLoadsWithItsDimensionAndDefaultLimit() {
    assertThat(embedder.dimension()).isEqualTo(BundledMiniLm.DIMENSION);
    assertThat(embedder.maxTokens()).isEqualTo(OnnxEmbedder.DEFAULT_MAX_TOKENS);
  }

  @Test
  void vectorsHaveTheFixedLengthAndUnitNorm() {
    for (String text : new String[] {"Short.", "", "A harbour crane collapsed in the storm."}) {
      float[] v = embedder.embed(text);
      assertThat(v).hasSize(embedder.dimension());
      assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void sameTextGivesTheSameVector() {
    String text = "The city council voted to close the old bridge for repairs.";
    assertThat(embedder.embed(text)).containsExactly(embedder.embed(text));
  }

  @Test
  void threadsEmbeddingAtOnceGetTheSameVectors() throws Exception {
    List<String> texts =
        List.of("Floods close the northern railway line.", "Le gouvernement annonce un budget.");
    List<float[]> expected = texts.stream().map(embedder::embed).toList();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<float[]>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String text = texts.get(i % 2);
        results.add(pool.submit(() -> embedder.embed(text)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).containsExactly(expected.get(i % 2));
      }
    }
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    float[] a = embedder.embed("The central bank raised interest rates by half a point.");
    float[] b = embedder.embed("Interest rates were increased by the central bank by 0.5%.");
    float[] c = embedder.embed("My grandmother grows tomatoes in her garden every summer.");
    assertThat(dot(a, b)).isGreaterThan(dot(a, c) + 0.2);
  }

  @Test
  void tokensPastTheLimitDoNotCount() {
    String head = "The river flooded the lower town after three days of rain. ".repeat(30);
    try (OnnxEmbedder cut = BundledMiniLm.open(64)) {
      assertThat(cut.embed(head + "Volcano erupts."))
          .containsExactly(cut.embed(head + "Stock markets rallied."));
      assertThat(cut.embed(head)).isNotEqualTo(cut.embed("Volcano erupts. " + head));
    }
  }

  @Test
  void tokensUpToTheLimitCountThoughTheTokenizerFileSaysLess() {
    // The bundled tokenizer.json truncates at 128 and pads to 128; the embedder's limit wins.
    String head = "The river flooded the lower town after three days of rain. ".repeat(16);
    assertThat(embedder.encode(head).getIds().length).isBetween(150, 240);
    assertThat(embedder.embed(head + "Volcano erupts."))
        .isNotEqualTo(embedder.embed(head + "Stock markets rallied."));
  }

  @Test
  void longTextIsCutAtTheLimitAndShortTextIsNotPadded() {
    String text = "The river flooded the lower town after three days of rain. ".repeat(100);
    assertThat(embedder.encode(text).getIds()).hasSize(OnnxEmbedder.DEFAULT_MAX_TOKENS);
    assertThat(embedder.encode("Rain.").getIds()).hasSize(4);
    try (OnnxEmbedder wide = BundledMiniLm.open(OnnxEmbedder.MAX_TOKENS_LIMIT)) {
      assertThat(wide.encode(text).getIds()).hasSize(OnnxEmbedder.MAX_TOKENS_LIMIT);
    }
  }

  @Test
  void veryLongTextEmbedsAsItsHead() {
    String head =
        "Negotiators met again in Geneva on Tuesday to discuss the ceasefire. ".repeat(40);
    String huge = head + "x".repeat(2_000_000);
    float[] v = embedder.embed(huge);
    assertThat(v).hasSize(embedder.dimension());
    assertThat(v).containsExactly(embedder.embed(head));
  }

  @Test
  void headDoesNotSplitASurrogatePair() {
    String text = "ab\uD83D\uDE00cd";
    assertThat(OnnxEmbedder.head(text, 3)).isEqualTo("ab");
    assertThat(OnnxEmbedder.head(text, 4)).isEqualTo("ab\uD83D\uDE00");
    assertThat(OnnxEmbedder.head(text, 10)).isSameAs(text);
  }

  @Test
  void tokenLimitOutsideTheRangeIsRejected() {
    assertThatThrownBy(() -> OnnxEmbedder.open(BundledMiniLm.model(), BundledMiniLm.tokenizer(), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTokens is 2");
    assertThatThrownBy(
            () -> OnnxEmbedder.open(BundledMiniLm.model(), BundledMiniLm.tokenizer(), 513))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTokens is 513");
  }

  @Test
  void missingModelFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("model.onnx");
    assertThatThrownBy(() -> OnnxEmbedder.open(missing, BundledMiniLm.tokenizer()))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("embedding model file not found");
  }

  @Test
  void missingTokenizerFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("tokenizer.json");
    assertThatThrownBy(() -> OnnxEmbedder.open(BundledMiniLm.model(), missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("tokenizer file not found");
  }

  @Test
  void folderInsteadOfModelFileIsRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> OnnxEmbedder.open(dir, BundledMiniLm.tokenizer()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a readable file");
  }

  @Test
  void corruptModelFileIsRejected(@TempDir Path dir) throws IOException {
    Path corrupt = dir.resolve("model.onnx");
    byte[] bytes = Files.readAllBytes(BundledMiniLm.model());
    Files.write(corrupt, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    assertThatThrownBy(() -> OnnxEmbedder.open(corrupt, BundledMiniLm.tokenizer()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a readable ONNX model");
  }

  @Test
  void textFileAsModelIsRejected(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("model.onnx"), "not a model at all\n");
    assertThatThrownBy(() -> OnnxEmbedder.open(text, BundledMiniLm.tokenizer()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a readable ONNX model");
  }

  @Test
  void tokenizerThatIsNotJsonIsRejected(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("tokenizer.json"), "{ not json");
    assertThatThrownBy(() -> OnnxEmbedder.open(BundledMiniLm.model(), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not JSON");
  }

  @Test
  void jsonThatIsNotATokenizerIsRejected(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"type\": \"BPE\"}}");
    assertThatThrownBy(() -> OnnxEmbedder.open(BundledMiniLm.model(), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no model.vocab");
  }

  @Test
  void tokenizerWithALargerVocabularyThanTheModelIsRejected(@TempDir Path dir) throws IOException {
    Path other = Files.writeString(dir.resolve("tokenizer.json"), wordPiece(40_000));
    assertThatThrownBy(() -> OnnxEmbedder.open(BundledMiniLm.model(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match embedding model")
        .hasMessageContaining("token ids go up to 39999");
  }

  @Test
  void smallTokenizerOfOurOwnLoads(@TempDir Path dir) throws IOException {
    // A tokenizer whose ids fit the model loads: the check is on ids, not on the vocabulary's
    // words.
    Path ours = Files.writeString(dir.resolve("tokenizer.json"), wordPiece(100));
    try (OnnxEmbedder e = OnnxEmbedder.open(BundledMiniLm.model(), ours)) {
      assertThat(e.embed("w1 w2 w3")).hasSize(BundledMiniLm.DIMENSION);
    }
  }

  @Test
  void closedEmbedderFailsClearly() {
    OnnxEmbedder e = BundledMiniLm.open(16);
    e.close();
    e.close();
    assertThatThrownBy(() -> e.embed("text"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  /**
   * A WordPiece tokenizer.json of our own with {@code size} tokens: [PAD] [UNK] [CLS] [SEP] w4..
   */
  static String wordPiece(int size) {
    StringBuilder vocab = new StringBuilder();
    String[] special = {"[PAD]", "[UNK]", "[CLS]", "[SEP]"};
    for (int i = 0; i < size; i++) {
      String token = i < special.length ? special[i] : "w" + i;
      vocab.append(i == 0 ? "" : ",").append('"').append(token).append("\":").append(i);
    }
    String json =
        """
        {"version": "1.0", "truncation": null, "padding": null, "added_tokens": [],
         "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
           "strip_accents": null, "lowercase": true},
         "pre_tokenizer": {"type": "BertPreTokenizer"},
         "post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 3], "cls": ["[CLS]", 2]},
         "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": true},
         "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
           "max_input_chars_per_word": 100, "vocab": {VOCAB}}}
        """;
    return new String(
        json.replace("VOCAB", vocab).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
