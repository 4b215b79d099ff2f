package org.careermatch.engine;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.engine.explain.Explanation;

/**
 * One ranked cluster (or group of another framework).
 *
 * @param score 0-100; the explanation's value
 * @param appliesIn for a cross-cutting cluster, the industry clusters it applies in for this learner
 * @param subClusters its sub-clusters (pathways, in another framework), best first
 * @param occupations its best sample occupations
 * @param emergingOccupations its best emerging occupations
 * @param skillsToExplore skills of the cluster the learner did not list
 */
public record ClusterMatch(
    String id,
    String title,
    double score,
    boolean crossCutting,
    List<AppliesIn> appliesIn,
    List<SubClusterMatch> subClusters,
    List<OccupationSuggestion> occupations,
    List<OccupationSuggestion> emergingOccupations,
    List<SkillSuggestion> skillsToExplore,
    Explanation explanation) {
  public ClusterMatch {
    Checks.requireNonBlank(id, "cluster match id");
    Checks.requireNonBlank(title, "title of " + id);
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException("score of " + id + " must be in [0, 100] (was " + score + ")");
    }
    appliesIn = Checks.copyOf(appliesIn, () -> "appliesIn of " + id);
    subClusters = Checks.copyOf(subClusters, () -> "sub-clusters of " + id);
    occupations = Checks.copyOf(occupations, () -> "occupations of " + id);
    emergingOccupations = Checks.copyOf(emergingOccupations, () -> "emerging occupations of " + id);
    skillsToExplore = Checks.copyOf(skillsToExplore, () -> "skills to explore of " + id);
    if (explanation == null) {
        throw new NullPointerException("explanation of " + id + " must not be null");
      }
  }

  /** An industry cluster a cross-cutting cluster applies in, with the report's sample job titles where they fit. */
  public record AppliesIn(String clusterId, String title, List<String> sampleJobTitles) {
    public AppliesIn {
      Checks.requireNonBlank(clusterId, "appliesIn cluster id");
      sampleJobTitles = Checks.copyOf(sampleJobTitles, () -> "sample job titles");
    }
  }

  /** A sub-cluster (or pathway) with its 0-100 score. */
  public record SubClusterMatch(String id, String title, double score, Explanation explanation) {
    public SubClusterMatch {
      Checks.requireNonBlank(id, "sub-cluster match id");
      if (explanation == null) {
        throw new NullPointerException("explanation of " + id + " must not be null");
      }
    }
  }

  /** A sample or emerging occupation worth a look. */
  public record OccupationSuggestion(String id, String title, boolean emerging, List<String> subClusters) {
    public OccupationSuggestion {
      Checks.requireNonBlank(id, "occupation id");
      subClusters = Checks.copyOf(subClusters, () -> "sub-clusters of " + id);
    }
  }

  /** A skill of the cluster the learner did not list. */
  public record SkillSuggestion(String id, String name) {
    public SkillSuggestion {
      Checks.requireNonBlank(id, "skill id");
    }
  }
}
