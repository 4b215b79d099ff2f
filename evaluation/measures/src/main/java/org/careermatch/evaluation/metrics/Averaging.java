package org.careermatch.evaluation.metrics;

/**
 * Which queries an {@link Evaluation} averages over. Only queries that have qrels (at least one
 * judgment) are ever evaluated; queries of the run without qrels are ignored, as in trec_eval.
 */
public enum Averaging {
  /**
   * trec_eval's default: the queries that are in both the qrels and the run. A query the run holds
   * with an empty ranking counts (scoring 0); a query absent from the run is skipped. Since a TREC
   * run file cannot hold an empty ranking, for runs read from files this is exactly trec_eval. A
   * harness that puts every topic of a suite into its run (empty when the engine returned nothing)
   * therefore averages over all judged topics.
   */
  RUN_QUERIES,
  /**
   * trec_eval {@code -c}: every query in the qrels; a query absent from the run scores 0 on every
   * measure (and, as in current trec_eval, has per-query values too).
   */
  ALL_TOPICS
}
