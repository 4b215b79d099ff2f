package org.careermatch.engine.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.careermatch.data.Checks;

/**
 * The quantized bge-small-en-v1.5 sentence-embedding model (384 dimensions), run in process on the CPU by ONNX Runtime.
 * The model and its tokenizer ship inside a Maven Central jar; nothing is downloaded.
 */
public final class OnnxEmbedder implements TextEmbedder {
  public static final String MODEL_ID = "bge-small-en-v1.5-q";
  private static final int DIMENSION = 384;

  private final EmbeddingModel model;

  private OnnxEmbedder(EmbeddingModel model) {
    this.model = model;
  }

  /**
   * Loads the model.
   *
   * @throws SemanticUnavailableException when the model or ONNX Runtime's native library cannot be loaded here
   */
  public static OnnxEmbedder load() {
    try {
      return new OnnxEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel());
    } catch (RuntimeException | LinkageError e) {
      throw new SemanticUnavailableException("cannot load the embedding model " + MODEL_ID + ": " + e, e);
    }
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embed(String text) {
    Checks.requireNonBlank(text, "text to embed");
    float[] v = model.embed(text).content().vector();
    if (v.length != DIMENSION) {
      throw new IllegalStateException(MODEL_ID + " returned " + v.length + " dimensions, expected " + DIMENSION);
    }
    return Vectors.normalize(v);
  }
}
