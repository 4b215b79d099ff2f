package org.careermatch.engine.rank;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;

/**
 * The evidence of one profile, aggregated: for every cluster and sub-cluster, one contribution per input at most
 * (its best match), so that a word repeated or matching many entities of a group counts once for that group.
 *
 * @param entityScores the summed weighted relevance of every matched entity, by entity id
 * @param matchedSkills ids of skill entities the learner's listed skills matched
 * @param totals the summed contributions of every cluster and sub-cluster
 */
public record EvidenceTable(
    Map<ClusterId, List<Contribution>> byCluster,
    Map<SubClusterId, List<Contribution>> bySubCluster,
    Map<String, Double> entityScores,
    Set<String> matchedSkills,
    Map<Object, Double> totals) {

  public EvidenceTable(
      Map<ClusterId, List<Contribution>> byCluster,
      Map<SubClusterId, List<Contribution>> bySubCluster,
      Map<String, Double> entityScores,
      Set<String> matchedSkills) {
    this(byCluster, bySubCluster, entityScores, matchedSkills, totals(byCluster, bySubCluster));
  }

  public EvidenceTable {
    byCluster = Collections.unmodifiableMap(byCluster);
    bySubCluster = Collections.unmodifiableMap(bySubCluster);
    entityScores = Collections.unmodifiableMap(entityScores);
    matchedSkills = Collections.unmodifiableSet(matchedSkills);
    totals = Collections.unmodifiableMap(totals);
  }

  private static Map<Object, Double> totals(
      Map<ClusterId, List<Contribution>> byCluster, Map<SubClusterId, List<Contribution>> bySubCluster) {
    Map<Object, Double> t = new java.util.HashMap<>();
    byCluster.forEach((k, v) -> t.put(k, sum(v)));
    bySubCluster.forEach((k, v) -> t.put(k, sum(v)));
    return t;
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

  private static double sum(List<Contribution> cs) {
    double s = 0;
    for (Contribution c : cs) {
      s += c.value();
    }
    return s;
  }
}
