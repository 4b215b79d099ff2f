package org.careermatch.evaluation.report;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.compare.Comparison;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.Suite;

/**
 * A second configuration's result on the same suite, to be compared with the base result query by
 * query.
 *
 * @param candidate the candidate configuration's result
 * @param test the paired randomization test to run on each measure
 * @param change the candidate's change to the base configuration, in words ({@code
 *     crossCuttingBoost=0.2})
 */
public record ConfigComparison(
    SuiteEvaluator.Result candidate, RandomizationTest test, String change) {
  public ConfigComparison {
    Checks.requireNonNull(candidate, "candidate result");
    Checks.requireNonNull(test, "randomization test");
    Checks.requireNonBlank(change, "candidate change");
  }

  /** The base and the candidate on one measure of one level. */
  public Comparison comparison(SuiteEvaluator.Result base, Suite.Level level, Metric metric) {
    return Comparison.of(base.evaluation(level), candidate.evaluation(level), metric);
  }

  /** The levels the suite judges. */
  public static List<Suite.Level> levels(SuiteEvaluator.Result result) {
    return result.hasSubClusters()
        ? List.of(Suite.Level.CLUSTER, Suite.Level.SUB_CLUSTER)
        : List.of(Suite.Level.CLUSTER);
  }

  /** {@code cluster} or {@code sub-cluster}, as the reports name a level. */
  public static String levelName(Suite.Level level) {
    return level == Suite.Level.CLUSTER ? "cluster" : "sub-cluster";
  }
}
