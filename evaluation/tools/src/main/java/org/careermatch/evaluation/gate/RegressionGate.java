package org.careermatch.evaluation.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careermatch.evaluation.Checks;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.Suite;

/**
 * What the regression gate measures: for each system and suite, the cluster-level {@link #CLUSTER_PINNED} and the
 * sub-cluster-level {@link #SUB_CLUSTER_PINNED} (left out for a suite without sub-cluster judgments), as a
 * {@link RegressionTable} in system, suite, level, metric order. The gate itself is {@code RegressionGateTest}.
 */
public final class RegressionGate {
  public static final String ENGINE = "engine";
  /** The same engine matching by words only ({@code --semantic off}). */
  public static final String LEXICAL = "engine-lexical";
  public static final String BASELINE = "baseline";
  public static final String CLUSTER = "cluster";
  public static final String SUB_CLUSTER = "sub-cluster";

  /** Pinned at cluster level: nDCG@3, MRR, Success@1, P@1, MAP, Recall@3. */
  public static final List<Metric> CLUSTER_PINNED = List.of(Metric.ndcgCut(3), Metric.RECIP_RANK, Metric.success(1),
      Metric.precision(1), Metric.MAP, Metric.recall(3));
  /** Pinned at sub-cluster level: nDCG@5, MRR. */
  public static final List<Metric> SUB_CLUSTER_PINNED = List.of(Metric.ndcgCut(5), Metric.RECIP_RANK);

  /** The comment block at the top of the checked-in file. */
  public static final List<String> COMMENTS = List.of(
      "careermatch regression gate, checked by RegressionGateTest (evaluation module, part of mvn verify).",
      "engine: EngineConfig.defaults() with the embedding model (words and meaning), in process on the embedded",
      "index-data; engine-lexical: the same by words only; baseline: BaselineRunner (BM25).",
      "Means over every judged topic, computed as trec_eval computes them on the written runs.",
      "A number fails the gate when it moves by more than its tolerance, up or down; edit a tolerance to loosen it.",
      "Regenerate on purpose (install the changed engine first), review the diff, commit it with the change:",
      "  ./mvnw -q -pl index-data,engine install -DskipTests",
      "  ./mvnw -pl evaluation test -Dtest=RegressionGateTest -Dcareermatch.regression.update=true");

  private RegressionGate() {}

  /** The rows of one system on one suite. */
  public static List<RegressionTable.Row> rows(String system, SuiteEvaluator.Result result) {
    Checks.requireToken(system, "system");
    Checks.requireNonNull(result, "result");
    List<RegressionTable.Row> rows = new ArrayList<>();
    add(rows, system, result.suite().name(), CLUSTER, result.clusters(), CLUSTER_PINNED);
    if (result.hasSubClusters()) {
      add(rows, system, result.suite().name(), SUB_CLUSTER, result.subClusters(), SUB_CLUSTER_PINNED);
    }
    return rows;
  }

  /** Every system (name -> runner, in order) on every suite. */
  public static RegressionTable measure(Map<String, SuiteRunner> systems, List<Suite> suites) {
    List<RegressionTable.Row> rows = new ArrayList<>();
    systems.forEach((system, runner) -> {
      for (Suite suite : suites) {
        rows.addAll(rows(system, SuiteEvaluator.evaluate(suite, runner)));
      }
    });
    return new RegressionTable(rows);
  }

  private static void add(List<RegressionTable.Row> rows, String system, String suite, String level,
      Evaluation evaluation, List<Metric> metrics) {
    for (Metric m : metrics) {
      rows.add(new RegressionTable.Row(system, suite, level, m.name(), evaluation.mean(m)));
    }
  }
}
