package org.careermatch.data;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.careermatch.data.interest.RiasecType;

/**
 * A high-school subject or CTE course as students name it, with the clusters (and, where clear,
 * sub-clusters) it prepares for and the interest types it suggests.
 *
 * @param name the usual name ("Chemistry", "Welding")
 * @param aliases how students write it ("chem", "ap chem"); matched as whole phrases
 * @param links weighted links to clusters and sub-clusters, many-to-many; at least one
 * @param types the interest types the subject suggests, weight in (0, 1]; may be empty
 */
public record Subject(
    String id,
    String name,
    Kind kind,
    List<String> aliases,
    List<ClusterLink> links,
    Map<RiasecType, Double> types,
    Provenance provenance) {

  /**
   * Whether a subject is an academic class, a CTE course or an elective / activity of the school
   * day.
   */
  public enum Kind {
    ACADEMIC("academic"),
    CTE("cte"),
    ELECTIVE("elective");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Kind fromLabel(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown subject kind '" + label + "' (expected academic, cte or elective)");
    }
  }

  public Subject {
    Checks.requireSlug(id, "subject id");
    Checks.requireNonBlank(name, "name of subject " + id);
    Checks.requireNonNull(kind, "kind of subject " + id);
    aliases = Checks.copyOfStrings(aliases, "aliases of subject " + id);
    links = Checks.copyOf(links, "links of subject " + id);
    if (links.isEmpty()) {
      throw new IllegalArgumentException("subject " + id + " links to no cluster");
    }
    types = Checks.copyOfTypeWeights(types, "subject " + id);
    Checks.requireNonNull(provenance, "provenance of subject " + id);
  }

  /** The name and every alias. */
  public List<String> names() {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
  }
}
