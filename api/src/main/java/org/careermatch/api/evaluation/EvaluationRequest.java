package org.careermatch.api.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A relevance suite sent inline: topics (learner profiles) and graded judgments at cluster level
 * and, optionally, sub-cluster level ({@code qrels[topicId][clusterId] = grade}). The format of the
 * evaluation module's JSON suite files ({@code JsonSuiteReader}), so a suite file can be sent as it
 * is; its {@code description}, {@code provenance} and {@code grades} are accepted and not used
 * here.
 *
 * @param metrics trec_eval names of the cluster-level metrics (e.g. {@code ndcg_cut_3}); absent for
 *     the defaults
 */
record EvaluationRequest(
    String name,
    String description,
    String provenance,
    Map<String, String> grades,
    List<TopicItem> topics,
    Map<String, Map<String, Integer>> qrels,
    Map<String, Map<String, Integer>> subQrels,
    List<String> metrics) {

  /** One topic: a learner profile with its id. */
  record TopicItem(String id, String interests, List<String> skills, String framework) {}
}
