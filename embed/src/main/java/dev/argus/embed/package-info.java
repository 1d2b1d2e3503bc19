/**
 * Sentence embeddings for the story clusterer: {@link dev.argus.embed.OnnxEmbedder} runs a
 * multilingual sentence-embedding model that the user supplies as an ONNX file and a HuggingFace
 * tokenizer.json. Kept out of core so that core carries no model runtime: ONNX Runtime and the
 * tokenizer library ship native code (about 90 MB of jars).
 */
package dev.argus.embed;
