package org.careermatch.api.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.careermatch.engine.semantic.CachedEmbedder;
import org.careermatch.engine.semantic.TextEmbedder;

/**
 * The service's query-vector cache: a bounded Caffeine cache in front of the embedding model, hits
 * and misses as metrics of the cache {@value #CACHE_NAME}; the cached texts are never logged.
 */
final class CachingEmbedder {
  static final String CACHE_NAME = "careermatch.query-vectors";

  private CachingEmbedder() {}

  /** The model behind its cache, and the cache (whose metrics are bound once a registry exists). */
  record Cached(TextEmbedder embedder, Cache<String, float[]> cache) {
    /** Publishes the cache's hits and misses under {@value #CACHE_NAME}. */
    void monitor(MeterRegistry registry) {
      CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    }
  }

  /** The cached model, without metrics yet (the service starts it before its meter registry). */
  static Cached create(TextEmbedder model, long maximumSize) {
    Cache<String, float[]> cache =
        Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
    return new Cached(
        new CachedEmbedder(
            model,
            new CachedEmbedder.Store() {
              @Override
              public float[] get(String text) {
                return cache.getIfPresent(text);
              }

              @Override
              public void put(String text, float[] vector) {
                cache.put(text, vector);
              }
            }),
        cache);
  }
}
