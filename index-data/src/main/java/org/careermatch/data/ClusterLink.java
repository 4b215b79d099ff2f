package org.careermatch.data;

/**
 * A weighted link from a vocabulary entry (a school subject, a personal quality) to a cluster, or
 * to one sub-cluster of it.
 *
 * @param subCluster the sub-cluster, or null when the link is to the whole cluster
 * @param weight how directly the entry points there, in (0, 1]
 */
public record ClusterLink(ClusterId cluster, SubClusterId subCluster, double weight) {
  public ClusterLink {
    Checks.requireNonNull(
        cluster, "cluster of a link" + (subCluster == null ? "" : " to " + subCluster));
    Checks.requireWeight(
        weight, "weight of the link to " + (subCluster == null ? cluster : subCluster));
  }

  /** A link to a whole cluster. */
  public static ClusterLink toCluster(ClusterId cluster, double weight) {
    return new ClusterLink(cluster, null, weight);
  }

  /** Whether the link names one sub-cluster rather than the whole cluster. */
  public boolean hasSubCluster() {
    return subCluster != null;
  }

  /** The linked id: the sub-cluster's if there is one, else the cluster's. */
  public String target() {
    return subCluster != null ? subCluster.value() : cluster.value();
  }
}
