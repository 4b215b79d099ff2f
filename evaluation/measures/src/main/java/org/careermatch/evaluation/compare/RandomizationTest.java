package org.careermatch.evaluation.compare;

import java.util.SplittableRandom;

/**
 * Paired randomization (permutation) test for the difference of two runs' mean over the same
 * queries (Fisher; Smucker, Allan and Carterette, CIKM 2007). Under the null hypothesis the two
 * values of each query are exchangeable, so each permutation swaps them, i.e. flips the sign of the
 * query's difference, with probability 1/2. The test is two-sided: it counts permutations whose
 * mean difference is at least as far from 0 as the observed one (with a relative tolerance of
 * {@value #TOLERANCE} for floating-point noise), and reports {@code p = (count + 1) / (permutations
 * + 1)}, the Monte Carlo p-value that counts the observed assignment as one of the permutations
 * (Phipson and Smyth 2010), so p is never 0 and identical runs give exactly 1.
 *
 * <p>Permutations come from a {@link SplittableRandom} seeded with the given seed: the same inputs,
 * permutation count and seed always give the same p-value.
 */
public final class RandomizationTest {
  public static final int DEFAULT_PERMUTATIONS = 10_000;

  /** Relative tolerance when comparing a permuted |sum of differences| with the observed one. */
  public static final double TOLERANCE = 1e-9;

  /**
   * The outcome of a test.
   *
   * @param meanDifference mean of candidate - baseline over the queries
   * @param pValue two-sided p-value, in (0, 1]
   * @param permutations the number of random permutations drawn
   * @param seed the seed they were drawn with
   */
  public record Result(double meanDifference, double pValue, int permutations, long seed) {
    public Result {
      if (!(pValue > 0 && pValue <= 1)) {
        throw new IllegalArgumentException("p-value must be in (0, 1] (was " + pValue + ")");
      }
    }

    /** Whether the difference is significant at level alpha (p < alpha). */
    public boolean significantAt(double alpha) {
      return pValue < alpha;
    }
  }

  private final int permutations;
  private final long seed;

  public RandomizationTest(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException(
          "permutations must be at least 1 (was " + permutations + ")");
    }
    this.permutations = permutations;
    this.seed = seed;
  }

  /** {@value #DEFAULT_PERMUTATIONS} permutations. */
  public RandomizationTest(long seed) {
    this(DEFAULT_PERMUTATIONS, seed);
  }

  public int permutations() {
    return permutations;
  }

  public long seed() {
    return seed;
  }

  public Result test(Comparison comparison) {
    return test(comparison.baselineValues(), comparison.candidateValues());
  }

  /** Tests paired values: {@code baseline[i]} and {@code candidate[i]} belong to the same query. */
  public Result test(double[] baseline, double[] candidate) {
    if (baseline.length != candidate.length) {
      throw new IllegalArgumentException(
          "paired values differ in length: "
              + baseline.length
              + " baseline, "
              + candidate.length
              + " candidate");
    }
    int n = baseline.length;
    double[] diff = new double[n];
    double observed = 0;
    double scale = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(baseline[i]) || !Double.isFinite(candidate[i])) {
        throw new IllegalArgumentException(
            "value " + i + " is not finite (" + baseline[i] + ", " + candidate[i] + ")");
      }
      diff[i] = candidate[i] - baseline[i];
      observed += diff[i];
      scale += Math.abs(diff[i]);
    }
    double threshold = Math.abs(observed) - TOLERANCE * scale;
    SplittableRandom random = new SplittableRandom(seed);
    long atLeastAsExtreme = 0;
    for (int p = 0; p < permutations; p++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += random.nextBoolean() ? diff[i] : -diff[i];
      }
      if (Math.abs(sum) >= threshold) {
        atLeastAsExtreme++;
      }
    }
    double pValue = (atLeastAsExtreme + 1.0) / (permutations + 1.0);
    return new Result(n == 0 ? 0 : observed / n, pValue, permutations, seed);
  }
}
