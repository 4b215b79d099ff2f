package org.careermatch.evaluation.compare;

import org.careermatch.data.Checks;

/**
 * One query's value of a metric in a baseline run and a candidate run.
 *
 * @param qid the query
 * @param baseline the baseline's value
 * @param candidate the candidate's value
 */
public record QueryDelta(String qid, double baseline, double candidate) {
  public QueryDelta {
    Checks.requireToken(qid, "query id");
    if (!Double.isFinite(baseline) || !Double.isFinite(candidate)) {
      throw new IllegalArgumentException(
          "values of query "
              + qid
              + " must be finite (were "
              + baseline
              + " and "
              + candidate
              + ")");
    }
  }

  /** candidate - baseline: positive when the candidate is better. */
  public double delta() {
    return candidate - baseline;
  }
}
