package org.careermatch.data;

import java.util.List;

/**
 * A sample or emerging occupation the report lists for a cluster.
 *
 * @param title the cleaned title
 * @param asWritten the bullet exactly as the report writes it
 * @param alsoIn the report's cross-links ("also in Energy")
 * @param note a qualifier that is not a cross-link, or null
 * @param doubt why the report's listing under this cluster looks like an error of the report, or
 *     null: the record is carried as the report writes it, but it is no evidence for the cluster
 *     and never suggested there (authored)
 * @param subClusters the sub-clusters it belongs to
 * @param soc SOC codes whose crosswalk title matches
 * @param assignment how the sub-clusters were chosen (crosswalk title match or authored)
 */
public record ReportOccupation(
    String id,
    String title,
    String asWritten,
    ClusterId cluster,
    OccupationKind kind,
    List<ClusterId> alsoIn,
    String note,
    String doubt,
    List<SubClusterId> subClusters,
    List<String> soc,
    Provenance assignment,
    Provenance provenance) {
  public ReportOccupation {
    Checks.requireNonBlank(id, "occupation id");
    Checks.requireNonBlank(title, "title of occupation " + id);
    Checks.requireNonBlank(asWritten, "as-written text of occupation " + id);
    Checks.requireNonNull(cluster, "cluster of occupation " + id);
    Checks.requireNonNull(kind, "kind of occupation " + id);
    alsoIn = Checks.copyOf(alsoIn, "alsoIn of occupation " + id);
    if (doubt != null) {
      Checks.requireNonBlank(doubt, "doubt of occupation " + id);
    }
    subClusters = Checks.copyOf(subClusters, "sub-clusters of occupation " + id);
    soc = Checks.copyOfStrings(soc, "SOC codes of occupation " + id);
    Checks.requireNonNull(assignment, "assignment of occupation " + id);
    Checks.requireNonNull(provenance, "provenance of occupation " + id);
  }

  /** Whether the report's listing is in doubt ({@link #doubt()}). */
  public boolean doubted() {
    return doubt != null;
  }

  public boolean emerging() {
    return kind == OccupationKind.EMERGING;
  }
}
