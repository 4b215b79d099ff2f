package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.CrossCuttingApplication;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.ClusterMatch.AppliesIn;
import org.careermatch.engine.index.EntityType;

/**
 * Boosts a cross-cutting cluster (Digital Technology, Management & Entrepreneurship, Marketing & Sales) when the
 * learner's evidence supports it, by {@code strength} times its own evidence, and names the industry clusters it
 * applies in: those whose evidence comes closest to the learner's best industry cluster.
 */
public final class CrossCuttingBoost {
  /** An industry cluster must reach this share of the best industry cluster's evidence to be named. */
  static final double APPLIES_IN_SHARE = 0.5;
  static final int MAX_APPLIES_IN = 2;

  private final FrameworkData data;
  private final double strength;
  private final double minEvidence;

  public CrossCuttingBoost(FrameworkData data, double strength, double minEvidence) {
    this.data = data;
    this.strength = strength;
    this.minEvidence = minEvidence;
  }

  /** Whether the learner's evidence supports a cross-cutting cluster (false for industry clusters). */
  public boolean supported(Cluster cluster, double raw) {
    return cluster.crossCutting() && raw > 0 && raw >= minEvidence;
  }

  /** The boost of {@code cluster} given its raw evidence; 0 for industry clusters and unsupported ones. */
  public double boost(Cluster cluster, double raw) {
    return supported(cluster, raw) ? strength * raw : 0;
  }

  /** The industry clusters a cross-cutting cluster applies in, with matching sample job titles. */
  public List<AppliesIn> appliesIn(Cluster crossCutting, Map<ClusterId, Double> raw, EvidenceTable evidence) {
    if (!crossCutting.crossCutting()) {
      return List.of();
    }
    List<Cluster> industries = new ArrayList<>(data.clusters().stream()
        .filter(c -> !c.crossCutting() && raw.getOrDefault(c.id(), 0.0) > 0)
        .toList());
    industries.sort(Comparator.comparingDouble((Cluster c) -> raw.get(c.id())).reversed().thenComparing(Cluster::id));
    List<AppliesIn> out = new ArrayList<>();
    if (industries.isEmpty()) {
      return out;
    }
    double best = raw.get(industries.get(0).id());
    for (Cluster c : industries) {
      if (out.size() == MAX_APPLIES_IN || raw.get(c.id()) < APPLIES_IN_SHARE * best) {
        break;
      }
      List<String> titles = new ArrayList<>();
      for (CrossCuttingApplication a : data.applications()) {
        if (a.crossCutting().equals(crossCutting.id()) && a.cluster().equals(c.id())
            && (evidence.raw(a.subCluster()) > 0 || evidence.entityScores(EntityType.APPLICATION).containsKey("application:" + a.id()))) {
          titles.add(a.sampleJobTitle());
        }
      }
      out.add(new AppliesIn(c.id().value(), c.title(), titles));
    }
    return out;
  }
}
