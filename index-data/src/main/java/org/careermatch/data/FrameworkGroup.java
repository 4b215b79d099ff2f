package org.careermatch.data;

import java.util.List;

/**
 * A group of a framework (a 2002 cluster, a Sacramento Works cluster, a JOCO World) or one of its
 * pathways.
 *
 * @param description the source's own description or ours, or null
 * @param includes groups of another framework that sit under this one
 * @param mapsTo where its evidence comes from in the 2024 framework
 * @param pathways its pathways (same shape, no further nesting)
 */
public record FrameworkGroup(
    String id,
    String title,
    Description description,
    Provenance provenance,
    List<GroupReference> includes,
    List<Mapping> mapsTo,
    List<FrameworkGroup> pathways) {
  public FrameworkGroup {
    Checks.requireNonBlank(id, "framework group id");
    Checks.requireNonBlank(title, "title of framework group " + id);
    Checks.requireNonNull(provenance, "provenance of framework group " + id);
    includes = Checks.copyOf(includes, "includes of framework group " + id);
    mapsTo = Checks.copyOf(mapsTo, "mapsTo of framework group " + id);
    pathways = Checks.copyOf(pathways, "pathways of framework group " + id);
  }
}
