package org.careermatch.engine.semantic;

import java.util.List;
import java.util.Objects;

/**
 * A {@link TextEmbedder} in front of another that forwards every call to it: a subclass changes
 * only what it adds (a cache of vectors, a recording of the texts asked for) and keeps the model's
 * id and dimension.
 */
public abstract class ForwardingEmbedder implements TextEmbedder {
  /** The embedder behind this one. */
  protected final TextEmbedder model;

  protected ForwardingEmbedder(TextEmbedder model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text);
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return model.embedAll(texts);
  }
}
