package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.careermatch.engine.TestSeeds;
import org.junit.jupiter.api.Test;

class VectorsTest {

  /** The loop {@link Vectors#dots} must give the bits of: float products summed in index order. */
  private static double oneLoop(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return d;
  }

  private static float[] random(Random r, int length) {
    float[] v = new float[length];
    for (int k = 0; k < length; k++) {
      // wide exponents, so that a changed order of additions would round differently
      v[k] = (float) (r.nextGaussian() * Math.pow(10, r.nextInt(7) - 3));
    }
    return v;
  }

  @Test
  void dotsAreTheBitsOfOneLoopPerPair() {
    long seed = TestSeeds.seed();
    Random r = new Random(seed);
    for (int count = 0; count <= 13; count++) {
      float[][] a = new float[count][];
      float[][] b = new float[count][];
      for (int i = 0; i < count; i++) {
        // mostly 384 components, as the model's vectors; some pairs longer or shorter than the
        // others of their group of four
        int length = r.nextInt(4) == 0 ? r.nextInt(700) : 384;
        a[i] = random(r, length);
        b[i] = random(r, length);
      }
      double[] out = new double[count + 2];
      out[count] = 42;
      Vectors.dots(a, b, count, out);
      for (int i = 0; i < count; i++) {
        assertEquals(
            Double.doubleToRawLongBits(oneLoop(a[i], b[i])),
            Double.doubleToRawLongBits(out[i]),
            "pair " + i + " of " + count + " (seed " + seed + ")");
      }
      assertEquals(42, out[count], "nothing written past count");
    }
  }

  @Test
  void aSumThatDependsOnItsOrderIsSummedInIndexOrder() {
    // in index order the first 1 is lost against 1e17 (1); adding the big terms first gives 2
    float[] a = {1e17f, 1f, -1e17f, 1f};
    float[] ones = {1f, 1f, 1f, 1f};
    float[][] as = {a, a, a, a, a};
    float[][] bs = {ones, ones, ones, ones, ones};
    double[] out = new double[5];
    Vectors.dots(as, bs, 5, out);
    for (double d : out) {
      assertEquals(oneLoop(a, ones), d);
    }
    assertTrue(oneLoop(a, ones) == 1.0, "the order matters for this sum");
  }

  @Test
  void pairsOfDifferentLengthsOrTooFewArraysAreRejected() {
    float[][] a = {new float[3]};
    float[][] b = {new float[4]};
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Vectors.dots(a, b, 1, new double[1]));
    assertTrue(e.getMessage().contains("pair 0: vectors of length 3 and 4"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Vectors.dots(a, new float[][] {new float[3]}, 2, new double[2]));
    assertThrows(
        IllegalArgumentException.class,
        () -> Vectors.dots(a, new float[][] {new float[3]}, -1, new double[2]));
  }
}
