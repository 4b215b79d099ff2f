package org.careermatch.engine.index;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;

/**
 * One searchable piece of an entity: its title, its aliases or its description. The Lucene document
 * of the same number holds the analyzed text; this record holds what the ranking layer needs,
 * without stored-field reads.
 *
 * @param entityId the entity's id ({@code skill:python}, {@code soc:29-1141}, a cluster id...)
 * @param role which part of the entity this is ("title", "alias", "description"...)
 * @param text the text as the source writes it, for explanations
 * @param clusters the clusters it is evidence for
 * @param subClusters the sub-clusters it is evidence for (may be empty)
 * @param weight how strongly it is evidence for them, (0, 1]: 1 for an entity that belongs to its
 *     clusters; a school subject or a personal quality links to each cluster with a weight of its
 *     own
 * @param nameOnly whether only its words may match it, never closeness in meaning to a clause of
 *     the interests: a product's name (the skill Blender), which a language model reads by its
 *     everyday sense
 */
public record EvidenceDoc(
    String entityId,
    String entityTitle,
    EntityType type,
    String role,
    String text,
    List<ClusterId> clusters,
    List<SubClusterId> subClusters,
    double weight,
    boolean nameOnly) {
  /** Evidence of full weight that any input may match. */
  public EvidenceDoc(
      String entityId,
      String entityTitle,
      EntityType type,
      String role,
      String text,
      List<ClusterId> clusters,
      List<SubClusterId> subClusters) {
    this(entityId, entityTitle, type, role, text, clusters, subClusters, 1.0, false);
  }

  public EvidenceDoc {
    Checks.requireNonBlank(entityId, "entity id");
    Checks.requireNonBlank(entityTitle, "entity title of " + entityId);
    if (type == null) {
      throw new NullPointerException("type of " + entityId + " must not be null");
    }
    Checks.requireNonBlank(role, "role of " + entityId);
    Checks.requireNonBlank(text, "text of " + entityId);
    clusters = Checks.copyOf(clusters, () -> "clusters of " + entityId);
    subClusters = Checks.copyOf(subClusters, () -> "sub-clusters of " + entityId);
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(
          "weight of evidence " + entityId + " must be in (0, 1] (was " + weight + ")");
    }
    if (clusters.isEmpty()) {
      throw new IllegalArgumentException("evidence " + entityId + " is evidence for no cluster");
    }
  }
}
