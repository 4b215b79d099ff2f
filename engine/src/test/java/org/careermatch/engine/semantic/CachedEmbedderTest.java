package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedEmbedderTest {
  @Test
  void aTextSeenBeforeIsNotEmbeddedAgain() {
    EntityVectorsTest.CountingEmbedder model = new EntityVectorsTest.CountingEmbedder(new HashEmbedder(16));
    Map<String, float[]> cache = new HashMap<>();
    CachedEmbedder cached = new CachedEmbedder(model, cache::computeIfAbsent);
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
    EntityVectorsTest.CountingEmbedder model = new EntityVectorsTest.CountingEmbedder(new HashEmbedder(16));
    CachedEmbedder cached = new CachedEmbedder(model, (text, embed) -> embed.apply(text));
    cached.embed("welding");
    cached.embed("welding");
    assertEquals(2, model.calls.get());
  }

  @Test
  void needsAModelAndACache() {
    assertThrows(NullPointerException.class, () -> new CachedEmbedder(null, (t, e) -> e.apply(t)));
    assertThrows(NullPointerException.class, () -> new CachedEmbedder(new HashEmbedder(4), null));
  }
}
