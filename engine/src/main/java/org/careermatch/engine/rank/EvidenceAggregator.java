package org.careermatch.engine.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Searches every input on its own and combines, for each cluster and sub-cluster, the input's
 * matches there (see {@link Contribution}). Evidence that is spread over many clusters (a skill
 * every industry lists, such as Project Management) weighs less, by {@code (log((N+1)/k) /
 * log(N+1))^specificity} for evidence shared by k of N groups.
 */
public final class EvidenceAggregator {
  private final EntityIndex index;
  private final EngineConfig config;
  private final double[] clusterSpread;
  private final double[] subClusterSpread;

  /** {@link EngineConfig#weight} by entity type ordinal: read for every hit. */
  private final double[] typeWeights;

  /** The groups the index has evidence for, and each document's groups as their positions there. */
  private final List<ClusterId> clusterIds;

  private final List<SubClusterId> subClusterIds;
  private final int[][] docClusters;
  private final int[][] docSubClusters;

  /**
   * By entity type ordinal, then cluster position: what a link of an entity of that type to that
   * cluster counts ({@link EngineConfig#linkSpecificity()}).
   */
  private final double[][] linkWeights;

  /**
   * Each document's title head term when it is a job of its own ({@link TitleHeads}), else null.
   */
  private final String[] heads;

  public EvidenceAggregator(EntityIndex index, EngineConfig config, int clusters, int subClusters) {
    this.index = index;
    this.config = config;
    this.clusterSpread = spreadTable(clusters, config.specificity());
    this.subClusterSpread = spreadTable(subClusters, config.specificity());
    this.typeWeights = new double[EntityType.values().length];
    for (EntityType t : EntityType.values()) {
      typeWeights[t.ordinal()] = config.weight(t);
    }
    Map<ClusterId, Integer> clusterPositions = new LinkedHashMap<>();
    Map<SubClusterId, Integer> subPositions = new LinkedHashMap<>();
    List<EvidenceDoc> docs = index.docs();
    this.docClusters = new int[docs.size()][];
    this.docSubClusters = new int[docs.size()][];
    for (int d = 0; d < docs.size(); d++) {
      docClusters[d] = positions(docs.get(d).clusters(), clusterPositions);
      docSubClusters[d] = positions(docs.get(d).subClusters(), subPositions);
    }
    this.heads = TitleHeads.of(docs, index.analyzer());
    this.linkWeights = linkWeights(docs, docClusters, clusterPositions.size(), config);
    this.clusterIds = List.copyOf(clusterPositions.keySet());
    this.subClusterIds = List.copyOf(subPositions.keySet());
  }

  private static <K> int[] positions(List<K> groups, Map<K, Integer> known) {
    int[] out = new int[groups.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = known.computeIfAbsent(groups.get(i), k -> known.size());
    }
    return out;
  }

  /**
   * The entity types whose cluster links come from Advance CTE's crosswalks, where one cluster can
   * take most of a type (programs under Education); a cross-cutting cluster's link to each of its
   * applications is the framework's design, not a crosswalk's breadth.
   */
  private static final Set<EntityType> CROSSWALKED =
      java.util.EnumSet.of(EntityType.PROGRAM, EntityType.SOC_OCCUPATION);

