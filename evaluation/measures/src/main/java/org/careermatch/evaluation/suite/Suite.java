package org.careermatch.evaluation.suite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.careermatch.data.Checks;

/**
 * A relevance suite: topics and their judgments at the two levels the engine ranks, the 14 clusters
 * and the 72 sub-clusters. Every judged qid must be a topic; a topic may lack judgments at one
 * level (trec_eval then ignores it at that level).
 *
 * @param name the suite's name, e.g. {@code learner-profiles} or {@code dev/alt-titles}
 * @param topics the topics in file order, ids unique
 * @param clusterQrels judgments whose docids are cluster ids
 * @param subClusterQrels judgments whose docids are sub-cluster ids; {@link Qrels#EMPTY} if the
 *     suite has none
 */
public record Suite(String name, List<Topic> topics, Qrels clusterQrels, Qrels subClusterQrels) {
  /** The two levels a suite judges. */
  public enum Level {
    CLUSTER,
    SUB_CLUSTER
  }

  public Suite {
    Checks.requireNonBlank(name, "suite name");
    Checks.requireNonNull(topics, "topics of suite " + name);
    Checks.requireNonNull(clusterQrels, "cluster qrels of suite " + name);
    Checks.requireNonNull(subClusterQrels, "sub-cluster qrels of suite " + name);
    topics = List.copyOf(topics);
    Map<String, Topic> byId = new LinkedHashMap<>();
    for (Topic t : topics) {
      if (byId.putIfAbsent(t.id(), t) != null) {
        throw new IllegalArgumentException("suite " + name + " has two topics with id " + t.id());
      }
    }
    requireTopics(name, "cluster", clusterQrels, byId);
    requireTopics(name, "sub-cluster", subClusterQrels, byId);
  }

  private static void requireTopics(
      String name, String level, Qrels qrels, Map<String, Topic> byId) {
    for (String qid : qrels.topics()) {
      if (!byId.containsKey(qid)) {
        throw new IllegalArgumentException(
            "suite "
                + name
                + " has "
                + level
                + " judgments for query "
                + qid
                + ", which is not one of its topics");
      }
    }
  }

  /**
   * The suite named {@code name} holding the topics whose id {@code keep} accepts, with their
   * judgments.
   */
  public Suite subset(String name, Predicate<String> keep) {
    Checks.requireNonNull(keep, "topic filter");
    return new Suite(
        name,
        topics.stream().filter(t -> keep.test(t.id())).toList(),
        clusterQrels.only(keep),
        subClusterQrels.only(keep));
  }

  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Topic id -> topic, in topic order. */
  public Map<String, Topic> topicsById() {
    Map<String, Topic> byId = new LinkedHashMap<>();
    topics.forEach(t -> byId.put(t.id(), t));
    return Collections.unmodifiableMap(byId);
  }

  public Qrels qrels(Level level) {
    return level == Level.CLUSTER ? clusterQrels : subClusterQrels;
  }
}
