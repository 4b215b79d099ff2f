package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model: in process, offline, deterministic, closer for related texts; batched as one by one. */
class OnnxEmbedderTest {
  /** Texts as students write them, and odd ones: accents, emoji, an unknown script, long words, digits. */
  static final List<String> TEXTS = List.of(
      "I like drawing", "video games", "I help at my uncle's garage", "Python", "CPR", "customer service",
      "i want to be a nurse someday", "i volunteer at the hospital", "building things", "woodshop",
      "helping my dad fix the house", "making tiktoks", "editing videos", "maybe marketing",
      "i like money and math", "maybe banking or accounting", "cooking for my family", "planning parties",
      "I love animals", "want to work outside", "Café crème 🎨 art", "soldering 电路板 robots",
      "antidisestablishmentarianism", "grade 10 chem", "taking things apart to see how they work",
      "x", "SQL", "Tableau", "first aid", "power tools", "social media", "Canva");

  static OnnxEmbedder model;

  @BeforeAll
  static void load() {
    model = OnnxEmbedder.load();
  }

  @AfterAll
  static void close() {
    model.close();
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
    assertThrows(IllegalArgumentException.class, () -> model.embedAll(List.of("welding", " ")));
  }

  /** One text alone gives, bit for bit, what langchain4j's model gave (the entity vectors were built with it). */
  @Test
  void oneTextIsEmbeddedExactlyAsLangchain4jDoes() {
    BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
    List<String> texts = new ArrayList<>(TEXTS);
    texts.add(longText());
    for (String text : texts) {
      float[] expected = Vectors.normalize(reference.embed(text).content().vector());
      assertArrayEquals(expected, model.embed(text), "'" + text.substring(0, Math.min(40, text.length())) + "'");
    }
  }

  /** Over 510 tokens. */
  static String longText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 140; i++) {
      b.append("I like fixing old motorcycles and welding frames. ");
    }
    return b.toString();
  }

  @Test
  void aBatchOfOneIsExactlyOneByOne() {
    for (String text : TEXTS) {
      assertArrayEquals(model.embed(text), model.embedAll(List.of(text)).get(0), text);
    }
  }

  /**
   * Batched vectors are within a measured tolerance of one-by-one vectors, for batches of every size up to the
   * maximum and beyond, in any order (the model quantizes its activations per batch: see {@link OnnxEmbedder}).
   */
  @Test
  void batchedVectorsAreOneByOneVectorsWithinTolerance() {
    List<float[]> single = TEXTS.stream().map(model::embed).toList();
    Random random = new Random(Long.getLong("careermatch.test.seed", 15));
    double worstCosine = 1;
    double worstComponent = 0;
    for (int round = 0; round < 12; round++) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < TEXTS.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      int size = 1 + random.nextInt(TEXTS.size());
      List<Integer> pick = order.subList(0, size);
      List<float[]> batched = model.embedAll(pick.stream().map(TEXTS::get).toList());
      assertEquals(size, batched.size());
      for (int k = 0; k < size; k++) {
        float[] a = single.get(pick.get(k));
        float[] b = batched.get(k);
        assertEquals(1.0, Vectors.dot(b, b), 1e-4);
        worstCosine = Math.min(worstCosine, Vectors.dot(a, b));
        for (int j = 0; j < a.length; j++) {
          worstComponent = Math.max(worstComponent, Math.abs(a[j] - b[j]));
        }
      }
    }
    System.out.printf("batched vs one by one: lowest cosine %.6f, largest component difference %.6f%n",
        worstCosine, worstComponent);
    assertTrue(worstCosine >= Double.parseDouble(OnnxEmbedder.BATCH_COSINE_TOLERANCE_DOC),
        "lowest cosine " + worstCosine);
  }

  @Test
  void aLongTextIsCutAt510Tokens() {
    String longText = longText();
    assertArrayEquals(model.embed(longText), model.embed(longText + " Also cooking, nursing and accounting."));
  }

  @Test
  void settingsAreValidated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OnnxEmbedder.Settings(1, 1, "fast", false, 32));
    assertTrue(e.getMessage().contains("'fast'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new OnnxEmbedder.Settings(-1, 1, "all", false, 32));
    assertThrows(IllegalArgumentException.class, () -> new OnnxEmbedder.Settings(1, 1, "all", false, 0));
  }
}
