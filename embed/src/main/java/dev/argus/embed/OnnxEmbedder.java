package dev.argus.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.argus.core.story.Embedder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sentence-embedding model that the user supplies as an ONNX file and its HuggingFace {@code
 * tokenizer.json}, as an {@link Embedder} for the story clusterer: the text is tokenised (cut at
 * {@link #maxTokens()} tokens, special tokens included), the model's token vectors are averaged
 * over the attention mask (mean pooling) and the mean is scaled to unit length, so that a dot
 * product is a cosine.
 *
 * <p>The model must be a BERT-style encoder export (as sentence-transformers models are exported to
 * ONNX): inputs {@code input_ids} and {@code attention_mask}, optionally {@code token_type_ids},
 * all int64 of shape [batch, tokens]; an output of token vectors [batch, tokens, dimension] ({@code
 * last_hidden_state}, {@code token_embeddings}, or else the first three-dimensional one). {@link
 * #open} checks all of this, and that the tokenizer's ids fit the model's vocabulary and that the
 * model takes {@code maxTokens} positions, by running the model once.
 *
 * <p>ONNX Runtime runs the model on one thread per call ({@code embed} may be called from several
 * threads at once), which keeps the vectors bit for bit the same from run to run. The tokenizer is
 * DJL's binding of the Rust HuggingFace tokenizers: its native library ships in the jar for Linux
 * (x86_64, aarch64) and is unpacked under {@code ~/.djl.ai} (or {@code DJL_CACHE_DIR}). Unless the
 * user set {@code ai.djl.offline} or {@code DJL_OFFLINE}, {@link #open} sets the system property
 * {@code ai.djl.offline=true}, so that DJL never downloads a library (on other platforms loading
 * then fails with an error instead).
 */
public final class OnnxEmbedder implements Embedder, AutoCloseable {

  /** The token limit of {@link #open(Path, Path)}: what sentence-transformers models train on. */
  public static final int DEFAULT_MAX_TOKENS = 256;

  /** The largest token limit accepted: BERT-style encoders have 512 positions. */
  public static final int MAX_TOKENS_LIMIT = 512;

  /** The smallest token limit accepted: room for the two special tokens around one word. */
  public static final int MIN_TOKENS = 3;

  /**
   * A text is cut at {@code maxTokens} times this many chars before it is tokenised, so that a long
   * article costs no more to tokenise than its head. A token covers far fewer chars than this in
   * any language, so the cut does not change which tokens are kept.
   */
  public static final int CHARS_PER_TOKEN_BOUND = 32;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INPUT_IDS = "input_ids";
  private static final String ATTENTION_MASK = "attention_mask";
  private static final String TOKEN_TYPE_IDS = "token_type_ids";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final String output;
  private final boolean typeIds;
  private final int maxTokens;
  private int dimension;
  private volatile boolean closed;

  private OnnxEmbedder(
      OrtEnvironment env,
      OrtSession session,
      HuggingFaceTokenizer tokenizer,
      String output,
      boolean typeIds,
      int maxTokens) {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.output = output;
    this.typeIds = typeIds;
    this.maxTokens = maxTokens;
  }

  /** Opens {@code model} with {@code tokenizer}, cutting texts at {@link #DEFAULT_MAX_TOKENS}. */
  public static OnnxEmbedder open(Path model, Path tokenizer) throws IOException {
    return open(model, tokenizer, DEFAULT_MAX_TOKENS);
  }

  /**
   * Opens {@code model} with {@code tokenizer}, cutting texts at {@code maxTokens} tokens.
   *
   * @param model the ONNX file of a sentence-embedding model
   * @param tokenizer the model's HuggingFace {@code tokenizer.json}
   * @param maxTokens how many tokens of a text the model reads, special tokens included; from
   *     {@link #MIN_TOKENS} to {@link #MAX_TOKENS_LIMIT}
   * @throws NoSuchFileException if either file is missing
   * @throws IOException if either file cannot be read
   * @throws IllegalArgumentException if the model is not a readable ONNX model of the expected
   *     shape, the tokenizer not a tokenizer.json, they do not fit each other, or {@code maxTokens}
   *     is out of range
   */
  public static OnnxEmbedder open(Path model, Path tokenizer, int maxTokens) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(tokenizer, "tokenizer");
    if (maxTokens < MIN_TOKENS || maxTokens > MAX_TOKENS_LIMIT) {
      throw new IllegalArgumentException(
          "maxTokens is "
              + maxTokens
              + ", outside the range "
              + MIN_TOKENS
              + " to "
              + MAX_TOKENS_LIMIT);
    }
    requireFile(model, "embedding model");
    requireFile(tokenizer, "tokenizer");
    long maxId = maxTokenId(tokenizer);

    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession session;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      // Failures come back as exceptions with ONNX Runtime's message; it need not print them too.
      options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
      session = env.createSession(model.toString(), options);
    } catch (OrtException e) {
      throw new IllegalArgumentException(
          "embedding model " + model + " is not a readable ONNX model: " + e.getMessage(), e);
    }
    HuggingFaceTokenizer tok = null;
    try {
      Set<String> inputs = session.getInputNames();
      if (!inputs.contains(INPUT_IDS)
          || !inputs.contains(ATTENTION_MASK)
          || !Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS).containsAll(inputs)) {
        throw new IllegalArgumentException(
            "embedding model "
                + model
                + " takes the inputs "
                + new TreeSet<>(inputs)
                + "; expected input_ids and attention_mask, and optionally token_type_ids");
      }
      String output = tokenOutput(model, session);
      tok = loadTokenizer(tokenizer, maxTokens);
      OnnxEmbedder e =
          new OnnxEmbedder(env, session, tok, output, inputs.contains(TOKEN_TYPE_IDS), maxTokens);
      e.dimension = e.probe(model, tokenizer, maxId);
      return e;
    } catch (RuntimeException | IOException e) {
      if (tok != null) {
        tok.close();
      }
      closeQuietly(session, e);
      throw e;
    }
  }

  /** The length of every vector. */
  public int dimension() {
    return dimension;
  }

  /** How many tokens of a text the model reads, special tokens included. */
  public int maxTokens() {
    return maxTokens;
  }

  /**
   * The unit-length mean-pooled vector of {@code text}; only its first {@link #maxTokens()} tokens
   * count.
   *
   * @throws IllegalStateException if this embedder is closed or the model fails
   */
  @Override
  public float[] embed(String text) {
    Objects.requireNonNull(text, "text");
    if (closed) {
      throw new IllegalStateException("this OnnxEmbedder is closed");
    }
    Encoding enc = encode(text);
    long[] ids = enc.getIds();
    long[] mask = enc.getAttentionMask();
    long[] types = enc.getTypeIds();
    if (ids.length > maxTokens) {
      // Built to truncate, the tokenizer never gives more; this keeps the model's input bounded.
      ids = Arrays.copyOf(ids, maxTokens);
      mask = Arrays.copyOf(mask, maxTokens);
      types = Arrays.copyOf(types, maxTokens);
    }
    try {
      return normalise(meanPool(run(ids, mask, types), mask));
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
    }
  }

  /** The tokens of {@code text} as the model reads them: its head, truncated, not padded. */
  Encoding encode(String text) {
    return tokenizer.encode(head(text, maxTokens * CHARS_PER_TOKEN_BOUND));
  }

  /** Releases the model and the tokenizer; {@link #embed} fails afterwards. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    tokenizer.close();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("closing the embedding model failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the model twice on made-up ids: the tokenizer's largest id (a model with a smaller
   * vocabulary fails), then {@code maxTokens} tokens (a model with fewer positions fails).
   *
   * @return the vector length
   */
  private int probe(Path model, Path tokenizerPath, long maxId) {
    long[] shortIds = {0, maxId};
    try {
      run(shortIds, ones(2), new long[2]);
    } catch (OrtException | RuntimeException e) {
      throw new IllegalArgumentException(
          "tokenizer "
              + tokenizerPath
              + " does not match embedding model "
              + model
              + ": its token ids go up to "
              + maxId
              + " and the model fails on them: "
              + e.getMessage(),
          e);
    }
    try {
      float[][] vectors = run(new long[maxTokens], ones(maxTokens), new long[maxTokens]);
      if (vectors.length != maxTokens || vectors[0].length == 0) {
        throw new IllegalArgumentException(
            "embedding model " + model + " gave no vector per token for " + maxTokens + " tokens");
      }
      return vectors[0].length;
    } catch (OrtException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException(
          "embedding model "
              + model
              + " fails on "
              + maxTokens
              + " tokens (fewer positions than maxTokens?): "
              + e.getMessage(),
          e);
    }
  }

  /** The model's token vectors for one sequence: [tokens][dimension]. */
  private float[][] run(long[] ids, long[] mask, long[] types) throws OrtException {
    long[] shape = {1, ids.length};
    Map<String, OnnxTensor> in = new HashMap<>();
    try {
      in.put(INPUT_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      in.put(ATTENTION_MASK, OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        in.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
      }
      try (OrtSession.Result result = session.run(in, Set.of(output))) {
        OnnxValue value = result.get(0);
        if (!(value instanceof OnnxTensor tensor)) {
          throw new IllegalStateException("output " + output + " is not a tensor");
        }
        long[] out = tensor.getInfo().getShape();
        if (out.length != 3 || out[0] != 1 || out[1] != ids.length || out[2] <= 0) {
          throw new IllegalStateException(
              "output "
                  + output
                  + " has shape "
                  + Arrays.toString(out)
                  + " for "
                  + ids.length
                  + " tokens; expected [1, "
                  + ids.length
                  + ", dimension]");
        }
        FloatBuffer fb = tensor.getFloatBuffer();
        int d = (int) out[2];
        float[][] vectors = new float[ids.length][d];
        for (float[] v : vectors) {
          fb.get(v);
        }
        return vectors;
      }
    } finally {
      for (OnnxTensor t : in.values()) {
        t.close();
      }
    }
  }

  private static float[] meanPool(float[][] vectors, long[] mask) {
    int d = vectors[0].length;
    double[] sum = new double[d];
    long count = 0;
    for (int t = 0; t < vectors.length; t++) {
      if (mask[t] == 0) {
        continue;
      }
      count++;
      for (int i = 0; i < d; i++) {
        sum[i] += vectors[t][i];
      }
    }
    float[] mean = new float[d];
    for (int i = 0; i < d; i++) {
      mean[i] = (float) (sum[i] / Math.max(1, count));
    }
    return mean;
  }

  private static float[] normalise(float[] v) {
    double sq = 0;
    for (float x : v) {
      sq += (double) x * x;
    }
    if (sq == 0) {
      return v;
    }
    double norm = Math.sqrt(sq);
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (v[i] / norm);
    }
    return v;
  }

  /** The name of the token-vector output: three dimensions, float. */
  private static String tokenOutput(Path model, OrtSession session) {
    try {
      Map<String, NodeInfo> outputs = session.getOutputInfo();
      for (String preferred : new String[] {"last_hidden_state", "token_embeddings"}) {
        if (outputs.containsKey(preferred) && isTokenVectors(outputs.get(preferred))) {
          return preferred;
        }
      }
      for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
        if (isTokenVectors(e.getValue())) {
          return e.getKey();
        }
      }
      throw new IllegalArgumentException(
          "embedding model "
              + model
              + " has no output of token vectors [batch, tokens, dimension]; its outputs: "
              + outputs.keySet());
    } catch (OrtException e) {
      throw new IllegalArgumentException(
          "embedding model " + model + ": cannot read its outputs: " + e.getMessage(), e);
    }
  }

  private static boolean isTokenVectors(NodeInfo info) {
    return info.getInfo() instanceof TensorInfo t
        && t.getShape().length == 3
        && t.type == ai.onnxruntime.OnnxJavaType.FLOAT;
  }

  private static HuggingFaceTokenizer loadTokenizer(Path path, int maxTokens) throws IOException {
    if (System.getProperty("ai.djl.offline") == null && System.getenv("DJL_OFFLINE") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    Map<String, String> options =
        Map.of(
            "addSpecialTokens", "true",
            "truncation", "true",
            "padding", "false",
            "maxLength", Integer.toString(maxTokens));
    try {
      return HuggingFaceTokenizer.newInstance(path, options);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "tokenizer " + path + " is not a HuggingFace tokenizer.json: " + e.getMessage(), e);
    }
  }

  /**
   * The largest token id of a tokenizer.json: its model's vocabulary (a map of token to id, or a
   * Unigram list of pieces) and its added tokens. Read here because DJL's binding does not expose
   * the vocabulary size.
   */
  static long maxTokenId(Path tokenizer) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(tokenizer)) {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "tokenizer " + tokenizer + " is not JSON (a HuggingFace tokenizer.json)", e);
    }
    JsonNode vocab = root == null ? null : root.path("model").get("vocab");
    if (vocab == null || !(vocab.isObject() || vocab.isArray()) || vocab.isEmpty()) {
      throw new IllegalArgumentException(
          "tokenizer " + tokenizer + " is not a HuggingFace tokenizer.json: it has no model.vocab");
    }
    long max = -1;
    if (vocab.isArray()) {
      max = vocab.size() - 1;
    } else {
      for (JsonNode id : vocab) {
        max = Math.max(max, id.asLong(-1));
      }
    }
    for (JsonNode added : root.path("added_tokens")) {
      max = Math.max(max, added.path("id").asLong(-1));
    }
    return max;
  }

  private static void requireFile(Path path, String what) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, what + " file not found");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new IOException(what + " " + path + " is not a readable file");
    }
  }

  /** The first {@code limit} chars of {@code text}, not splitting a surrogate pair. */
  static String head(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end);
  }

  private static long[] ones(int n) {
    long[] a = new long[n];
    Arrays.fill(a, 1);
    return a;
  }

  private static void closeQuietly(OrtSession session, Exception cause) {
    try {
      session.close();
    } catch (OrtException e) {
      cause.addSuppressed(e);
    }
  }
}
