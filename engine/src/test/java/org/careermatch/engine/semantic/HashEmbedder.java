package org.careermatch.engine.semantic;

import java.util.Locale;

/**
 * A deterministic stand-in for a sentence-embedding model in tests: each word adds a fixed
 * pseudo-random direction, so texts sharing words are close. Nothing like meaning, but fast and
 * exact to reason about.
 */
public final class HashEmbedder implements TextEmbedder {
  private final int dimension;

  public HashEmbedder(int dimension) {
    this.dimension = dimension;
  }

  @Override
  public String modelId() {
    return "hash-" + dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dimension];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.isEmpty()) {
        continue;
      }
      long seed = w.hashCode() * 0x9E3779B97F4A7C15L;
      for (int i = 0; i < dimension; i++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        v[i] += ((seed >>> 40) / (float) (1 << 24)) - 0.5f;
      }
    }
    v[0] += 1e-3f;
    return Vectors.normalize(v);
  }
}
