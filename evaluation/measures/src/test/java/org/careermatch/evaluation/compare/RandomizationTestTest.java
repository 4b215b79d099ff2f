package org.careermatch.evaluation.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomizationTestTest {
  @Test
  void identicalRunsGivePOne() {
    double[] a = {0.1, 0.5, 1.0, 0.0, 0.33};
    RandomizationTest.Result r = new RandomizationTest(42).test(a, a.clone());
    assertEquals(1.0, r.pValue());
    assertEquals(0.0, r.meanDifference());
    assertEquals(10_000, r.permutations());
    assertEquals(42, r.seed());
  }

  @Test
  void aClearlyBetterRunGivesASmallP() {
    // 50 queries, the candidate better on every one by 0.1 to 0.3
    SplittableRandom values = new SplittableRandom(7);
    double[] base = new double[50];
    double[] cand = new double[50];
    for (int i = 0; i < base.length; i++) {
      base[i] = values.nextDouble(0, 0.6);
      cand[i] = base[i] + values.nextDouble(0.1, 0.3);
    }
    RandomizationTest.Result r = new RandomizationTest(10_000, 1).test(base, cand);
    assertTrue(r.meanDifference() > 0.1, String.valueOf(r.meanDifference()));
    // all 50 signs agree: a permutation this extreme has probability 2 / 2^50, so none of 10,000 is
    assertEquals(1.0 / 10_001, r.pValue(), 1e-15);
    assertTrue(r.significantAt(0.001));
  }

  @Test
  void noisyDifferencesGiveALargeP() {
    // differences +0.2 and -0.2 alternate except one: mean 0.004, nowhere near significant
    double[] base = new double[50];
    double[] cand = new double[50];
    for (int i = 0; i < 50; i++) {
      cand[i] = i % 2 == 0 ? 0.2 : -0.2;
    }
    cand[1] = 0;
    RandomizationTest.Result r = new RandomizationTest(10_000, 3).test(base, cand);
    assertTrue(r.pValue() > 0.5, String.valueOf(r.pValue()));
  }

  @Test
  void sameSeedSameP() {
    double[] base = {0.2, 0.4, 0.1, 0.9, 0.5, 0.3, 0.7, 0.0};
    double[] cand = {0.3, 0.5, 0.0, 1.0, 0.6, 0.5, 0.6, 0.2};
    double p1 = new RandomizationTest(5_000, 123).test(base, cand).pValue();
    double p2 = new RandomizationTest(5_000, 123).test(base, cand).pValue();
    assertEquals(p1, p2);
    // with 8 queries and 5,000 draws, another seed lands on a slightly different estimate
    assertNotEquals(p1, new RandomizationTest(5_000, 124).test(base, cand).pValue());
    // and the estimate is near the exact p: of the 256 sign assignments, 48 reach |sum| >= 0.6 ->
    // 0.1875
    assertEquals(0.1875, exactP(base, cand), 1e-12);
    assertEquals(0.1875, p1, 0.02);
  }

  @Test
  void rejectsBadInput() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RandomizationTest(0, 1));
    assertEquals("permutations must be at least 1 (was 0)", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RandomizationTest(1).test(new double[2], new double[3]));
    assertEquals("paired values differ in length: 2 baseline, 3 candidate", e.getMessage());
  }

  /** Enumerates all 2^n sign flips. */
  private static double exactP(double[] base, double[] cand) {
    int n = base.length;
    double observed = 0;
    for (int i = 0; i < n; i++) {
      observed += cand[i] - base[i];
    }
    int extreme = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double d = cand[i] - base[i];
        sum += (mask & (1 << i)) != 0 ? -d : d;
      }
      if (Math.abs(sum) >= Math.abs(observed) - 1e-9) {
        extreme++;
      }
    }
    return (double) extreme / (1 << n);
  }
}
