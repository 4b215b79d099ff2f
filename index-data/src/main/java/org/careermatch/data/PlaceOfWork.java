package org.careermatch.data;

/** A sample place of work the report lists for a cluster. */
public record PlaceOfWork(String id, String name, ClusterId cluster, Provenance provenance) {
  public PlaceOfWork {
    Checks.requireNonBlank(id, "place-of-work id");
    Checks.requireNonBlank(name, "name of place of work " + id);
    Checks.requireNonNull(cluster, "cluster of place of work " + id);
    Checks.requireNonNull(provenance, "provenance of place of work " + id);
  }
}
