package org.careermatch.data;

import java.util.List;
import java.util.Optional;

/** A framework a learner can be answered in: the 2024 one, the 2002 one, or a local one. */
public record Framework(
    String id,
    String name,
    FrameworkKind kind,
    String source,
    Provenance provenance,
    List<FrameworkGroup> groups) {
  /** The id of the 2024 National Career Clusters Framework. */
  public static final String NCCF_2024 = "nccf-2024";

  public Framework {
    Checks.requireSlug(id, "framework id");
    Checks.requireNonBlank(name, "name of framework " + id);
    Checks.requireNonNull(kind, "kind of framework " + id);
    Checks.requireNonBlank(source, "source of framework " + id);
    Checks.requireNonNull(provenance, "provenance of framework " + id);
    groups = Checks.copyOf(groups, "groups of framework " + id);
  }

  public Optional<FrameworkGroup> group(String groupId) {
    return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
  }
}
