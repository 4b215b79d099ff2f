package org.careermatch.evaluation.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.careermatch.data.Checks;

/**
 * The result of evaluating a run: every metric for every evaluated query, and their arithmetic
 * means. Queries are kept in trec_eval's order (qid by {@code strcmp}); metrics in the order given.
 *
 * @param metrics the metrics, no duplicates
 * @param averaging which queries were evaluated
 * @param perQuery qid -> metric -> value; every query has a finite value for every metric
 */
public record Evaluation(
    List<Metric> metrics, Averaging averaging, Map<String, Map<Metric, Double>> perQuery) {
  public Evaluation {
    Checks.requireNonNull(metrics, "metrics");
    Checks.requireNonNull(averaging, "averaging");
    Checks.requireNonNull(perQuery, "per-query values");
    metrics = List.copyOf(metrics);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("an evaluation needs at least one metric");
    }
    if (new LinkedHashSet<>(metrics).size() != metrics.size()) {
      throw new IllegalArgumentException("metrics are repeated in " + metrics);
    }
    Map<String, Map<Metric, Double>> sorted = new TreeMap<>(TrecEvalOrder.STRCMP);
    for (Map.Entry<String, Map<Metric, Double>> q : perQuery.entrySet()) {
      String qid = Checks.requireToken(q.getKey(), "evaluated query id");
      Map<Metric, Double> values = Checks.requireNonNull(q.getValue(), "values of query " + qid);
      Map<Metric, Double> ordered = new LinkedHashMap<>();
      for (Metric m : metrics) {
        Double v = values.get(m);
        if (v == null || !Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "query " + qid + " has no finite value for " + m + " (was " + v + ")");
        }
        ordered.put(m, v);
      }
      if (values.size() != metrics.size()) {
        throw new IllegalArgumentException(
            "query " + qid + " has values for metrics not in " + metrics + ": " + values.keySet());
      }
      sorted.put(qid, Collections.unmodifiableMap(ordered));
    }
    perQuery = Collections.unmodifiableMap(sorted);
  }

  /** The evaluated query ids, in trec_eval order. */
  public Set<String> queries() {
    return perQuery.keySet();
  }

  /** trec_eval's num_q. */
  public int numQueries() {
    return perQuery.size();
  }

  /** The mean of a metric over the evaluated queries; 0 when no query was evaluated. */
  public double mean(Metric metric) {
    requireMetric(metric);
    if (perQuery.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (Map<Metric, Double> values : perQuery.values()) {
      sum += values.get(metric);
    }
    return sum / perQuery.size();
  }

  /** Every metric's mean, in metric order. */
  public Map<Metric, Double> means() {
    Map<Metric, Double> means = new LinkedHashMap<>();
    metrics.forEach(m -> means.put(m, mean(m)));
    return Collections.unmodifiableMap(means);
  }

  /** One query's value of one metric. */
  public double value(String qid, Metric metric) {
    requireMetric(metric);
    Map<Metric, Double> values = perQuery.get(qid);
    if (values == null) {
      throw new IllegalArgumentException("query " + qid + " was not evaluated");
    }
    return values.get(metric);
  }

  /** qid -> value of one metric, in query order. */
  public Map<String, Double> values(Metric metric) {
    requireMetric(metric);
    Map<String, Double> values = new LinkedHashMap<>();
    perQuery.forEach((qid, v) -> values.put(qid, v.get(metric)));
    return Collections.unmodifiableMap(values);
  }

  private void requireMetric(Metric metric) {
    if (!metrics.contains(metric)) {
      throw new IllegalArgumentException(
          "metric " + metric + " was not evaluated (evaluated: " + metrics + ")");
    }
  }
}
