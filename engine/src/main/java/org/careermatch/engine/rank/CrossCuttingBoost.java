package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.CrossCuttingApplication;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.Membership;
import org.careermatch.data.SocOccupation;
import org.careermatch.data.SubCluster;
import org.careermatch.engine.ClusterMatch.AppliesIn;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;
import org.careermatch.engine.explain.Factor;
import org.careermatch.engine.index.EntityType;

/**
 * The cross-cutting layer. Digital Technology, Management &amp; Entrepreneurship and Marketing
 * &amp; Sales are functions found in every industry: a cross-cutting cluster is boosted where the
 * learner shows both its function (coding, running a business, selling: its own evidence, not words
 * of an industry that its definition mentions) and an industry context (the learner's best industry
 * cluster) in another of their inputs (a clause, a skill), by {@code strength * sqrt(function *
 * context)} of the best such pair, at most {@code crossCuttingCap}. Function without context, or
 * context without function, gives no boost. Unless the function evidence is the stronger, the boost
 * never lifts the cross-cutting cluster above the industry it applies in.
 */
public final class CrossCuttingBoost implements Signal {
  private final FrameworkData data;
  private final double strength;
  private final double cap;
  private final double minEvidence;
  private final double minContext;

  /**
   * An industry cluster must reach this share of the best industry cluster's evidence to be named.
   */
  private final double appliesInShare;

  private final int maxAppliesIn;

  /** An entity that may name where a cross-cutting cluster applies: its entity id and its title. */
  private record Named(String entityId, String title) {}

  /** A cross-cutting cluster and an industry cluster. */
  private record Pairing(ClusterId crossCutting, ClusterId industry) {}

  /**
   * For each pairing, the report's applications of the cross-cutting cluster in the industry (as
   * sample job titles), in the data's order; worked out once, not for every profile.
   */
  private final Map<Pairing, List<Named>> applications = new HashMap<>();

  /** For each pairing, the crosswalk occupations in both clusters, in the data's order. */
  private final Map<Pairing, List<Named>> sharedOccupations = new HashMap<>();

  public CrossCuttingBoost(FrameworkData data, EngineConfig config) {
    this.data = data;
    for (CrossCuttingApplication a : data.applications()) {
      applications
          .computeIfAbsent(new Pairing(a.crossCutting(), a.cluster()), k -> new ArrayList<>())
          .add(new Named("application:" + a.id(), a.sampleJobTitle()));
    }
    for (SocOccupation o : data.socOccupations()) {
      Named named = new Named(o.id(), o.title());
      Set<ClusterId> clusters = clustersOf(o);
      for (ClusterId x : clusters) {
        if (data.cluster(x).map(Cluster::crossCutting).orElse(false)) {
          for (ClusterId c : clusters) {
            if (!c.equals(x)) {
              sharedOccupations
                  .computeIfAbsent(new Pairing(x, c), k -> new ArrayList<>())
                  .add(named);
            }
          }
        }
      }
    }
    this.strength = config.crossCuttingBoost();
    this.cap = config.crossCuttingCap();
    this.minEvidence = config.crossCuttingMinEvidence();
    this.minContext = config.crossCuttingMinContext();
    this.appliesInShare = config.appliesInShare();
    this.maxAppliesIn = config.maxAppliesIn();
  }

  @Override
  public String name() {
    return "cross-cutting";
  }

  /**
   * The cross-cutting cluster's own evidence: not from its definition or caption, nor from shared
   * applications.
   */
  static double function(Cluster cluster, EvidenceTable evidence) {
    double f = 0;
    for (Contribution c : evidence.of(cluster.id())) {
      EntityType t = c.doc().type();
      if (t != EntityType.CLUSTER && t != EntityType.APPLICATION) {
        f += c.value();
      }
    }
    return f;
  }

  /**
   * Whether the learner's evidence supports a cross-cutting cluster's function (false for industry
   * clusters).
   */
  public boolean supported(Cluster cluster, EvidenceTable evidence) {
    if (!cluster.crossCutting()) {
      return false;
    }
    double f = function(cluster, evidence);
    return f > 0 && f >= minEvidence;
  }

  @Override
  public void explain(Cluster cluster, Profile profile, double[] base, List<Explanation> out) {
    if (strength == 0 || !supported(cluster, profile.evidence())) {
      return;
    }
    int industry = bestIndustry(profile, base);
    if (industry < 0 || base[industry] < Math.max(minContext, Double.MIN_VALUE)) {
      return;
    }
    Cluster ind = profile.clusters().get(industry);
    // the function and the context must come from different inputs (a clause, a skill): "i code
    // apps" and "i want
    // to work in a hospital"; one sentence that names both is a job of one cluster, as the
    // crosswalk files it
    Pair pair = pair(cluster, ind, profile.evidence());
    if (pair == null) {
      return;
    }
    double function = pair.function();
    double context = pair.context();
    double boost = strength * Math.sqrt(function * context);
    if (cap > 0) {
      boost = Math.min(cap, boost);
    }
    double own = base[profile.position(cluster)];
    if (function < context) {
      // the learner's industry keeps its rank: the boost stops just below it
      boost = Math.min(boost, Math.max(0, (base[industry] - own) * 0.999));
    }
    if (boost <= 0) {
      return;
    }
    String description =
        String.format(
            Locale.ROOT,
            "you wrote '%s' and '%s': %s applies in %s",
            pair.functionInput(),
            pair.contextInput(),
            cluster.title(),
            ind.title());
    out.add(
        Explanation.leaf(
            boost,
            description,
            new Evidence(
                Evidence.Kind.CROSS_CUTTING,
                pair.functionInput(),
                "profile",
                -1,
                List.of(),
                List.of(),
                null,
                ind.id().value(),
                "cluster",
                ind.title(),
                null,
                null,
                1,
                List.of(
                    new Factor("strength", strength),
                    new Factor("sqrt(function x context)", Math.sqrt(function * context)),
                    new Factor("cap", boost / (strength * Math.sqrt(function * context)))),
                Math.sqrt(function * context),
                strength,
                null)));
  }

