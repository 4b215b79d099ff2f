package org.careermatch.evaluation.metrics;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.suite.Qrels;

/**
 * Evaluates runs against qrels the way trec_eval does: each evaluated query's ranking is put in
 * trec_eval's order ({@link TrecEvalOrder}: score descending, ties by docid descending), every
 * metric is computed for it ({@link Measures}), and each metric is averaged over the evaluated
 * queries ({@link Averaging}). Queries of the run without qrels are ignored. Thread-safe.
 */
public final class Evaluator {
  private final List<Metric> metrics;
  private final Averaging averaging;

  public Evaluator(List<Metric> metrics, Averaging averaging) {
    Checks.requireNonNull(metrics, "metrics");
    this.metrics = List.copyOf(metrics);
    this.averaging = Checks.requireNonNull(averaging, "averaging");
    if (this.metrics.isEmpty()) {
      throw new IllegalArgumentException("an evaluator needs at least one metric");
    }
    if (new LinkedHashSet<>(this.metrics).size() != this.metrics.size()) {
      throw new IllegalArgumentException("metrics are repeated in " + this.metrics);
    }
  }

  /** trec_eval's default averaging ({@link Averaging#RUN_QUERIES}). */
  public Evaluator(List<Metric> metrics) {
    this(metrics, Averaging.RUN_QUERIES);
  }

  /** {@link Metric#DEFAULTS} with trec_eval's default averaging. */
  public static Evaluator defaults() {
    return new Evaluator(Metric.DEFAULTS);
  }

  public List<Metric> metrics() {
    return metrics;
  }

  public Averaging averaging() {
    return averaging;
  }

  public Evaluation evaluate(Qrels qrels, Run run) {
    Checks.requireNonNull(qrels, "qrels");
    Checks.requireNonNull(run, "run");
    Set<String> queries = new LinkedHashSet<>();
    for (String qid : qrels.topics()) {
      if (averaging == Averaging.ALL_TOPICS || run.contains(qid)) {
        queries.add(qid);
      }
    }
    Map<String, Map<Metric, Double>> perQuery = new LinkedHashMap<>();
    for (String qid : queries) {
      List<String> ranked = TrecEvalOrder.docids(run.ranking(qid));
      Map<String, Integer> judgments = qrels.judgments(qid);
      Map<Metric, Double> values = new LinkedHashMap<>();
      for (Metric m : metrics) {
        values.put(m, m.compute(ranked, judgments));
      }
      perQuery.put(qid, values);
    }
    return new Evaluation(metrics, averaging, perQuery);
  }
}
