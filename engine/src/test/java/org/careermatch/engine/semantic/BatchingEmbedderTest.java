package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BatchingEmbedderTest {
  private static final HashEmbedder REFERENCE = new HashEmbedder(16);

  @Test
  void concurrentRequestsGoThroughTheModelTogetherAndEachGetsItsOwnVectors() throws Exception {
    EntityVectorsTest.CountingEmbedder model = new EntityVectorsTest.CountingEmbedder(new HashEmbedder(16));
    // the batch is full (8 texts) when all four requests are in: it runs then, long before the window ends
    try (BatchingEmbedder batching = new BatchingEmbedder(model, Duration.ofSeconds(1), 8, 1)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<float[]>>> results = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
          List<String> texts = List.of("clause a" + r, "clause b" + r);
          results.add(pool.submit(() -> batching.embedAll(texts)));
        }
        for (int r = 0; r < 4; r++) {
          List<float[]> v = results.get(r).get();
          assertEquals(2, v.size());
          assertArrayEquals(REFERENCE.embed("clause a" + r), v.get(0));
          assertArrayEquals(REFERENCE.embed("clause b" + r), v.get(1));
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, model.batches.get(), "one call of the model for the four requests");
      assertEquals(8, model.batchTexts.get(0).size());
    }
  }

  @Test
  void aBadTextFailsOnlyItsOwnRequest() throws Exception {
    TextEmbedder picky = new TextEmbedder() {
      @Override
      public String modelId() {
        return REFERENCE.modelId();
      }

      @Override
      public int dimension() {
        return REFERENCE.dimension();
      }

      @Override
      public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
      }

      @Override
      public List<float[]> embedAll(List<String> texts) {
        if (texts.contains("bad")) {
          throw new IllegalArgumentException("cannot embed 'bad'");
        }
        return texts.stream().map(REFERENCE::embed).toList();
      }
    };
    try (BatchingEmbedder batching = new BatchingEmbedder(picky, Duration.ofSeconds(1), 3, 1)) {
      CompletableFuture<List<float[]>> good = CompletableFuture.supplyAsync(() -> batching.embedAll(List.of("ok", "fine")));
      CompletableFuture<List<float[]>> bad = CompletableFuture.supplyAsync(() -> batching.embedAll(List.of("bad")));
      assertArrayEquals(REFERENCE.embed("fine"), good.get().get(1));
      ExecutionException e = assertThrows(ExecutionException.class, bad::get);
      assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause().toString());
    }
  }

  @Test
  void withoutOtherRequestsATextWaitsAtMostTheWindow() {
    try (BatchingEmbedder batching = new BatchingEmbedder(new HashEmbedder(16), Duration.ofMillis(2), 32, 2)) {
      assertArrayEquals(REFERENCE.embed("welding"), batching.embed("welding"));
      assertEquals(List.of(), batching.embedAll(List.of()));
      assertEquals("hash-16", batching.modelId());
      assertEquals(16, batching.dimension());
    }
  }

  @Test
  void blankTextsAndBadSettingsAreRejectedAndAClosedEmbedderRefuses() {
    BatchingEmbedder batching = new BatchingEmbedder(new HashEmbedder(16), Duration.ZERO, 4, 1);
    assertThrows(IllegalArgumentException.class, () -> batching.embed(" "));
    batching.close();
    assertThrows(IllegalStateException.class, () -> batching.embed("welding"));
    assertThrows(IllegalArgumentException.class,
        () -> new BatchingEmbedder(new HashEmbedder(4), Duration.ofSeconds(2), 4, 1));
    assertThrows(IllegalArgumentException.class, () -> new BatchingEmbedder(new HashEmbedder(4), Duration.ZERO, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new BatchingEmbedder(new HashEmbedder(4), Duration.ZERO, 4, 0));
  }
}
