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

  static TextEmbedder of(TextEmbedder model, long maximumSize, MeterRegistry registry) {
    Cache<String, float[]> cache =
        Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
    CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    return new CachedEmbedder(
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
        });
  }
}
