package org.careermatch.engine.rank;

import java.util.Arrays;
import org.careermatch.engine.index.EvidenceDoc;

/**
 * The matches of one input in one group, as they come: their values, and the best of them (highest
 * value; of equal values the lowest entity id, then role). Kept as primitives because a profile
 * makes a few thousand of them.
 */
final class Matches {
  private double[] values = new double[8];
  private int count;
  private EvidenceDoc best;
  private double bestRelevance;
  private double bestWeight;
  private double bestSimilarity;

  void add(EvidenceDoc doc, double relevance, double weight, double similarity) {
    double value = relevance * weight;
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = value;
    if (best == null || isBetter(value, doc, bestRelevance * bestWeight, best)) {
      best = doc;
      bestRelevance = relevance;
      bestWeight = weight;
      bestSimilarity = similarity;
    }
  }

  private static boolean isBetter(
      double value, EvidenceDoc doc, double bestValue, EvidenceDoc best) {
    if (value != bestValue) {
      return value > bestValue;
    }
    int c = doc.entityId().compareTo(best.entityId());
    return c != 0 ? c < 0 : doc.role().compareTo(best.role()) < 0;
  }

  int count() {
    return count;
  }

  EvidenceDoc best() {
    return best;
  }

  double bestRelevance() {
    return bestRelevance;
  }

  double bestWeight() {
    return bestWeight;
  }

  double bestSimilarity() {
    return bestSimilarity;
  }

  /** The best value in full, the i-th next at {@code decay^i}: the values summed largest first. */
  double decayedSum(double decay) {
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    double total = 0;
    double w = 1;
    for (int i = sorted.length - 1; i >= 0; i--) {
      total += w * sorted[i];
      w *= decay;
    }
    return total;
  }
}
