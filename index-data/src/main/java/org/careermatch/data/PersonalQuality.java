package org.careermatch.data;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.careermatch.data.interest.RiasecType;

/**
 * A personal quality or work style as students write it ("patient", "good with my hands"), with the
 * interest types it suggests and, only where the link is direct, clusters or sub-clusters.
 *
 * @param aliases other ways to say it; matched as whole phrases
 * @param types interest types, weight in (0, 1]; at least one
 * @param links direct links to clusters or sub-clusters, weight in (0, 1]; usually none
 */
public record PersonalQuality(
    String id,
    String name,
    List<String> aliases,
    Map<RiasecType, Double> types,
    List<ClusterLink> links,
    Provenance provenance) {
  public PersonalQuality {
    Checks.requireSlug(id, "quality id");
    Checks.requireNonBlank(name, "name of quality " + id);
    aliases = Checks.copyOfStrings(aliases, "aliases of quality " + id);
    types = Checks.copyOfTypeWeights(types, "quality " + id);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("quality " + id + " suggests no interest type");
    }
    links = Checks.copyOf(links, "links of quality " + id);
    Checks.requireNonNull(provenance, "provenance of quality " + id);
  }

  /** The name and every alias. */
  public List<String> names() {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
  }
}
