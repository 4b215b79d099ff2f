package org.careermatch.api.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A relevance suite sent inline: topics (learner profiles) and graded judgments at cluster level and, optionally,
 * sub-cluster level ({@code qrels[topicId][clusterId] = grade}).
 */
record EvaluationRequest(
    String name,
    List<TopicItem> topics,
    Map<String, Map<String, Integer>> qrels,
    Map<String, Map<String, Integer>> subQrels) {

  /** One topic: a learner profile with its id. */
  record TopicItem(String id, String interests, List<String> skills, String framework) {}
}
