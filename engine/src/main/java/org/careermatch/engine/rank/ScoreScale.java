package org.careermatch.engine.rank;

import org.careermatch.engine.explain.Explanation;

/**
 * Maps raw evidence to the 0-100 match score, {@code 100 * (1 - e^(-raw/scale))}: more evidence
 * always scores higher, and no amount of evidence passes 100. Explanations are scaled by {@code
 * score/raw}, so each line shows its share of the score and the lines still add up to it.
 */
public final class ScoreScale {
  private final double scale;

  public ScoreScale(double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive (was " + scale + ")");
    }
    this.scale = scale;
  }

  public double score(double raw) {
    if (raw <= 0) {
      return 0;
    }
    return 100.0 * -Math.expm1(-raw / scale);
  }

  /**
   * What raw evidence {@code raw} is multiplied by in score units: {@code score(raw) / raw}, 0
   * without evidence.
   */
  public double factor(double raw) {
    return raw > 0 ? score(raw) / raw : 0;
  }

  /** The raw explanation re-expressed in score units; a tree with no evidence stays at 0. */
  public Explanation toScore(Explanation raw) {
    double total = raw.value();
    if (total <= 0) {
      return raw.scaled(0);
    }
    return raw.scaled(factor(total));
  }
}
