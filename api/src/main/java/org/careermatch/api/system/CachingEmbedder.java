package org.careermatch.api.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.careermatch.engine.semantic.TextEmbedder;

/**
 * Puts a bounded Caffeine cache of query vectors in front of the embedding model: a clause seen before ("I like
 * drawing") is not embedded again. Hits and misses are metrics of the cache {@value #CACHE_NAME}; the cached texts
 * are never logged.
 */
final class CachingEmbedder implements TextEmbedder {
  static final String CACHE_NAME = "careermatch.query-vectors";

  private final TextEmbedder model;
  private final Cache<String, float[]> cache;

  CachingEmbedder(TextEmbedder model, long maximumSize, MeterRegistry registry) {
    this.model = model;
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
    CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  /** The cached vector is shared: callers must not change it (the engine only reads query vectors). */
  @Override
  public float[] embed(String text) {
    return cache.get(text, model::embed);
  }
}
