package org.careermatch.api.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The suite's metrics in trec_eval's names (overall and per topic), with each topic's top three
 * clusters.
 *
 * @param subMetrics sub-cluster-level metrics; empty when the request judged no sub-clusters
 */
record EvaluationResponse(
    String name,
    int numQueries,
    Map<String, Double> metrics,
    Map<String, Double> subMetrics,
    List<PerTopic> perQuery) {

  /** One topic's metrics and its top clusters. */
  record PerTopic(
      String id, Map<String, Double> metrics, Map<String, Double> subMetrics, List<String> top) {}
}