  /**
   * What a link counts, by entity type ordinal and cluster position: for a crosswalked type ({@link
   * #CROSSWALKED}) T and cluster C, {@code min(1, log(1/s) /
   * log(1/linkFreeShare))^linkSpecificity}, where s is the share of T's entities linked to C; 1 for
   * every other type, and everywhere when the exponent is 0.
   */
  static double[][] linkWeights(
      List<EvidenceDoc> docs, int[][] docClusters, int clusters, EngineConfig config) {
    int types = EntityType.values().length;
    double[][] out = new double[types][clusters];
    for (double[] row : out) {
      java.util.Arrays.fill(row, 1.0);
    }
    double exponent = config.linkSpecificity();
    if (exponent == 0) {
      return out;
    }
    int[][] linked = new int[types][clusters];
    int[] entities = new int[types];
    Set<String> seen = new HashSet<>();
    for (int d = 0; d < docs.size(); d++) {
      EvidenceDoc doc = docs.get(d);
      if (seen.add(doc.entityId())) {
        int t = doc.type().ordinal();
        entities[t]++;
        for (int g : docClusters[d]) {
          linked[t][g]++;
        }
      }
    }
    double logFree = Math.log(1 / config.linkFreeShare());
    for (EntityType type : CROSSWALKED) {
      int t = type.ordinal();
      for (int g = 0; g < clusters; g++) {
        if (linked[t][g] > 0) {
          double share = (double) linked[t][g] / entities[t];
          out[t][g] = Math.pow(Math.min(1.0, Math.log(1 / share) / logFree), exponent);
        }
      }
    }
    return out;
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

  /**
   * Aggregates the evidence of a profile's units.
   *
   * @param sources how many independent inputs the units read ({@link QueryUnit#source()} is below
   *     it)
   */
  public EvidenceTable aggregate(List<QueryUnit> units, int sources) {
    int n = units.size();
    // the matches of unit u in group g at [g * n + u]; units are records, so they are not hashed
    Matches[] byCluster = new Matches[clusterIds.size() * n];
    Matches[] bySub = new Matches[subClusterIds.size() * n];
    Map<EntityType, Map<String, Double>> entityScores = new EnumMap<>(EntityType.class);
    Set<String> matchedSkills = new HashSet<>();
    Map<String, Set<String>> namedByWords = new HashMap<>();
    PairedWords paired =
        config.pairedWordWeight() < 1 ? PairedWords.of(units, index.termSearcher()) : null;
    for (int u = 0; u < n; u++) {
      QueryUnit unit = units.get(u);
      ScoredDocs top = search(unit);
      double bestSimilarity =
          top.size() > 0 && unit.kind().semantic() ? similarity(top.score(0)) : Double.NaN;
      for (int h = 0; h < top.size(); h++) {
        int d = top.doc(h);
        EvidenceDoc doc = index.doc(d);
        if (unit.kind() == QueryUnit.Kind.MEANING && doc.nameOnly()) {
          // a product's name (Blender) read by meaning is read in its everyday sense (a kitchen
          // blender); a listed skill read by meaning is itself a name, so it may still reach one
          continue;
        }
        double relevance = top.score(h);
        double similarity = Double.NaN;
        double base = unit.weight() * typeWeights[doc.type().ordinal()] * doc.weight();
        if (unit.kind().semantic()) {
          similarity = similarity(top.score(h));
          double floor = unit.minSimilarity();
          if (similarity <= floor || similarity < bestSimilarity - config.semanticMargin()) {
            continue;
          }
          relevance = (similarity - floor) / (1 - floor);
        }
        if (paired != null && paired.apart(u, d)) {
          base *= config.pairedWordWeight();
          if (base == 0) {
            continue;
          }
        }
        if (heads[d] != null && !TitleHeads.names(unit.terms(), heads[d])) {
          base *= config.modifierWeight();
          if (base == 0) {
            continue;
          }
        }
        if (unit.kind() == QueryUnit.Kind.SKILL && doc.type() == EntityType.SKILL) {
          base *= config.skillToSkillBoost();
          matchedSkills.add(doc.entityId());
        }
        entityScores
            .computeIfAbsent(doc.type(), t -> new HashMap<>())
            .merge(doc.entityId(), relevance * base, Double::sum);
        // all words together name no word of their own: only words, phrases and skills name an
        // entity
        if (!unit.kind().semantic() && unit.kind() != QueryUnit.Kind.ALL) {
          namedByWords
              .computeIfAbsent(doc.entityId(), k -> new java.util.LinkedHashSet<>())
              .add(unit.input());
        }
        double forClusters = base * spread(clusterSpread, docClusters[d].length);
        double[] links = linkWeights[doc.type().ordinal()];
        for (int g : docClusters[d]) {
          double w = forClusters * links[g];
          if (w > 0) {
            add(byCluster, g * n + u, doc, relevance, w, similarity);
          }
        }
        double forSubs = base * spread(subClusterSpread, docSubClusters[d].length);
        for (int g : docSubClusters[d]) {
          add(bySub, g * n + u, doc, relevance, forSubs, similarity);
        }
      }
    }
    return new EvidenceTable(
        contributions(byCluster, clusterIds, units, sources),
        contributions(bySub, subClusterIds, units, sources),
        entityScores,
        matchedSkills,
        namedByWords);
  }

  private static void add(
      Matches[] buckets,
      int at,
      EvidenceDoc doc,
      double relevance,
      double weight,
      double similarity) {
    Matches m = buckets[at];
    if (m == null) {
      m = new Matches();
      buckets[at] = m;
    }
    m.add(doc, relevance, weight, similarity);
  }

  /**
   * A lexical unit's best hits from the index's term searcher (the same ranking as searching its
   * query with Lucene, without a Lucene search per input); a semantic unit's nearest neighbours
   * from Lucene's vector search.
   */
  private ScoredDocs search(QueryUnit unit) {
    if (!unit.kind().semantic()) {
      int minWords = unit.kind() == QueryUnit.Kind.ALL ? config.allWordsMinTerms() : 1;
      return index.termSearcher().search(unit.clauses(), config.hitsPerInput(), minWords);
    }
    try {
      return ScoredDocs.of(index.searcher().search(unit.vectorQuery(), config.hitsPerInput()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lucene scores a {@code DOT_PRODUCT} vector hit as {@code (1 + cos) / 2}; this is the cosine
   * back, clamped to [-1, 1] against rounding.
   */
  static double similarity(float luceneScore) {
    return Math.max(-1.0, Math.min(1.0, 2.0 * luceneScore - 1.0));
  }

  /**
   * Whether meaning alone supports a group, and weakly: no word of the learner matched there and no
   * match by meaning reaches {@link EngineConfig#semanticAloneFloor()}.
   */
  private boolean onlyWeakMeaning(List<Contribution> list) {
    for (Contribution c : list) {
      if (!c.unit().kind().semantic() || c.similarity() >= config.semanticAloneFloor()) {
        return false;
      }
    }
    return true;
  }

  /** Contributions of each group, largest first, ties by input then entity id (deterministic). */
  static final Comparator<Contribution> ORDER =
      Comparator.comparingDouble(Contribution::value)
          .reversed()
          .thenComparing(c -> c.unit().input())
          .thenComparing(c -> c.doc().entityId());

  /**
   * Each group's contributions, one per input that matched there, in {@link #ORDER}; none for a
   * group only weak matches by meaning reach ({@link #onlyWeakMeaning}). What one source (a clause,
   * all words together, a skill) adds to a group is capped smoothly ({@link
   * EngineConfig#sourceCap()}): each of its contributions is scaled by the same agreement factor,
   * so the lines still add up.
   */
  private <K> Map<K, List<Contribution>> contributions(
      Matches[] buckets, List<K> groups, List<QueryUnit> units, int sources) {
    int n = units.size();
    double cap = config.sourceCap();
    double[] bySource = new double[sources];
    // each input's decayed sum in the group, worked out once (it sorts the input's values)
    double[] sums = new double[n];
    Map<K, List<Contribution>> out = new HashMap<>(2 * groups.size());
    for (int g = 0; g < groups.size(); g++) {
      List<Contribution> list = null;
      java.util.Arrays.fill(bySource, 0);
      for (int u = 0; u < n; u++) {
        Matches m = buckets[g * n + u];
        if (m != null) {
          sums[u] = m.decayedSum(config.matchDecay());
          bySource[units.get(u).source()] += sums[u];
        }
      }
      for (int u = 0; u < n; u++) {
        Matches m = buckets[g * n + u];
        if (m != null) {
          if (list == null) {
            list = new ArrayList<>();
          }
          double total = bySource[units.get(u).source()];
          double agreement = cap > 0 && total > 0 ? cap * -Math.expm1(-total / cap) / total : 1.0;
          list.add(
              new Contribution(
                  units.get(u),
                  m.best(),
                  m.bestRelevance(),
                  m.bestWeight(),
                  sums[u],
                  agreement,
                  m.count(),
                  m.bestSimilarity()));
        }
      }
      if (list != null && onlyWeakMeaning(list)) {
        list = null;
      }
      if (list != null) {
        list.sort(ORDER);
        out.put(groups.get(g), List.copyOf(list));
      }
    }
    return out;
  }
}
