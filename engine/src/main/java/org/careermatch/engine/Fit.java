package org.careermatch.engine;

/**
 * How well a cluster fits a learner, in words a student reads: from its score and its distance to the best cluster
 * (see {@link EngineConfig}'s {@code fit*} settings). A profile about one thing has one or two strong fits.
 *
 * <ul>
 *   <li>{@code STRONG}: score at least {@code fitStrongScore} and at least {@code fitStrongShare} of the best;
 *   <li>{@code GOOD}: score at least {@code fitGoodScore} and at least {@code fitGoodShare} of the best;
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
    if (score < config.fitSomeScore() || score <= 0) {
      return NONE;
    }
    if (score >= config.fitStrongScore() && score >= config.fitStrongShare() * best) {
      return STRONG;
    }
    if (score >= config.fitGoodScore() && score >= config.fitGoodShare() * best) {
      return GOOD;
    }
    return SOME;
  }
}
