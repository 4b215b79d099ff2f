package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.ClusterMatch.AppliesIn;
import org.careermatch.engine.explain.Explanation;

/** Scores the 14 clusters of 2024 from the evidence, with the cross-cutting boost as a line of its own. */
public final class ClusterScorer {
  /** A cluster's raw evidence, boost included, with its explanation in raw units. */
  public record Scored(Cluster cluster, double total, Explanation raw, List<AppliesIn> appliesIn) {}

  private final FrameworkData data;
  private final CrossCuttingBoost boost;

  public ClusterScorer(FrameworkData data, CrossCuttingBoost boost) {
    this.data = data;
    this.boost = boost;
  }

  public Map<ClusterId, Scored> score(EvidenceTable evidence) {
    Map<ClusterId, Double> raw = new HashMap<>();
    for (Cluster c : data.clusters()) {
      raw.put(c.id(), evidence.raw(c.id()));
    }
    Map<ClusterId, Scored> out = new LinkedHashMap<>();
    for (Cluster c : data.clusters()) {
      List<Explanation> lines = new ArrayList<>(Explanations.lines(evidence.of(c.id())));
      double b = boost.boost(c, raw.get(c.id()));
      List<AppliesIn> appliesIn = boost.supported(c, raw.get(c.id())) ? boost.appliesIn(c, raw, evidence) : List.of();
      if (b > 0) {
        String where = appliesIn.isEmpty() ? "" : " (applies in "
            + String.join(", ", appliesIn.stream().map(AppliesIn::title).toList()) + ")";
        lines.add(Explanation.leaf(b, String.format(Locale.ROOT,
            "cross-cutting boost: %s is used in every industry%s", c.title(), where), null));
      }
      Explanation explanation = Explanations.of(c.title(), c.title() + ": sum of the best match of each input", lines);
      out.put(c.id(), new Scored(c, explanation.value(), explanation, appliesIn));
    }
    return out;
  }
}
