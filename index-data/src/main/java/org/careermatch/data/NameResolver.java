package org.careermatch.data;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the cluster and sub-cluster names the crosswalks and the report use (with their extra
 * commas, case differences and older names) to ids.
 */
final class NameResolver {
  private final Map<String, ClusterId> clusters = new HashMap<>();
  private final Map<String, SubClusterId> subClusters = new HashMap<>();

  NameResolver(List<Cluster> clusterList, List<SubCluster> subClusterList) {
    for (Cluster c : clusterList) {
      clusters.put(normalize(c.title()), c.id());
      c.aliases().forEach(a -> clusters.put(normalize(a), c.id()));
    }
    for (SubCluster s : subClusterList) {
      subClusters.put(key(s.cluster(), s.title()), s.id());
      s.aliases().forEach(a -> subClusters.put(key(s.cluster(), a.name()), s.id()));
    }
  }

  Optional<ClusterId> cluster(String name) {
    return Optional.ofNullable(clusters.get(normalize(name)));
  }

  Optional<SubClusterId> subCluster(ClusterId cluster, String name) {
    return Optional.ofNullable(subClusters.get(key(cluster, name)));
  }

  private static String key(ClusterId cluster, String name) {
    return cluster.value() + "|" + normalize(name);
  }

  /** Case, commas, "&" versus "and" and spacing do not matter. */
  static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").trim();
  }
}
