package dev.argus.app;

import dev.argus.embed.OnnxEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --story-model FILE}: a multilingual sentence-embedding model (ONNX) that the story
 * clusterer uses beside words and anchors (a picocli mixin for the commands that ingest).
 */
final class StoryModelOptions {
  @Option(
      names = "--story-model",
      paramLabel = "FILE",
      description =
          "A sentence-embedding model as an ONNX file (BERT-style, such as a multilingual MiniLM"
              + " export), to link stories by meaning too. Its tokenizer.json is looked for beside"
              + " it unless --story-tokenizer says where.")
  Path model;

  @Option(
      names = "--story-tokenizer",
      paramLabel = "FILE",
      description = "The model's HuggingFace tokenizer.json (default: beside the model).")
  Path tokenizer;

  /** The model, loaded; null when none was given. The caller closes it. */
  OnnxEmbedder open(CommandSpec spec) {
    if (model == null) {
      if (tokenizer != null) {
        throw new ParameterException(spec.commandLine(), "--story-tokenizer needs --story-model");
      }
      return null;
    }
    Path tok = tokenizer != null ? tokenizer : model.resolveSibling("tokenizer.json");
    try {
      return OnnxEmbedder.open(model, tok);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot load the story model: " + e.getMessage());
    }
  }
}
