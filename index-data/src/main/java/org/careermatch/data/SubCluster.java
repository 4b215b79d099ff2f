package org.careermatch.data;

import java.util.List;

/**
 * A 2024 Sub-Cluster.
 *
 * @param title the official title (crosswalk spelling, commas normalized)
 * @param aliases every other name the sources use
 * @param naicsSectors 2-digit NAICS sectors from the NAICS crosswalk (may be empty)
 * @param description plain-language description in our own words
 */
public record SubCluster(
    SubClusterId id,
    ClusterId cluster,
    String title,
    List<Alias> aliases,
    List<NaicsSector> naicsSectors,
    Description description,
    Provenance provenance) {
  public SubCluster {
    Checks.requireNonNull(id, "sub-cluster id");
    Checks.requireNonNull(cluster, "parent cluster of sub-cluster " + id);
    Checks.requireNonBlank(title, "title of sub-cluster " + id);
    aliases = Checks.copyOf(aliases, "aliases of sub-cluster " + id);
    naicsSectors = Checks.copyOf(naicsSectors, "NAICS sectors of sub-cluster " + id);
    Checks.requireNonNull(description, "description of sub-cluster " + id);
    Checks.requireNonNull(provenance, "provenance of sub-cluster " + id);
  }
}
