package org.careermatch.evaluation.runner;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Evaluator;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.run.TrecRunWriter;
import org.careermatch.evaluation.suite.Suite;

/**
 * Runs a suite and evaluates both levels. The runs are first given the scores {@link TrecRunWriter}
 * writes (rounded, ties separated in the system's rank order, see {@link TrecRunWriter#untie}), so
 * the numbers are both the system's own ranking and exactly what trec_eval computes from the
 * written run files. Every topic is in the runs (a runner registers each one), so the means are
 * over every judged topic of the suite.
 */
public final class SuiteEvaluator {
  /**
   * Cluster level: 14 clusters, the default measures (nDCG@3, MRR, P@1, MAP, Recall@3, Success@1).
   */
  public static final List<Metric> CLUSTER_METRICS = Metric.DEFAULTS;

  /**
   * Sub-cluster level: 72 sub-clusters, so the cutoffs are 5 (nDCG@5, MRR, P@1, MAP, Recall@5,
   * Success@1).
   */
  public static final List<Metric> SUB_CLUSTER_METRICS =
      List.of(
          Metric.ndcgCut(5),
          Metric.RECIP_RANK,
          Metric.precision(1),
          Metric.MAP,
          Metric.recall(5),
          Metric.success(1));

  /**
   * A suite's runs and their evaluations.
   *
   * @param suite the suite evaluated
   * @param runs the runs with the scores as written (strictly decreasing per query)
   * @param clusters the cluster-level evaluation ({@link #CLUSTER_METRICS})
   * @param subClusters the sub-cluster-level evaluation ({@link #SUB_CLUSTER_METRICS}); no queries
   *     when the suite judges no sub-clusters
   */
  public record Result(
      Suite suite, SuiteRunner.Runs runs, Evaluation clusters, Evaluation subClusters) {
    public Result {
      Checks.requireNonNull(suite, "suite");
      Checks.requireNonNull(runs, "runs of suite " + suite.name());
      Checks.requireNonNull(clusters, "cluster evaluation of suite " + suite.name());
      Checks.requireNonNull(subClusters, "sub-cluster evaluation of suite " + suite.name());
    }

    public Evaluation evaluation(Suite.Level level) {
      return level == Suite.Level.CLUSTER ? clusters : subClusters;
    }

    /** Whether the suite judges sub-clusters at all. */
    public boolean hasSubClusters() {
      return suite.subClusterQrels().size() > 0;
    }
  }

  private SuiteEvaluator() {}

  /** The metrics of a level. */
  public static List<Metric> metrics(Suite.Level level) {
    return level == Suite.Level.CLUSTER ? CLUSTER_METRICS : SUB_CLUSTER_METRICS;
  }

  public static Result evaluate(Suite suite, SuiteRunner runner) {
    Checks.requireNonNull(suite, "suite");
    Checks.requireNonNull(runner, "runner");
    SuiteRunner.Runs raw = runner.run(suite);
    SuiteRunner.Runs runs =
        new SuiteRunner.Runs(
            TrecRunWriter.untie(raw.clusters()), TrecRunWriter.untie(raw.subClusters()));
    return new Result(
        suite,
        runs,
        new Evaluator(CLUSTER_METRICS).evaluate(suite.clusterQrels(), runs.clusters()),
        new Evaluator(SUB_CLUSTER_METRICS).evaluate(suite.subClusterQrels(), runs.subClusters()));
  }
}
