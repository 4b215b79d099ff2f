package org.careermatch.engine.semantic;

import java.util.Objects;
import java.util.function.Function;

/**
 * A model with a cache of query vectors in front: a text seen before is not embedded again. The cache itself is the
 * caller's (the service's is a bounded Caffeine cache with metrics), given as its lookup; cached vectors are shared,
 * and the engine only reads them.
 */
public final class CachedEmbedder implements TextEmbedder {
  /** How a cache answers: the vector cached for {@code text}, computed by {@code embed} and kept when absent. */
  @FunctionalInterface
  public interface Lookup {
    float[] get(String text, Function<String, float[]> embed);
  }

  private final TextEmbedder model;
  private final Lookup lookup;

  public CachedEmbedder(TextEmbedder model, Lookup lookup) {
    this.model = Objects.requireNonNull(model, "model");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public float[] embed(String text) {
    return lookup.get(text, model::embed);
  }
}
