package org.careermatch.data;

/**
 * One place a source lists a skill: under a cluster, in one of the two columns, spelled as written.
 */
public record SkillListing(
    ClusterId cluster, SkillKind kind, String asWritten, Provenance provenance) {
  public SkillListing {
    Checks.requireNonNull(cluster, "cluster of skill listing '" + asWritten + "'");
    Checks.requireNonNull(kind, "kind of skill listing '" + asWritten + "'");
    Checks.requireNonBlank(asWritten, "as-written text of a skill listing");
    Checks.requireNonNull(provenance, "provenance of skill listing '" + asWritten + "'");
  }
}
