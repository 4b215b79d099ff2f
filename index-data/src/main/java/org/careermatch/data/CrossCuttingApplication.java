package org.careermatch.data;

import java.util.List;

/**
 * How a cross-cutting cluster applies inside an industry cluster (the report's unmanned-vehicle
 * list).
 *
 * @param crossCutting the cross-cutting cluster
 * @param subCluster the cross-cutting cluster's sub-cluster the application belongs to
 * @param cluster the industry cluster it applies in
 */
public record CrossCuttingApplication(
    String id,
    ClusterId crossCutting,
    SubClusterId subCluster,
    ClusterId cluster,
    List<String> activities,
    String sampleJobTitle,
    Provenance provenance) {
  public CrossCuttingApplication {
    Checks.requireNonBlank(id, "application id");
    Checks.requireNonNull(crossCutting, "cross-cutting cluster of application " + id);
    Checks.requireNonNull(subCluster, "sub-cluster of application " + id);
    Checks.requireNonNull(cluster, "industry cluster of application " + id);
    activities = Checks.copyOfStrings(activities, "activities of application " + id);
    if (activities.isEmpty()) {
      throw new IllegalArgumentException("application " + id + " has no activities");
    }
    Checks.requireNonBlank(sampleJobTitle, "sample job title of application " + id);
    Checks.requireNonNull(provenance, "provenance of application " + id);
  }
}
