package org.careermatch.engine;

/**
 * How well a cluster fits a learner, in words a student reads: from its score and its distance to
 * the best cluster (see {@link EngineConfig}'s {@code fit*} settings). A profile about one thing
 * has one or two strong fits.
 *
 * <ul>
 *   <li>{@code STRONG}: score at least {@code fitStrongScore} without the points of personal
 *       qualities (a quality is never the only reason for a strong fit), and at least {@code
 *       fitStrongShare} of the best;
 *   <li>{@code GOOD}: score at least {@code fitGoodScore} and at least {@code fitGoodShare} of the
 *       best;
 *   <li>{@code SOME}: score at least {@code fitSomeScore};
 *   <li>{@code NONE}: below that, or the profile was not understood.
 * </ul>
 */
public enum Fit {
  STRONG,
  GOOD,
  SOME,
  NONE;

  /** The fit of a cluster scoring {@code score} when the best cluster scores {@code best}. */
  public static Fit of(double score, double best, EngineConfig config) {
    return of(score, best, 0, config);
  }

  /**
   * The same, for a cluster {@code qualityPoints} of whose score come from personal qualities.
   *
   * @throws IllegalArgumentException when {@code qualityPoints} is negative or above the score
   */
  public static Fit of(double score, double best, double qualityPoints, EngineConfig config) {
    if (qualityPoints < 0 || qualityPoints > score + 1e-9) {
      throw new IllegalArgumentException(
          "quality points must be in [0, score " + score + "] (was " + qualityPoints + ")");
    }
    if (score < config.fitSomeScore() || score <= 0) {
      return NONE;
    }
    if (score - qualityPoints >= config.fitStrongScore()
        && score >= config.fitStrongShare() * best) {
      return STRONG;
    }
    if (score >= config.fitGoodScore() && score >= config.fitGoodShare() * best) {
      return GOOD;
    }
    return SOME;
  }
}
