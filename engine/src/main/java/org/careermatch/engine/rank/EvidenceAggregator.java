package org.careermatch.engine.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;

/**
 * Searches every input on its own and combines, for each cluster and sub-cluster, the input's matches there (see
 * {@link Contribution}). Evidence that
 * is spread over many clusters (a skill every industry lists, such as Project Management) weighs less, by
 * {@code (log((N+1)/k) / log(N+1))^specificity} for evidence shared by k of N groups.
 */
public final class EvidenceAggregator {
  private final EntityIndex index;
  private final EngineConfig config;
  private final double[] clusterSpread;
  private final double[] subClusterSpread;

  public EvidenceAggregator(EntityIndex index, EngineConfig config, int clusters, int subClusters) {
    this.index = index;
    this.config = config;
    this.clusterSpread = spreadTable(clusters, config.specificity());
    this.subClusterSpread = spreadTable(subClusters, config.specificity());
  }

  private static double[] spreadTable(int n, double exponent) {
    double[] t = new double[n + 1];
    for (int k = 1; k <= n; k++) {
      t[k] = Math.pow(Math.log((n + 1.0) / k) / Math.log(n + 1.0), exponent);
    }
    return t;
  }

  private double spread(double[] table, int k) {
    return table[Math.min(Math.max(k, 1), table.length - 1)];
  }

  public EvidenceTable aggregate(List<QueryUnit> units) {
    Map<ClusterId, Map<QueryUnit, List<Match>>> byCluster = new HashMap<>();
    Map<SubClusterId, Map<QueryUnit, List<Match>>> bySub = new HashMap<>();
    Map<String, Double> entityScores = new HashMap<>();
    Set<String> matchedSkills = new HashSet<>();
    for (QueryUnit unit : units) {
      TopDocs top = search(unit);
      for (ScoreDoc sd : top.scoreDocs) {
        EvidenceDoc doc = index.doc(sd.doc);
        double relevance = sd.score;
        double similarity = Double.NaN;
        if (unit.kind().semantic()) {
          similarity = similarity(sd.score);
          if (similarity <= config.semanticFloor()) {
            continue;
          }
          relevance = (similarity - config.semanticFloor()) / (1 - config.semanticFloor());
        }
        double base = unit.weight() * config.weight(doc.type());
        if (unit.kind() == QueryUnit.Kind.SKILL && doc.type() == EntityType.SKILL) {
          base *= config.skillToSkillBoost();
          matchedSkills.add(doc.entityId());
        }
        entityScores.merge(doc.entityId(), relevance * base, Double::sum);
        Match forClusters = new Match(doc, relevance, base * spread(clusterSpread, doc.clusters().size()), similarity);
        for (ClusterId c : doc.clusters()) {
          byCluster.computeIfAbsent(c, k -> new LinkedHashMap<>()).computeIfAbsent(unit, k -> new ArrayList<>())
              .add(forClusters);
        }
        if (!doc.subClusters().isEmpty()) {
          Match forSubs = new Match(doc, relevance, base * spread(subClusterSpread, doc.subClusters().size()),
              similarity);
          for (SubClusterId s : doc.subClusters()) {
            bySub.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(unit, k -> new ArrayList<>()).add(forSubs);
          }
        }
      }
    }
    return new EvidenceTable(flatten(byCluster), flatten(bySub), entityScores, matchedSkills);
  }

  private TopDocs search(QueryUnit unit) {
    try {
      return index.searcher().search(unit.query(), config.hitsPerInput());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lucene scores a {@code DOT_PRODUCT} vector hit as {@code (1 + cos) / 2}; this is the cosine back, clamped to
   * [-1, 1] against rounding.
   */
  static double similarity(float luceneScore) {
    return Math.max(-1.0, Math.min(1.0, 2.0 * luceneScore - 1.0));
  }

  /** One hit of one input, weighted; {@code similarity} is NaN for a lexical hit. */
  private record Match(EvidenceDoc doc, double relevance, double weight, double similarity) {
    double value() {
      return relevance * weight;
    }
  }

  private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::value).reversed()
      .thenComparing(m -> m.doc().entityId())
      .thenComparing(m -> m.doc().role());

  /** The input's matches in one group: the best in full, the i-th next at decay^i. */
  private Contribution combine(QueryUnit unit, List<Match> matches) {
    matches.sort(BEST_FIRST);
    double total = 0;
    double w = 1;
    for (Match m : matches) {
      total += w * m.value();
      w *= config.matchDecay();
    }
    Match best = matches.get(0);
    return new Contribution(unit, best.doc(), best.relevance(), best.weight(), total, matches.size(),
        best.similarity());
  }

  /** Contributions of each group, largest first, ties by input then entity id (deterministic). */
  static final Comparator<Contribution> ORDER = Comparator.comparingDouble(Contribution::value).reversed()
      .thenComparing(c -> c.unit().input())
      .thenComparing(c -> c.doc().entityId());

  private <K> Map<K, List<Contribution>> flatten(Map<K, Map<QueryUnit, List<Match>>> in) {
    Map<K, List<Contribution>> out = new HashMap<>();
    in.forEach((k, v) -> {
      List<Contribution> list = new ArrayList<>(v.size());
      v.forEach((unit, matches) -> list.add(combine(unit, matches)));
      list.sort(ORDER);
      out.put(k, List.copyOf(list));
    });
    return out;
  }
}