  /** The best function input and the best context input of another input, with their evidence. */
  private record Pair(double function, String functionInput, double context, String contextInput) {}

  private static Pair pair(Cluster crossCutting, Cluster industry, EvidenceTable evidence) {
    java.util.Map<Integer, Double> function = new java.util.HashMap<>();
    java.util.Map<Integer, String> functionInput = new java.util.HashMap<>();
    for (Contribution c : evidence.of(crossCutting.id())) {
      EntityType t = c.doc().type();
      if (t != EntityType.CLUSTER
          && t != EntityType.APPLICATION
          && c.unit().kind() != org.careermatch.engine.query.QueryUnit.Kind.ALL) {
        function.merge(c.unit().source(), c.value(), Double::sum);
        functionInput.putIfAbsent(c.unit().source(), c.unit().input());
      }
    }
    java.util.Map<Integer, Double> context = new java.util.HashMap<>();
    java.util.Map<Integer, String> contextInput = new java.util.HashMap<>();
    for (Contribution c : evidence.of(industry.id())) {
      if (c.unit().kind() != org.careermatch.engine.query.QueryUnit.Kind.ALL) {
        context.merge(c.unit().source(), c.value(), Double::sum);
        contextInput.putIfAbsent(c.unit().source(), c.unit().input());
      }
    }
    Pair best = null;
    for (var f : function.entrySet()) {
      for (var x : context.entrySet()) {
        if (!f.getKey().equals(x.getKey())
            && (best == null || f.getValue() * x.getValue() > best.function() * best.context())) {
          best =
              new Pair(
                  f.getValue(),
                  functionInput.get(f.getKey()),
                  x.getValue(),
                  contextInput.get(x.getKey()));
        }
      }
    }
    return best;
  }

  private static int bestIndustry(Profile profile, double[] base) {
    int best = -1;
    for (int i = 0; i < base.length; i++) {
      Cluster c = profile.clusters().get(i);
      if (!c.crossCutting() && base[i] > 0 && (best < 0 || base[i] > base[best])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The industry clusters a supported cross-cutting cluster applies in for this learner (those with
   * at least {@code appliesInShare} of the best industry's evidence), each with what the function
   * looks like there: the report's applications the learner's words reached, else crosswalk
   * occupations of both clusters the learner's words reached, else the two sub-clusters the learner
   * came closest to.
   */
  public List<AppliesIn> appliesIn(
      Cluster crossCutting, Map<ClusterId, Double> raw, EvidenceTable evidence) {
    if (!supported(crossCutting, evidence)) {
      return List.of();
    }
    List<Cluster> industries =
        new ArrayList<>(
            data.clusters().stream()
                .filter(c -> !c.crossCutting() && raw.getOrDefault(c.id(), 0.0) > 0)
                .toList());
    industries.sort(
        Comparator.comparingDouble((Cluster c) -> raw.get(c.id()))
            .reversed()
            .thenComparing(Cluster::id));
    List<AppliesIn> out = new ArrayList<>();
    if (industries.isEmpty()) {
      return out;
    }
    double best = raw.get(industries.get(0).id());
    for (Cluster c : industries) {
      if (out.size() == maxAppliesIn || raw.get(c.id()) < appliesInShare * best) {
        break;
      }
      Pairing pairing = new Pairing(crossCutting.id(), c.id());
      List<String> titles =
          reached(
              applications.getOrDefault(pairing, List.of()),
              evidence.entityScores(EntityType.APPLICATION));
      if (titles.isEmpty()) {
        titles =
            reached(
                sharedOccupations.getOrDefault(pairing, List.of()),
                evidence.entityScores(EntityType.SOC_OCCUPATION));
      }
      out.add(
          new AppliesIn(
              c.id().value(),
              c.title(),
              titles,
              bestSub(crossCutting, evidence),
              bestSub(c, evidence)));
    }
    return out;
  }

  /** The titles of those entities the learner's words reached, in order. */
  private static List<String> reached(List<Named> candidates, Map<String, Double> scores) {
    List<String> titles = new ArrayList<>();
    if (!scores.isEmpty()) {
      for (Named n : candidates) {
        if (scores.containsKey(n.entityId())) {
          titles.add(n.title());
        }
      }
    }
    return titles;
  }

  /** An occupation's clusters, each once, in the order of its memberships. */
  private static Set<ClusterId> clustersOf(SocOccupation o) {
    Set<ClusterId> clusters = new LinkedHashSet<>();
    for (Membership m : o.memberships()) {
      clusters.add(m.cluster());
    }
    return clusters;
  }

  private String bestSub(Cluster c, EvidenceTable evidence) {
    SubCluster best = null;
    for (SubCluster s : data.subClustersOf(c.id())) {
      if (evidence.raw(s.id()) > 0
          && (best == null || evidence.raw(s.id()) > evidence.raw(best.id()))) {
        best = s;
      }
    }
    return best == null ? null : best.title();
  }
}
