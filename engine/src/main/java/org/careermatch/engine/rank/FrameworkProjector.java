package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.FrameworkGroup;
import org.careermatch.data.Mapping;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.explain.Explanation;

/**
 * Projects the 2024 evidence onto another framework's groups: a group's evidence is that of the
 * best-supported 2024 cluster or sub-cluster it maps to, and its explanation is that one's, so a
 * Sacramento Works learner reads the same reasons in Sacramento's own terms.
 */
public final class FrameworkProjector {
  /**
   * A group's raw evidence, the 2024 cluster it mostly draws on, and the explanation in raw units.
   */
  public record Projected(double raw, ClusterId source, Explanation explanation) {}

  private final FrameworkData data;

  public FrameworkProjector(FrameworkData data) {
    this.data = data;
  }

  public Projected project(
      FrameworkGroup group, Map<ClusterId, ClusterScorer.Scored> clusters, EvidenceTable evidence) {
    Projected best = null;
    for (Mapping m : group.mapsTo()) {
      Projected p =
          m.wholeCluster() ? fromCluster(m.cluster(), clusters) : fromSubClusters(m, evidence);
      if (best == null
          || p.raw() > best.raw()
          || (p.raw() == best.raw() && p.source().compareTo(best.source()) < 0)) {
        best = p;
      }
    }
    if (best == null) {
      return new Projected(
          0, null, Explanation.leaf(0, group.title() + " maps to no 2024 cluster", null));
    }
    return best;
  }

  private Projected fromCluster(ClusterId id, Map<ClusterId, ClusterScorer.Scored> clusters) {
    ClusterScorer.Scored s = clusters.get(id);
    return new Projected(
        s.total(),
        id,
        Explanation.sum("from the 2024 cluster " + s.cluster().title(), List.of(s.raw())));
  }

  private Projected fromSubClusters(Mapping m, EvidenceTable evidence) {
    List<SubClusterId> subs = new ArrayList<>(m.subClusters());
    subs.sort(
        Comparator.comparingDouble((SubClusterId s) -> evidence.raw(s))
            .reversed()
            .thenComparing(s -> s));
    SubClusterId top = subs.get(0);
    SubCluster sub = data.subCluster(top).orElseThrow();
    Explanation e =
        Explanations.of(
            "the 2024 sub-cluster " + sub.title(),
            "from the 2024 sub-cluster " + sub.title(),
            Explanations.lines(evidence.of(top)));
    return new Projected(e.value(), m.cluster(), e);
  }
}
