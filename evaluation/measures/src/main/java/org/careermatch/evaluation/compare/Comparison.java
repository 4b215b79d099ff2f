package org.careermatch.evaluation.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.metrics.TrecEvalOrder;

/**
 * A query-by-query comparison of two runs on one metric: a baseline and a candidate evaluated on
 * the same queries.
 *
 * @param metric the metric compared
 * @param queries one entry per query, in query order
 */
public record Comparison(Metric metric, List<QueryDelta> queries) {
  /**
   * Two values closer than this count as a tie in {@link #wins()}, {@link #losses()} and {@link
   * #ties()}.
   */
  public static final double TIE_TOLERANCE = 1e-9;

  public Comparison {
    Checks.requireNonNull(metric, "metric");
    queries = List.copyOf(Checks.requireNonNull(queries, "queries"));
    Set<String> seen = new HashSet<>();
    for (QueryDelta q : queries) {
      if (!seen.add(q.qid())) {
        throw new IllegalArgumentException("query " + q.qid() + " is compared twice");
      }
    }
  }

  /**
   * Compares two evaluations on {@code metric}. Both must have evaluated the same queries (a paired
   * comparison); otherwise the message names the queries only one of them has. Evaluate both runs
   * with {@link org.careermatch.evaluation.metrics.Averaging#ALL_TOPICS} to compare runs that
   * answer different queries.
   */
  public static Comparison of(Evaluation baseline, Evaluation candidate, Metric metric) {
    Checks.requireNonNull(baseline, "baseline evaluation");
    Checks.requireNonNull(candidate, "candidate evaluation");
    if (!baseline.queries().equals(candidate.queries())) {
      Set<String> onlyBaseline = new TreeSet<>(baseline.queries());
      onlyBaseline.removeAll(candidate.queries());
      Set<String> onlyCandidate = new TreeSet<>(candidate.queries());
      onlyCandidate.removeAll(baseline.queries());
      throw new IllegalArgumentException(
          "the runs were evaluated on different queries: only the baseline has "
              + limit(onlyBaseline)
              + ", only the candidate has "
              + limit(onlyCandidate)
              + " (evaluate both with Averaging.ALL_TOPICS)");
    }
    List<QueryDelta> deltas = new ArrayList<>();
    for (String qid : baseline.queries()) {
      deltas.add(new QueryDelta(qid, baseline.value(qid, metric), candidate.value(qid, metric)));
    }
    return new Comparison(metric, deltas);
  }

  public int size() {
    return queries.size();
  }

  public double baselineMean() {
    return mean(QueryDelta::baseline);
  }

  public double candidateMean() {
    return mean(QueryDelta::candidate);
  }

  /** Mean of candidate - baseline (equals candidateMean() - baselineMean()). */
  public double meanDifference() {
    return mean(QueryDelta::delta);
  }

  /** Queries where the candidate is better. */
  public int wins() {
    return (int) queries.stream().filter(q -> q.delta() > TIE_TOLERANCE).count();
  }

  /** Queries where the candidate is worse. */
  public int losses() {
    return (int) queries.stream().filter(q -> q.delta() < -TIE_TOLERANCE).count();
  }

  public int ties() {
    return size() - wins() - losses();
  }

  /** The queries from the candidate's worst regression to its best improvement (ties by qid). */
  public List<QueryDelta> byDelta() {
    List<QueryDelta> sorted = new ArrayList<>(queries);
    sorted.sort(
        Comparator.comparingDouble(QueryDelta::delta)
            .thenComparing(QueryDelta::qid, TrecEvalOrder.STRCMP));
    return List.copyOf(sorted);
  }

  /** The baseline's values, in query order (for {@link RandomizationTest}). */
  public double[] baselineValues() {
    return queries.stream().mapToDouble(QueryDelta::baseline).toArray();
  }

  /** The candidate's values, in query order. */
  public double[] candidateValues() {
    return queries.stream().mapToDouble(QueryDelta::candidate).toArray();
  }

  private double mean(ToDoubleFunction<QueryDelta> value) {
    return queries.isEmpty() ? 0 : queries.stream().mapToDouble(value).sum() / queries.size();
  }

  private static String limit(Set<String> qids) {
    if (qids.isEmpty()) {
      return "none";
    }
    List<String> shown = qids.stream().limit(5).toList();
    return shown + (qids.size() > 5 ? " and " + (qids.size() - 5) + " more" : "");
  }
}
