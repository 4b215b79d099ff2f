package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The graph rewrite on the real model: every quantizer and every product it feeds; bad input
 * rejected.
 */
class PerTextQuantizationTest {
  @Test
  void everyQuantizerAndItsProductsAreRewritten() throws IOException {
    byte[] model;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("bge-small-en-v1.5-q.onnx")) {
      model = in.readAllBytes();
    }
    PerTextQuantization.Result r = PerTextQuantization.rewrite(model);
    // bge-small: 12 layers, each with 4 quantized inputs (query/key/value share one) and 6
    // quantized products
    assertEquals(48, r.quantizers());
    assertEquals(72, r.matMuls());
    assertTrue(r.model().length > model.length);
  }

  @Test
  void malformedModelsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerTextQuantization.rewrite(new byte[] {0x3a, 0x7f, 0x01}));
    assertTrue(e.getMessage().startsWith("malformed model"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PerTextQuantization.rewrite(new byte[0]));
  }
}
