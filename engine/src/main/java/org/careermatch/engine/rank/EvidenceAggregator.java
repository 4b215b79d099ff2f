package org.careermatch.engine.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.index.ScoredDocs;
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
  /** {@link EngineConfig#weight} by entity type ordinal: read for every hit. */
  private final double[] typeWeights;

  public EvidenceAggregator(EntityIndex index, EngineConfig config, int clusters, int subClusters) {
    this.index = index;
    this.config = config;
    this.clusterSpread = spreadTable(clusters, config.specificity());
    this.subClusterSpread = spreadTable(subClusters, config.specificity());
    this.typeWeights = new double[EntityType.values().length];
    for (EntityType t : EntityType.values()) {
      typeWeights[t.ordinal()] = config.weight(t);
    }
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
    // per group, the matches of each unit by the unit's position (units are records: hashing them is costly)
    Map<ClusterId, List<Match>[]> byCluster = new HashMap<>(2 * clusterSpread.length);
    Map<SubClusterId, List<Match>[]> bySub = new HashMap<>(2 * subClusterSpread.length);
    Map<String, Double> entityScores = new HashMap<>(512);
    Set<String> matchedSkills = new HashSet<>();
    for (int u = 0; u < units.size(); u++) {
      QueryUnit unit = units.get(u);
      ScoredDocs top = search(unit);
      for (int h = 0; h < top.size(); h++) {
        EvidenceDoc doc = index.doc(top.doc(h));
        double relevance = top.score(h);
        double similarity = Double.NaN;
        if (unit.kind().semantic()) {
          similarity = similarity(top.score(h));
          if (similarity <= config.semanticFloor()) {
            continue;
          }
          relevance = (similarity - config.semanticFloor()) / (1 - config.semanticFloor());
        }
        double base = unit.weight() * typeWeights[doc.type().ordinal()];
        if (unit.kind() == QueryUnit.Kind.SKILL && doc.type() == EntityType.SKILL) {
          base *= config.skillToSkillBoost();
          matchedSkills.add(doc.entityId());
        }
        entityScores.merge(doc.entityId(), relevance * base, Double::sum);
        Match forClusters = new Match(doc, relevance, base * spread(clusterSpread, doc.clusters().size()), similarity);
        for (ClusterId c : doc.clusters()) {
          add(byCluster, c, units.size(), u, forClusters);
        }
        if (!doc.subClusters().isEmpty()) {
          Match forSubs = new Match(doc, relevance, base * spread(subClusterSpread, doc.subClusters().size()),
              similarity);
          for (SubClusterId s : doc.subClusters()) {
            add(bySub, s, units.size(), u, forSubs);
          }
        }
      }
    }
    return new EvidenceTable(flatten(byCluster, units), flatten(bySub, units), entityScores, matchedSkills);
  }

  private static <K> void add(Map<K, List<Match>[]> groups, K group, int units, int unit, Match m) {
    List<Match>[] perUnit = groups.computeIfAbsent(group, k -> newLists(units));
    if (perUnit[unit] == null) {
      perUnit[unit] = new ArrayList<>();
    }
    perUnit[unit].add(m);
  }

  @SuppressWarnings("unchecked")
  private static List<Match>[] newLists(int n) {
    return (List<Match>[]) new List<?>[n];
  }

  /**
   * A lexical unit's best hits from the index's term searcher (the same ranking as searching its query with Lucene,
   * without a Lucene search per input); a semantic unit's nearest neighbours from Lucene's vector search.
   */
  private ScoredDocs search(QueryUnit unit) {
    if (!unit.kind().semantic()) {
      return index.termSearcher().search(unit.clauses(), config.hitsPerInput());
    }
    try {
      return ScoredDocs.of(index.searcher().search(unit.query(), config.hitsPerInput()));
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

  private static final Comparator<Match> BEST_FIRST = (a, b) -> {
    int c = Double.compare(b.value(), a.value());
    if (c == 0) {
      c = a.doc().entityId().compareTo(b.doc().entityId());
    }
    return c != 0 ? c : a.doc().role().compareTo(b.doc().role());
  };

  /** The input's matches in one group: the best in full, the i-th next at decay^i. */
  private Contribution combine(QueryUnit unit, List<Match> matches) {
    // the sum needs the values in order, not the matches: sort primitives, and find the best match in one pass
    double[] values = new double[matches.size()];
    Match best = matches.get(0);
    for (int i = 0; i < values.length; i++) {
      Match m = matches.get(i);
      values[i] = m.value();
      if (BEST_FIRST.compare(m, best) < 0) {
        best = m;
      }
    }
    Arrays.sort(values);
    double total = 0;
    double w = 1;
    for (int i = values.length - 1; i >= 0; i--) {
      total += w * values[i];
      w *= config.matchDecay();
    }
    return new Contribution(unit, best.doc(), best.relevance(), best.weight(), total, matches.size(),
        best.similarity());
  }

  /** Contributions of each group, largest first, ties by input then entity id (deterministic). */
  static final Comparator<Contribution> ORDER = Comparator.comparingDouble(Contribution::value).reversed()
      .thenComparing(c -> c.unit().input())
      .thenComparing(c -> c.doc().entityId());

  private <K> Map<K, List<Contribution>> flatten(Map<K, List<Match>[]> in, List<QueryUnit> units) {
    Map<K, List<Contribution>> out = new HashMap<>();
    in.forEach((k, perUnit) -> {
      List<Contribution> list = new ArrayList<>();
      for (int u = 0; u < perUnit.length; u++) {
        if (perUnit[u] != null) {
          list.add(combine(units.get(u), perUnit[u]));
        }
      }
      list.sort(ORDER);
      out.put(k, List.copyOf(list));
    });
    return out;
  }
}
