package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model: in process, offline, deterministic, and closer for related texts. */
class OnnxEmbedderTest {
  static OnnxEmbedder model;

  @BeforeAll
  static void load() {
    model = OnnxEmbedder.load();
  }

  @Test
  void vectorsAreUnitLengthOfTheModelsDimension() {
    float[] v = model.embed("I like drawing");
    assertEquals(384, v.length);
    assertEquals(384, model.dimension());
    assertEquals(1.0, Vectors.dot(v, v), 1e-4);
  }

  @Test
  void sameTextSameVector() {
    assertArrayEquals(model.embed("taking things apart"), model.embed("taking things apart"));
  }

  @Test
  void relatedTextsAreCloserThanUnrelatedOnes() {
    float[] drawing = model.embed("I like drawing");
    assertTrue(Vectors.dot(drawing, model.embed("Fine Artist")) > Vectors.dot(drawing, model.embed("Accountants")));
    float[] helping = model.embed("I want to help people feel better");
    assertTrue(Vectors.dot(helping, model.embed("Registered Nurses"))
        > Vectors.dot(helping, model.embed("Industrial Machinery Mechanics")));
  }

  @Test
  void blankTextIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> model.embed("  "));
  }
}
