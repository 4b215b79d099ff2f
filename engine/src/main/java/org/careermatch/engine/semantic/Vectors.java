package org.careermatch.engine.semantic;

/** Small vector helpers. */
public final class Vectors {
  private Vectors() {}

  /** {@code v} scaled to unit length, in place; a zero vector is rejected. */
  public static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    if (!(norm > 0) || !Double.isFinite(norm)) {
      throw new IllegalArgumentException("cannot normalize a vector of norm " + Math.sqrt(norm));
    }
    float inv = (float) (1.0 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
    }
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += (double) a[i] * b[i];
    }
    return d;
  }

  /**
   * Dot products of {@code count} pairs of vectors, {@code out[i] = a[i] . b[i]}, each summed in
   * {@code double} in index order from {@code float} products, exactly as {@code double d = 0; for
   * (int k = 0; k < n; k++) d += a[k] * b[k];} sums it: the same bits. Four pairs run together, as
   * four independent chains of additions the processor overlaps; a single chain waits for each
   * addition before the next, which made the summing loop one pair at a time about three times
   * slower (the order of additions within a pair, and so every result, is unchanged).
   *
   * @throws IllegalArgumentException when the two vectors of a pair differ in length
   */
  public static void dots(float[][] a, float[][] b, int count, double[] out) {
    if (count < 0 || count > a.length || count > b.length || count > out.length) {
      throw new IllegalArgumentException(
          count + " pairs for arrays of " + a.length + ", " + b.length + " and " + out.length);
    }
    for (int i = 0; i < count; i++) {
      if (a[i].length != b[i].length) {
        throw new IllegalArgumentException(
            "pair " + i + ": vectors of length " + a[i].length + " and " + b[i].length);
      }
    }
    int i = 0;
    for (; i + 4 <= count; i += 4) {
      float[] a0 = a[i];
      float[] b0 = b[i];
      float[] a1 = a[i + 1];
      float[] b1 = b[i + 1];
      float[] a2 = a[i + 2];
      float[] b2 = b[i + 2];
      float[] a3 = a[i + 3];
      float[] b3 = b[i + 3];
      int n = Math.min(Math.min(a0.length, a1.length), Math.min(a2.length, a3.length));
      double d0 = 0;
      double d1 = 0;
      double d2 = 0;
      double d3 = 0;
      for (int k = 0; k < n; k++) {
        d0 += a0[k] * b0[k];
        d1 += a1[k] * b1[k];
        d2 += a2[k] * b2[k];
        d3 += a3[k] * b3[k];
      }
      // pairs longer than the shortest of the four finish alone, still in index order
      out[i] = finish(a0, b0, n, d0);
      out[i + 1] = finish(a1, b1, n, d1);
      out[i + 2] = finish(a2, b2, n, d2);
      out[i + 3] = finish(a3, b3, n, d3);
    }
    for (; i < count; i++) {
      out[i] = finish(a[i], b[i], 0, 0);
    }
  }

  private static double finish(float[] a, float[] b, int from, double sum) {
    double d = sum;
    for (int k = from; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return d;
  }
}
