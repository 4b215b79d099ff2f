package org.careermatch.data;

import java.util.List;

/**
 * Where a framework group draws its evidence from in the 2024 framework: a cluster, narrowed to
 * some of its sub-clusters when {@code subClusters} is not empty.
 */
public record Mapping(ClusterId cluster, List<SubClusterId> subClusters, Provenance provenance) {
  public Mapping {
    Checks.requireNonNull(cluster, "cluster of mapping");
    subClusters = Checks.copyOf(subClusters, "sub-clusters of mapping to " + cluster);
    Checks.requireNonNull(provenance, "provenance of mapping to " + cluster);
  }

  public boolean wholeCluster() {
    return subClusters.isEmpty();
  }
}
