package org.careermatch.data;

import java.util.List;

/**
 * A 2024 Career Cluster.
 *
 * @param aliases title variants the sources use
 * @param naicsSectors 2-digit NAICS sectors, the union of its sub-clusters' (from the NAICS
 *     crosswalk)
 * @param definition educator-facing definition in our own words
 */
public record Cluster(
    ClusterId id,
    String title,
    List<String> aliases,
    String caption,
    boolean crossCutting,
    List<NaicsSector> naicsSectors,
    Description definition,
    Provenance provenance) {
  public Cluster {
    Checks.requireNonNull(id, "cluster id");
    Checks.requireNonBlank(title, "title of cluster " + id);
    aliases = Checks.copyOfStrings(aliases, "aliases of cluster " + id);
    Checks.requireNonBlank(caption, "caption of cluster " + id);
    naicsSectors = Checks.copyOf(naicsSectors, "NAICS sectors of cluster " + id);
    Checks.requireNonNull(definition, "definition of cluster " + id);
    Checks.requireNonNull(provenance, "provenance of cluster " + id);
  }
}
