package org.careermatch.data;

/** An official cluster and sub-cluster membership from Advance CTE's crosswalks. */
public record Membership(ClusterId cluster, SubClusterId subCluster) {
  public Membership {
    Checks.requireNonNull(cluster, "cluster of membership");
    Checks.requireNonNull(subCluster, "sub-cluster of membership in " + cluster);
  }
}
