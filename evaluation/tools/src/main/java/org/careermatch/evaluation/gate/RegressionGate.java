package org.careermatch.evaluation.gate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Checks;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.evaluation.baseline.BaselineRunner;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.Suite;

/**
 * What the regression gate measures: for each system and suite, the cluster-level {@link
 * #CLUSTER_PINNED} and the sub-cluster-level {@link #SUB_CLUSTER_PINNED} (left out for a suite
 * without sub-cluster judgments), as a {@link RegressionTable} in system, suite, level, metric
 * order. The gate itself is {@code RegressionGateTest}; the numbers are regenerated on purpose by
 * {@link RegressionUpdate}.
 */
public final class RegressionGate {
  public static final String ENGINE = "engine";

  /** The same engine matching by words only ({@code --semantic off}). */
  public static final String LEXICAL = "engine-lexical";

  public static final String BASELINE = "baseline";
  public static final String CLUSTER = "cluster";
  public static final String SUB_CLUSTER = "sub-cluster";

  /** Pinned at cluster level: nDCG@3, MRR, Success@1, P@1, MAP, Recall@3. */
  public static final List<Metric> CLUSTER_PINNED =
      List.of(
          Metric.ndcgCut(3),
          Metric.RECIP_RANK,
          Metric.success(1),
          Metric.precision(1),
          Metric.MAP,
          Metric.recall(3));

  /** Pinned at sub-cluster level: nDCG@5, MRR. */
  public static final List<Metric> SUB_CLUSTER_PINNED =
      List.of(Metric.ndcgCut(5), Metric.RECIP_RANK);

  /** The comment block at the top of the checked-in file. */
  public static final List<String> COMMENTS =
      List.of(
          "careermatch regression gate, checked by RegressionGateTest (evaluation/tools, part of mvn verify).",
          "engine: EngineConfig.defaults() with the embedding model (words and meaning), in process on the embedded",
          "index-data; engine-lexical: the same by words only; baseline: BaselineRunner (BM25).",
          "Means over every judged topic, computed as trec_eval computes them on the written runs.",
          "A number fails the gate when it moves by more than its tolerance, up or down; edit a tolerance to loosen it.",
          "Regenerate on purpose with the command below (from the repository root), review the diff, commit it with the",
          "change:",
          "  ./mvnw -q -o -pl evaluation/tools -am package -DskipTests",
          "  java -cp evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.gate.RegressionUpdate");

  private RegressionGate() {}

  /** The rows of one system on one suite. */
  public static List<RegressionTable.Row> rows(String system, SuiteEvaluator.Result result) {
    Checks.requireToken(system, "system");
    Checks.requireNonNull(result, "result");
    List<RegressionTable.Row> rows = new ArrayList<>();
    add(rows, system, result.suite().name(), CLUSTER, result.clusters(), CLUSTER_PINNED);
    if (result.hasSubClusters()) {
      add(
          rows,
          system,
          result.suite().name(),
          SUB_CLUSTER,
          result.subClusters(),
          SUB_CLUSTER_PINNED);
    }
    return rows;
  }

  /**
   * The gate's measurement: every bundled suite with the three systems, on the embedded data.
   * Builds the two engines (the semantic one loads the embedding model) and closes them.
   */
  public static RegressionTable measure() throws IOException {
    FrameworkData data = DataLoader.loadDefault();
    List<Suite> suites = new ArrayList<>();
    for (String name : BundledSuites.NAMES) {
      suites.add(BundledSuites.load(name));
    }
    try (Engine engine = EngineRunner.semanticEngine(data, EngineConfig.defaults());
        Engine lexical = Engine.create(data, EngineConfig.defaults())) {
      Map<String, SuiteRunner> systems = new LinkedHashMap<>();
      systems.put(ENGINE, new EngineRunner(engine));
      systems.put(LEXICAL, new EngineRunner(lexical));
      systems.put(BASELINE, new BaselineRunner(data));
      return measure(systems, suites);
    }
  }

  /** Every system (name -> runner, in order) on every suite. */
  public static RegressionTable measure(Map<String, SuiteRunner> systems, List<Suite> suites) {
    List<RegressionTable.Row> rows = new ArrayList<>();
    systems.forEach(
        (system, runner) -> {
          for (Suite suite : suites) {
            rows.addAll(rows(system, SuiteEvaluator.evaluate(suite, runner)));
          }
        });
    return new RegressionTable(rows);
  }

  private static void add(
      List<RegressionTable.Row> rows,
      String system,
      String suite,
      String level,
      Evaluation evaluation,
      List<Metric> metrics) {
    for (Metric m : metrics) {
      rows.add(new RegressionTable.Row(system, suite, level, m.name(), evaluation.mean(m)));
    }
  }
}
