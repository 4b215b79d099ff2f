package org.careermatch.data;

import java.util.List;

/**
 * A group (and optionally some of its pathways) of another framework that sits under a local group.
 */
public record GroupReference(
    String framework, String group, List<String> pathways, Provenance provenance) {
  public GroupReference {
    Checks.requireSlug(framework, "referenced framework id");
    Checks.requireNonBlank(group, "referenced group id");
    pathways =
        Checks.copyOfStrings(pathways, "pathways of reference to " + framework + "/" + group);
    Checks.requireNonNull(provenance, "provenance of reference to " + framework + "/" + group);
  }
}
