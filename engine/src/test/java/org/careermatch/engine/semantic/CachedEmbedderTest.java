package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedEmbedderTest {
  @Test
  void aTextSeenBeforeIsNotEmbeddedAgain() {
    EntityVectorsTest.CountingEmbedder model =
        new EntityVectorsTest.CountingEmbedder(new HashEmbedder(16));
    Map<String, float[]> cache = new HashMap<>();
    CachedEmbedder cached = new CachedEmbedder(model, CachedEmbedder.Store.of(cache));
    float[] first = cached.embed("I like drawing");
    float[] again = cached.embed("I like drawing");
    cached.embed("video games");
    assertEquals(2, model.calls.get());
    assertArrayEquals(new HashEmbedder(16).embed("I like drawing"), first);
    assertArrayEquals(first, again);
    assertEquals(model.modelId(), cached.modelId());
    assertEquals(16, cached.dimension());
  }

  @Test
  void aCacheThatKeepsNothingAsksTheModelEveryTime() {
    EntityVectorsTest.CountingEmbedder model =
        new EntityVectorsTest.CountingEmbedder(new HashEmbedder(16));
    CachedEmbedder cached =
        new CachedEmbedder(
            model,
            new CachedEmbedder.Store() {
              @Override
              public float[] get(String text) {
                return null;
              }

              @Override
              public void put(String text, float[] vector) {}
            });
    cached.embed("welding");
    cached.embed("welding");
    assertEquals(2, model.calls.get());
  }

  @Test
  void embedAllTakesHitsFromTheCacheAndEmbedsTheMissesOnceInOneCall() {
    EntityVectorsTest.CountingEmbedder model =
        new EntityVectorsTest.CountingEmbedder(new HashEmbedder(16));
    Map<String, float[]> cache = new HashMap<>();
    CachedEmbedder cached = new CachedEmbedder(model, CachedEmbedder.Store.of(cache));
    float[] drawing = cached.embed("I like drawing");
    List<float[]> all =
        cached.embedAll(List.of("video games", "I like drawing", "welding", "video games"));
    assertEquals(1, model.batches.get(), "one call of the model for the misses");
    assertEquals(
        List.of(List.of("video games", "welding")),
        model.batchTexts,
        "each missing text once, in order");
    assertSame(drawing, all.get(1), "the hit comes from the cache");
    assertSame(all.get(0), all.get(3));
    HashEmbedder reference = new HashEmbedder(16);
    assertArrayEquals(reference.embed("video games"), all.get(0));
    assertArrayEquals(reference.embed("welding"), all.get(2));
    assertEquals(3, cache.size(), "the misses are kept");

    cached.embedAll(List.of("welding", "I like drawing"));
    assertEquals(1, model.batches.get(), "all hits: the model is not called");
  }

  @Test
  void needsAModelAndACache() {
    assertThrows(
        NullPointerException.class,
        () -> new CachedEmbedder(null, CachedEmbedder.Store.of(new HashMap<>())));
    assertThrows(NullPointerException.class, () -> new CachedEmbedder(new HashEmbedder(4), null));
  }
}
