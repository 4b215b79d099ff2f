package org.careermatch.api.match;

import java.util.List;

/**
 * The ranked, explained answer to one profile.
 *
 * @param clusters the framework's clusters (or groups), best first
 * @param unmatched words of the interests that matched nothing careermatch knows
 */
record MatchResponse(String framework, String frameworkName, List<ClusterItem> clusters, List<String> unmatched) {

  /** The same answer with only the first {@code limit} clusters. */
  MatchResponse limitedTo(int limit) {
    return limit >= clusters.size() ? this
        : new MatchResponse(framework, frameworkName, clusters.subList(0, limit), unmatched);
  }

  /**
   * One ranked cluster.
   *
   * @param rank 1 for the best match
   * @param score 0-100, equal to {@code explanation.value}
   * @param appliesIn for a cross-cutting cluster, the industry clusters it applies in for this learner
   * @param explanation why: a tree whose every node's value is the sum of its children's
   */
  record ClusterItem(
      int rank,
      String id,
      String title,
      double score,
      boolean crossCutting,
      List<AppliesIn> appliesIn,
      List<SubClusterItem> subClusters,
      List<OccupationItem> occupations,
      List<OccupationItem> emergingOccupations,
      List<SkillItem> skillsToExplore,
      ExplanationNode explanation) {}

  record AppliesIn(String clusterId, String title, List<String> sampleJobTitles) {}

  /** A sub-cluster (a pathway, in other frameworks) with its 0-100 score, best first. */
  record SubClusterItem(String id, String title, double score) {}

  record OccupationItem(String id, String title, boolean emerging, List<String> subClusters) {}

  record SkillItem(String id, String name) {}

  /**
   * A line of an explanation. A node with children is their sum; a leaf may carry the evidence it stands for.
   *
   * @param evidence what matched, or null for a plain fact or a sum
   */
  record ExplanationNode(double value, String description, List<ExplanationNode> children, EvidenceItem evidence) {}

  /**
   * Which input matched which entity.
   *
   * @param inputKind "interests" or "skill"
   * @param correctedFrom the typed word when a typo was corrected, else null
   * @param field the part of the entity that matched
   * @param relevance the search relevance of the match (BM25; for a match by meaning, the similarity above the
   *     floor scaled to 0-1)
   * @param weight the ranking weight applied to it
   * @param similarity for a match by meaning, the cosine similarity of the two texts (e.g. 0.71); null for a match
   *     of words
   */
  record EvidenceItem(
      String input,
      String inputKind,
      List<String> matchedTerms,
      String correctedFrom,
      String entityId,
      String entityType,
      String entityTitle,
      String field,
      String text,
      double relevance,
      double weight,
      Double similarity) {}
}
