package org.careermatch.engine.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model with a cache of query vectors in front: a text seen before is not embedded again. The
 * cache itself is the caller's (the service's is a bounded Caffeine cache with metrics), given as a
 * {@link Store}; cached vectors are shared, and the engine only reads them. {@link #embedAll} takes
 * what it can from the cache and embeds the rest in one call of the model.
 */
public final class CachedEmbedder extends ForwardingEmbedder {
  /** A cache of vectors by text. */
  public interface Store {
    /** The vector cached for {@code text}, or null. */
    float[] get(String text);

    /** Keeps {@code vector} for {@code text} (the cache may drop it later). */
    void put(String text, float[] vector);

    /**
     * A store over a map (which must be thread-safe when the embedder is shared between threads).
     */
    static Store of(Map<String, float[]> map) {
      Objects.requireNonNull(map, "map");
      return new Store() {
        @Override
        public float[] get(String text) {
          return map.get(text);
        }

        @Override
        public void put(String text, float[] vector) {
          map.put(text, vector);
        }
      };
    }
  }

  private final Store store;

  public CachedEmbedder(TextEmbedder model, Store store) {
    super(model);
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public float[] embed(String text) {
    float[] v = store.get(text);
    if (v == null) {
      v = model.embed(text);
      store.put(text, v);
    }
    return v;
  }

  /**
   * Cached vectors from the cache; the texts it misses (each distinct text once) in one call of the
   * model.
   */
  @Override
  public List<float[]> embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    Map<String, List<Integer>> missing = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      float[] v = text == null ? null : store.get(text);
      if (v == null) {
        missing.computeIfAbsent(text, t -> new ArrayList<>()).add(i);
      } else {
        out[i] = v;
      }
    }
    if (!missing.isEmpty()) {
      List<String> ask = new ArrayList<>(missing.keySet());
      List<float[]> vectors = model.embedAll(ask);
      for (int k = 0; k < ask.size(); k++) {
        float[] v = vectors.get(k);
        store.put(ask.get(k), v);
        for (int i : missing.get(ask.get(k))) {
          out[i] = v;
        }
      }
    }
    return Arrays.asList(out);
  }
}
