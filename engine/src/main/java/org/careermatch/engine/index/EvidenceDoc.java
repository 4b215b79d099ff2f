package org.careermatch.engine.index;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;

/**
 * One searchable piece of an entity: its title, its aliases or its description. The Lucene document of the same
 * number holds the analyzed text; this record holds what the ranking layer needs, without stored-field reads.
 *
 * @param entityId the entity's id ({@code skill:python}, {@code soc:29-1141}, a cluster id...)
 * @param role which part of the entity this is ("title", "alias", "description"...)
 * @param text the text as the source writes it, for explanations
 * @param clusters the clusters it is evidence for
 * @param subClusters the sub-clusters it is evidence for (may be empty)
 */
public record EvidenceDoc(
    String entityId,
    String entityTitle,
    EntityType type,
    String role,
    String text,
    List<ClusterId> clusters,
    List<SubClusterId> subClusters) {
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
    if (clusters.isEmpty()) {
      throw new IllegalArgumentException("evidence " + entityId + " is evidence for no cluster");
    }
  }
}
