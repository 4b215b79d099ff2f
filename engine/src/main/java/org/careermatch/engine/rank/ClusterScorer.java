package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.ClusterMatch.AppliesIn;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.explain.Explanation;
import org.careermatch.engine.interest.LearnerInterests;

/**
 * Scores the 14 clusters of 2024 by adding the explained lines of every {@link Signal}: first the
 * evidence signals (words, all words together, skills, meaning), then the interest-type fit, then
 * the cross-cutting boost, each of the later ones seeing the clusters' evidence so far.
 */
public final class ClusterScorer {
  /**
   * A cluster's raw evidence, every signal included, with its explanation in raw units and its
   * feature values.
   *
   * @param features each signal's value for the cluster, by signal name (what learning-to-rank
   *     logs)
   */
  public record Scored(
      Cluster cluster,
      double total,
      Explanation raw,
      List<AppliesIn> appliesIn,
      Map<String, Double> features) {}

  private final FrameworkData data;
  private final List<Signal> evidence;
  private final InterestTypeSignal interestType;
  private final CrossCuttingBoost crossCutting;

  public ClusterScorer(FrameworkData data, EngineConfig config) {
    this.data = data;
    this.evidence = EvidenceSignal.all();
    this.interestType = new InterestTypeSignal(data, config);
    this.crossCutting = new CrossCuttingBoost(data, config);
  }

  /** Every signal in the order it is applied. */
  public List<Signal> signals() {
    List<Signal> all = new ArrayList<>(evidence);
    all.add(interestType);
    all.add(crossCutting);
    return all;
  }

  public Map<ClusterId, Scored> score(EvidenceTable table, LearnerInterests interests) {
    List<Cluster> clusters = data.clusters();
    Profile profile = new Profile(table, interests, clusters);
    int n = clusters.size();
    List<List<Explanation>> lines = new ArrayList<>(n);
    List<Map<String, Double>> features = new ArrayList<>(n);
    double[] base = new double[n];
    for (int i = 0; i < n; i++) {
      lines.add(new ArrayList<>());
      features.add(new LinkedHashMap<>());
      for (Signal s : evidence) {
        base[i] += apply(s, clusters.get(i), profile, base, lines.get(i), features.get(i));
      }
    }
    double[] evidenceOnly = base.clone();
    for (Signal s : List.<Signal>of(interestType, crossCutting)) {
      double[] next = base.clone();
      for (int i = 0; i < n; i++) {
        next[i] += apply(s, clusters.get(i), profile, base, lines.get(i), features.get(i));
      }
      base = next;
    }
    Map<ClusterId, Double> raw = new HashMap<>();
    for (int i = 0; i < n; i++) {
      raw.put(clusters.get(i).id(), evidenceOnly[i]);
    }
    Map<ClusterId, Scored> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Cluster c = clusters.get(i);
      List<Explanation> sorted = new ArrayList<>(lines.get(i));
      sorted.sort(Comparator.comparingDouble(Explanation::value).reversed());
      Explanation explanation =
          Explanations.of(c.title(), c.title() + ": sum of the best match of each input", sorted);
      out.put(
          c.id(),
          new Scored(
              c,
              explanation.value(),
              explanation,
              crossCutting.appliesIn(c, raw, table),
              Map.copyOf(features.get(i))));
    }
    return out;
  }

  private static double apply(
      Signal s,
      Cluster c,
      Profile profile,
      double[] base,
      List<Explanation> lines,
      Map<String, Double> features) {
    int before = lines.size();
    s.explain(c, profile, base, lines);
    double v = 0;
    for (int k = before; k < lines.size(); k++) {
      v += lines.get(k).value();
    }
    features.put(s.name(), v);
    return v;
  }
}
