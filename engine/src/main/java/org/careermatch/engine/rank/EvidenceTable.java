package org.careermatch.engine.rank;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.index.EntityType;

/**
 * The evidence of one profile, aggregated: for every cluster and sub-cluster, one contribution per
 * input at most, so that a word repeated or matching many entities of a group counts once for that
 * group. Each group's total is summed once, here.
 */
public final class EvidenceTable {
  private final Map<ClusterId, List<Contribution>> byCluster;
  private final Map<SubClusterId, List<Contribution>> bySubCluster;
  private final Map<EntityType, Map<String, Double>> entityScores;
  private final Set<String> matchedSkills;
  private final Map<String, List<String>> namedByWords;
  private final Map<Object, Double> totals = new HashMap<>();

  /**
   * @param entityScores the summed weighted relevance of every matched entity, by entity type and
   *     id
   * @param matchedSkills ids of skill entities the learner's listed skills matched
   */
  public EvidenceTable(
      Map<ClusterId, List<Contribution>> byCluster,
      Map<SubClusterId, List<Contribution>> bySubCluster,
      Map<EntityType, Map<String, Double>> entityScores,
      Set<String> matchedSkills,
      Map<String, ? extends Collection<String>> namedByWords) {
    this.byCluster = Collections.unmodifiableMap(byCluster);
    this.bySubCluster = Collections.unmodifiableMap(bySubCluster);
    Map<EntityType, Map<String, Double>> scores = new EnumMap<>(EntityType.class);
    entityScores.forEach((type, byId) -> scores.put(type, Collections.unmodifiableMap(byId)));
    this.entityScores = Collections.unmodifiableMap(scores);
    this.matchedSkills = Collections.unmodifiableSet(matchedSkills);
    Map<String, List<String>> named = new java.util.HashMap<>();
    namedByWords.forEach((id, words) -> named.put(id, List.copyOf(words)));
    this.namedByWords = Collections.unmodifiableMap(named);
    byCluster.forEach((k, v) -> totals.put(k, sum(v)));
    bySubCluster.forEach((k, v) -> totals.put(k, sum(v)));
  }

  public List<Contribution> of(ClusterId cluster) {
    return byCluster.getOrDefault(cluster, List.of());
  }

  public List<Contribution> of(SubClusterId subCluster) {
    return bySubCluster.getOrDefault(subCluster, List.of());
  }

  public double raw(ClusterId cluster) {
    return totals.getOrDefault(cluster, 0.0);
  }

  public double raw(SubClusterId subCluster) {
    return totals.getOrDefault(subCluster, 0.0);
  }

  /** The summed weighted relevance of every matched entity of one type, by entity id. */
  public Map<String, Double> entityScores(EntityType type) {
    return entityScores.getOrDefault(type, Map.of());
  }

  /**
   * The learner's words that matched the entity, as typed: each word, phrase or skill (all the
   * interests searched together name no word of their own, so an entity only they matched has
   * none).
   */
  public List<String> wordsNaming(String entityId) {
    return namedByWords.getOrDefault(entityId, List.of());
  }

  public Set<String> matchedSkills() {
    return matchedSkills;
  }

  private static double sum(List<Contribution> cs) {
    double s = 0;
    for (Contribution c : cs) {
      s += c.value();
    }
    return s;
  }
}
