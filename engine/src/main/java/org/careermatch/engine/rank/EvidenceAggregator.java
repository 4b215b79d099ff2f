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
 * Searches every input on its own and keeps, for each cluster and sub-cluster, the input's best match. Evidence that
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
    Map<ClusterId, Map<QueryUnit, Contribution>> byCluster = new HashMap<>();
    Map<SubClusterId, Map<QueryUnit, Contribution>> bySub = new HashMap<>();
    Map<String, Double> entityScores = new HashMap<>();
    Set<String> matchedSkills = new HashSet<>();
    for (QueryUnit unit : units) {
      TopDocs top = search(unit);
      for (ScoreDoc sd : top.scoreDocs) {
        EvidenceDoc doc = index.doc(sd.doc);
        double base = unit.weight() * config.weight(doc.type());
        if (unit.kind() == QueryUnit.Kind.SKILL && doc.type() == EntityType.SKILL) {
          base *= config.skillToSkillBoost();
          matchedSkills.add(doc.entityId());
        }
        entityScores.merge(doc.entityId(), sd.score * base, Double::sum);
        Contribution forClusters = new Contribution(unit, doc, sd.score, base * spread(clusterSpread, doc.clusters().size()));
        for (ClusterId c : doc.clusters()) {
          keepBest(byCluster.computeIfAbsent(c, k -> new LinkedHashMap<>()), forClusters);
        }
        if (!doc.subClusters().isEmpty()) {
          Contribution forSubs = new Contribution(unit, doc, sd.score, base * spread(subClusterSpread, doc.subClusters().size()));
          for (SubClusterId s : doc.subClusters()) {
            keepBest(bySub.computeIfAbsent(s, k -> new LinkedHashMap<>()), forSubs);
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

  private static void keepBest(Map<QueryUnit, Contribution> perUnit, Contribution c) {
    Contribution old = perUnit.get(c.unit());
    if (old == null || c.value() > old.value()
        || (c.value() == old.value() && c.doc().entityId().compareTo(old.doc().entityId()) < 0)) {
      perUnit.put(c.unit(), c);
    }
  }

  /** Contributions of each group, largest first, ties by input then entity id (deterministic). */
  static final Comparator<Contribution> ORDER = Comparator.comparingDouble(Contribution::value).reversed()
      .thenComparing(c -> c.unit().input())
      .thenComparing(c -> c.doc().entityId());

  private static <K> Map<K, List<Contribution>> flatten(Map<K, Map<QueryUnit, Contribution>> in) {
    Map<K, List<Contribution>> out = new HashMap<>();
    in.forEach((k, v) -> {
      List<Contribution> list = new ArrayList<>(v.values());
      list.sort(ORDER);
      out.put(k, List.copyOf(list));
    });
    return out;
  }
}
